#include "accounts/accountmanager.h"

#include "api/tokensource.h"
#include "platform/logging.h"
#include "platform/policy.h"
#include "platform/settings.h"

#include <QPointer>
#include <QTimer>

namespace {

AccountOutcome succeeded(const QString &message)
{
    return { true, message, std::nullopt, false, {} };
}

AccountOutcome failedWith(const QString &message)
{
    return { false, message, std::nullopt, false, {} };
}

// For a call whose answer changes nothing.
void ignoreAnswer(const std::optional<SecretStoreError> &) { }

// `done`, called only while `context` lives.
AccountManager::Done guarded(QObject *context, AccountManager::Done done)
{
    return [context = QPointer<QObject>(context),
            done = std::move(done)](const AccountOutcome &outcome) {
        if (context)
            done(outcome);
    };
}

// `done`, once a sign-in that worked (kept, or to be kept for this session) is remembered with
// the scopes its token answer granted (empty when it named none): what the server refused the
// sign-in before it is forgotten (DeleteAccess).
AccountManager::Done rememberingSignIn(const QString &accountId, const QString &grantedScopes,
                                       AccountManager::Done done)
{
    return [accountId, grantedScopes, done = std::move(done)](const AccountOutcome &outcome) {
        if (outcome.ok || outcome.canKeepForSession)
            Settings::setSignedIn(accountId, grantedScopes);
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
{
    endOutdatedSignIns();
}

void AccountManager::endOutdatedSignIns()
{
    for (const Account &outdated : m_store->outdatedSignIns()) {
        signOut(outdated.id, this, [name = outdated.name](const AccountOutcome &outcome) {
            qCInfo(lcPolicy) << "account" << name
                             << "is signed out, as the administrator changed its servers:"
                             << outcome.message;
        });
    }
}

OAuthClient AccountManager::clientOf(const Account &account, const Secrets &secrets)
{
    return { account.accountsServer, account.clientId, secrets.clientSecret };
}

void AccountManager::save(const Account &account, const QString &clientSecret, QObject *context,
                          Done done)
{
    Secrets secrets;
    secrets.clientSecret = clientSecret;
    keep({ account, secrets, Keeping::Settings, guarded(context, std::move(done)) });
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
            kept.renewed = { grant->accessToken, m_clock.now().addSecs(grant->expiresInSeconds) };
            Account signedIn = account;
            signedIn.credential = Account::Credential::RefreshToken;
            keep({ signedIn, kept, Keeping::SignIn,
                   rememberingSignIn(account.id, grant->grantedScopes, done) });
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
    // When it was pasted tells when it probably runs out (WatchingNotifier warns before).
    keep({ signedIn, secrets, Keeping::SignIn,
           rememberingSignIn(
               account.id, QString(),
               [done, id = account.id, pastedAt = m_clock.now()](const AccountOutcome &outcome) {
                   if (outcome.ok)
                       Settings::setTokenPasted(id, pastedAt);
                   done(outcome);
               }) });
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
    secrets.renewed = { grant.accessToken, m_clock.now().addSecs(grant.expiresInSeconds) };
    keep({ signedIn, secrets, Keeping::SignIn,
           rememberingSignIn(account.id, grant.grantedScopes, guarded(context, std::move(done))) });
}

void AccountManager::keep(KeepRequest request)
{
    // What is kept now goes over the record of a sign-in made with the servers the policy
    // replaced: that sign-in ends first, where it was made.
    if (m_store->outdatedSignIn(request.account.id))
        return signOut(request.account.id, this, [this, request](const AccountOutcome &ended) {
            if (!ended.ok)
                return request.done(ended);
            keep(request);
        });
    // Checked before anything is written, so a refused name leaves no orphan secret behind.
    if (const QString problem = m_store->problemWith(request.account); !problem.isEmpty())
        return refuseKeeping(request, problem);
    // What a token answer says tokens live, for a token pasted later (WatchingNotifier).
    if (const qint64 lifetime = m_clock.now().secsTo(request.secrets.renewed.expires);
        !request.secrets.renewed.token.isEmpty() && lifetime > 0)
        Settings::setTokenLifetime(request.account.id, std::chrono::seconds(lifetime));
    // What is kept already stays unless this replaces it: editing an account keeps its sign-in,
    // a pasted token keeps the client secret. It is read from the keychain even when this
    // session's sign-in lives in memory: what is written goes over the keychain's entry, and no
    // token kept for this session may reach it.
    const QString accountId = request.account.id;
    m_keychain->read(
        accountId, this,
        [this, request = std::move(request)](const std::optional<Secrets> &existing,
                                             const std::optional<SecretStoreError> &error) {
            if (error && error->kind != SecretStoreError::Kind::NotFound)
                return keepWithoutReading(request, *error);
            keepOver(request, existing.value_or(Secrets()));
        });
}

void AccountManager::refuseKeeping(const KeepRequest &request, const QString &problem)
{
    if (request.secrets.refreshToken.isEmpty())
        return request.done(failedWith(problem));
    // Nothing keeps the sign-in just made: it must not stay active at Zoho, unknown to anyone.
    revokeQuietly(request.account, request.secrets);
    request.done(
        failedWith(tr("%1 The sign-in just made is not kept and was revoked.").arg(problem)));
}

void AccountManager::keepWithoutReading(const KeepRequest &request, const SecretStoreError &error)
{
    // Writing now would replace the entry with only what this request brings: the refresh
    // token and client secret it holds would be lost, and the old sign-in never revoked.
    if (request.what == Keeping::Settings)
        return request.done({ false,
                              tr("Not saved: the keychain could not be read, and saving now "
                                 "could lose the sign-in it keeps. %1")
                                  .arg(error.message()),
                              error,
                              false,
                              {} });
    Account account = request.account;
    account.hasClientSecret = account.hasClientSecret || !request.secrets.clientSecret.isEmpty();
    holdUnsaved(account, request.secrets, error, request.done);
}

void AccountManager::keepOver(KeepRequest request, const Secrets &before)
{
    Account &account = request.account;
    const std::optional<Account> stored = m_store->find(account.id);
    Secrets merged = before;
    if (request.what == Keeping::SignIn) {
        merged.refreshToken = request.secrets.refreshToken;
        merged.accessToken = request.secrets.accessToken;
        merged.renewed = request.secrets.renewed;
    }
    if (!request.secrets.clientSecret.isEmpty())
        merged.clientSecret = request.secrets.clientSecret;
    account.hasClientSecret = !merged.clientSecret.isEmpty();
    // A sign-in belongs to the servers it was made with: a refresh token never goes to a new
    // host. (A sign-in that adopts the accounts server Zoho named is a SignIn, not this.)
    const bool serversChanged = request.what == Keeping::Settings && stored
        && (!isSameServerUrl(stored->apiBaseUrl, account.apiBaseUrl)
            || !isSameServerUrl(stored->accountsServer, account.accountsServer));
    const bool signsOut = serversChanged
        && (stored->credential != Account::Credential::None || isSessionOnly(account.id)
            || !before.refreshToken.isEmpty() || !before.accessToken.isEmpty());
    if (signsOut) {
        account.credential = Account::Credential::None;
        merged.refreshToken.clear();
        merged.accessToken.clear();
        merged.renewed = {};
    }
    m_keychain->write(
        account.id, merged, this,
        [this, request, stored, before, merged,
         signsOut](const std::optional<SecretStoreError> &error) {
            if (!error)
                return finishKeeping(request, stored, before, merged, signsOut);
            if (request.what == Keeping::Settings)
                return request.done(
                    { false, tr("Not saved: %1").arg(error->message()), error, false, {} });
            holdUnsaved(request.account, merged, *error, request.done);
        });
}

void AccountManager::finishKeeping(const KeepRequest &request, const std::optional<Account> &stored,
                                   const Secrets &before, const Secrets &merged, bool signsOut)
{
    const Account &account = request.account;
    const QString problem = m_store->save(account);
    if (!problem.isEmpty()) {
        // Saved elsewhere meanwhile under this name: leave no secret behind.
        if (!stored)
            m_keychain->remove(account.id, this, ignoreAnswer);
        return refuseKeeping(request, problem);
    }
    // What this replaces is revoked where it was made: at the accounts server as it was.
    const Account madeWith = stored.value_or(account);
    if (request.what == Keeping::SignIn || signsOut) {
        // Both end: the sign-in the keychain held and the one kept for this session after it.
        const Secrets session = takeSessionSignIn(account.id);
        for (const Secrets &replaced : { before, session }) {
            if (!replaced.refreshToken.isEmpty() && replaced.refreshToken != merged.refreshToken)
                revokeQuietly(madeWith, replaced);
        }
    }
    qCInfo(lcNet) << "account" << account.name << "saved; its secrets are in the keychain";
    if (request.what == Keeping::SignIn)
        return request.done(succeeded(tr("Account \"%1\" is signed in.").arg(account.name)));
    if (signsOut)
        return request.done(succeeded(tr("Account \"%1\" is saved and signed out, as its servers "
                                         "changed: sign it in again.")
                                          .arg(account.name)));
    request.done(succeeded(!stored && account.credential == Account::Credential::None
                               ? tr("Account \"%1\" is added; sign it in next.").arg(account.name)
                               : tr("Account \"%1\" is saved.").arg(account.name)));
}

void AccountManager::holdUnsaved(const Account &account, const Secrets &secrets,
                                 const SecretStoreError &error, const Done &done)
{
    if (Policy::current().sessionOnlySignInsDisabled()) {
        // Nowhere to keep it: it is given up at once, revoked as the admin's Cancel would.
        m_unsaved.insert(account.id, { account, secrets });
        discardUnsaved(account.id);
        AccountOutcome givenUp = failedWith(
            tr("Signed in, but the sign-in could not be kept: %1 Your administrator does not "
               "allow keeping a sign-in for this session only, so it was given up.")
                .arg(error.message()));
        givenUp.keychainError = error;
        return done(givenUp);
    }
    m_unsaved.insert(account.id, { account, secrets });
    done({ false,
           tr("Signed in, but the sign-in could not be kept: %1").arg(error.message()),
           error,
           true,
           {} });
}

void AccountManager::keepForThisSession(const QString &accountId, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    if (!m_unsaved.contains(accountId))
        return done(failedWith(tr("There is no sign-in waiting to be kept.")));
    const Pending pending = m_unsaved.take(accountId);
    // A session sign-in this replaces was made with the account as it was.
    const Account madeWith = m_store->find(accountId).value_or(pending.account);
    // The settings do not say "signed in": after a restart it is not.
    Account account = pending.account;
    account.credential = Account::Credential::None;
    const QString problem = m_store->save(account);
    const AccountOutcome outcome = problem.isEmpty()
        ? succeeded(tr("Account \"%1\" is signed in for this session only: you will sign in "
                       "again after a restart.")
                        .arg(account.name))
        : failedWith(problem);
    if (problem.isEmpty()) {
        const Secrets replaced = m_sessionOnly.held(accountId).value_or(Secrets());
        if (!replaced.refreshToken.isEmpty()
            && replaced.refreshToken != pending.secrets.refreshToken)
            revokeQuietly(madeWith, replaced);
        m_sessionOnly.write(accountId, pending.secrets, this, ignoreAnswer);
    }
    QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
}

void AccountManager::discardUnsaved(const QString &accountId)
{
    const Pending pending = m_unsaved.take(accountId);
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

bool AccountManager::isSessionOnly(const QString &accountId) const
{
    return m_sessionOnly.held(accountId).has_value();
}

SecretStore *AccountManager::secretsOf(const QString &accountId)
{
    // What was kept for this session wins: the keychain would not have it.
    if (isSessionOnly(accountId))
        return &m_sessionOnly;
    return m_keychain;
}

Secrets AccountManager::takeSessionSignIn(const QString &accountId)
{
    const Secrets session = m_sessionOnly.held(accountId).value_or(Secrets());
    m_sessionOnly.remove(accountId, this, ignoreAnswer);
    return session;
}

std::optional<Account> AccountManager::usableAccount(const QString &accountId,
                                                     QString *problem) const
{
    const std::optional<Account> account = m_store->find(accountId);
    if (!account) {
        *problem = tr("There is no such account.");
        return std::nullopt;
    }
    if (const QString wrong = account->problem(); !wrong.isEmpty()) {
        *problem = tr("Account \"%1\" cannot be used: %2 Edit the account to correct it.")
                       .arg(account->name, wrong);
        return std::nullopt;
    }
    return account;
}

QString AccountManager::revokeWarning(const Account &account, const QStringList &reasons)
{
    if (reasons.isEmpty())
        return QString();
    const QString why = reasons.join(QStringLiteral("; "));
    return tr("The sign-in may still be active, as %1: revoke the app's access on Zoho's "
              "accounts server (%2) under \"Connected Apps\".")
        .arg(why, account.accountsServer.toDisplayString());
}

void AccountManager::readClientSecret(const QString &accountId, QObject *context, SecretRead done)
{
    QString problem;
    if (!usableAccount(accountId, &problem))
        return QTimer::singleShot(0, context,
                                  [done, problem] { done(QString(), failedWith(problem)); });
    secretsOf(accountId)->read(
        accountId, this,
        [context = QPointer<QObject>(context), done](const std::optional<Secrets> &secrets,
                                                     const std::optional<SecretStoreError> &error) {
            if (!context)
                return;
            if (error && error->kind != SecretStoreError::Kind::NotFound)
                return done(QString(),
                            AccountOutcome { false, error->message(), error, false, {} });
            done(secrets ? secrets->clientSecret : QString(), std::nullopt);
        });
}

void AccountManager::open(const QString &accountId, QObject *context, Opened done)
{
    QString problem;
    const std::optional<Account> account = usableAccount(accountId, &problem);
    if (!account)
        return done(nullptr, failedWith(problem));
    if (account->credential == Account::Credential::None && !isSessionOnly(accountId))
        return done(nullptr,
                    failedWith(tr("Account \"%1\" is not signed in: sign in to watch its jobs.")
                                   .arg(account->name)));
    SecretStore *keptIn = secretsOf(account->id);
    keptIn->read(
        account->id, this,
        [this, account, keptIn, context = QPointer<QObject>(context), done](
            const std::optional<Secrets> &secrets, const std::optional<SecretStoreError> &error) {
            if (!context)
                return;
            if (error)
                return done(
                    nullptr,
                    { false,
                      error->message(),
                      error->kind == SecretStoreError::Kind::NotFound ? std::nullopt : error,
                      false,
                      {} });
            if (!secrets->refreshToken.isEmpty()) {
                auto source = std::make_unique<OAuthTokenSource>(clientOf(*account, *secrets),
                                                                 secrets->refreshToken, m_clock);
                // While the token kept there is valid, this run renews nothing.
                source->setAccessToken(secrets->renewed);
                source->shareThrough(keptIn, account->id);
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
    std::optional<Account> account = m_store->find(accountId);
    if (!account)
        return done(failedWith(tr("There is no such account.")));
    // A sign-in ends where it was made.
    if (const std::optional<Account> outdated = m_store->outdatedSignIn(account->id))
        account = outdated;
    m_unsaved.remove(account->id);
    // The keychain is read even when this session's sign-in is in memory: the sign-in it kept
    // before ends too, and only the keychain says what that is.
    m_keychain->read(
        account->id, this,
        [this, account, done](const std::optional<Secrets> &kept,
                              const std::optional<SecretStoreError> &error) {
            const bool unreadable = error && error->kind != SecretStoreError::Kind::NotFound;
            const std::optional<Secrets> session = m_sessionOnly.held(account->id);
            if (unreadable && !session)
                return done(
                    { false, tr("Not signed out: %1").arg(error->message()), error, false, {} });
            const std::optional<Secrets> inKeychain
                = unreadable ? std::nullopt : std::optional<Secrets>(kept.value_or(Secrets()));
            const Secrets signedIn = session.value_or(kept.value_or(Secrets()));
            QStringList stillActive;
            if (unreadable)
                stillActive << tr("the keychain, which may hold an earlier sign-in, could not be "
                                  "read (%1)")
                                   .arg(error->message());
            // Settings edited by hand: no token is sent where it should not go, and the sign-in
            // is forgotten here all the same.
            if (const QString problem = account->problem(); !problem.isEmpty()) {
                if (!signedIn.refreshToken.isEmpty())
                    stillActive << tr("the account's settings are wrong (%1)").arg(problem);
                return forgetSignIn(*account, inKeychain, revokeWarning(*account, stillActive),
                                    done);
            }
            // What the keychain held before this session's sign-in.
            if (inKeychain && !inKeychain->refreshToken.isEmpty()
                && inKeychain->refreshToken != signedIn.refreshToken)
                revokeQuietly(*account, *inKeychain);
            if (signedIn.refreshToken.isEmpty())
                return forgetSignIn(*account, inKeychain, revokeWarning(*account, stillActive),
                                    done);
            // Revoked first, so a token that leaked stops working everywhere.
            m_zoho.revoke(clientOf(*account, signedIn), signedIn.refreshToken,
                          [this, account, inKeychain, stillActive,
                           done](const std::optional<RequestError> &failure) mutable {
                              if (failure)
                                  stillActive << tr("the accounts server could not be told (%1)")
                                                     .arg(failure->detail);
                              forgetSignIn(*account, inKeychain,
                                           revokeWarning(*account, stillActive), done);
                          });
        });
}

void AccountManager::forgetSignIn(const Account &account, const std::optional<Secrets> &inKeychain,
                                  const QString &stillActive, Done done)
{
    const bool outdated = m_store->outdatedSignIn(account.id).has_value();
    const auto finish = [this, account, outdated, stillActive,
                         done](const std::optional<SecretStoreError> &error) {
        if (error)
            return done(
                { false, tr("Not signed out: %1").arg(error->message()), error, false, {} });
        // As listed: an outdated sign-in's record gives way to the policy's settings.
        Account signedOut = m_store->find(account.id).value_or(account);
        signedOut.credential = Account::Credential::None;
        m_store->save(signedOut);
        if (outdated) {
            Settings::forgetTokenTimes(account.id);
            Settings::forgetSignInScopes(account.id);
        }
        qCInfo(lcNet) << "account" << account.name << "signed out";
        QString message = tr("Account \"%1\" is signed out.").arg(account.name);
        if (!stillActive.isEmpty())
            message += QLatin1Char(' ') + stillActive;
        AccountOutcome outcome = succeeded(message);
        outcome.grantMayBeActive = stillActive;
        done(outcome);
    };
    takeSessionSignIn(account.id);
    // The tokens go, the kept access token too; the client secret stays for the next sign-in
    // while it is the same client's.
    const std::optional<Account> listed = m_store->find(account.id);
    Secrets clientOnly;
    if (inKeychain && (!listed || listed->clientId == account.clientId))
        clientOnly.clientSecret = inKeychain->clientSecret;
    // Unreadable, or holding no sign-in: the keychain entry stays as it is.
    if (!inKeychain || *inKeychain == clientOnly)
        return finish(std::nullopt);
    if (clientOnly.isEmpty()) {
        m_keychain->remove(account.id, this, finish);
        return;
    }
    m_keychain->write(account.id, clientOnly, this, finish);
}

void AccountManager::remove(const QString &accountId, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    if (const std::optional<Account> managed = Policy::current().managedAccount(accountId))
        return done(failedWith(tr("The account \"%1\" is set up by your administrator and cannot "
                                  "be removed; you can sign it out.")
                                   .arg(managed->name)));
    signOut(accountId, this, [this, accountId, done](const AccountOutcome &signedOut) {
        if (!signedOut.ok)
            return done(signedOut);
        m_keychain->remove(
            accountId, this,
            [this, accountId, done, signedOut](const std::optional<SecretStoreError> &error) {
                const std::optional<Account> account = m_store->find(accountId);
                const QString name = account ? account->name : accountId;
                m_store->remove(accountId);
                Settings::forgetTokenTimes(accountId);
                Settings::forgetSignInScopes(accountId);
                // Signed out already; what the keychain still holds is the client
                // secret.
                AccountOutcome removed
                    = succeeded(error ? tr("Account \"%1\" is removed; its keychain entry could "
                                           "not be deleted (%2).")
                                            .arg(name, error->message())
                                      : tr("Account \"%1\" is removed.").arg(name));
                if (!signedOut.grantMayBeActive.isEmpty()) {
                    removed.message += QLatin1Char(' ') + signedOut.grantMayBeActive;
                    removed.grantMayBeActive = signedOut.grantMayBeActive;
                }
                done(removed);
            });
    });
}
