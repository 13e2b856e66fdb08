#pragma once

#include "jobdeletion.h"
#include "jobsync.h"

#include <QMainWindow>
#include <QTimer>

class AccountManager;
class AccountSessions;
class AdvancedFilter;
class QComboBox;
class FilterBar;
class JobDetailPane;
class JobFilterProxyModel;
class JobInspector;
class QLabel;
class QSettings;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTableView;
struct RequestError;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(JobSync *sync, QWidget *parent = nullptr);

    QTableView *jobTable() const { return m_table; }
    JobDetailPane *detailPane() const { return m_detailPane; }

    // Offers the stored accounts: the selector in the toolbar (with how each one is doing, from
    // `sessions`), File → Accounts…, and the first-run face's "Add Account…".
    // `currentAccountId` is the one shown (empty: none, or the demo).
    void setAccounts(AccountManager *accounts, const AccountSessions *sessions,
                     const QString &currentAccountId);
    // Why the account shown cannot be polled (not signed in, the keychain failed), with the way
    // to fix it; empty hides it.
    void showAccountProblem(const QString &problem);
    // Opens the Accounts dialog; with an id, on that account.
    void openAccounts(const QString &accountId = QString());

signals:
    // The admin chose another account in the selector.
    void accountChosen(const QString &accountId);
    // The Accounts dialog closed after changing something; `signedInAccountId` is the account
    // just signed in, if any.
    void accountsEdited(const QString &signedInAccountId);
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void saveSettings() const;
    void restoreSettings();
    void showColumnMenu(const QPoint &position);
    void showEmptyState();
    void refreshAccountSelector();
    void createActions();
    void createTable();
    void showRefreshing();
    void showSynced();
    void showRefreshFailed(const RequestError &error);
    void showState(JobSync::State state);
    void showPolling();
    void showStaleness();
    QString keptJobsText() const;
    QList<Job> selectedJobs() const;
    void deleteSelectedJobs();
    void showDeletionOutcome(const QList<JobDeletion::Outcome> &outcomes);

    JobSync *m_sync;
    AdvancedFilter *m_advancedFilter;
    JobFilterProxyModel *m_sortModel;
    QTableView *m_table;
    QLabel *m_syncLabel;
    QLabel *m_serverLabel;
    QLabel *m_pollingLabel;
    QAction *m_deleteAction = nullptr;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableArea = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QToolButton *m_retryButton = nullptr;
    AccountManager *m_accounts = nullptr;
    const AccountSessions *m_sessions = nullptr;
    QString m_currentAccountId;
    QComboBox *m_accountSelector = nullptr;
    QAction *m_accountSelectorAction = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_staleNotice = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_welcomeAdd = nullptr;
    // The status bar shows "synced … ago", to be kept current.
    bool m_showingSynced = false;
    JobInspector *m_inspector;
    JobDetailPane *m_detailPane;
    // Advances the model's clock so running jobs' durations count up.
    QTimer m_clockTimer;
};
