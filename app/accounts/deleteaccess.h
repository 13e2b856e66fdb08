#pragma once

#include "accounts/account.h"
#include "api/requesterror.h"

#include <QCoreApplication>

class AccountStore;

// Whether an account may delete jobs, and if not, why: the one answer the window and the
// command line ask. An account is read-only when it lacks id360.job.DELETE and id360.job.ALL in
// the scopes it asks for (as configured), in the scopes its sign-in was granted (where the token
// answer named them), or — learned from a 403 00000106 to a delete, remembered in the settings
// until the account signs in again — in what the server lets its sign-in do. Whatever the
// account, deleting is off when the administrator's policy turns it off.
class DeleteAccess final
{
    Q_DECLARE_TR_FUNCTIONS(DeleteAccess)

public:
    enum class ReadOnlyBy { Nothing, Policy, ConfiguredScopes, GrantedScopes, ServerRefusal };

    static DeleteAccess of(const Account &account);
    // For the account `accountId` of `store`; a sync without one (the demo, --server) or a
    // missing store may delete, as far as the app knows, unless the policy says otherwise.
    static DeleteAccess of(const AccountStore *store, const QString &accountId);

    bool allowed() const { return m_readOnlyBy == ReadOnlyBy::Nothing; }
    ReadOnlyBy readOnlyBy() const { return m_readOnlyBy; }
    // "This sign-in may only read jobs: …", saying how that is known; empty when allowed.
    QString reason() const;
    // "read-only" where accounts are listed; empty when allowed.
    QString label() const;

    // Remembers for the account that the server refused it a delete for lack of scope (a 403
    // with code 00000106). Any other error, or no account, is no such lesson: false.
    static bool learnFrom(const QString &accountId, const RequestError &error);

private:
    DeleteAccess(ReadOnlyBy readOnlyBy, const QString &scopes);

    ReadOnlyBy m_readOnlyBy = ReadOnlyBy::Nothing;
    // The scopes that say so, configured or granted.
    QString m_scopes;
};
