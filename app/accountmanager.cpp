#include "accountmanager.h"

#include "logging.h"
#include "tokensource.h"

namespace {

AccountOutcome succeeded(const QString &message)
{
    return { true, message, std::nullopt };
}

AccountOutcome failedWith(const QString &message)
{
    return { false, message, std::nullopt };
}

} // namespace

AccountManager::AccountManager(AccountStore *store, SecretStore *keychain, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_clock(clock)
{ }

OAuthClient AccountManager::clientOf(const Account &account, const Secrets &secrets)
{
    return { account.accountsServer, account.clientId, secrets.clientSecret };
}

void AccountManager::save(const Account &account, const QString &clientSecret, Done done)
{
    if (const QString problem = m_store->problemWith(account); !problem.isEmpty())
        return done(failedWith(problem));
    const bool isNew = !m_store->find(account.id);
    readSecrets(
        account.id,
        [this, account, clientSecret, isNew, done](const std::optional<Secrets> &secrets,
                                                   const std::optional<SecretStoreError> &error) {
            if (error && error->kind != SecretStoreError::Kind::NotFound)
                return done({ false, tr("Not saved: %1").arg(error->message()), error });
            Secrets kept = secrets.value_or(Secrets());
            if (!clientSecret.isEmpty())
                kept.clientSecret = clientSecret;
            keep(account, kept, {}, [account, isNew, done](const AccountOutcome &outcome) {
                if (!outcome.ok)
                    return done(outcome);
                done(succeeded(
                    isNew && account.credential == Account::Credential::None
                        ? tr("Account \"%1\" is added; sign it in next.").arg(account.name)
                        : tr("Account \"%1\" is saved.").arg(account.name)));
            });
        });
}

void AccountManager::signInWithGrantCode(const Account &account, const QString &clientSecret,
                                         const QString &code, Done done)
{
    if (const QString problem = m_store->problemWith(account); !problem.isEmpty())
        return done(failedWith(problem));
    if (code.trimmed().isEmpty())
        return done(failedWith(tr("The grant code is empty: paste the code the Self Client "
                                  "generated.")));
    Secrets secrets;
    secrets.clientSecret = clientSecret;
    m_zoho.exchangeCode(
        clientOf(account, secrets), code.trimmed(),
        [this, account, secrets, done](const std::optional<TokenGrant> &grant,
                                       const std::optional<RequestError> &error) {
            if (error)
                return done(failedWith(error->detail));
            Secrets kept = secrets;
            kept.refreshToken = grant->refreshToken;
            Account signedIn = account;
            signedIn.credential = Account::Credential::RefreshToken;
            keep(signedIn, kept,
                 { grant->accessToken, m_clock.now().addSecs(grant->expiresInSeconds) }, done);
        });
}

void AccountManager::signInWithAccessToken(const Account &account, const QString &accessToken,
                                           Done done)
{
    if (accessToken.trimmed().isEmpty())
        return done(failedWith(tr("The access token is empty.")));
    Secrets secrets;
    secrets.accessToken = accessToken.trimmed();
    Account signedIn = account;
    signedIn.credential = Account::Credential::AccessToken;
    keep(signedIn, secrets, {}, std::move(done));
}

void AccountManager::signInWithGrant(const Account &account, const QString &clientSecret,
                                     const TokenGrant &grant, const QUrl &accountsServer, Done done)
{
    Account signedIn = account;
    // Zoho said where this account lives: renewals and sign-out go there.
    if (accountsServer.isValid())
        signedIn.accountsServer = accountsServer;
    signedIn.credential = Account::Credential::RefreshToken;
    Secrets secrets;
    secrets.refreshToken = grant.refreshToken;
    secrets.clientSecret = clientSecret;
    keep(signedIn, secrets, { grant.accessToken, m_clock.now().addSecs(grant.expiresInSeconds) },
         std::move(done));
}

void AccountManager::keep(Account account, const Secrets &secrets, const FreshToken &fresh,
                          Done done)
{
    account.hasClientSecret = !secrets.clientSecret.isEmpty();
    // Checked before anything is written, so a refused name leaves no orphan secret behind.
    if (const QString problem = m_store->problemWith(account); !problem.isEmpty())
        return done(failedWith(problem));
    if (!fresh.token.isEmpty())
        m_fresh.insert(account.id, fresh);
    m_keychain->write(
        account.id, secrets, this,
        [this, account, secrets, done](const std::optional<SecretStoreError> &error) {
            if (error) {
                m_unsaved.insert(account.id, { account, secrets });
                return done(
                    { false,
                      tr("Signed in, but the sign-in could not be kept: %1").arg(error->message()),
                      error });
            }
            const QString problem = m_store->save(account);
            if (!problem.isEmpty())
                return done(failedWith(problem));
            qCInfo(lcNet) << "account" << account.name << "saved; its secrets are in the keychain";
            done(succeeded(tr("Account \"%1\" is signed in.").arg(account.name)));
        });
}

void AccountManager::keepForThisSession(const QString &accountId, Done done)
{
    if (!m_unsaved.contains(accountId))
        return done(failedWith(tr("There is no sign-in waiting to be kept.")));
    const Pending pending = m_unsaved.take(accountId);
    m_session.write(accountId, pending.secrets, this,
                    [this, pending, done](const std::optional<SecretStoreError> &) {
                        const QString problem = m_store->save(pending.account);
                        if (!problem.isEmpty())
                            return done(failedWith(problem));
                        done(succeeded(tr("Account \"%1\" is signed in for this session only: "
                                          "you will sign in again after a restart.")
                                           .arg(pending.account.name)));
                    });
}

void AccountManager::readSecrets(
    const QString &accountId,
    std::function<void(const std::optional<Secrets> &, const std::optional<SecretStoreError> &)>
        done)
{
    // What was kept for this session wins: the keychain would not have it.
    m_session.read(accountId, this,
                   [this, accountId, done](const std::optional<Secrets> &secrets,
                                           const std::optional<SecretStoreError> &) {
                       if (secrets)
                           return done(secrets, std::nullopt);
                       m_keychain->read(accountId, this, done);
                   });
}

void AccountManager::readClientSecret(const QString &accountId,
                                      std::function<void(const QString &)> done)
{
    readSecrets(
        accountId,
        [done](const std::optional<Secrets> &secrets, const std::optional<SecretStoreError> &) {
            done(secrets ? secrets->clientSecret : QString());
        });
}

void AccountManager::open(const QString &accountId, Opened done)
{
    const std::optional<Account> account = m_store->find(accountId);
    if (!account)
        return done(nullptr, failedWith(tr("There is no such account.")));
    if (account->credential == Account::Credential::None)
        return done(nullptr,
                    failedWith(tr("Account \"%1\" is not signed in: sign in to watch its jobs.")
                                   .arg(account->name)));
    readSecrets(account->id,
                [this, account, done](const std::optional<Secrets> &secrets,
                                      const std::optional<SecretStoreError> &error) {
                    if (error)
                        return done(nullptr,
                                    { false, error->message(),
                                      error->kind == SecretStoreError::Kind::NotFound ? std::nullopt
                                                                                      : error });
                    if (account->credential == Account::Credential::AccessToken) {
                        if (secrets->accessToken.isEmpty())
                            return done(nullptr,
                                        failedWith(tr("No access token is kept for "
                                                      "this account: paste one again.")));
                        return done(std::make_unique<StaticTokenSource>(secrets->accessToken),
                                    succeeded(QString()));
                    }
                    if (secrets->refreshToken.isEmpty())
                        return done(nullptr,
                                    failedWith(tr("No sign-in is kept for this "
                                                  "account: sign in again.")));
                    auto source = std::make_unique<OAuthTokenSource>(
                        clientOf(*account, *secrets), secrets->refreshToken, m_clock);
                    if (const FreshToken fresh = m_fresh.take(account->id); !fresh.token.isEmpty())
                        source->setAccessToken(fresh.token, fresh.expires);
                    done(std::move(source), succeeded(QString()));
                });
}

void AccountManager::signOut(const QString &accountId, Done done)
{
    const std::optional<Account> account = m_store->find(accountId);
    if (!account)
        return done(failedWith(tr("There is no such account.")));
    m_fresh.remove(account->id);
    m_unsaved.remove(account->id);
    readSecrets(
        account->id,
        [this, account, done](const std::optional<Secrets> &secrets,
                              const std::optional<SecretStoreError> &error) {
            if (error && error->kind != SecretStoreError::Kind::NotFound)
                return done({ false, tr("Not signed out: %1").arg(error->message()), error });
            const Secrets kept = secrets.value_or(Secrets());
            if (kept.refreshToken.isEmpty())
                return forgetSignIn(*account, kept, QString(), done);
            // Revoked first, so a token that leaked stops working everywhere.
            m_zoho.revoke(clientOf(*account, kept), kept.refreshToken,
                          [this, account, kept, done](const std::optional<RequestError> &failure) {
                              forgetSignIn(*account, kept,
                                           failure ? tr("The accounts server could not be "
                                                        "told (%1): revoke the app's "
                                                        "access in Zoho's API console to "
                                                        "be sure.")
                                                         .arg(failure->detail)
                                                   : QString(),
                                           done);
                          });
        });
}

void AccountManager::forgetSignIn(const Account &account, const Secrets &secrets,
                                  const QString &revokeWarning, Done done)
{
    m_session.remove(account.id, this, [](const std::optional<SecretStoreError> &) {});
    const auto finish
        = [this, account, revokeWarning, done](const std::optional<SecretStoreError> &error) {
              if (error)
                  return done({ false, tr("Not signed out: %1").arg(error->message()), error });
              Account signedOut = account;
              signedOut.credential = Account::Credential::None;
              m_store->save(signedOut);
              qCInfo(lcNet) << "account" << account.name << "signed out";
              QString message = tr("Account \"%1\" is signed out.").arg(account.name);
              if (!revokeWarning.isEmpty())
                  message += QLatin1Char(' ') + revokeWarning;
              done(succeeded(message));
          };
    // The client secret stays for the next sign-in; the tokens go.
    if (secrets.clientSecret.isEmpty()) {
        m_keychain->remove(account.id, this, finish);
        return;
    }
    Secrets clientOnly;
    clientOnly.clientSecret = secrets.clientSecret;
    m_keychain->write(account.id, clientOnly, this, finish);
}

void AccountManager::remove(const QString &accountId, Done done)
{
    signOut(accountId, [this, accountId, done](const AccountOutcome &outcome) {
        if (!outcome.ok)
            return done(outcome);
        m_keychain->remove(
            accountId, this, [this, accountId, done](const std::optional<SecretStoreError> &error) {
                if (error)
                    return done({ false,
                                  tr("Signed out, but not removed: %1").arg(error->message()),
                                  error });
                const std::optional<Account> account = m_store->find(accountId);
                m_store->remove(accountId);
                done(succeeded(
                    tr("Account \"%1\" is removed.").arg(account ? account->name : accountId)));
            });
    });
}
