#pragma once

#include "sync/jobdeletion.h"
#include "sync/jobsync.h"

#include <QMainWindow>

class AccountBanner;
class AccountManager;
class AccountSelector;
class WatchedAccounts;
class AdvancedFilter;
class EmptyJobsPage;
class FilterBar;
class InsightsDialog;
struct InsightsSelection;
class JobDetailPane;
class JobFilterProxyModel;
class JobInspector;
class JobTableModel;
class JobTableView;
class MergedJobModel;
class NowTicker;
class QSplitter;
class QStackedWidget;
class StaleNotice;
class SyncStatusBar;
class WelcomePage;

// The frame around the jobs of one or several syncs: menus, toolbar (with the account selector)
// and status bar, and the wiring of the widgets that show the jobs — the account banner, the
// filter bar, the stale notice, the table (or in its place the empty page or the first-run
// face) and the selected job's detail pane — to the syncs, the accounts and the dialogs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The jobs of `syncs` in one table: one account (or the demo, or a --server), or every
    // account at once with an Account column. `syncs` must not be empty and must outlive the
    // window; `ticker` tells it when what it says of time moves on.
    MainWindow(const QList<JobSync *> &syncs, NowTicker *ticker, QWidget *parent = nullptr);

    JobTableView *jobTable() const { return m_table; }
    JobDetailPane *detailPane() const { return m_detailPane; }
    const QList<JobSync *> &syncs() const { return m_syncs; }

    // Selects job `jobId` of the account whose sync has `accountId` (filters are cleared when
    // they hide it) and shows its results, only the failed ones with `errorsOnly`. False when
    // the window does not list that job.
    bool selectJob(const QString &accountId, const QString &jobId, bool errorsOnly);
    // With a tray to live in, closing the window hides it (hiddenToTray()) instead.
    void setHidesOnClose(bool hides) { m_hidesOnClose = hides; }
    // File → Settings…; with `tab`, on that tab ("notifications", …).
    void openSettings();
    // Why there is no tray icon, for the settings to say; empty when there is one.
    void setTrayProblem(const QString &problem) { m_trayProblem = problem; }

    // Offers the stored accounts: the selector in the toolbar (with how each one is doing, from
    // `sessions`), File → Accounts…, and the first-run face's "Add Account…".
    // `currentAccountId` is the one shown (empty: none, or the demo;
    // AccountSelector::allAccountsId(): all).
    void setAccounts(AccountManager *accounts, const WatchedAccounts *sessions,
                     const QString &currentAccountId);
    // Why account `accountId` cannot be polled (not signed in, the keychain failed), with the
    // way to fix it; an empty problem hides it.
    void showAccountProblem(const QString &accountId, const QString &problem);
    // Opens the Accounts dialog; with an id, on that account.
    void openAccounts(const QString &accountId = QString());

signals:
    // The admin chose another account in the selector.
    void accountChosen(const QString &accountId);
    // The Accounts dialog closed after changing something; `signedInAccountId` is the account
    // just signed in, if any.
    void accountsEdited(const QString &signedInAccountId);
    void demoRequested();
    // Closed while it hides on close: it is in the tray now.
    void hiddenToTray();
    // The settings dialog changed something: the owner applies it (poll intervals to every
    // sync, this window's too).
    void settingsApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Hidden (in the tray, minimised) or shown again: the selected job's details wait meanwhile.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void saveSettings() const;
    void restoreSettings();
    // Every shown account's jobs fetched again now (Refresh Now, Retry Now).
    void refreshAll();
    void showPauseState();
    void showEmptyState();
    void createActions();
    QWidget *createJobsArea();
    bool showsSeveral() const { return m_syncs.size() > 1; }
    bool hasServer() const;
    JobSync *syncOf(const JobTableModel *table) const;
    void showBanner();
    void showStaleness();
    void showCurrentJob();
    void showDeletable();
    QList<std::pair<JobSync *, Job>> selectedJobs() const;
    void deleteSelectedJobs();
    void showDeletionOutcome(const QList<JobDeletion::Outcome> &outcomes);
    void openInsights();
    // Filters the table to the jobs an Insights row or bar stands for.
    void showInsightsSelection(const InsightsSelection &selection);

    QList<JobSync *> m_syncs;
    MergedJobModel *m_jobs;
    AdvancedFilter *m_advancedFilter;
    JobFilterProxyModel *m_sortModel;
    JobTableView *m_table = nullptr;
    SyncStatusBar *m_statusBar = nullptr;
    QAction *m_deleteAction = nullptr;
    // What the Delete action says when it may delete.
    QString m_deleteToolTip;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableArea = nullptr;
    EmptyJobsPage *m_emptyPage = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    AccountManager *m_accounts = nullptr;
    const WatchedAccounts *m_sessions = nullptr;
    QString m_currentAccountId;
    // The account problem the owner reported, shown before any sync's own.
    QString m_problemAccountId;
    QString m_accountProblem;
    AccountSelector *m_accountSelector = nullptr;
    AccountBanner *m_banner = nullptr;
    StaleNotice *m_staleNotice = nullptr;
    bool m_hidesOnClose = false;
    QString m_trayProblem;
    QAction *m_pauseAction = nullptr;
    InsightsDialog *m_insights = nullptr;
    JobInspector *m_inspector;
    JobDetailPane *m_detailPane;
};
