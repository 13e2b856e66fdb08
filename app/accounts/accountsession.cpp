#include "accounts/accountsession.h"

#include "accounts/accountmanager.h"
#include "api/tokensource.h"
#include "platform/logging.h"
#include "sync/jobcache.h"

AccountSession::AccountSession(AccountManager *accounts, const Account &account,
                               const JobCache *cache, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_account(account)
    , m_sync(account.id)
{
    m_sync.client()->setBaseUrl(account.apiBaseUrl);
    m_sync.setCache(cache);
    m_sync.model()->setAccountName(account.name);
}

AccountSession::~AccountSession() = default;

void AccountSession::open()
{
    setState(State::Opening);
    m_accounts->open(m_account.id, this,
                     [this](std::unique_ptr<TokenSource> source, const AccountOutcome &outcome) {
                         StartupTrace::reached(StartupTrace::Phase::KeychainAnswered);
                         if (!source) {
                             setState(outcome.keychainError ? State::KeychainProblem
                                                            : State::SignInNeeded,
                                      outcome.message);
                             return;
                         }
                         m_token = std::move(source);
                         m_sync.client()->setTokenSource(m_token.get());
                         setState(State::Open);
                         m_sync.start();
                     });
}

void AccountSession::setState(State state, const QString &problem)
{
    m_problem = problem;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
