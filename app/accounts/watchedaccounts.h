#pragma once

#include "accounts/accountsession.h"

#include <QObject>

#include <map>
#include <memory>

class AccountManager;
class JobCache;

// Every stored account watched at once, each with its own session, sync and state — so an
// account not on screen is still polled, and its state (offline, failing, sign-in needed) is
// known. The window shows one of them at a time.
class WatchedAccounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchedAccounts)

public:
    WatchedAccounts(AccountManager *accounts, const JobCache *cache, QObject *parent = nullptr);
    ~WatchedAccounts() override;

    // Brings the sessions in line with the stored accounts: opens one for each new account,
    // opens again those whose sign-in changed, closes those of removed accounts. A session
    // handed out before may be gone afterwards: call it where nothing uses one.
    void refresh();
    // nullptr for an unknown account.
    AccountSession *session(const QString &accountId) const;
    void saveCaches() const;

signals:
    // The account's session or sync changed state.
    void stateChanged(const QString &accountId);

private:
    struct Watched
    {
        std::unique_ptr<AccountSession> session;
        // What the session was opened with: a change means opening it again.
        Account::Credential credential = Account::Credential::None;
        bool sessionOnly = false;
    };

    void open(const Account &account);

    AccountManager *m_accounts;
    const JobCache *m_cache;
    std::map<QString, Watched> m_watched;
};
