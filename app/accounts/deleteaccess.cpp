#include "accounts/deleteaccess.h"

#include "accounts/accountstore.h"
#include "platform/policy.h"
#include "platform/settings.h"

DeleteAccess::DeleteAccess(ReadOnlyBy readOnlyBy, const QString &scopes)
    : m_readOnlyBy(readOnlyBy)
    , m_scopes(scopes)
{ }

DeleteAccess DeleteAccess::of(const Account &account)
{
    if (Policy::current().deletingDisabled())
        return { ReadOnlyBy::Policy, QString() };
    if (!Account::scopesAllowDeleting(account.scopes))
        return { ReadOnlyBy::ConfiguredScopes, account.scopes };
    const Settings::SignInScopes signIn = Settings::signInScopes(account.id);
    if (!signIn.granted.isEmpty() && !Account::scopesAllowDeleting(signIn.granted))
        return { ReadOnlyBy::GrantedScopes, signIn.granted };
    if (signIn.deleteRefused)
        return { ReadOnlyBy::ServerRefusal, QString() };
    return { ReadOnlyBy::Nothing, QString() };
}

DeleteAccess DeleteAccess::of(const AccountStore *store, const QString &accountId)
{
    const std::optional<Account> account
        = store && !accountId.isEmpty() ? store->find(accountId) : std::nullopt;
    if (account)
        return of(*account);
    return { Policy::current().deletingDisabled() ? ReadOnlyBy::Policy : ReadOnlyBy::Nothing,
             QString() };
}

QString DeleteAccess::reason() const
{
    switch (m_readOnlyBy) {
    case ReadOnlyBy::Nothing:
        break;
    case ReadOnlyBy::Policy:
        return tr("Deleting jobs is turned off by your administrator.");
    case ReadOnlyBy::ConfiguredScopes:
        return tr("This sign-in may only read jobs: its scopes, %1, have neither "
                  "id360.job.DELETE nor id360.job.ALL.")
            .arg(m_scopes);
    case ReadOnlyBy::GrantedScopes:
        return tr("This sign-in may only read jobs: the accounts server granted it only %1.")
            .arg(m_scopes);
    case ReadOnlyBy::ServerRefusal:
        return tr("This sign-in may only read jobs: Identity360 refused it a delete for lack of "
                  "the id360.job.DELETE scope. Sign in again with that scope to delete.");
    }
    return QString();
}

QString DeleteAccess::label() const
{
    return allowed() ? QString() : tr("read-only", "an account that may not delete jobs");
}

bool DeleteAccess::learnFrom(const QString &accountId, const RequestError &error)
{
    if (accountId.isEmpty() || error.kind != RequestError::Kind::Forbidden
        || error.server.code != QLatin1String("00000106"))
        return false;
    Settings::setDeleteRefused(accountId);
    return true;
}
