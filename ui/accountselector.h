#pragma once

#include <QComboBox>

class AccountManager;
class WatchedAccounts;

// The toolbar's choice of what the window shows: each stored account (with how it is doing, so a
// watched account in trouble shows without switching to it), All Accounts when there are several,
// and a server that is not an account (the demo, or --server's host) while it is shown.
class AccountSelector final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSelector)

public:
    explicit AccountSelector(QWidget *parent = nullptr);

    // The All Accounts entry's id, in accountChosen() and wherever a shown account id is kept.
    static QString allAccountsId() { return QStringLiteral("*"); }

    // Offers `accounts`' stored accounts, each with its state in `sessions`, with
    // `currentAccountId` chosen (empty: `serverName`'s server, which is no account; empty too
    // when nothing is shown); kept current as accounts and their states change.
    void setAccounts(AccountManager *accounts, const WatchedAccounts *sessions,
                     const QString &currentAccountId, const QString &serverName);

signals:
    // The admin chose another entry: an account's id, or allAccountsId().
    void accountChosen(const QString &accountId);
    // There is something to choose from, or no longer.
    void offeredChanged(bool offered);

private:
    void refresh();

    AccountManager *m_accounts = nullptr;
    const WatchedAccounts *m_sessions = nullptr;
    QString m_currentAccountId;
    QString m_serverName;
};
