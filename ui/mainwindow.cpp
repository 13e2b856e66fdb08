#include "mainwindow.h"

#include "accountbanner.h"
#include "accounts/accountmanager.h"
#include "accounts/deleteaccess.h"
#include "accounts/watchedaccounts.h"
#include "accountsdialog.h"
#include "accountselector.h"
#include "api/requesterror.h"
#include "audit/deletionlog.h"
#include "clock.h"
#include "deletejobsdialog.h"
#include "deletionhistorydialog.h"
#include "emptyjobspage.h"
#include "filterbar.h"
#include "insightsdialog.h"
#include "jobdetailpane.h"
#include "jobfilterproxymodel.h"
#include "jobtablemodel.h"
#include "jobtableview.h"
#include "mergedjobmodel.h"
#include "notify/syncstatustext.h"
#include "platform/desktopentry.h"
#include "platform/settings.h"
#include "settingsdialog.h"
#include "stalenotice.h"
#include "sync/advancedfilter.h"
#include "sync/jobdeletion.h"
#include "sync/jobsync.h"
#include "sync/nowticker.h"
#include "syncstatusbar.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// A toolbar button's words: its menu entry's without the mnemonic, "&Refresh Now" → "Refresh
// Now". Qt drops the "&" but not the "(&R)" that Japanese and Chinese menus append, which would
// read "今すぐ更新(R)" on the button.
QString toolBarText(const QString &menuText)
{
    static const QRegularExpression appendedMnemonic(QStringLiteral("\\(&[^&)]\\)"));
    QString text = QString(menuText).remove(appendedMnemonic);
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 1))
        text.remove(i, 1); // "&&" leaves the second "&", as Qt does
    return text.trimmed();
}

} // namespace

MainWindow::MainWindow(const QList<JobSync *> &syncs, NowTicker *ticker, QWidget *parent)
    : QMainWindow(parent)
    , m_syncs(syncs)
    , m_jobs(new MergedJobModel(this))
    , m_advancedFilter(new AdvancedFilter(syncs, this))
    , m_sortModel(new JobFilterProxyModel(this))
    , m_inspector(new JobInspector(this))
    , m_detailPane(new JobDetailPane(m_inspector, this))
{
    Q_ASSERT_X(!m_syncs.isEmpty(), "MainWindow", "shows the jobs of one sync at least");
    for (JobSync *sync : std::as_const(m_syncs))
        m_jobs->addTable(sync->model());
    m_sortModel->setSourceModel(m_jobs);
    setWindowTitle(tr("Identity360 Job Monitor"));
    setWindowIcon(DesktopEntry::icon());
    resize(1100, 780);

    createActions();
    m_table = new JobTableView(m_jobs, m_sortModel, this);
    m_table->addAction(m_deleteAction);
    connect(m_table, &JobTableView::selectedJobsChanged, this, &MainWindow::showDeletable);
    connect(m_table, &JobTableView::currentJobChanged, this, &MainWindow::showCurrentJob);
    m_filterBar = new FilterBar(m_jobs, m_sortModel, m_advancedFilter, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createJobsArea());
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_sortModel, signal, this, &MainWindow::showEmptyState);
    connect(m_sortModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::showEmptyState);
    connect(m_sortModel, &QAbstractItemModel::modelReset, this, &MainWindow::showEmptyState);
    connect(m_advancedFilter, &AdvancedFilter::stateChanged, this, &MainWindow::showEmptyState);

    m_statusBar = new SyncStatusBar(m_syncs, ticker, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &SyncStatusBar::retryRequested, this, &MainWindow::refreshAll);

    for (JobSync *sync : std::as_const(m_syncs)) {
        // Every outcome of a poll and every change of state: all that is said about the jobs
        // above and in place of the table (the status bar follows the syncs itself).
        const auto showOn = [this, sync](auto signal) {
            connect(sync, signal, this, &MainWindow::showBanner);
            connect(sync, signal, this, &MainWindow::showEmptyState);
            connect(sync, signal, this, &MainWindow::showStaleness);
        };
        showOn(&JobSync::pollSucceeded);
        showOn(&JobSync::pollFailed);
        showOn(&JobSync::stateChanged);
        // Paused from here or from the tray: the action says so either way.
        connect(sync, &JobSync::stateChanged, this, &MainWindow::showPauseState);
    }

    restoreSettings();
    m_inspector->followActivePolling(Settings::pollIntervals().hot);
    // Syncs that polled before this window: what they said is shown at once.
    showEmptyState();
    showStaleness();
    // Syncs paused before this window (from the tray, or the window it replaces).
    showPauseState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_hidesOnClose) {
        event->ignore();
        hide();
        emit hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_inspector->setPaused(false);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_inspector->setPaused(true);
}

bool MainWindow::selectJob(const QString &accountId, const QString &jobId, bool errorsOnly)
{
    const auto sync
        = std::find_if(m_syncs.cbegin(), m_syncs.cend(), [&accountId](const JobSync *sync) {
              return sync->accountId() == accountId;
          });
    if (sync == m_syncs.cend() || (*sync)->model()->rowOfJob(jobId) < 0)
        return false;
    const MergedJobModel::Location job { (*sync)->model(), (*sync)->model()->rowOfJob(jobId) };
    // Hidden by the filters: the admin asked for this job, so it is shown.
    if (!m_table->shows(job))
        m_filterBar->clearFilters();
    if (!m_table->shows(job))
        return false;
    m_detailPane->setErrorsOnly(errorsOnly);
    m_table->select(job);
    return true;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_trayProblem, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<QString> problem = dialog.apply())
        QMessageBox::warning(this, tr("Settings"), *problem);
    // The shell applies them to every sync it watches, this window's among them.
    emit settingsApplied();
    m_inspector->followActivePolling(Settings::pollIntervals().hot);
    m_statusBar->showNow();
}

// Geometry, splitter, columns (order, widths, hidden ones), sort and filters: as the admin left
// them.
void MainWindow::saveSettings() const
{
    Settings::setWindowLayout(
        showsSeveral(),
        { saveGeometry(), saveState(), m_splitter->saveState(), m_table->columnsState() });
    m_filterBar->saveSettings();
}

void MainWindow::refreshAll()
{
    for (JobSync *sync : std::as_const(m_syncs))
        sync->refreshNow();
}

void MainWindow::showPauseState()
{
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(
        hasServer() && std::all_of(m_syncs.cbegin(), m_syncs.cend(), [](const JobSync *sync) {
            return !sync->hasServer() || sync->state() == JobSync::State::Paused;
        }));
}

void MainWindow::restoreSettings()
{
    const Settings::WindowLayout layout = Settings::windowLayout(showsSeveral());
    restoreGeometry(layout.geometry);
    restoreState(layout.state);
    m_splitter->restoreState(layout.splitter);
    m_table->restoreColumns(layout.columns);
    m_filterBar->restoreSettings();
}

void MainWindow::createActions()
{
    auto *refreshAction
        = new QAction(QIcon(QStringLiteral(":/icons/view-refresh.svg")), tr("&Refresh Now"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(
        tr("Fetch every job from the server now (%1)")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));
    refreshAction->setEnabled(hasServer());
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);

    m_deleteAction
        = new QAction(QIcon(QStringLiteral(":/icons/edit-delete.svg")), tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteToolTip = tr("Delete the selected jobs from Identity360 (%1)")
                          .arg(m_deleteAction->shortcut().toString(QKeySequence::NativeText));
    m_deleteAction->setToolTip(m_deleteToolTip);
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedJobs);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit);

    auto *accountsAction = new QAction(tr("&Accounts…"), this);
    accountsAction->setObjectName(QStringLiteral("accountsAction"));
    accountsAction->setToolTip(tr("Add, edit, sign in or remove Identity360 accounts"));
    connect(accountsAction, &QAction::triggered, this,
            [this] { openAccounts(m_currentAccountId); });

    auto *settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setToolTip(
        tr("How often to poll, notifications, the appearance and the tray (%1)")
            .arg(settingsAction->shortcut().toString(QKeySequence::NativeText)));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(accountsAction);
    fileMenu->addAction(settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *jobMenu = menuBar()->addMenu(tr("&Job"));
    // A disabled Delete says why in its tooltip.
    jobMenu->setToolTipsVisible(true);
    jobMenu->addAction(m_deleteAction);
    QAction *historyAction = jobMenu->addAction(tr("Deletion &History…"));
    historyAction->setObjectName(QStringLiteral("deletionHistoryAction"));
    connect(historyAction, &QAction::triggered, this, [this] {
        auto *history = new DeletionHistoryDialog(DeletionLog(), this);
        history->setAttribute(Qt::WA_DeleteOnClose);
        history->show();
    });
    m_pauseAction
        = new QAction(QIcon(QStringLiteral(":/icons/media-pause.svg")), tr("&Pause Polling"), this);
    QAction *pauseAction = m_pauseAction;
    pauseAction->setObjectName(QStringLiteral("pauseAction"));
    pauseAction->setCheckable(true);
    pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    pauseAction->setToolTip(tr("Stop asking the server until you resume (%1)")
                                .arg(pauseAction->shortcut().toString(QKeySequence::NativeText)));
    pauseAction->setEnabled(hasServer());
    connect(pauseAction, &QAction::toggled, this, [this](bool paused) {
        for (JobSync *sync : std::as_const(m_syncs))
            sync->setPaused(paused);
    });

    auto *findAction = new QAction(tr("&Find Jobs…"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });

    auto *insightsAction = new QAction(tr("&Insights…"), this);
    insightsAction->setObjectName(QStringLiteral("insightsAction"));
    insightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    insightsAction->setToolTip(
        tr("Runs, failures and durations per action and module by day (%1)")
            .arg(insightsAction->shortcut().toString(QKeySequence::NativeText)));
    connect(insightsAction, &QAction::triggered, this, &MainWindow::openInsights);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(refreshAction);
    viewMenu->addAction(pauseAction);
    viewMenu->addAction(findAction);
    viewMenu->addSeparator();
    viewMenu->addAction(insightsAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(refreshAction);
    toolBar->addAction(pauseAction);
    toolBar->addAction(m_deleteAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_accountSelector = new AccountSelector(toolBar);
    connect(m_accountSelector, &AccountSelector::accountChosen, this, &MainWindow::accountChosen);
    QAction *selectorAction = toolBar->addWidget(m_accountSelector);
    selectorAction->setVisible(false);
    connect(m_accountSelector, &AccountSelector::offeredChanged, selectorAction,
            &QAction::setVisible);
    toolBar->addAction(accountsAction);
    toolBar->addAction(settingsAction);
    for (QAction *action : toolBar->actions())
        action->setIconText(toolBarText(action->text()));
}

void MainWindow::openInsights()
{
    if (!m_insights) {
        m_insights = new InsightsDialog(m_jobs, Clock::system(), this);
        connect(m_insights, &InsightsDialog::jobsRequested, this,
                &MainWindow::showInsightsSelection);
    }
    m_insights->show();
    m_insights->raise();
    m_insights->activateWindow();
}

void MainWindow::showInsightsSelection(const InsightsSelection &selection)
{
    JobFilters filters;
    (selection.grouping == InsightsGrouping::Action ? filters.action : filters.module)
        = selection.name;
    m_filterBar->setFilters(filters);
    m_filterBar->showStartedBetween(selection.from, selection.to, selection.rangeText);
}

void MainWindow::setAccounts(AccountManager *accounts, const WatchedAccounts *sessions,
                             const QString &currentAccountId)
{
    m_accounts = accounts;
    m_sessions = sessions;
    m_currentAccountId = currentAccountId;
    m_accountSelector->setAccounts(accounts, sessions, currentAccountId,
                                   hasServer() ? m_syncs.constFirst()->model()->accountName()
                                               : QString());
}

void MainWindow::showAccountProblem(const QString &accountId, const QString &problem)
{
    m_problemAccountId = problem.isEmpty() ? QString() : accountId;
    m_accountProblem = problem;
    // Among several accounts, a problem that does not name its account gets the name.
    for (const JobSync *sync : std::as_const(m_syncs)) {
        if (!problem.isEmpty() && sync->accountId() == accountId
            && !problem.contains(sync->model()->accountName()))
            m_accountProblem = SyncStatusText(m_syncs).about(sync, problem);
    }
    m_statusBar->setAccountProblem(m_accountProblem);
    showBanner();
    showEmptyState();
}

// The account problem reported by the owner, else the first account whose server refuses its
// sign-in: what stops jobs from showing, and the button that fixes it.
void MainWindow::showBanner()
{
    QString accountId = m_problemAccountId;
    QString problem = m_accountProblem;
    for (const JobSync *sync : std::as_const(m_syncs)) {
        // The demo and --server have no account to sign in again.
        if (!problem.isEmpty() || m_currentAccountId.isEmpty())
            break;
        if (sync->state() != JobSync::State::SignInNeeded)
            continue;
        accountId = sync->accountId();
        problem = SyncStatusText(m_syncs).about(
            sync,
            tr("The server no longer accepts this account's sign-in: %1")
                .arg(sync->lastError() ? sync->lastError()->message() : QString()));
    }
    m_banner->showProblem(accountId, problem);
}

void MainWindow::openAccounts(const QString &accountId)
{
    if (!m_accounts)
        return;
    AccountsDialog dialog(m_accounts, this);
    dialog.setLiveStates(m_sessions);
    QString signedIn;
    bool changed = false;
    connect(&dialog, &AccountsDialog::signedIn, this,
            [&signedIn](const QString &id) { signedIn = id; });
    connect(m_accounts->store(), &AccountStore::accountsChanged, &dialog,
            [&changed] { changed = true; });
    if (!accountId.isEmpty())
        dialog.select(accountId);
    if (m_accounts->store()->accounts().isEmpty())
        QTimer::singleShot(0, &dialog, &AccountsDialog::addAccount);
    dialog.exec();
    // Told once the dialog is gone: what is watched may change, and this window with it.
    if (!signedIn.isEmpty() || changed)
        emit accountsEdited(signedIn);
}

// Above the jobs what keeps them from showing or from being current, then the jobs; in their
// place what an empty table means and what to do about it, or the first-run face.
QWidget *MainWindow::createJobsArea()
{
    auto *jobsArea = new QWidget(this);
    auto *jobsLayout = new QVBoxLayout(jobsArea);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->setSpacing(0);
    m_banner = new AccountBanner(jobsArea);
    connect(m_banner, &AccountBanner::signInRequested, this, &MainWindow::openAccounts);
    jobsLayout->addWidget(m_banner);
    jobsLayout->addWidget(m_filterBar);
    m_staleNotice = new StaleNotice(jobsArea);
    jobsLayout->addWidget(m_staleNotice);
    m_tableArea = new QStackedWidget(jobsArea);
    m_tableArea->addWidget(m_table);
    m_emptyPage = new EmptyJobsPage(m_tableArea);
    connect(m_emptyPage, &EmptyJobsPage::clearFiltersRequested, m_filterBar,
            &FilterBar::clearFilters);
    m_tableArea->addWidget(m_emptyPage);
    m_welcomePage = new WelcomePage(m_tableArea);
    connect(m_welcomePage, &WelcomePage::addAccountRequested, this, [this] { openAccounts(); });
    connect(m_welcomePage, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    m_tableArea->addWidget(m_welcomePage);
    jobsLayout->addWidget(m_tableArea, 1);
    return jobsArea;
}

bool MainWindow::hasServer() const
{
    return std::any_of(m_syncs.cbegin(), m_syncs.cend(),
                       [](const JobSync *sync) { return sync->hasServer(); });
}

JobSync *MainWindow::syncOf(const JobTableModel *table) const
{
    for (JobSync *sync : m_syncs) {
        if (sync->model() == table)
            return sync;
    }
    return nullptr;
}

void MainWindow::showEmptyState()
{
    if (!hasServer()) {
        // The first-run face: nothing to filter or inspect yet.
        m_tableArea->setCurrentWidget(m_welcomePage);
        m_filterBar->hide();
        m_detailPane->hide();
        return;
    }
    const SyncStatusText status(m_syncs);
    const bool empty = m_sortModel->rowCount() == 0;
    const bool filtered = m_sortModel->hasFilters() && status.jobCount() > 0;
    const bool known = filtered || status.oldestSuccess().isValid();
    const bool failed = std::any_of(m_syncs.cbegin(), m_syncs.cend(),
                                    [](const JobSync *sync) { return bool(sync->lastError()); });
    m_tableArea->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyPage) : m_table);
    using Reason = EmptyJobsPage::Reason;
    if (!known && !m_banner->isHidden())
        m_emptyPage->showReason(Reason::SignInNeeded);
    else if (!known && failed)
        m_emptyPage->showReason(Reason::NoAnswer);
    else if (!known)
        m_emptyPage->showReason(Reason::Loading);
    else if (m_advancedFilter->state() == AdvancedFilter::State::Querying)
        m_emptyPage->showReason(Reason::AskingTheServer);
    else
        m_emptyPage->showReason(filtered ? Reason::NothingMatches : Reason::NoJobs);
}

void MainWindow::showStaleness()
{
    const QString stale = SyncStatusText(m_syncs).staleNotice();
    m_staleNotice->setVisible(!stale.isEmpty());
    if (!stale.isEmpty())
        m_staleNotice->setText(stale);
}

void MainWindow::showCurrentJob()
{
    const MergedJobModel::Location location = m_table->currentJob();
    if (!location.table) {
        m_detailPane->setListedJob(nullptr);
        m_inspector->inspect(nullptr, QString());
        return;
    }
    // Asked of the job's own server: ids repeat across accounts.
    const Job &job = location.table->jobAt(location.row);
    m_detailPane->setAccountName(showsSeveral() ? location.table->accountName() : QString());
    m_detailPane->setListedJob(&job);
    // Of a job never read there is nothing to ask for: the pane shows what was sent instead.
    if (job.status == JobStatus::Unreadable)
        m_inspector->inspect(nullptr, QString());
    else
        m_inspector->inspect(syncOf(location.table)->client(), job.id);
}

// Unreadable jobs are never deleted from here: what they are is not known. Nor are the jobs of
// a read-only account, which the tooltip says.
void MainWindow::showDeletable()
{
    const QList<std::pair<JobSync *, Job>> jobs = selectedJobs();
    QSet<const JobSync *> selectedSyncs;
    for (const auto &selected : jobs)
        selectedSyncs.insert(selected.first);
    // Asked once per account, not per job: a selection may hold thousands.
    QString readOnly;
    for (const JobSync *sync : std::as_const(m_syncs)) {
        if (!selectedSyncs.contains(sync))
            continue;
        if (const DeleteAccess access
            = DeleteAccess::of(m_accounts ? m_accounts->store() : nullptr, sync->accountId());
            !access.allowed()) {
            readOnly = showsSeveral() ? tr("%1: %2", "account: why it may not delete")
                                            .arg(sync->model()->accountName(), access.reason())
                                      : access.reason();
            break;
        }
    }
    m_deleteAction->setToolTip(readOnly.isEmpty() ? m_deleteToolTip : readOnly);
    m_deleteAction->setEnabled(
        !jobs.isEmpty() && readOnly.isEmpty()
        && std::none_of(jobs.cbegin(), jobs.cend(), [](const auto &selected) {
               return selected.second.readProblem.has_value();
           }));
}

QList<std::pair<JobSync *, Job>> MainWindow::selectedJobs() const
{
    QList<std::pair<JobSync *, Job>> jobs;
    for (const MergedJobModel::Location &location : m_table->selectedJobs())
        jobs.append({ syncOf(location.table), location.table->jobAt(location.row) });
    return jobs;
}

void MainWindow::deleteSelectedJobs()
{
    const QList<std::pair<JobSync *, Job>> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    QList<DeleteJobsDialog::JobToDelete> toDelete;
    for (const auto &[sync, job] : jobs)
        toDelete.append({ job, sync->model()->accountName() });
    DeleteJobsDialog confirmation(toDelete, showsSeveral(), this);
    confirmation.exec();
    if (!confirmation.confirmed())
        return;

    // Polls went on while the box was open: JobDeletion checks each job again as it starts.
    QList<JobDeletion::Target> targets;
    for (const auto &[sync, job] : jobs)
        targets.append({ sync, job.id });
    auto *deletion = new JobDeletion(targets, this);
    connect(deletion, &JobDeletion::finished, this,
            [this, deletion](const QList<JobDeletion::Outcome> &outcomes) {
                deletion->deleteLater();
                showDeletionOutcome(outcomes);
            });
    m_statusBar->showActivity(tr("Deleting %n job(s)…", nullptr, int(targets.size())));
    deletion->start();
}

void MainWindow::showDeletionOutcome(const QList<JobDeletion::Outcome> &outcomes)
{
    m_statusBar->showActivity(JobDeletion::summary(outcomes));
    // A refusal for lack of scope was learned on the way: no delete is offered for it again.
    showDeletable();
    DeleteJobsDialog::reportFailures(outcomes, showsSeveral(), this);
}
