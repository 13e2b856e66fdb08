#include "accounts/accountmanager.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "accountsdialog.h"
#include "fixtures/accountfixture.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/modalhelpers.h"
#include "fixtures/notificationservice.h"
#include "fixtures/privatebus.h"
#include "fixtures/showntext.h"
#include "jobdetailpane.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "jobtableview.h"
#include "mainwindow.h"
#include "platform/settings.h"
#include "platform/translations.h"
#include "settingsdialog.h"
#include "shell.h"
#include "sync/jobsync.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// Before QTEST_MAIN's application: the notification service here is the test's own.
PrivateBus privateBus;

const QString token = QStringLiteral("1000.shell-test");

// The app as main() builds it, showing an emulator on a hand-moved clock through --server.
struct App
{
    explicit App(DesktopIntegration::Tray tray = DesktopIntegration::Tray::IfAvailable)
        : clock(QDateTime::currentDateTimeUtc())
        , server([this] {
            EmulatorServer::Options options;
            options.manualClock = &clock;
            return startEmulator(finishedJobs(12, clock.now().addSecs(-3 * 3600)), token, options);
        }())
        , accounts(&store, &secrets)
        , shell(&accounts, nullptr, {}, tray)
    { }

    // Shows the server and waits for its first good poll.
    bool open()
    {
        shell.showServer({ server->apiBaseUrl(), token, QStringLiteral("server"), false, {} });
        return QTest::qWaitForWindowExposed(shell.window())
            && QTest::qWaitFor([this] { return sync()->lastSuccess().isValid(); }, 10000);
    }

    JobSync *sync() const { return shell.window()->syncs().constFirst(); }

    // A job that runs from now for `runMs` and ends as `outcome`; the app is asked at once.
    Job startJob(JobStatus outcome, qint64 runMs = 5000,
                 const QString &action = QStringLiteral("Bulk User Creation"))
    {
        JobStore::NewJob running;
        running.actionName = action;
        running.statusText = QStringLiteral("RUNNING");
        running.outcome = outcome;
        running.entityCount = 30;
        running.runMs = runMs;
        const Job job = server->store().add(running, clock.now());
        sync()->refreshNow();
        return job;
    }

    void moveServerTime(std::chrono::milliseconds step)
    {
        clock.advance(step);
        server->tick();
    }

    QString currentJobId() const
    {
        const QTableView *table = shell.window()->jobTable();
        const QModelIndex current = table->currentIndex();
        return current.sibling(current.row(), JobTableModel::Id).data().toString();
    }

    ManualClock clock;
    std::unique_ptr<EmulatorServer> server;
    AccountStore store;
    SessionSecretStore secrets;
    AccountManager accounts;
    Shell shell;
};

// Production and Lab signed in on emulators of their own (Production's jobs kept, for a
// restart), and the app as main() builds it, showing account `shown` (0 or 1).
struct TwoAccountsShown
{
    explicit TwoAccountsShown(int shown)
        : productionJobs(finishedJobs(6, QDateTime::currentDateTimeUtc().addSecs(-3600)))
        , two(productionJobs, finishedJobs(4, QDateTime::currentDateTimeUtc().addSecs(-3600)))
        , shell(&two.accounts, nullptr)
    {
        if (two.ids.size() == 2)
            shell.showAccount(two.ids.at(shown));
    }

    // Both signed in, and the window on screen.
    bool open() const
    {
        return two.ids.size() == 2 && QTest::qWaitForWindowExposed(shell.window());
    }

    QList<Job> productionJobs;
    TwoAccounts two;
    Shell shell;
};

// Production and Lab: two accounts, each on an emulator of its own with finished jobs, signed
// in. `ids` holds theirs, in that order; it is empty when a sign-in failed.
QAction *trayAction(Shell &shell, const QString &name)
{
    QAction *action = shell.desktop()->menu()->findChild<QAction *>(name);
    if (!action)
        qFatal("no tray action %s", qPrintable(name));
    return action;
}

} // namespace

class TestShell final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aFinishedJobIsToldAndOpensOnItsFailures();
    void theTrayFollowsTheJobsAndItsMenuWorks();
    void theTrayMenuShowsActionNamesAsTheyAre();
    void theTrayBalloonShowsActionNamesAsTheyAre();
    void aServerIsNamedByItsHostAndTheDemoAsDemo();
    void closingHidesToTheTrayWithAHintOnce();
    void withoutATrayTheWindowIsTheApp();
    void aSecondStartRaisesTheWindowOrOpensAJob();
    void anotherAccountsJobOpensOnceTheDialogIsClosed();
    void everyAccountPollsAsTheSettingsSayShownOrNot();
    void anAccountThatNeedsSigningInIsToldOnceAndOpensItsSignIn();
    void accountProblemsSwitchedOffInTheSettingsAreNotTold();

private:
    QTemporaryDir m_settings;
};

void TestShell::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*QCoreApplication::instance());
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY2(QSystemTrayIcon::isSystemTrayAvailable(), "the headless session has a tray host");
}

void TestShell::init()
{
    QSettings().clear();
    // What an earlier run told is forgotten: these tests' jobs have the same ids every run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // Running jobs are followed every second, the least there is.
    JobSync::Intervals fast;
    fast.hot = JobSync::minimumIntervals.hot;
    Settings::setPollIntervals(fast);
}

// The admin closed the window and went on working; a job fails: one notification says which,
// how badly and how long it took, critical; "Show Failures" brings the window back on that job
// with only its failed entities.
void TestShell::aFinishedJobIsToldAndOpensOnItsFailures()
{
    NotificationService service;
    App app;
    QVERIFY(app.open());
    const Job job = app.startJob(JobStatus::Error);
    QTRY_VERIFY(app.sync()->jobs().find(job.id));
    MainWindow *window = app.shell.window();
    window->close();
    QVERIFY(!window->isVisible());

    app.moveServerTime(6s);
    QTRY_COMPARE_WITH_TIMEOUT(service.calls().size(), 1, 10000);
    const NotifyCall call = service.calls().constFirst();
    QCOMPARE(call.summary, QStringLiteral("Bulk User Creation failed"));
    const std::optional<Job> served = app.server->store().get(job.id);
    int failed = 0;
    for (const EntityResult &result : served->details->results)
        failed += result.status == QLatin1String("ERROR") ? 1 : 0;
    QVERIFY2(call.body.startsWith(QStringLiteral("%1 of 30 users failed\nTook ").arg(failed)),
             qPrintable(call.body));
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));
    QVERIFY(call.actions.contains(QStringLiteral("failures")));
    // Nothing more about it on the next polls.
    QTest::qWait(2500);
    QCOMPARE(service.calls().size(), 1);

    // Another job is current, so opening this one is seen.
    window->jobTable()->setCurrentIndex(window->jobTable()->model()->index(5, 0));
    QVERIFY(app.currentJobId() != job.id);
    service.invokeAction(call.id, QStringLiteral("failures"));
    QTRY_VERIFY(window->isVisible());
    QTRY_COMPARE(app.currentJobId(), job.id);
    QVERIFY(
        window->detailPane()->findChild<QCheckBox *>(QStringLiteral("errorsOnly"))->isChecked());
    QTRY_COMPARE(window->detailPane()->resultTable()->model()->rowCount(), failed);
    QCOMPARE(app.shell.window(), window);
}

void TestShell::theTrayFollowsTheJobsAndItsMenuWorks()
{
    NotificationService service;
    App app;
    QVERIFY(app.open());
    QSystemTrayIcon *tray = app.shell.desktop()->trayIcon();
    QVERIFY(tray);
    // Embedded in the session's tray host.
    QTRY_VERIFY(!tray->geometry().isEmpty());
    QTRY_COMPARE(app.shell.desktop()->state(), JobOverview::State::Idle);

    const Job job = app.startJob(JobStatus::Error, 60000);
    QTRY_VERIFY(app.sync()->jobs().find(job.id));
    QTRY_COMPARE(app.shell.desktop()->state(), JobOverview::State::Running);
    QVERIFY2(tray->toolTip().contains(QStringLiteral("1 running")), qPrintable(tray->toolTip()));
    // The newest job heads the menu's list.
    QAction *newest = trayAction(app.shell, QStringLiteral("trayJob:") + job.id);
    QCOMPARE(newest->text(), QStringLiteral("Bulk User Creation — Running"));

    // Pause and resume from the tray: the sync and the window's action follow.
    auto *windowPause = app.shell.window()->findChild<QAction *>(QStringLiteral("pauseAction"));
    trayAction(app.shell, QStringLiteral("trayPause"))->trigger();
    QCOMPARE(app.sync()->state(), JobSync::State::Paused);
    QVERIFY(windowPause->isChecked());
    trayAction(app.shell, QStringLiteral("trayPause"))->trigger();
    QVERIFY(app.sync()->state() != JobSync::State::Paused);
    QVERIFY(!windowPause->isChecked());

    // A failure told and not yet looked at.
    app.shell.window()->hide();
    app.moveServerTime(61s);
    QTRY_COMPARE_WITH_TIMEOUT(app.shell.desktop()->state(), JobOverview::State::Attention, 10000);
    // The tray's tooltip says it (JobOverview's words, tested word for word on their own).
    QVERIFY2(tray->toolTip().contains(QStringLiteral("1 failed in the last hour")),
             qPrintable(tray->toolTip()));
    // Chosen from the menu: the window shows it, and it counts as looked at.
    app.shell.window()->jobTable()->setCurrentIndex(
        app.shell.window()->jobTable()->model()->index(5, 0));
    QVERIFY(app.currentJobId() != job.id);
    trayAction(app.shell, QStringLiteral("trayJob:") + job.id)->trigger();
    QTRY_VERIFY(app.shell.window()->isVisible());
    QTRY_COMPARE(app.currentJobId(), job.id);
    QTRY_COMPARE(app.shell.desktop()->state(), JobOverview::State::Idle);

    // Refresh Now asks the server at once.
    const qsizetype asked = app.server->receivedRequests().size();
    trayAction(app.shell, QStringLiteral("trayRefresh"))->trigger();
    QTRY_VERIFY(app.server->receivedRequests().size() > asked);

    // Do not disturb is kept, and holds a completion.
    trayAction(app.shell, QStringLiteral("trayDoNotDisturb"))->trigger();
    QVERIFY(Settings::notificationRules().doNotDisturb);
    const qsizetype told = service.calls().size();
    const Job completed = app.startJob(JobStatus::Completed, 2000);
    QTRY_VERIFY(app.sync()->jobs().find(completed.id));
    app.moveServerTime(3s);
    QTRY_COMPARE(app.sync()->jobs().find(completed.id)->status, JobStatus::Completed);
    QTest::qWait(2500);
    QCOMPARE(service.calls().size(), told);
}

void TestShell::closingHidesToTheTrayWithAHintOnce()
{
    App app;
    QVERIFY(app.open());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    MainWindow *window = app.shell.window();
    window->close();
    QVERIFY(window->isHidden());
    QVERIFY(Settings::closeHintShown());
    app.shell.desktop()->trayIcon()->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(window->isVisible());
    QCOMPARE(app.shell.window(), window);

    // Nothing to watch yet (the first-run face): closing the window ends the app.
    app.shell.showNothing();
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QApplication::setQuitOnLastWindowClosed(false);
}

// An & in an action name is no mnemonic in the tray's menu, and its markup is only text.
void TestShell::theTrayMenuShowsActionNamesAsTheyAre()
{
    App app;
    QVERIFY(app.open());
    JobStore::NewJob queued;
    queued.actionName = QStringLiteral("R&D <b>import</b>");
    const Job job = app.server->store().add(queued, app.clock.now());
    app.sync()->refreshNow();
    QTRY_VERIFY(
        app.shell.desktop()->menu()->findChild<QAction *>(QStringLiteral("trayJob:") + job.id));
    const QString shown
        = shownMenuText(trayAction(app.shell, QStringLiteral("trayJob:") + job.id)->text());
    QVERIFY2(shown.startsWith(QStringLiteral("R&D <b>import</b> — ")), qPrintable(shown));
}

// Without a notification service the tray's balloon tells what happened: the action name (the
// server's) is shown as it is. On an XEmbed tray (the headless session's) the balloon is a
// widget of Qt's own, so what it shows can be read.
void TestShell::theTrayBalloonShowsActionNamesAsTheyAre()
{
    App app;
    QVERIFY(app.open());
    const QString action
        = QStringLiteral("<b>Payroll</b> <span style=\"color:#ffffe1\">import</span> <!--");
    const Job job = app.startJob(JobStatus::Error, 5000, action);
    QTRY_VERIFY(app.sync()->jobs().find(job.id));
    app.shell.window()->close();

    app.moveServerTime(6s);
    // What the visible balloon shows (the window's close left one of its own, replaced).
    const auto balloonText = [] {
        QStringList shown;
        for (const QWidget *window : QApplication::topLevelWidgets()) {
            if (!window->isVisible()
                || qstrcmp(window->metaObject()->className(), "QBalloonTip") != 0)
                continue;
            for (const QLabel *label : window->findChildren<QLabel *>())
                shown.append(shownText(label));
        }
        return shown;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(balloonText().contains(action + QStringLiteral(" failed")),
                              qPrintable(balloonText().join(QLatin1Char('|'))), 10000);
}

// --server URL is named by its host where accounts show their names; the demo is the Demo.
void TestShell::aServerIsNamedByItsHostAndTheDemoAsDemo()
{
    App app;
    QVERIFY(app.open());
    const auto selector = [](const Shell &shell) {
        return shell.window()->findChild<QComboBox *>(QStringLiteral("accountSelector"));
    };
    QVERIFY(selector(app.shell)->isVisible());
    QCOMPARE(selector(app.shell)->currentText(), QStringLiteral("127.0.0.1"));

    const QUrl demoUrl = app.server->apiBaseUrl();
    Shell demo(
        &app.accounts, nullptr,
        [demoUrl](std::optional<quint32>) {
            return std::optional<Shell::Server>(
                { demoUrl, token, QStringLiteral("demo-test"), false, {} });
        },
        DesktopIntegration::Tray::Never);
    QVERIFY(demo.showDemo(std::nullopt));
    QVERIFY(QTest::qWaitForWindowExposed(demo.window()));
    QCOMPARE(selector(demo)->currentText(), QStringLiteral("Demo"));
    QApplication::setQuitOnLastWindowClosed(false);
}

// --no-tray (as on a desktop without one): the window is the app, and notifications still go
// out; the settings say why there is no tray icon.
void TestShell::withoutATrayTheWindowIsTheApp()
{
    NotificationService service;
    App app(DesktopIntegration::Tray::Never);
    QVERIFY(app.open());
    QVERIFY(!app.shell.desktop()->hasTray());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    const Job job = app.startJob(JobStatus::Completed);
    QTRY_VERIFY(app.sync()->jobs().find(job.id));
    app.moveServerTime(6s);
    QTRY_COMPARE_WITH_TIMEOUT(service.calls().size(), 1, 10000);
    QCOMPARE(service.calls().constFirst().summary, QStringLiteral("Bulk User Creation completed"));
    QCOMPARE(service.calls().constFirst().hints.value(QStringLiteral("urgency")).value<uchar>(),
             uchar(1));

    QString trayStatus;
    whenModalShows<QDialog>([&trayStatus](QDialog *dialog) {
        trayStatus = dialog->findChild<QLabel *>(QStringLiteral("trayStatus"))->text();
        dialog->reject();
    });
    app.shell.window()->openSettings();
    QVERIFY2(trayStatus.contains(QStringLiteral("--no-tray")), qPrintable(trayStatus));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestShell::aSecondStartRaisesTheWindowOrOpensAJob()
{
    App app;
    QVERIFY(app.open());
    const Job job = app.startJob(JobStatus::Warning, 60000);
    QTRY_VERIFY(app.sync()->jobs().find(job.id));
    MainWindow *window = app.shell.window();
    window->hide();
    // --minimized from a second start (at login, say) leaves the window alone.
    app.shell.handleStartRequest({}, {}, false);
    QVERIFY(window->isHidden());
    app.shell.handleStartRequest({}, {}, true);
    QTRY_VERIFY(window->isVisible());
    window->hide();
    window->jobTable()->setCurrentIndex(window->jobTable()->model()->index(5, 0));
    QVERIFY(app.currentJobId() != job.id);
    app.shell.handleStartRequest({}, job.id, false);
    QTRY_VERIFY(window->isVisible());
    QTRY_COMPARE(app.currentJobId(), job.id);
}

// Two accounts, Production shown. A Lab job fails while the Settings dialog is open; its
// notification is clicked. The window (and the dialog in it) stays until the dialog is closed;
// then the window shows Lab, on that job.
void TestShell::anotherAccountsJobOpensOnceTheDialogIsClosed()
{
    NotificationService service;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    EmulatorServer::Options options;
    options.manualClock = &clock;
    TwoAccounts two(finishedJobs(10, clock.now().addSecs(-3600)),
                    finishedJobs(8, clock.now().addSecs(-3600)), options);
    QCOMPARE(two.ids.size(), 2);
    JobStore::NewJob running;
    running.actionName = QStringLiteral("Bulk Password Reset");
    running.statusText = QStringLiteral("RUNNING");
    running.outcome = JobStatus::Error;
    running.entityCount = 12;
    running.runMs = 4000;
    const Job job = two.lab->store().add(running, clock.now());
    Shell shell(&two.accounts, nullptr);
    shell.showAccount(two.ids.at(0));
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
    // Watched by a guard, not by address: the window that replaces it may get the same one.
    const QPointer<MainWindow> window = shell.window();
    // Lab, not shown, follows its running job.
    QTRY_COMPARE(shell.desktop()->state(), JobOverview::State::Running);

    bool dialogStillThere = false;
    whenModalShows<QDialog>([&](QDialog *dialog) {
        clock.advance(5s);
        two.lab->tick();
        QTRY_COMPARE_WITH_TIMEOUT(service.calls().size(), 1, 15000);
        service.invokeAction(service.calls().constFirst().id, QStringLiteral("default"));
        QTest::qWait(600);
        dialogStillThere = dialog->isVisible() && shell.window() == window;
        dialog->reject();
    });
    window->openSettings();
    QVERIFY(dialogStillThere);
    QTRY_VERIFY(!window);
    QTRY_COMPARE(shell.window()->syncs().constFirst()->accountId(), two.ids.at(1));
    const QTableView *table = shell.window()->jobTable();
    QTRY_COMPARE(table->currentIndex()
                     .sibling(table->currentIndex().row(), JobTableModel::Id)
                     .data()
                     .toString(),
                 job.id);
}

// Two accounts, Production shown. The settings' polling reaches both: Production, whose window
// says so at once, and Lab, watched but not shown.
void TestShell::everyAccountPollsAsTheSettingsSayShownOrNot()
{
    JobSync::Intervals saved;
    saved.idle = 20s;
    Settings::setPollIntervals(saved);
    TwoAccounts two(finishedJobs(10, QDateTime::currentDateTimeUtc()),
                    finishedJobs(8, QDateTime::currentDateTimeUtc()));
    QCOMPARE(two.ids.size(), 2);
    Shell shell(&two.accounts, nullptr);
    shell.showAccount(two.ids.at(0));
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
    JobSync *shown = shell.window()->syncs().constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(shown->lastSuccess().isValid(), 10000);
    // Nothing runs: both look for new jobs at the idle interval, as saved before they started.
    QCOMPARE(shown->regularInterval(), 20000ms);
    const auto polling = [&shell] {
        return shell.window()->findChild<QLabel *>(QStringLiteral("pollingLabel"))->text();
    };
    QTRY_COMPARE(polling(), QStringLiteral("Checking for new jobs every 20 s"));

    whenModalShows<SettingsDialog>([](SettingsDialog *dialog) {
        auto *idle = dialog->findChild<QSpinBox *>(QStringLiteral("pollIdle"));
        QCOMPARE(idle->value(), 20);
        idle->setValue(45);
        dialog->findChild<QSpinBox *>(QStringLiteral("pollActive"))->setValue(7);
        dialog->accept();
    });
    shell.window()->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(shown->regularInterval(), 45000ms);
    QCOMPARE(polling(), QStringLiteral("Checking for new jobs every 45 s"));

    shell.showAccount(two.ids.at(1));
    QTRY_COMPARE(shell.window()->syncs().constFirst()->accountId(), two.ids.at(1));
    JobSync *lab = shell.window()->syncs().constFirst();
    QCOMPARE(lab->regularInterval(), 45000ms);
    // A job runs there: it is followed at the active interval set meanwhile.
    JobStore::NewJob running;
    running.actionName = QStringLiteral("Bulk User Creation");
    running.statusText = QStringLiteral("RUNNING");
    running.runMs = 600000;
    two.lab->store().add(running, QDateTime::currentDateTimeUtc());
    lab->refreshNow();
    QTRY_COMPARE(polling(), QStringLiteral("Following 1 active job every 7 s"));
    QCOMPARE(lab->regularInterval(), 7000ms);
}

// Two accounts, Lab shown, the window in the tray and do not disturb on. Production's server
// stops accepting its sign-in: one notification says so, critical, with Sign In… — do not
// disturb does not hold it, since nothing else would be told either. Sign In… shows Production
// with its sign-in in the accounts dialog; asking the server again tells nothing more.
void TestShell::anAccountThatNeedsSigningInIsToldOnceAndOpensItsSignIn()
{
    NotificationService service;
    NotificationRules quiet = Settings::notificationRules();
    quiet.doNotDisturb = true;
    Settings::setNotificationRules(quiet);
    TwoAccountsShown app(1);
    QVERIFY(app.open());
    Shell &shell = app.shell;
    TwoAccounts &two = app.two;
    shell.window()->close();
    const auto answered = [](const EmulatorServer &server) {
        return std::any_of(
            server.receivedRequests().cbegin(), server.receivedRequests().cend(),
            [](const EmulatorServer::ReceivedRequest &request) { return request.status == 200; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(*two.production), 10000);

    restartEmulator(two.production, app.productionJobs, QStringLiteral("1000.rotated"));
    trayAction(shell, QStringLiteral("trayRefresh"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(service.calls().size(), 1, 10000);
    const NotifyCall call = service.calls().constFirst();
    QCOMPARE(call.summary, QStringLiteral("Production: sign in again to keep watching jobs"));
    QVERIFY2(!call.body.isEmpty(), "says why");
    QCOMPARE(call.actions,
             QStringList({ QStringLiteral("default"), QStringLiteral("Sign In…"),
                           QStringLiteral("signin"), QStringLiteral("Sign In…") }));
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));
    QTRY_COMPARE(shell.desktop()->state(), JobOverview::State::SignInNeeded);
    QVERIFY2(shell.desktop()->trayIcon()->toolTip().contains(
                 QStringLiteral("Production: sign-in needed")),
             qPrintable(shell.desktop()->trayIcon()->toolTip()));

    QString selected;
    QString shown;
    bool windowVisible = false;
    whenModalShows<AccountsDialog>([&](AccountsDialog *dialog) {
        selected = dialog->findChild<QListWidget *>(QStringLiteral("accountList"))
                       ->currentItem()
                       ->data(Qt::UserRole)
                       .toString();
        shown = shell.window()->syncs().constFirst()->accountId();
        windowVisible = shell.window()->isVisible();
        dialog->reject();
    });
    service.invokeAction(call.id, QStringLiteral("signin"));
    QTRY_COMPARE(selected, two.ids.at(0));
    QCOMPARE(shown, two.ids.at(0));
    QVERIFY(windowVisible);

    // Asked again, refused again: nothing more.
    JobSync *production = shell.window()->syncs().constFirst();
    const qsizetype asked = two.production->receivedRequests().size();
    trayAction(shell, QStringLiteral("trayRefresh"))->trigger();
    QTRY_VERIFY(two.production->receivedRequests().size() > asked);
    QTRY_COMPARE(production->state(), JobSync::State::SignInNeeded);
    QTest::qWait(500);
    QCOMPARE(service.calls().size(), 1);
}

// Settings → Notifications: "Problems with an account" is on, the threshold ten minutes. Switched
// off (and the threshold set), it is kept, and a server that refuses the sign-in is not told.
void TestShell::accountProblemsSwitchedOffInTheSettingsAreNotTold()
{
    NotificationService service;
    TwoAccountsShown app(0);
    QVERIFY(app.open());
    Shell &shell = app.shell;
    JobSync *production = shell.window()->syncs().constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(production->state(), JobSync::State::Synced, 10000);

    bool wasOn = false;
    int threshold = 0;
    whenModalShows<SettingsDialog>([&](SettingsDialog *dialog) {
        auto *problems = dialog->findChild<QCheckBox *>(QStringLiteral("notifyAccountProblems"));
        auto *after = dialog->findChild<QSpinBox *>(QStringLiteral("unreachableAfter"));
        wasOn = problems->isChecked();
        threshold = after->value();
        after->setValue(3);
        problems->setChecked(false);
        dialog->accept();
    });
    shell.window()->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QVERIFY(wasOn);
    QCOMPARE(threshold, 10);
    QVERIFY(!Settings::notificationRules().accountProblems);
    QCOMPARE(Settings::notificationRules().unreachableAfter, 3min);

    restartEmulator(app.two.production, app.productionJobs, QStringLiteral("1000.rotated"));
    trayAction(shell, QStringLiteral("trayRefresh"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(production->state(), JobSync::State::SignInNeeded, 10000);
    QTest::qWait(500);
    QCOMPARE(service.calls().size(), 0);
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
