#pragma once

#include "accounts/account.h"
#include "sync/jobsync.h"

#include <QObject>

#include <memory>

class AccountManager;
class JobCache;
class TokenSource;

// Watching one stored account: opens its sign-in from the keychain, then keeps its jobs in
// step (JobSync, with the account's cache). When there is nothing to sign in with, or the
// keychain cannot be read, it says so and polls nothing.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    enum class State {
        Opening, // reading the keychain
        Open, // the sync runs
        SignInNeeded, // nothing (or nothing valid) to sign in with: problem() says what
        KeychainProblem, // the keychain could not be read: problem() says why and what to do
    };
    Q_ENUM(State)

    AccountSession(AccountManager *accounts, const Account &account, const JobCache *cache,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    JobSync *sync() { return &m_sync; }
    const JobSync *sync() const { return &m_sync; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }

    // Opens the sign-in from the keychain, then starts the sync (cached jobs first).
    void open();

signals:
    void stateChanged(AccountSession::State state);

private:
    void setState(State state, const QString &problem = QString());

    AccountManager *m_accounts;
    Account m_account;
    State m_state = State::Opening;
    QString m_problem;
    std::unique_ptr<TokenSource> m_token;
    // After the token source: destroyed first, so no poll outlives its token.
    JobSync m_sync;
};
