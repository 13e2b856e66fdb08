#pragma once

#include <QObject>
#include <QString>
#include <QTextStream>
#include <QUrl>

#include <optional>

class AccountManager;
struct AccountOutcome;
class BrowserSignIn;

// `id360-jobmon account VERB …`: setting accounts up without the GUI, for deployment scripts.
// Secrets come from standard input, one per line, never from the command line.
struct AccountRequest
{
    enum class Verb { Add, List, Remove, Login };
    // What `add` reads from standard input after the client secret (if any).
    enum class Credential { None, AccessToken, GrantCode };

    Verb verb = Verb::List;
    QString name;
    QString dataCenter;
    QUrl server;
    QUrl accountsServer;
    QString clientId;
    QString scopes;
    std::optional<quint16> redirectPort;
    bool clientSecretFromStdin = false;
    Credential credentialFromStdin = Credential::None;
};

// Carries out one `id360-jobmon account …` request and says how it went: results on `out`,
// problems on `err`, secrets read from `in`. finished() gives the exit code: 0 done, 1 failed,
// 2 refused before anything was done (a change to an account the administrator's policy manages).
class AccountCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCommand)

public:
    AccountCommand(const AccountRequest &request, AccountManager *accounts, QTextStream &in,
                   QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void add();
    void list();
    void remove();
    void login();
    void succeed(const QString &message);
    void fail(const QString &message);
    void refuse(const QString &message);
    void report(const AccountOutcome &outcome);
    // The next line of standard input; nullopt (having said what was missing) at its end.
    std::optional<QString> readSecret(const QString &what);

    AccountRequest m_request;
    AccountManager *m_accounts;
    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
    BrowserSignIn *m_browser = nullptr;
    // The account the request is about, once known.
    QString m_accountId;
};
