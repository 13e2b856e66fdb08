#pragma once

#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "accounts/zohoaccounts.h"
#include "clock.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class TokenSource;

// How a sign-in, sign-out or opening of an account ended, in the admin's words.
struct AccountOutcome
{
    bool ok = false;
    QString message;
    std::optional<SecretStoreError> keychainError;
    // The sign-in worked but the keychain would not keep it: the admin may keep it for this
    // session only (keepForThisSession()) — never in a file — or let it go (discardUnsaved()).
    bool canKeepForSession = false;
    // Done, but the accounts server was not told to end the sign-in: why it may still be
    // active, and where the admin revokes it (also said at the end of `message`). Empty when
    // it was revoked, or there was none.
    QString grantMayBeActive;
};

// Accounts and their secrets together: signs in (Self Client code, pasted access token, or what
// a browser sign-in got), keeps the secrets in the keychain and the rest in AccountStore, signs
// out (revoking at Zoho first), and opens an account's token source. What the admin chose to
// keep for this session only lives in memory here and dies with the process.
// Every answer comes later, and only while the `context` given with the call lives.
class AccountManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    using Done = std::function<void(const AccountOutcome &outcome)>;
    using Opened
        = std::function<void(std::unique_ptr<TokenSource> source, const AccountOutcome &outcome)>;
    // The client secret, or why the account cannot sign in now.
    using SecretRead = std::function<void(const QString &clientSecret,
                                          const std::optional<AccountOutcome> &failure)>;

    // Starts ending the sign-ins made with servers the administrator's policy has changed since
    // (AccountStore::outdatedSignIns()): revoked where they were made, their tokens forgotten.
    AccountManager(AccountStore *store, SecretStore *keychain, const Clock &clock = Clock::system(),
                   QObject *parent = nullptr);

    AccountStore *store() const { return m_store; }

    // Saves a new or edited account; a non-empty `clientSecret` replaces the one in the
    // keychain, and the sign-in it has is kept — unless its API URL or accounts server changed:
    // then it is signed out (revoked at the accounts server it was made with), so that no token
    // ever goes to a new host.
    void save(const Account &account, const QString &clientSecret, QObject *context, Done done);
    // `account` is saved (new or changed) once its secrets are kept. A sign-in replaces the one
    // before it, which is revoked.
    void signInWithGrantCode(const Account &account, const QString &clientSecret,
                             const QString &code, QObject *context, Done done);
    void signInWithAccessToken(const Account &account, const QString &accessToken, QObject *context,
                               Done done);
    // What BrowserSignIn::succeeded() gave.
    void signInWithGrant(const Account &account, const QString &clientSecret,
                         const TokenGrant &grant, const QUrl &accountsServer, QObject *context,
                         Done done);
    // After a sign-in that the keychain would not keep: keeps it in memory for this run. When
    // the administrator's policy turns that off, such a sign-in is given up at once, so there is
    // none to keep.
    void keepForThisSession(const QString &accountId, QObject *context, Done done);
    // After a sign-in that the keychain would not keep and the admin did not keep: revokes it.
    void discardUnsaved(const QString &accountId);
    // Signed in for this run only (kept in memory).
    bool isSessionOnly(const QString &accountId) const;

    // Revokes the refresh token at the accounts server, then forgets the tokens (the client
    // secret stays, for signing in again). A sign-in kept for this session ends with the one
    // the keychain kept before it.
    void signOut(const QString &accountId, QObject *context, Done done);
    // Signs out, then removes the account and everything the keychain kept for it.
    void remove(const QString &accountId, QObject *context, Done done);

    // The account's token source, from the keychain (or this session's memory). It starts from
    // the access token kept there and shares its renewals there, so the window and every
    // command-line run renew once per token lifetime together: the source must not outlive this
    // manager. Fails in words when there is nothing to sign in with, or the keychain cannot be
    // read.
    void open(const QString &accountId, QObject *context, Opened done);

    // The client secret as kept (empty when there is none), for a sign-in that must send it.
    // Fails when the account cannot be used (see open()) or the keychain cannot be read.
    void readClientSecret(const QString &accountId, QObject *context, SecretRead done);

private:
    struct Pending
    {
        Account account;
        Secrets secrets;
    };
    enum class Keeping { Settings, SignIn };
    // One keep() on its way: what to keep, and whom to tell.
    struct KeepRequest
    {
        Account account;
        // With a sign-in's first access token, so opening the account needs no renewal.
        Secrets secrets;
        Keeping what = Keeping::Settings;
        Done done;
    };

    // Signs out every outdated sign-in, each logged on jobmon.policy.
    void endOutdatedSignIns();
    // Reads what the keychain holds for the account (from the keychain, also for a session-only
    // sign-in), then keeps the request over it.
    void keep(KeepRequest request);
    // Tells why the request is not kept; a sign-in it brought is revoked.
    void refuseKeeping(const KeepRequest &request, const QString &problem);
    // The keychain could not say what it holds: nothing is written over it.
    void keepWithoutReading(const KeepRequest &request, const SecretStoreError &error);
    // Merges the request into what the keychain held and writes the result.
    void keepOver(KeepRequest request, const Secrets &before);
    void finishKeeping(const KeepRequest &request, const std::optional<Account> &stored,
                       const Secrets &before, const Secrets &merged, bool signsOut);
    // A sign-in the keychain did not take, held until the admin keeps it for this session or
    // lets it go.
    void holdUnsaved(const Account &account, const Secrets &secrets, const SecretStoreError &error,
                     const Done &done);
    // The stored account, or (in `problem`) why it cannot be used: settings edited by hand are
    // checked again, so that no secret goes to a server that is not https.
    std::optional<Account> usableAccount(const QString &accountId, QString *problem) const;
    // Why the sign-in may still be active at the accounts server (`reasons`), and where to end
    // it; empty when there is no reason.
    static QString revokeWarning(const Account &account, const QStringList &reasons);
    // Forgets this session's sign-in and takes the tokens out of `inKeychain`, what the keychain
    // holds (nothing is written when it could not be read).
    void forgetSignIn(const Account &account, const std::optional<Secrets> &inKeychain,
                      const QString &stillActive, Done done);
    // Where the account's secrets in use are: this session's memory, or else the keychain.
    SecretStore *secretsOf(const QString &accountId);
    // Ends this session's sign-in, and says what it was (empty when there was none).
    Secrets takeSessionSignIn(const QString &accountId);
    // Tells Zoho a refresh token is no longer used; nobody waits for the answer.
    void revokeQuietly(const Account &account, const Secrets &secrets);
    static OAuthClient clientOf(const Account &account, const Secrets &secrets);

    AccountStore *m_store;
    SecretStore *m_keychain;
    const Clock &m_clock;
    ZohoAccounts m_zoho;
    // Sign-ins the keychain refused, until the admin decides.
    QHash<QString, Pending> m_unsaved;
    // Sign-ins kept for this session only, with their renewed access tokens, in memory: never
    // written to the keychain.
    SessionSecretStore m_sessionOnly;
};
