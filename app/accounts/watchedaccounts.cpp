#include "accounts/watchedaccounts.h"

#include "accounts/accountmanager.h"

WatchedAccounts::WatchedAccounts(AccountManager *accounts, const JobCache *cache, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_cache(cache)
{ }

WatchedAccounts::~WatchedAccounts() = default;

void WatchedAccounts::refresh()
{
    const QList<Account> accounts = m_accounts->store()->accounts();
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        const bool stored
            = std::any_of(accounts.cbegin(), accounts.cend(),
                          [&it](const Account &account) { return account.id == it->first; });
        it = stored ? std::next(it) : m_watched.erase(it);
    }
    for (const Account &account : accounts) {
        const auto found = m_watched.find(account.id);
        const bool sessionOnly = m_accounts->isSessionOnly(account.id);
        if (found != m_watched.end() && found->second.credential == account.credential
            && found->second.sessionOnly == sessionOnly
            && found->second.session->account().apiBaseUrl == account.apiBaseUrl
            && found->second.session->account().name == account.name)
            continue;
        open(account);
    }
}

void WatchedAccounts::open(const Account &account)
{
    Watched watched;
    watched.credential = account.credential;
    watched.sessionOnly = m_accounts->isSessionOnly(account.id);
    watched.session = std::make_unique<AccountSession>(m_accounts, account, m_cache);
    AccountSession *session = watched.session.get();
    const QString id = account.id;
    connect(session, &AccountSession::stateChanged, this, [this, id] { emit stateChanged(id); });
    connect(session->sync(), &JobSync::stateChanged, this, [this, id] { emit stateChanged(id); });
    m_watched[id] = std::move(watched);
    session->open();
    emit stateChanged(id);
}

AccountSession *WatchedAccounts::session(const QString &accountId) const
{
    const auto found = m_watched.find(accountId);
    return found == m_watched.end() ? nullptr : found->second.session.get();
}

void WatchedAccounts::saveCaches() const
{
    for (const auto &[id, watched] : m_watched)
        watched.session->sync()->saveCache();
}
