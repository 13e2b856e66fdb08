#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A Zoho data center: where its Identity360 API and its accounts server live.
struct DataCenter
{
    QString code; // "US", "EU", …, "custom"
    QUrl apiBaseUrl;
    QUrl accountsServer;

    static const QList<DataCenter> &all();
    // nullopt for an unknown code; "custom" has no URLs.
    static std::optional<DataCenter> find(const QString &code);
    static QString customCode() { return QStringLiteral("custom"); }
};

// One Identity360 tenant the app watches. Nothing here is secret: the refresh token, a pasted
// access token and the client secret live in the OS keychain (SecretStore), under `id`.
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    // How the account signs in.
    enum class Credential {
        None, // not signed in yet, or signed out
        RefreshToken, // browser sign-in or a Self Client code: renewed without the admin
        AccessToken, // pasted: works until it expires (an hour), then needs a new one
    };

    QString id; // stable across renames: the keychain key and the cache name
    QString name;
    QString dataCenter = QStringLiteral("US");
    QUrl apiBaseUrl;
    QUrl accountsServer;
    QString clientId;
    bool hasClientSecret = false;
    QString scopes = defaultScopes();
    // The loopback port of the browser sign-in's redirect URI (registered with the client in
    // Zoho's API console as http://127.0.0.1:PORT/).
    quint16 redirectPort = defaultRedirectPort;
    Credential credential = Credential::None;
    // Set up by the administrator's policy (Policy): every user has it, its settings are the
    // policy's and it cannot be removed; the user only signs in and out.
    bool managed = false;

    static constexpr quint16 defaultRedirectPort = 47190;
    static QString defaultScopes() { return QStringLiteral("id360.job.READ,id360.job.DELETE"); }
    static QString newId();

    // An account from the data center's URLs; custom ones leave them to be filled in.
    static Account forDataCenter(const QString &name, const DataCenter &center);

    // Whether `scopes` (comma- or space-separated) allow deleting jobs: id360.job.DELETE or
    // id360.job.ALL. Whether an account may delete is DeleteAccess's answer.
    static bool scopesAllowDeleting(const QString &scopes);

    // What is wrong with it, in words for the admin; empty when it can be used.
    QString problem() const;
};

// Whether two server URLs name the same server: a trailing slash is no other one.
bool isSameServerUrl(const QUrl &one, const QUrl &other);
// Whether the account's sign-in, made with `other`'s servers and client, belongs to `one` too.
bool hasSameSignInServers(const Account &one, const Account &other);
// https for everything but this machine: tokens never cross a network in the clear.
bool isAcceptableServerUrl(const QUrl &url);
// A server URL as typed: taken as it is, never completed with a guessed scheme (that would turn
// "id360.example.com" into plain http).
QUrl serverUrlFromText(const QString &text);
