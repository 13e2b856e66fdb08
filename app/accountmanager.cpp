#include "accountmanager.h"

#include "logging.h"
#include "tokensource.h"

#include <QPointer>

namespace {

AccountOutcome succeeded(const QString &message)
{
    return { true, message, std::nullopt, false };
}

AccountOutcome failedWith(const QString &message)
{
    return { false, message, std::nullopt, false };
}

// `done`, called only while `context` lives.
AccountManager::Done guarded(QObject *context, AccountManager::Done done)
{
    return [context = QPointer<QObject>(context),
            done = std::move(done)](const AccountOutcome &outcome) {
        if (context)
            done(outcome);
    };
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

void AccountManager::save(const Account &account, const QString &clientSecret, QObject *context,
                          Done done)
{
    Secrets secrets;
    secrets.clientSecret = clientSecret;
    keep(account, secrets, {}, Keeping::Settings, guarded(context, std::move(done)));
}

void AccountManager::signInWithGrantCode(const Account &account, const QString &clientSecret,
                                         const QString &code, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
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
                 { grant->accessToken, m_clock.now().addSecs(grant->expiresInSeconds) },
                 Keeping::SignIn, done);
        });
}

void AccountManager::signInWithAccessToken(const Account &account, const QString &accessToken,
                                           QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    if (accessToken.trimmed().isEmpty())
        return done(failedWith(tr("The access token is empty.")));
    Secrets secrets;
    secrets.accessToken = accessToken.trimmed();
    Account signedIn = account;
    signedIn.credential = Account::Credential::AccessToken;
    keep(signedIn, secrets, {}, Keeping::SignIn, done);
}

void AccountManager::signInWithGrant(const Account &account, const QString &clientSecret,
                                     const TokenGrant &grant, const QUrl &accountsServer,
                                     QObject *context, Done done)
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
         Keeping::SignIn, guarded(context, std::move(done)));
}

void AccountManager::keep(Account account, const Secrets &secrets, const FreshToken &fresh,
                          Keeping what, Done done)
{
    // Checked before anything is written, so a refused name leaves no orphan secret behind.
    if (const QString problem = m_store->problemWith(account); !problem.isEmpty())
        return done(failedWith(problem));
    // What is kept already stays unless this replaces it: editing an account keeps its sign-in,
    // a pasted token keeps the client secret.
    readSecrets(
        account.id,
        [this, account, secrets, fresh, what,
         done](const std::optional<Secrets> &existing,
               const std::optional<SecretStoreError> &) mutable {
            const Secrets before = existing.value_or(Secrets());
            Secrets merged = before;
            if (what == Keeping::SignIn) {
                merged.refreshToken = secrets.refreshToken;
                merged.accessToken = secrets.accessToken;
            }
            if (!secrets.clientSecret.isEmpty())
                merged.clientSecret = secrets.clientSecret;
            account.hasClientSecret = !merged.clientSecret.isEmpty();
            if (what == Keeping::Settings && m_sessionOnly.contains(account.id)) {
                // Its sign-in stays in memory, as the admin chose: editing the account must not
                // carry the tokens into the keychain behind the settings' back.
                merged.refreshToken.clear();
                merged.accessToken.clear();
            }
            const bool isNew = !m_store->find(account.id);
            m_keychain->write(
                account.id, merged, this,
                [this, account, merged, before, fresh, what, isNew,
                 done](const std::optional<SecretStoreError> &error) {
                    if (error) {
                        if (what == Keeping::Settings)
                            return done(
                                { false, tr("Not saved: %1").arg(error->message()), error, false });
                        m_unsaved.insert(account.id, { account, merged });
                        return done({ false,
                                      tr("Signed in, but the sign-in could not be kept: %1")
                                          .arg(error->message()),
                                      error, true });
                    }
                    const QString problem = m_store->save(account);
                    if (!problem.isEmpty()) {
                        // Saved elsewhere meanwhile under this name: leave no secret behind.
                        if (isNew)
                            m_keychain->remove(account.id, this,
                                               [](const std::optional<SecretStoreError> &) {});
                        return done(failedWith(problem));
                    }
                    if (what == Keeping::SignIn) {
                        m_sessionOnly.remove(account.id);
                        m_session.remove(account.id, this,
                                         [](const std::optional<SecretStoreError> &) {});
                        if (!fresh.token.isEmpty())
                            m_fresh.insert(account.id, fresh);
                        if (!before.refreshToken.isEmpty()
                            && before.refreshToken != merged.refreshToken)
                            revokeQuietly(account, before);
                    }
                    qCInfo(lcNet) << "account" << account.name
                                  << "saved; its secrets are in the keychain";
                    if (what == Keeping::SignIn)
                        return done(
                            succeeded(tr("Account \"%1\" is signed in.").arg(account.name)));
                    done(succeeded(
                        isNew && account.credential == Account::Credential::None
                            ? tr("Account \"%1\" is added; sign it in next.").arg(account.name)
                            : tr("Account \"%1\" is saved.").arg(account.name)));
                });
        });
}

void AccountManager::keepForThisSession(const QString &accountId, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    if (!m_unsaved.contains(accountId))
        return done(failedWith(tr("There is no sign-in waiting to be kept.")));
    const Pending pending = m_unsaved.take(accountId);
    m_session.write(accountId, pending.secrets, this,
                    [this, pending, done](const std::optional<SecretStoreError> &) {
                        // The settings do not say "signed in": after a restart it is not.
                        Account account = pending.account;
                        account.credential = Account::Credential::None;
                        const QString problem = m_store->save(account);
                        if (!problem.isEmpty())
                            return done(failedWith(problem));
                        m_sessionOnly.insert(account.id);
                        done(succeeded(tr("Account \"%1\" is signed in for this session only: "
                                          "you will sign in again after a restart.")
                                           .arg(account.name)));
                    });
}

void AccountManager::discardUnsaved(const QString &accountId)
{
    const Pending pending = m_unsaved.take(accountId);
    m_fresh.remove(accountId);
    if (!pending.secrets.refreshToken.isEmpty())
        revokeQuietly(pending.account, pending.secrets);
}

void AccountManager::revokeQuietly(const Account &account, const Secrets &secrets)
{
    m_zoho.revoke(clientOf(account, secrets), secrets.refreshToken,
                  [name = account.name](const std::optional<RequestError> &error) {
                      if (error)
                          qCWarning(lcNet) << "could not revoke a sign-in no longer used by" << name
                                           << ":" << error->detail;
                  });
}

void AccountManager::readSecrets(
    const QString &accountId,
    std::function<void(const std::optional<Secrets> &, const std::optional<SecretStoreError> &)>
        done)
{
    // What was kept for this session wins: the keychain would not have it.
    if (m_sessionOnly.contains(accountId))
        return m_session.read(accountId, this, std::move(done));
    m_keychain->read(accountId, this, std::move(done));
}

void AccountManager::readClientSecret(const QString &accountId, QObject *context, SecretRead done)
{
    readSecrets(
        accountId,
        [context = QPointer<QObject>(context), done](const std::optional<Secrets> &secrets,
                                                     const std::optional<SecretStoreError> &error) {
            if (!context)
                return;
            if (error && error->kind != SecretStoreError::Kind::NotFound)
                return done(QString(), error);
            done(secrets ? secrets->clientSecret : QString(), std::nullopt);
        });
}

void AccountManager::open(const QString &accountId, QObject *context, Opened done)
{
    const std::optional<Account> account = m_store->find(accountId);
    if (!account)
        return done(nullptr, failedWith(tr("There is no such account.")));
    if (account->credential == Account::Credential::None && !m_sessionOnly.contains(accountId))
        return done(nullptr,
                    failedWith(tr("Account \"%1\" is not signed in: sign in to watch its jobs.")
                                   .arg(account->name)));
    readSecrets(
        account->id,
        [this, account, context = QPointer<QObject>(context), done](
            const std::optional<Secrets> &secrets, const std::optional<SecretStoreError> &error) {
            if (!context)
                return;
            if (error)
                return done(
                    nullptr,
                    { false, error->message(),
                      error->kind == SecretStoreError::Kind::NotFound ? std::nullopt : error,
                      false });
            if (!secrets->refreshToken.isEmpty()) {
                auto source = std::make_unique<OAuthTokenSource>(clientOf(*account, *secrets),
                                                                 secrets->refreshToken, m_clock);
                if (const FreshToken fresh = m_fresh.take(account->id); !fresh.token.isEmpty())
                    source->setAccessToken(fresh.token, fresh.expires);
                return done(std::move(source), succeeded(QString()));
            }
            if (!secrets->accessToken.isEmpty())
                return done(std::make_unique<StaticTokenSource>(secrets->accessToken),
                            succeeded(QString()));
            done(nullptr,
                 failedWith(tr("No sign-in is kept for account \"%1\": sign in again.")
                                .arg(account->name)));
        });
}

void AccountManager::signOut(const QString &accountId, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
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
                return done(
                    { false, tr("Not signed out: %1").arg(error->message()), error, false });
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
    const auto finish = [this, account, revokeWarning,
                         done](const std::optional<SecretStoreError> &error) {
        if (error)
            return done({ false, tr("Not signed out: %1").arg(error->message()), error, false });
        Account signedOut = account;
        signedOut.credential = Account::Credential::None;
        m_store->save(signedOut);
        qCInfo(lcNet) << "account" << account.name << "signed out";
        QString message = tr("Account \"%1\" is signed out.").arg(account.name);
        if (!revokeWarning.isEmpty())
            message += QLatin1Char(' ') + revokeWarning;
        done(succeeded(message));
    };
    if (m_sessionOnly.remove(account.id)) {
        // It never reached the keychain: there is nothing to take out of it.
        m_session.remove(account.id, this, finish);
        return;
    }
    // The client secret stays for the next sign-in; the tokens go.
    if (secrets.clientSecret.isEmpty()) {
        m_keychain->remove(account.id, this, finish);
        return;
    }
    Secrets clientOnly;
    clientOnly.clientSecret = secrets.clientSecret;
    m_keychain->write(account.id, clientOnly, this, finish);
}

void AccountManager::remove(const QString &accountId, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    signOut(accountId, this, [this, accountId, done](const AccountOutcome &outcome) {
        if (!outcome.ok)
            return done(outcome);
        m_keychain->remove(
            accountId, this, [this, accountId, done](const std::optional<SecretStoreError> &error) {
                const std::optional<Account> account = m_store->find(accountId);
                const QString name = account ? account->name : accountId;
                m_store->remove(accountId);
                // Signed out already; what the keychain still holds is the client secret.
                done(succeeded(
                    error ? tr("Account \"%1\" is removed; its keychain entry could not be "
                               "deleted (%2).")
                                .arg(name, error->message())
                          : tr("Account \"%1\" is removed.").arg(name)));
            });
    });
}
