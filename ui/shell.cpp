#include "shell.h"

#include "accounts/accountmanager.h"
#include "accountselector.h"
#include "api/tokensource.h"
#include "mainwindow.h"
#include "platform/logging.h"
#include "platform/settings.h"
#include "sync/jobsync.h"

#include <QApplication>
#include <QEvent>
#include <QNetworkInformation>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace {

// Pauses polling while the system says there is no network, and polls at once when it is back.
// Where no backend answers (a headless session, some desktops) polling simply goes on.
void watchNetwork(JobSync *sync)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    const QNetworkInformation *information = QNetworkInformation::instance();
    const auto apply = [sync](QNetworkInformation::Reachability reachability) {
        if (reachability != QNetworkInformation::Reachability::Unknown)
            sync->setNetworkAvailable(reachability
                                      != QNetworkInformation::Reachability::Disconnected);
    };
    apply(information->reachability());
    QObject::connect(information, &QNetworkInformation::reachabilityChanged, sync, apply);
}

} // namespace

Shell::Shell(AccountManager *accounts, const JobCache *cache, DemoFactory demo,
             DesktopIntegration::Tray tray, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_cache(cache)
    , m_demo(std::move(demo))
    , m_desktop(tray)
    , m_notifier(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + QStringLiteral("/notified"))
    , m_sessions(accounts, cache)
{
    applyNotificationRules(Settings::notificationRules());
    connect(&m_notifier, &JobNotifier::notificationReady, &m_desktop,
            &DesktopIntegration::showNotification);
    connect(&m_watching, &WatchingNotifier::notificationReady, &m_desktop,
            &DesktopIntegration::showNotification);
    connect(&m_notifier, &JobNotifier::unseenProblemsChanged, &m_overviewTimer,
            qOverload<>(&QTimer::start));
    connect(&m_sessions, &WatchedAccounts::stateChanged, &m_overviewTimer,
            qOverload<>(&QTimer::start));

    connect(&m_desktop, &DesktopIntegration::toggleRequested, this, [this] {
        if (m_window && m_window->isVisible() && m_window->isActiveWindow())
            m_window->hide();
        else
            raiseWindow();
    });
    connect(&m_desktop, &DesktopIntegration::openRequested, this, &Shell::raiseWindow);
    connect(&m_desktop, &DesktopIntegration::jobRequested, this, &Shell::openJob);
    // Later, from the event loop: the accounts dialog runs an event loop of its own.
    connect(&m_desktop, &DesktopIntegration::signInRequested, this, &Shell::openSignIn,
            Qt::QueuedConnection);
    connect(&m_desktop, &DesktopIntegration::pauseRequested, this, &Shell::setPaused);
    connect(&m_desktop, &DesktopIntegration::refreshRequested, this, [this] {
        for (JobSync *sync : watchedSyncs())
            sync->refreshNow();
    });
    connect(&m_desktop, &DesktopIntegration::doNotDisturbRequested, this, &Shell::setDoNotDisturb);
    connect(&m_desktop, &DesktopIntegration::settingsRequested, this, [this] {
        raiseWindow();
        if (m_window)
            m_window->openSettings();
    });
    connect(&m_desktop, &DesktopIntegration::quitRequested, qApp, &QCoreApplication::quit);

    m_overviewTimer.setSingleShot(true);
    m_overviewTimer.setInterval(0);
    connect(&m_overviewTimer, &QTimer::timeout, this, &Shell::showOverview);
    m_dialogWait.setInterval(std::chrono::milliseconds(250));
    connect(&m_dialogWait, &QTimer::timeout, this, [this] {
        if (QApplication::activeModalWidget())
            return;
        m_dialogWait.stop();
        if (const std::optional<JobToOpen> job = std::exchange(m_openAfterDialog, std::nullopt))
            openJob(job->accountId, job->jobId, job->failuresOnly);
    });
    connect(&m_desktop, &DesktopIntegration::trayAppeared, this, [this] {
        if (m_window)
            m_window->setTrayProblem(QString());
        liveInTrayIfWatching();
        showOverview();
    });
    m_overviewClock.setSingleShot(true);
    // A failure leaving "the last hour" a second late is told just as well.
    m_overviewClock.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_overviewClock, &QTimer::timeout, this, &Shell::showOverview);
}

Shell::~Shell() = default;

void Shell::showAccount(const QString &accountId)
{
    closeWindow();
    m_sessions.refresh();
    const QList<Account> accounts = m_accounts->store()->accounts();
    if (accounts.isEmpty())
        return showNothing();
    // Every account is watched, shown or not.
    for (const Account &account : accounts) {
        AccountSession *session = m_sessions.session(account.id);
        watch(session->sync());
        m_watching.watch(session);
    }
    QList<AccountSession *> shown;
    if (accountId == AccountSelector::allAccountsId() && accounts.size() > 1) {
        for (const Account &account : accounts)
            shown.append(m_sessions.session(account.id));
    } else {
        AccountSession *session = m_sessions.session(accountId);
        shown.append(session ? session : m_sessions.session(accounts.constFirst().id));
    }
    const QString shownId
        = shown.size() > 1 ? AccountSelector::allAccountsId() : shown.constFirst()->account().id;
    Settings::setLastAccount(shownId);
    QList<JobSync *> syncs;
    for (AccountSession *session : std::as_const(shown))
        syncs.append(session->sync());
    open(syncs, shownId);
    // The first account that cannot be polled says why, with the way to fix it.
    const auto showProblem = [this, shown] {
        for (const AccountSession *session : shown) {
            if (session->state() == AccountSession::State::SignInNeeded
                || session->state() == AccountSession::State::KeychainProblem)
                return m_window->showAccountProblem(session->account().id, session->problem());
        }
        m_window->showAccountProblem(QString(), QString());
    };
    for (AccountSession *session : std::as_const(shown))
        connect(session, &AccountSession::stateChanged, m_window.get(), showProblem);
    showProblem();
}

bool Shell::showDemo(std::optional<quint32> seed)
{
    const std::optional<Server> demo = m_demo ? m_demo(seed) : std::nullopt;
    if (!demo)
        return false;
    openServer(*demo, tr("Demo"));
    return true;
}

void Shell::showServer(const Server &server)
{
    openServer(server, server.apiBaseUrl.host());
}

void Shell::openServer(const Server &server, const QString &name)
{
    closeWindow();
    m_host = server.host;
    m_token = std::make_unique<StaticTokenSource>(server.accessToken);
    m_sync = std::make_unique<JobSync>(server.id, Clock::system(), JobSync::Owner::ThisRunOnly);
    // Named where the window and the tray name accounts.
    m_sync->model()->setAccountName(name);
    m_sync->client()->setBaseUrl(server.apiBaseUrl);
    m_sync->client()->setTokenSource(m_token.get());
    if (server.cached)
        m_sync->setCache(m_cache);
    watch(m_sync.get());
    open({ m_sync.get() }, QString());
    m_sync->start();
}

void Shell::showNothing()
{
    closeWindow();
    m_sync = std::make_unique<JobSync>(QString(), Clock::system(), JobSync::Owner::ThisRunOnly);
    open({ m_sync.get() }, QString());
}

void Shell::saveCaches() const
{
    m_sessions.saveCaches();
    if (m_sync)
        m_sync->saveCache();
}

void Shell::raiseWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
    m_notifier.markSeen();
}

bool Shell::shows(const QString &accountId) const
{
    return m_window
        && std::any_of(
               m_window->syncs().cbegin(), m_window->syncs().cend(),
               [&accountId](const JobSync *sync) { return sync->accountId() == accountId; });
}

void Shell::openJob(const QString &accountId, const QString &jobId, bool failuresOnly)
{
    // The newest request wins over any still waiting.
    m_openAfterDialog.reset();
    m_dialogWait.stop();
    m_selectWhenListed.reset();
    // A job of an account not on screen: its account is shown — but not while a dialog of the
    // window is open, which replacing the window would pull from under the admin.
    if (!shows(accountId) && m_sessions.session(accountId)) {
        if (QApplication::activeModalWidget()) {
            m_openAfterDialog = JobToOpen { accountId, jobId, failuresOnly };
            m_dialogWait.start();
            raiseWindow();
            return;
        }
        showAccount(accountId);
    }
    raiseWindow();
    // Not listed yet (a first start with --job): selected after the account's next good poll.
    if (shows(accountId) && !jobId.isEmpty()
        && !m_window->selectJob(accountId, jobId, failuresOnly))
        m_selectWhenListed = JobToOpen { accountId, jobId, failuresOnly };
}

void Shell::openSignIn(const QString &accountId)
{
    if (!m_sessions.session(accountId))
        return;
    if (QApplication::activeModalWidget())
        return raiseWindow();
    if (!shows(accountId))
        showAccount(accountId);
    raiseWindow();
    m_window->openAccounts(accountId);
}

void Shell::handleStartRequest(const QString &accountName, const QString &jobId, bool raise)
{
    if (jobId.isEmpty()) {
        if (raise)
            raiseWindow();
        return;
    }
    if (!accountName.isEmpty()) {
        const std::optional<Account> account = m_accounts->store()->find(accountName);
        openJob(account ? account->id : QString(), jobId, false);
        return;
    }
    // Without an account: a shown account that lists the job, else any watched one; when none
    // does yet (a first start), the first to list it in the next two minutes.
    QList<JobSync *> candidates = m_window ? m_window->syncs() : QList<JobSync *>();
    candidates += watchedSyncs();
    for (const JobSync *sync : std::as_const(candidates)) {
        if (sync->jobs().find(jobId))
            return openJob(sync->accountId(), jobId, false);
    }
    raiseWindow();
    m_selectWhenListed = JobToOpen { QString(), jobId, false };
    m_selectWhenListed->expires.setRemainingTime(std::chrono::minutes(2));
}

bool Shell::eventFilter(QObject *watched, QEvent *event)
{
    // The window in front: what it shows has been looked at.
    if (watched == m_window.get() && event->type() == QEvent::WindowActivate)
        m_notifier.markSeen();
    // Time moves on in the window only while it can be seen.
    if (watched == m_window.get()
        && (event->type() == QEvent::Show || event->type() == QEvent::Hide
            || event->type() == QEvent::WindowStateChange))
        m_ticker.setShown(m_window->isVisible() && !m_window->isMinimized());
    return QObject::eventFilter(watched, event);
}

void Shell::open(const QList<JobSync *> &syncs, const QString &accountId)
{
    // (What it shows polls at the set intervals already: watch() saw to that.)
    QList<JobTableModel *> tables;
    for (JobSync *sync : syncs)
        tables.append(sync->model());
    // Durations move on where they are shown.
    m_ticker.follow(tables);
    m_window = std::make_unique<MainWindow>(syncs, &m_ticker);
    StartupTrace::reached(StartupTrace::Phase::WindowCreated);
    m_window->setAccounts(m_accounts, &m_sessions, accountId);
    m_window->setTrayProblem(m_desktop.trayProblem());
    liveInTrayIfWatching();
    m_window->installEventFilter(this);
    m_shownAccount = accountId;
    // Later, from the event loop: the window asking must be gone before another shows.
    connect(m_window.get(), &MainWindow::accountChosen, this, [this](const QString &id) {
        QTimer::singleShot(0, this, [this, id] { showAccount(id); });
    });
    connect(m_window.get(), &MainWindow::accountsEdited, this, [this](const QString &signedIn) {
        QTimer::singleShot(0, this, [this, signedIn] {
            // All Accounts stays All Accounts; otherwise the account just signed in is shown.
            showAccount(signedIn.isEmpty() || m_shownAccount == AccountSelector::allAccountsId()
                            ? m_shownAccount
                            : signedIn);
        });
    });
    connect(m_window.get(), &MainWindow::demoRequested, this,
            [this] { QTimer::singleShot(0, this, [this] { showDemo(std::nullopt); }); });
    connect(m_window.get(), &MainWindow::settingsApplied, this, &Shell::applySettings);
    connect(m_window.get(), &MainWindow::hiddenToTray, this, [this] {
        if (Settings::closeHintShown())
            return;
        Settings::markCloseHintShown();
        m_desktop.showHint(tr("Still watching your jobs"),
                           tr("The monitor keeps running in the tray and tells you when a job "
                              "ends. Quit it from the tray's menu."));
    });
    if (m_startHidden && m_desktop.hasTray())
        m_startHidden = false;
    else
        m_window->show();
    m_ticker.setShown(m_window->isVisible());
    m_overviewTimer.start();
}

void Shell::closeWindow()
{
    if (m_sync)
        m_sync->saveCache();
    if (m_window) {
        // Replaced, not hidden: a window that is shown goes on being shown by the next one.
        m_startHidden = m_window->isHidden();
        m_window->setHidesOnClose(false);
        m_window->close();
    }
    m_window.reset();
    m_sync.reset();
    m_token.reset();
    m_host.reset();
}

// With a tray to live in and jobs to watch, the app goes on when its window closes (Quit ends
// it); with nothing to watch yet (the first-run face), closing the window ends it.
void Shell::liveInTrayIfWatching()
{
    const bool inTray = m_desktop.hasTray() && !m_watched.isEmpty();
    QApplication::setQuitOnLastWindowClosed(!inTray);
    if (m_window)
        m_window->setHidesOnClose(inTray);
}

QList<JobSync *> Shell::watchedSyncs() const
{
    return QList<JobSync *>(m_watched.cbegin(), m_watched.cend());
}

void Shell::watch(JobSync *sync)
{
    if (m_watched.contains(sync))
        return;
    m_watched.insert(sync);
    m_notifier.watch(sync);
    watchNetwork(sync);
    applyPollIntervals({ sync });
    connect(sync, &JobSync::stateChanged, &m_overviewTimer, qOverload<>(&QTimer::start));
    connect(sync, &JobSync::jobsChanged, &m_overviewTimer, qOverload<>(&QTimer::start));
    connect(sync, &JobSync::pollSucceeded, this, [this, sync] {
        if (!m_selectWhenListed)
            return;
        // A job of any account: the first account to list it, until it is too late.
        if (m_selectWhenListed->accountId.isEmpty()) {
            if (sync->jobs().find(m_selectWhenListed->jobId))
                openJob(sync->accountId(), std::exchange(m_selectWhenListed, std::nullopt)->jobId,
                        false);
            else if (m_selectWhenListed->expires.hasExpired())
                m_selectWhenListed.reset();
            return;
        }
        // A job of this account: one try after its next good poll.
        if (m_selectWhenListed->accountId != sync->accountId())
            return;
        const JobToOpen job = *std::exchange(m_selectWhenListed, std::nullopt);
        if (shows(job.accountId))
            m_window->selectJob(job.accountId, job.jobId, job.failuresOnly);
    });
    connect(sync, &QObject::destroyed, this, [this, sync] {
        m_watched.remove(sync);
        m_overviewTimer.start();
    });
}

void Shell::showOverview()
{
    QList<JobOverview::Source> sources;
    for (const Account &account : m_accounts->store()->accounts()) {
        const AccountSession *session = m_sessions.session(account.id);
        if (!session)
            continue;
        sources.append({ session->sync(),
                         session->state() == AccountSession::State::SignInNeeded
                             || session->state() == AccountSession::State::KeychainProblem });
    }
    if (m_sync && m_sync->hasServer())
        sources.append({ m_sync.get(), false });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const JobOverview overview = JobOverview::of(sources, m_notifier.unseenProblems(), now);
    m_desktop.setOverview(overview);
    if (overview.changesAt.isValid())
        m_overviewClock.start(
            std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(overview.changesAt))));
    else
        m_overviewClock.stop();
    const QList<JobSync *> syncs = watchedSyncs();
    m_desktop.setPaused(!syncs.isEmpty()
                        && std::all_of(syncs.cbegin(), syncs.cend(), [](const JobSync *sync) {
                               return sync->state() == JobSync::State::Paused;
                           }));
}

void Shell::applySettings()
{
    applyNotificationRules(Settings::notificationRules());
    applyPollIntervals(watchedSyncs());
}

void Shell::applyNotificationRules(const NotificationRules &rules)
{
    m_notifier.setRules(rules);
    m_watching.setRules(rules);
    m_desktop.setDoNotDisturb(rules.doNotDisturb);
}

// Shown or not, every sync polls as the settings say: set here, when it is first watched and
// when the settings change, and nowhere else.
void Shell::applyPollIntervals(const QList<JobSync *> &syncs)
{
    const JobSync::Intervals intervals = Settings::pollIntervals();
    for (JobSync *sync : syncs)
        sync->setIntervals(intervals);
}

void Shell::setPaused(bool paused)
{
    for (JobSync *sync : watchedSyncs())
        sync->setPaused(paused);
}

void Shell::setDoNotDisturb(bool doNotDisturb)
{
    NotificationRules rules = Settings::notificationRules();
    rules.doNotDisturb = doNotDisturb;
    Settings::setNotificationRules(rules);
    applyNotificationRules(rules);
}
