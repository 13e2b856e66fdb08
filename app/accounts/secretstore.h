#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

// An access token got with a refresh token (at sign-in or by renewing it), and when it runs out.
// Kept in the account's keychain entry, so that the window and every command-line run use it
// until then: Zoho allows a refresh token only ten new access tokens in ten minutes.
struct RenewedToken
{
    QString token;
    QDateTime expires;

    // Whether a call sent at `now` still finds it valid: a token about to run out is renewed a
    // little early rather than sent to die on the way.
    bool isUsableAt(const QDateTime &now) const;
    bool operator==(const RenewedToken &other) const
    {
        return token == other.token && expires == other.expires;
    }
};

// What an account keeps secret. Stored as one keychain entry per account.
struct Secrets
{
    QString refreshToken;
    QString accessToken; // only a pasted one
    QString clientSecret;
    // The current access token got with `refreshToken`.
    RenewedToken renewed;

    bool isEmpty() const
    {
        return refreshToken.isEmpty() && accessToken.isEmpty() && clientSecret.isEmpty()
            && renewed.token.isEmpty();
    }
    QByteArray toJson() const;
    static std::optional<Secrets> fromJson(const QByteArray &json);
    bool operator==(const Secrets &other) const;
};

// Why the keychain did not do what was asked, with the cause and the fix in the admin's words.
struct SecretStoreError
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreError)

public:
    enum class Kind {
        NotFound, // nothing stored for this account
        Locked, // the keyring is locked and cannot ask for its password here
        Unavailable, // no Secret Service / keychain is running
        AccessDenied,
        Other,
    };
    Kind kind = Kind::Other;
    // The keychain's own words.
    QString detail;

    QString message() const;
};

// Secrets kept out of every file: a small asynchronous interface over the OS keychain, and the
// in-memory place the admin may choose when the keychain cannot be used ("this session only").
// Answers always come later, through the event loop, and only while `context` lives.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadCallback = std::function<void(const std::optional<Secrets> &secrets,
                                            const std::optional<SecretStoreError> &error)>;
    using DoneCallback = std::function<void(const std::optional<SecretStoreError> &error)>;

    using QObject::QObject;

    virtual void read(const QString &accountId, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &accountId, const Secrets &secrets, QObject *context,
                       DoneCallback done)
        = 0;
    // Removing what is not there is not an error.
    virtual void remove(const QString &accountId, QObject *context, DoneCallback done) = 0;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), service "id360-jobmon", key = the account's id. Never the plain-text
// fallback.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr char service[] = "id360-jobmon";

    explicit KeychainSecretStore(QObject *parent = nullptr);

    // A keychain that is not there yet (the desktop is still starting) is asked again this
    // many times, this far apart, before a read reports it unavailable.
    void setRetries(int retries, std::chrono::milliseconds delay);
    // How long one keychain call may stay unanswered before it counts as locked.
    void setTimeout(std::chrono::milliseconds timeout);

    void read(const QString &accountId, QObject *context, ReadCallback done) override;
    void write(const QString &accountId, const Secrets &secrets, QObject *context,
               DoneCallback done) override;
    void remove(const QString &accountId, QObject *context, DoneCallback done) override;

private:
    void readAttempt(const QString &accountId, QObject *context, ReadCallback done,
                     int retriesLeft);

    int m_retries = 5;
    std::chrono::milliseconds m_retryDelay { 2000 };
    std::chrono::milliseconds m_timeout { 30000 };
};

// Secrets held in memory for this run only, for when the keychain cannot be used. What is
// written or removed holds at once (held() says so); answers come later, as the keychain's do.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    std::optional<Secrets> held(const QString &accountId) const;

    void read(const QString &accountId, QObject *context, ReadCallback done) override;
    void write(const QString &accountId, const Secrets &secrets, QObject *context,
               DoneCallback done) override;
    void remove(const QString &accountId, QObject *context, DoneCallback done) override;

private:
    QHash<QString, Secrets> m_secrets;
};
