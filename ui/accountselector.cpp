#include "accountselector.h"

#include "accounts/accountmanager.h"
#include "accounts/accountstore.h"
#include "accounts/watchedaccounts.h"
#include "notify/syncstatustext.h"

AccountSelector::AccountSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("accountSelector"));
    setAccessibleName(tr("Account"));
    setToolTip(tr("The account whose jobs are shown, or all of them"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString id = itemData(index).toString();
        if (id != m_currentAccountId)
            emit accountChosen(id);
    });
}

void AccountSelector::setAccounts(AccountManager *accounts, const WatchedAccounts *sessions,
                                  const QString &currentAccountId, const QString &serverName)
{
    m_accounts = accounts;
    m_sessions = sessions;
    m_currentAccountId = currentAccountId;
    m_serverName = serverName;
    connect(m_accounts->store(), &AccountStore::accountsChanged, this, &AccountSelector::refresh);
    connect(m_sessions, &WatchedAccounts::stateChanged, this, &AccountSelector::refresh);
    refresh();
}

void AccountSelector::refresh()
{
    {
        // Filling the list is not a choice of the admin's.
        const QSignalBlocker blocker(this);
        clear();
        for (const Account &account : m_accounts->store()->accounts()) {
            const QString state = SyncStatusText::accountState(m_sessions->session(account.id));
            addItem(state.isEmpty() ? account.name : tr("%1 (%2)").arg(account.name, state),
                    account.id);
        }
        // Every account's jobs in one table, told apart by an Account column.
        if (count() > 1)
            insertItem(0, tr("All Accounts"), allAccountsId());
        if (m_currentAccountId.isEmpty() && !m_serverName.isEmpty())
            insertItem(0, m_serverName, QString());
        setCurrentIndex(std::max(0, findData(m_currentAccountId)));
    }
    emit offeredChanged(count() > 0);
}
