#include "mainwindow.h"

#include "accounts/accountmanager.h"
#include "accounts/watchedaccounts.h"
#include "accountsdialog.h"
#include "api/requesterror.h"
#include "filterbar.h"
#include "jobdetailpane.h"
#include "jobfilterproxymodel.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"
#include "messageboxtext.h"
#include "platform/settings.h"
#include "settingsdialog.h"
#include "sync/advancedfilter.h"
#include "sync/jobdeletion.h"
#include "sync/jobsync.h"
#include "sync/syncstatustext.h"
#include "syncstatusbar.h"
#include "timeformat.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const QList<JobSync *> &syncs, QWidget *parent)
    : QMainWindow(parent)
    , m_syncs(syncs)
    , m_jobs(new MergedJobModel(this))
    , m_advancedFilter(new AdvancedFilter(syncs, this))
    , m_sortModel(new JobFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_inspector(new JobInspector(this))
    , m_detailPane(new JobDetailPane(m_inspector, this))
{
    Q_ASSERT_X(!m_syncs.isEmpty(), "MainWindow", "shows the jobs of one sync at least");
    for (JobSync *sync : std::as_const(m_syncs))
        m_jobs->addTable(sync->model());
    setWindowTitle(tr("Identity360 Job Monitor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/id360-jobmon.svg")));
    resize(1100, 780);

    createActions();
    createTable();
    m_filterBar = new FilterBar(m_sortModel, m_advancedFilter, this);
    auto *jobsArea = new QWidget(this);
    auto *jobsLayout = new QVBoxLayout(jobsArea);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->setSpacing(0);
    // Why the account cannot be polled, and the button that fixes it.
    m_banner = new QWidget(jobsArea);
    m_banner->setObjectName(QStringLiteral("accountBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("accountProblem"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setForegroundRole(QPalette::ToolTipText);
    auto *bannerSignIn = new QPushButton(tr("&Sign In…"), m_banner);
    bannerSignIn->setObjectName(QStringLiteral("bannerSignIn"));
    connect(bannerSignIn, &QPushButton::clicked, this, [this] { openAccounts(m_bannerAccountId); });
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerSignIn);
    m_banner->hide();
    jobsLayout->addWidget(m_banner);
    jobsLayout->addWidget(m_filterBar);
    // The jobs shown are kept from before (offline, or the server failing): said above them.
    m_staleNotice = new QLabel(jobsArea);
    m_staleNotice->setObjectName(QStringLiteral("staleNotice"));
    m_staleNotice->setTextFormat(Qt::PlainText);
    m_staleNotice->setWordWrap(true);
    m_staleNotice->setContentsMargins(6, 3, 6, 3);
    m_staleNotice->setAutoFillBackground(true);
    m_staleNotice->setBackgroundRole(QPalette::AlternateBase);
    m_staleNotice->hide();
    jobsLayout->addWidget(m_staleNotice);
    // The table, or in its place what an empty table means and what to do about it.
    m_tableArea = new QStackedWidget(jobsArea);
    m_tableArea->addWidget(m_table);
    auto *emptyPage = new QWidget(m_tableArea);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyClear = new QPushButton(tr("Clear Filters"), emptyPage);
    m_emptyClear->setObjectName(QStringLiteral("emptyClearFilters"));
    connect(m_emptyClear, &QPushButton::clicked, m_filterBar, &FilterBar::clearFilters);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_tableArea->addWidget(emptyPage);
    // First run: nothing to watch yet.
    auto *welcomePage = new QWidget(m_tableArea);
    welcomePage->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(welcomePage);
    auto *welcome = new QLabel(
        tr("<h2>Watch your Identity360 jobs</h2><p>Add your Identity360 account to see every "
           "job as it runs, its per-entity results, and to be told when it ends. You need the "
           "OAuth client id from Zoho's API console.</p><p>Or try the demo first: it runs on "
           "sample jobs on this machine.</p>"),
        welcomePage);
    welcome->setObjectName(QStringLiteral("welcomeText"));
    welcome->setWordWrap(true);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setFixedWidth(welcome->fontMetrics().averageCharWidth() * 70);
    // Rich text that wraps reports no height of its own to a layout: give it the one it needs.
    welcome->setMinimumHeight(welcome->heightForWidth(welcome->width()));
    m_welcomeAdd = new QPushButton(tr("&Add Account…"), welcomePage);
    m_welcomeAdd->setObjectName(QStringLiteral("welcomeAddAccount"));
    m_welcomeAdd->setDefault(true);
    connect(m_welcomeAdd, &QPushButton::clicked, this, [this] { openAccounts(); });
    auto *welcomeDemo = new QPushButton(tr("Try the &Demo"), welcomePage);
    welcomeDemo->setObjectName(QStringLiteral("welcomeDemo"));
    connect(welcomeDemo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    auto *welcomeButtons = new QHBoxLayout;
    welcomeButtons->addStretch(1);
    welcomeButtons->addWidget(m_welcomeAdd);
    welcomeButtons->addWidget(welcomeDemo);
    welcomeButtons->addStretch(1);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(welcome, 0, Qt::AlignHCenter);
    welcomeLayout->addLayout(welcomeButtons);
    welcomeLayout->addStretch(1);
    m_tableArea->addWidget(welcomePage);
    jobsLayout->addWidget(m_tableArea, 1);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_sortModel, signal, this, &MainWindow::showEmptyState);
    connect(m_sortModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::showEmptyState);
    connect(m_sortModel, &QAbstractItemModel::modelReset, this, &MainWindow::showEmptyState);
    connect(m_advancedFilter, &AdvancedFilter::stateChanged, this, &MainWindow::showEmptyState);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(jobsArea);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showDeletable);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_deleteAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentJob);
    // A job can become unreadable, or readable again, while it is chosen.
    connect(m_sortModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() > JobTableModel::Status)
                    return;
                showDeletable();
                const int row = m_table->selectionModel()->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showCurrentJob();
            });

    m_statusBar = new SyncStatusBar(m_syncs, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &SyncStatusBar::retryRequested, this, [this] {
        for (JobSync *sync : std::as_const(m_syncs))
            sync->refreshNow();
    });
    showSyncState();

    for (JobSync *sync : std::as_const(m_syncs)) {
        connect(sync, &JobSync::pollStarted, this, &MainWindow::showRefreshing);
        // Every outcome of a poll and every change of state: all that is said about the jobs.
        const auto showOn = [this, sync](auto signal) {
            connect(sync, signal, this, &MainWindow::showSyncState);
            connect(sync, signal, this, &MainWindow::showBanner);
            connect(sync, signal, this, &MainWindow::showEmptyState);
            connect(sync, signal, this, &MainWindow::showStaleness);
            connect(sync, signal, this, &MainWindow::showPolling);
        };
        showOn(&JobSync::pollSucceeded);
        showOn(&JobSync::pollFailed);
        showOn(&JobSync::stateChanged);
        // Paused from here or from the tray: the action says so either way.
        connect(sync, &JobSync::stateChanged, this, &MainWindow::showPauseState);
    }

    m_clockTimer.setInterval(std::chrono::seconds(1));
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (JobSync *sync : std::as_const(m_syncs))
            sync->model()->setCurrentTime(now);
        m_statusBar->showTime(now);
    });
    m_clockTimer.start();
    restoreSettings();
    showEmptyState();
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

bool MainWindow::selectJob(const QString &accountId, const QString &jobId, bool errorsOnly)
{
    const auto sync
        = std::find_if(m_syncs.cbegin(), m_syncs.cend(), [&accountId](const JobSync *sync) {
              return sync->accountId() == accountId;
          });
    if (sync == m_syncs.cend() || (*sync)->model()->rowOfJob(jobId) < 0)
        return false;
    const int row = m_jobs->offsetOf((*sync)->model()) + (*sync)->model()->rowOfJob(jobId);
    QModelIndex shown = m_sortModel->mapFromSource(m_jobs->index(row, JobTableModel::Action));
    if (!shown.isValid()) {
        // Hidden by the filters: the admin asked for this job, so it is shown.
        m_filterBar->clearFilters();
        shown = m_sortModel->mapFromSource(m_jobs->index(row, JobTableModel::Action));
    }
    if (!shown.isValid())
        return false;
    m_detailPane->setErrorsOnly(errorsOnly);
    m_table->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
    return true;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_trayProblem, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<QString> problem = dialog.apply())
        QMessageBox::warning(this, tr("Settings"), *problem);
    for (JobSync *sync : std::as_const(m_syncs))
        sync->setIntervals(Settings::pollIntervals());
    showPolling();
    emit settingsApplied();
}

// Geometry, splitter, columns (order, widths, hidden ones), sort and filters: as the admin left
// them.
void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(columnsKey(), m_table->horizontalHeader()->saveState());
    settings.endGroup();
    m_filterBar->saveSettings(settings);
}

void MainWindow::showPauseState()
{
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(
        hasServer() && std::all_of(m_syncs.cbegin(), m_syncs.cend(), [](const JobSync *sync) {
            return !sync->hasServer() || sync->state() == JobSync::State::Paused;
        }));
}

// Every account's jobs are laid out apart from one account's: they have an Account column.
QString MainWindow::columnsKey() const
{
    return showsSeveral() ? QStringLiteral("allAccountsJobColumns") : QStringLiteral("jobColumns");
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(columnsKey()).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    // Columns saved before there was an Account column know nothing of it.
    if (!showsSeveral())
        header->setSectionHidden(JobTableModel::Account, true);
    settings.endGroup();
    m_filterBar->restoreSettings(settings);
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        // One account's jobs need no Account column.
        if (column == JobTableModel::Account && !showsSeveral())
            continue;
        QAction *action = menu.addAction(m_jobs->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The action says what a job is: it stays.
        action->setEnabled(column != JobTableModel::Action);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
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
    connect(refreshAction, &QAction::triggered, this, [this] {
        for (JobSync *sync : std::as_const(m_syncs))
            sync->refreshNow();
    });

    m_deleteAction
        = new QAction(QIcon(QStringLiteral(":/icons/edit-delete.svg")), tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(
        tr("Delete the selected jobs from Identity360 (%1)")
            .arg(m_deleteAction->shortcut().toString(QKeySequence::NativeText)));
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
    jobMenu->addAction(m_deleteAction);
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

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(refreshAction);
    viewMenu->addAction(pauseAction);
    viewMenu->addAction(findAction);

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
    m_accountSelector = new QComboBox(toolBar);
    m_accountSelector->setObjectName(QStringLiteral("accountSelector"));
    m_accountSelector->setAccessibleName(tr("Account"));
    m_accountSelector->setToolTip(tr("The account whose jobs are shown, or all of them"));
    m_accountSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_accountSelector, &QComboBox::activated, this, [this](int index) {
        const QString id = m_accountSelector->itemData(index).toString();
        if (id != m_currentAccountId)
            emit accountChosen(id);
    });
    m_accountSelectorAction = toolBar->addWidget(m_accountSelector);
    m_accountSelectorAction->setVisible(false);
    toolBar->addAction(accountsAction);
    toolBar->addAction(settingsAction);
}

void MainWindow::setAccounts(AccountManager *accounts, const WatchedAccounts *sessions,
                             const QString &currentAccountId)
{
    m_accounts = accounts;
    m_sessions = sessions;
    m_currentAccountId = currentAccountId;
    connect(m_accounts->store(), &AccountStore::accountsChanged, this,
            &MainWindow::refreshAccountSelector);
    connect(m_sessions, &WatchedAccounts::stateChanged, this, &MainWindow::refreshAccountSelector);
    refreshAccountSelector();
}

void MainWindow::refreshAccountSelector()
{
    const QSignalBlocker blocker(m_accountSelector);
    m_accountSelector->clear();
    for (const Account &account : m_accounts->store()->accounts()) {
        // Every account is watched: how each one is doing shows without switching to it.
        const QString state = SyncStatusText::accountState(m_sessions->session(account.id));
        m_accountSelector->addItem(
            state.isEmpty() ? account.name : tr("%1 (%2)").arg(account.name, state), account.id);
    }
    // Every account's jobs in one table, told apart by an Account column.
    if (m_accountSelector->count() > 1)
        m_accountSelector->insertItem(0, tr("All Accounts"), allAccountsId());
    // A server that is not an account: the demo, or --server's host.
    if (m_currentAccountId.isEmpty() && hasServer())
        m_accountSelector->insertItem(0, m_syncs.constFirst()->model()->accountName(), QString());
    m_accountSelector->setCurrentIndex(
        std::max(0, m_accountSelector->findData(m_currentAccountId)));
    m_accountSelectorAction->setVisible(m_accountSelector->count() > 0);
}

void MainWindow::showAccountProblem(const QString &accountId, const QString &problem)
{
    m_problemAccountId = problem.isEmpty() ? QString() : accountId;
    m_accountProblem = problem;
    // Among several accounts, a problem that does not name its account gets the name.
    for (const JobSync *sync : std::as_const(m_syncs)) {
        if (!problem.isEmpty() && sync->accountId() == accountId
            && !problem.contains(sync->model()->accountName()))
            m_accountProblem = aboutSync(sync, problem);
    }
    m_statusBar->setAccountProblem(m_accountProblem);
    showBanner();
    showSyncState();
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
        problem = aboutSync(sync,
                            tr("The server no longer accepts this account's sign-in: %1")
                                .arg(sync->lastError() ? sync->lastError()->message() : QString()));
    }
    m_bannerAccountId = accountId;
    m_bannerText->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
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

void MainWindow::createTable()
{
    m_sortModel->setSourceModel(m_jobs);

    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Jobs"));
    m_table->setModel(m_sortModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobTableModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Wide enough for the longest value each column usually shows, measured in this font and
    // locale, so nothing common is elided; Action takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char(' ')) + 8;
    const auto fit = [&](int column, const QStringList &samples, int extra = 0) {
        int width
            = metrics.horizontalAdvance(m_jobs->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + extra);
        header->resizeSection(column, width + padding);
    };
    QStringList statusNames;
    for (const JobStatus status : { JobStatus::Queued, JobStatus::Running, JobStatus::Warning,
                                    JobStatus::Completed, JobStatus::Error, JobStatus::Unreadable })
        statusNames.append(jobStatusDisplayName(status));
    const QString longTime
        = TimeFormat::dateTime(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59), Qt::LocalTime));
    fit(JobTableModel::Status, statusNames,
        m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    fit(JobTableModel::Module, { QStringLiteral("Management"), QStringLiteral("Automation") });
    fit(JobTableModel::Started, { longTime });
    fit(JobTableModel::Finished, { longTime });
    fit(JobTableModel::Duration, { TimeFormat::duration(59 * 60 + 59) });
    fit(JobTableModel::Id, { QStringLiteral("2000000000000000") });
    QStringList accountNames;
    for (const JobSync *sync : std::as_const(m_syncs))
        accountNames.append(sync->model()->accountName());
    fit(JobTableModel::Account, accountNames);
    // Whose job it is matters next to what it is; one account's jobs need no such column.
    header->moveSection(header->visualIndex(JobTableModel::Account), 1);
    header->setSectionHidden(JobTableModel::Account, !showsSeveral());
    header->setSectionResizeMode(JobTableModel::Action, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
}

bool MainWindow::hasServer() const
{
    return std::any_of(m_syncs.cbegin(), m_syncs.cend(),
                       [](const JobSync *sync) { return sync->hasServer(); });
}

int MainWindow::jobCount() const
{
    return SyncStatusText(m_syncs).jobCount();
}

QDateTime MainWindow::oldestSuccess() const
{
    return SyncStatusText(m_syncs).oldestSuccess();
}

QString MainWindow::aboutSync(const JobSync *sync, const QString &text) const
{
    return SyncStatusText(m_syncs).about(sync, text);
}

JobSync *MainWindow::syncOf(const JobTableModel *table) const
{
    for (JobSync *sync : m_syncs) {
        if (sync->model() == table)
            return sync;
    }
    return nullptr;
}

void MainWindow::showRefreshing()
{
    m_statusBar->showRefreshing();
}

void MainWindow::showSyncState()
{
    m_statusBar->showSyncState(QDateTime::currentDateTimeUtc());
}

void MainWindow::showEmptyState()
{
    if (!hasServer()) {
        // The first-run face: nothing to filter or inspect yet.
        m_tableArea->setCurrentIndex(2);
        m_filterBar->hide();
        m_detailPane->hide();
        return;
    }
    const bool empty = m_sortModel->rowCount() == 0;
    const bool filtered = m_sortModel->hasFilters() && jobCount() > 0;
    const bool known = filtered || oldestSuccess().isValid();
    const bool failed = std::any_of(m_syncs.cbegin(), m_syncs.cend(),
                                    [](const JobSync *sync) { return bool(sync->lastError()); });
    m_tableArea->setCurrentIndex(empty ? 1 : 0);
    const bool asking = m_advancedFilter->state() == AdvancedFilter::State::Querying;
    if (!known && !m_banner->isHidden())
        m_emptyLabel->setText(tr("Once the account is signed in, its jobs appear here."));
    else if (!known && failed)
        m_emptyLabel->setText(tr("No jobs yet: the server has not answered (see below)."));
    else if (!known)
        m_emptyLabel->setText(tr("Loading jobs…"));
    else if (asking)
        m_emptyLabel->setText(tr("Asking the server which jobs match the advanced filter…"));
    else if (filtered)
        m_emptyLabel->setText(tr("No job matches the filters."));
    else
        m_emptyLabel->setText(
            tr("The server lists no jobs yet. New jobs appear here as they start."));
    m_emptyClear->setVisible(filtered && !asking);
}

void MainWindow::showStaleness()
{
    const QString stale = SyncStatusText(m_syncs).staleNotice();
    m_staleNotice->setVisible(!stale.isEmpty());
    if (!stale.isEmpty())
        m_staleNotice->setText(stale);
}

void MainWindow::showPolling()
{
    m_statusBar->showPolling(QDateTime::currentDateTimeUtc());
}

void MainWindow::showCurrentJob()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detailPane->setListedJob(nullptr);
        m_inspector->inspect(nullptr, QString());
        return;
    }
    // Asked of the job's own server: ids repeat across accounts.
    const MergedJobModel::Location location
        = m_jobs->locate(m_sortModel->mapToSource(current).row());
    const Job &job = location.table->jobAt(location.row);
    m_detailPane->setAccountName(showsSeveral() ? location.table->accountName() : QString());
    m_detailPane->setListedJob(&job);
    // Of a job never read there is nothing to ask for: the pane shows what was sent instead.
    if (job.status == JobStatus::Unreadable)
        m_inspector->inspect(nullptr, QString());
    else
        m_inspector->inspect(syncOf(location.table)->client(), job.id);
}

// Unreadable jobs are never deleted from here: what they are is not known.
void MainWindow::showDeletable()
{
    const QList<std::pair<JobSync *, Job>> jobs = selectedJobs();
    m_deleteAction->setEnabled(
        !jobs.isEmpty() && std::none_of(jobs.cbegin(), jobs.cend(), [](const auto &selected) {
            return selected.second.readProblem.has_value();
        }));
}

QList<std::pair<JobSync *, Job>> MainWindow::selectedJobs() const
{
    QList<std::pair<JobSync *, Job>> jobs;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const MergedJobModel::Location location
            = m_jobs->locate(m_sortModel->mapToSource(row).row());
        jobs.append({ syncOf(location.table), location.table->jobAt(location.row) });
    }
    return jobs;
}

void MainWindow::deleteSelectedJobs()
{
    const QList<std::pair<JobSync *, Job>> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    const auto statusOf = [](const Job &job) {
        return job.status == JobStatus::Unknown ? job.statusText : jobStatusDisplayName(job.status);
    };
    int active = 0;
    QStringList lines;
    for (const auto &[sync, job] : jobs) {
        active += jobStatusIsActive(job.status) ? 1 : 0;
        lines.append(
            aboutSync(sync, tr("%1 — ID %2 — %3").arg(job.actionName, job.id, statusOf(job))));
    }

    QMessageBox box(QMessageBox::Warning, tr("Delete Jobs"), QString(), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    if (jobs.size() == 1) {
        const auto &[sync, job] = jobs.constFirst();
        box.setText(tr("Delete this job from Identity360?"));
        const QString facts = tr("%1\nID %2 · %3").arg(job.actionName, job.id, statusOf(job));
        box.setInformativeText(showsSeveral() ? tr("%1\nAccount %2", "job facts, then its account")
                                                    .arg(facts, sync->model()->accountName())
                                              : facts);
    } else {
        box.setText(tr("Delete %n job(s) from Identity360?", nullptr, int(jobs.size())));
        box.setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n'))
                               + (lines.size() > 5 ? tr("\n… and %n more (see the details)",
                                                        nullptr, int(lines.size() - 5))
                                                   : QString()));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    }
    QString warning = tr("This cannot be undone.");
    if (active > 0)
        warning.prepend(tr("%n of these job(s) is still queued or running: deleting removes the "
                           "job from the list; whether its work stops is up to Identity360. ",
                           nullptr, active));
    box.setInformativeText(box.informativeText() + QStringLiteral("\n\n") + warning);
    // Action names and statuses are the server's: as markup they could restyle or hide the
    // warning.
    MessageBoxText::makePlain(box);
    QPushButton *remove = box.addButton(tr("&Delete", "confirm"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // Deleting takes a deliberate choice: Enter and Esc both keep the jobs.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
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
    QStringList failures;
    for (const JobDeletion::Outcome &outcome : outcomes) {
        if (outcome.kind == JobDeletion::Outcome::Kind::Failed)
            failures.append(showsSeveral()
                                ? tr("%1, ID %2: %3", "account, job id: why it was not deleted")
                                      .arg(outcome.account, outcome.id, outcome.reason)
                                : tr("ID %1: %2").arg(outcome.id, outcome.reason));
    }
    if (failures.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Critical, tr("Some Jobs Were Not Deleted"),
        tr("%n job(s) could not be deleted and are still listed.", nullptr, int(failures.size())),
        QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("deleteFailures"));
    box.setInformativeText(failures.join(QLatin1Char('\n')));
    MessageBoxText::makePlain(box);
    box.exec();
}
