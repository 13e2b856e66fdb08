#include "accounteditor.h"
#include "accounts/accountmanager.h"
#include "accounts/deleteaccess.h"
#include "accounts/watchedaccounts.h"
#include "accountsdialog.h"
#include "accountselector.h"
#include "appearance.h"
#include "faultplan.h"
#include "fixtures/accountfixture.h"
#include "fixtures/policyfile.h"
#include "fixtures/showntext.h"
#include "fixtures/windowfixture.h"
#include "jobdetailpane.h"
#include "jobgenerator.h"
#include "jobtableview.h"
#include "platform/settings.h"
#include "settingsdialog.h"
#include "timeformat.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace {

// Whether the Delete key in `table` asks to delete (the question is cancelled).
bool deleteKeyAsks(QTableView *table)
{
    const auto asked = std::make_shared<bool>(false);
    whenMessageBoxShows([asked](QMessageBox *box) {
        *asked = true;
        box->reject();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    return *asked;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detailsOfARunningJobAreFetchedNoFasterThanThePolicy();
    void showsTheServersJobsNewestFirst();
    void failedRefreshKeepsTheJobsAndSaysWhy();
    void withoutAccountShowsTheWelcome();
    void offlineKeepsTheJobsAndSaysSo();
    void statusBarSaysHowItPolls();
    void statusBarSaysWhenTheServerAskedToWait();
    void statusBarSaysHowLongAgoItSyncedWhenThatChanges();
    void serverTextIsShownAsItIs();
    void serverErrorDetailsAreShownAsTheyAre();
    void accountNamesAreShownAsTyped();
    void stateSurvivesARestart();
    void noJobsAtAllIsSaid();
    void settingsChangePollingAndAppearance();
    void accountSelectorAndSignInBanner();
    void allAccountsShowEveryJobWithItsAccount();
    void welcomeAddsTheFirstAccount();
    void readOnlySignInsOfferNoDelete();
    void deletingTurnedOffByThePolicyOffersNoDelete();

private:
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase()
{
    prepareWindowTests(m_settings.path());
    // The GUI tests run on a real X server (scripts/headless-session), not offscreen.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestMainWindow::showsTheServersJobsNewestFirst()
{
    const QList<Job> jobs = JobGenerator::generate(321, 11, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    WatchedEmulator &emulator = shown.emulator;
    MainWindow &window = shown.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(syncText(window), QStringLiteral("Not synced yet"));
    // Before the first answer the table's place says what is happening.
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("emptyLabel"))->text(),
             QStringLiteral("Loading jobs…"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());

    // The user presses the toolbar's Refresh button.
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *refreshButton = qobject_cast<QToolButton *>(
        toolBar->widgetForAction(window.findChild<QAction *>(QStringLiteral("refreshAction"))));
    QVERIFY(refreshButton);
    QTest::mouseClick(refreshButton, Qt::LeftButton);

    QTableView *table = window.jobTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 321, 10000);
    QVERIFY2(syncText(window).startsWith(QStringLiteral("321 jobs · synced just now")),
             qPrintable(syncText(window)));
    const Job &newest = jobs.constFirst();
    QCOMPARE(table->model()->index(0, JobTableModel::Id).data().toString(), newest.id);
    QCOMPARE(table->model()->index(0, JobTableModel::Action).data().toString(), newest.actionName);
    QCOMPARE(table->model()->index(0, JobTableModel::Status).data().toString(),
             jobStatusDisplayName(newest.status));
    // Visible on screen, not only in the model.
    QVERIFY(table->visualRect(table->model()->index(0, JobTableModel::Action)).isValid());
    // One account's jobs need no Account column.
    QVERIFY(table->horizontalHeader()->isSectionHidden(JobTableModel::Account));
    QCOMPARE(emulator.server->receivedRequests().size(), 2);
}

void TestMainWindow::failedRefreshKeepsTheJobsAndSaysWhy()
{
    WindowOnEmulator shown(JobGenerator::generate(30, 2, QDateTime::currentDateTimeUtc()));
    QVERIFY(shown.open());
    WatchedEmulator &emulator = shown.emulator;
    JobSync &sync = emulator.sync;
    MainWindow &window = shown.window;
    QTRY_COMPARE(window.jobTable()->model()->rowCount(), 30);

    StaticTokenSource revoked(QStringLiteral("1000.revoked"));
    sync.client()->setTokenSource(&revoked);
    // The user presses F5 in the active window.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.jobTable(), Qt::Key_F5);
    QTRY_VERIFY2(syncText(window).startsWith(QStringLiteral("Refresh failed: ")),
                 qPrintable(syncText(window)));
    QVERIFY(syncText(window).contains(QStringLiteral("The OAuth token is invalid.")));
    QVERIFY(syncText(window).contains(QStringLiteral("Showing the jobs from ")));
    QCOMPARE(window.jobTable()->model()->rowCount(), 30);

    // Fixed, and retried from the status bar.
    auto *retry = window.findChild<QToolButton *>(QStringLiteral("retryNow"));
    QVERIFY(retry->isVisible());
    sync.client()->setTokenSource(&emulator.source);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY2(syncText(window).startsWith(QStringLiteral("30 jobs · synced ")),
                 qPrintable(syncText(window)));
    QVERIFY(!retry->isVisible());
}

// Time moved by hand: "synced just now" turns "synced 1 min ago" at the minute, and the ticker
// wakes for nothing in between; a running job's duration counts up, every second.
void TestMainWindow::statusBarSaysHowLongAgoItSyncedWhenThatChanges()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    ManualClock clock(start);
    WatchedEmulator emulator(finishedJobs(12, start));
    JobSync sync(QStringLiteral("test"), clock);
    sync.client()->setBaseUrl(emulator.server->apiBaseUrl());
    sync.client()->setTokenSource(&emulator.source);
    NowTicker ticker(clock);
    ticker.follow({ sync.model() });
    MainWindow window({ &sync }, &ticker);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    sync.start();
    QTRY_COMPARE(syncText(window), QStringLiteral("12 jobs · synced just now"));
    QCOMPARE(ticker.nextTick(), start.addSecs(60));

    clock.advance(std::chrono::milliseconds(59999));
    ticker.tick();
    QCOMPARE(syncText(window), QStringLiteral("12 jobs · synced just now"));
    QCOMPARE(ticker.nextTick(), start.addSecs(60));
    clock.advance(std::chrono::milliseconds(1));
    ticker.tick();
    QCOMPARE(syncText(window), QStringLiteral("12 jobs · synced 1 min ago"));
    QCOMPARE(ticker.nextTick(), start.addSecs(120));

    // A job that runs: its duration counts up each second.
    JobStore::NewJob running;
    running.statusText = QStringLiteral("RUNNING");
    running.runMs = 3600000;
    const Job job = emulator.server->store().add(running, clock.now());
    QSignalSpy polled(&sync, &JobSync::pollSucceeded);
    sync.refreshNow();
    QTRY_COMPARE(polled.size(), 1);
    const QModelIndex duration
        = sync.model()->index(sync.model()->rowOfJob(job.id), JobTableModel::Duration);
    QCOMPARE(duration.data().toString(), QStringLiteral("0 s"));
    QCOMPARE(ticker.nextTick(), clock.now().addSecs(1));
    clock.advance(std::chrono::seconds(1));
    ticker.tick();
    QCOMPARE(duration.data().toString(), QStringLiteral("1 s"));
    QCOMPARE(ticker.nextTick(), clock.now().addSecs(1));
}

void TestMainWindow::withoutAccountShowsTheWelcome()
{
    JobSync sync(QStringLiteral("test"));
    NowTicker ticker;
    MainWindow window({ &sync }, &ticker);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("filterBar"))->isVisible());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
    QCOMPARE(syncText(window), QStringLiteral("No account to watch yet."));
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("welcomeDemo")),
                      Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
}

void TestMainWindow::offlineKeepsTheJobsAndSaysSo()
{
    WindowOnEmulator shown(JobGenerator::generate(12, 4, QDateTime::currentDateTimeUtc()));
    QVERIFY(shown.open());
    WatchedEmulator &emulator = shown.emulator;
    MainWindow &window = shown.window;
    QTRY_COMPARE(window.jobTable()->model()->rowCount(), 12);
    emulator.sync.setNetworkAvailable(false);
    QVERIFY2(syncText(window).startsWith(
                 QStringLiteral("Offline: the network is down. Showing the jobs from ")),
             qPrintable(syncText(window)));
    QCOMPARE(window.jobTable()->model()->rowCount(), 12);
    // The jobs are marked as not current, above the table.
    auto *stale = window.findChild<QLabel *>(QStringLiteral("staleNotice"));
    QVERIFY(stale->isVisible());
    QVERIFY2(stale->text().startsWith(QStringLiteral("Not current: these are the jobs as of ")),
             qPrintable(stale->text()));
    // A window made now (another account chosen, then this one again) says all that at once,
    // not at the next poll.
    {
        MainWindow again({ &emulator.sync }, &shown.ticker);
        QCOMPARE(syncText(again), syncText(window));
        const auto polling = [](const MainWindow &shown) {
            return shown.findChild<QLabel *>(QStringLiteral("pollingLabel"))->text();
        };
        QCOMPARE(polling(again), polling(window));
        auto *notice = again.findChild<QLabel *>(QStringLiteral("staleNotice"));
        QVERIFY(notice->isVisibleTo(&again));
        QCOMPARE(notice->text(), stale->text());
    }
    emulator.sync.setNetworkAvailable(true);
    QTRY_VERIFY2(syncText(window).startsWith(QStringLiteral("12 jobs · synced ")),
                 qPrintable(syncText(window)));

    QVERIFY(!stale->isVisible());

    // Paused by hand: nothing is asked of the server until resumed.
    auto *pause = window.findChild<QAction *>(QStringLiteral("pauseAction"));
    pause->trigger();
    QCOMPARE(emulator.sync.state(), JobSync::State::Paused);
    QVERIFY(syncText(window).startsWith(QStringLiteral("Polling paused.")));
    const qsizetype before = emulator.server->receivedRequests().size();
    emulator.sync.runScheduledPoll();
    QCOMPARE(emulator.server->receivedRequests().size(), before);
    pause->trigger();
    QTRY_VERIFY(emulator.server->receivedRequests().size() > before);
}

void TestMainWindow::statusBarSaysHowItPolls()
{
    QList<Job> jobs = JobGenerator::generate(40, 9, QDateTime::currentDateTimeUtc());
    const int active = static_cast<int>(std::count_if(
        jobs.cbegin(), jobs.cend(), [](const Job &job) { return jobStatusIsActive(job.status); }));
    QVERIFY(active > 0);
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    const auto polling
        = [&] { return shown.window.findChild<QLabel *>(QStringLiteral("pollingLabel"))->text(); };
    QCOMPARE(polling(), QStringLiteral("Following %1 active jobs every 3 s").arg(active));

    auto *pause = shown.window.findChild<QAction *>(QStringLiteral("pauseAction"));
    pause->trigger();
    QCOMPARE(polling(), QStringLiteral("Polling paused"));
    pause->trigger();

    QTRY_VERIFY(!shown.emulator.sync.isPolling());
    shown.emulator.server->faults().set({ *FaultPlan::parse(QStringLiteral("error500"), nullptr) });
    shown.emulator.sync.refreshNow();
    QTRY_COMPARE(shown.emulator.sync.state(), JobSync::State::Failing);
    QVERIFY2(polling().startsWith(QStringLiteral("Next try in ")), qPrintable(polling()));

    shown.emulator.server->faults().set({});
    StaticTokenSource revoked(QStringLiteral("1000.revoked"));
    shown.emulator.sync.client()->setTokenSource(&revoked);
    shown.emulator.sync.refreshNow();
    QTRY_COMPARE(polling(), QStringLiteral("Polling stopped: sign-in needed"));
    shown.emulator.sync.client()->setTokenSource(&shown.emulator.source);
}

void TestMainWindow::statusBarSaysWhenTheServerAskedToWait()
{
    WindowOnEmulator shown(JobGenerator::generate(40, 9, QDateTime::currentDateTimeUtc()));
    QVERIFY(shown.open());
    const auto polling
        = [&] { return shown.window.findChild<QLabel *>(QStringLiteral("pollingLabel"))->text(); };
    // Far longer than the longest wait: an hour it is.
    shown.emulator.server->faults().set(
        { *FaultPlan::parse(QStringLiteral("rate-limit=4294968"), nullptr) });
    const QDateTime asked = QDateTime::currentDateTime();
    shown.emulator.sync.refreshNow();
    QTRY_COMPARE(shown.emulator.sync.state(), JobSync::State::Failing);
    const QDateTime answered = QDateTime::currentDateTime();
    // The answer came at some second between asking and seeing it (several, on a loaded machine);
    // the status bar adds the time left to its own "now", which may be a second off either way.
    QStringList expected;
    for (QDateTime when = asked.addSecs(-2); when <= answered.addSecs(2); when = when.addSecs(1))
        expected.append(QStringLiteral("Server asked to wait; next try at ")
                        + TimeFormat::clockTime(when.addSecs(3600), when));
    QVERIFY2(expected.contains(polling()),
             qPrintable(polling() + QStringLiteral(", asked at ")
                        + asked.toString(Qt::ISODateWithMs) + QStringLiteral(", seen at ")
                        + answered.toString(Qt::ISODateWithMs)));
}

// A job whose action name and module are markup (the server is not ours): every place that shows
// them shows them as they are, and nothing they hold can restyle or hide the delete warning.
void TestMainWindow::serverTextIsShownAsItIs()
{
    WindowOnEmulator shown(JobGenerator::generate(5, 9, QDateTime::currentDateTimeUtc()));
    const QString action
        = QStringLiteral("<b>Payroll</b> <span style=\"color:white;font-size:1px\">import <!--");
    const QString module = QStringLiteral("<img src=\"x.png\">Management &amp; more");
    QUrl admin = shown.emulator.server->origin();
    admin.setPath(QStringLiteral("/_emulator/jobs"));
    const HttpAnswer added
        = sendHttp("POST", admin, QByteArray(),
                   QJsonDocument(QJsonObject { { QStringLiteral("action_name"), action },
                                               { QStringLiteral("module"), module } })
                       .toJson());
    QCOMPARE(added.status, 201);
    const QString id
        = QJsonDocument::fromJson(added.body).object().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 6);

    // The table's tooltip.
    const QModelIndexList found = table->model()->match(table->model()->index(0, JobTableModel::Id),
                                                        Qt::DisplayRole, id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const QModelIndex actionCell = found.constFirst().siblingAtColumn(JobTableModel::Action);
    QCOMPARE(shownText(actionCell.data(Qt::ToolTipRole).toString()), action);

    // The detail pane.
    table->scrollTo(actionCell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(actionCell).center());
    auto *title = window.detailPane()->findChild<QLabel *>(QStringLiteral("detailTitle"));
    QTRY_COMPARE(title->text(), action);
    QCOMPARE(shownText(title), action);
    const QString facts
        = shownText(window.detailPane()->findChild<QLabel *>(QStringLiteral("detailFacts")));
    QVERIFY2(facts.startsWith(QStringLiteral("Module: %1  ·  ID: %2  ·  ").arg(module, id)),
             qPrintable(facts));

    // The delete confirmation: the job as the server named it, then the warning, all of it read.
    QString question;
    QString details;
    QString written;
    bool detailsVisible = false;
    whenMessageBoxShows([&](QMessageBox *box) {
        auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
        question = shownText(box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")));
        details = shownText(label);
        written = box->informativeText();
        detailsVisible = label->isVisible();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QCOMPARE(question, QStringLiteral("Delete this job from Identity360?"));
    QCOMPARE(details, written);
    QVERIFY2(details.startsWith(action + QStringLiteral("\nID %1 · ").arg(id)),
             qPrintable(details));
    QVERIFY2(details.endsWith(QStringLiteral("This cannot be undone.")), qPrintable(details));
    QVERIFY(detailsVisible);
    QCOMPARE(deleteRequestCount(*shown.emulator.server), 0);

    // The banner, with what was said about the account.
    const QString problem = QStringLiteral("Account \"<b>Payroll</b>\" is not signed in.");
    window.showAccountProblem(shown.emulator.sync.accountId(), problem);
    QCOMPARE(shownText(window.findChild<QLabel *>(QStringLiteral("accountProblem"))), problem);
}

// What a server says about a failure is its own (the contract does not say what it may hold):
// the status bar's tooltip and the detail pane show it as it is.
void TestMainWindow::serverErrorDetailsAreShownAsTheyAre()
{
    const QString detail = QStringLiteral(
        "<b>Maintenance</b> <span style=\"color:white;font-size:1px\">until 14:00</span> <!--");
    EmulatorServer::Options options;
    options.error500Detail = detail;
    const QList<Job> jobs = finishedJobs(10, QDateTime::currentDateTimeUtc().addSecs(-3600));
    WindowOnEmulator shown(jobs, options);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 10);
    shown.emulator.server->faults().set({ *FaultPlan::parse(QStringLiteral("error500"), nullptr) });
    const QString said = QStringLiteral("The server answered HTTP 500. ") + detail;

    // The job's results could not be loaded.
    const QModelIndexList found
        = table->model()->match(table->model()->index(0, JobTableModel::Id), Qt::DisplayRole,
                                jobs.at(3).id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->scrollTo(found.constFirst());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(found.constFirst()).center());
    auto *error = window.detailPane()->findChild<QLabel *>(QStringLiteral("detailError"));
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(shownText(error),
             QStringLiteral("The results of this job could not be loaded.\n") + said);
    // Qt guesses markup from the first line only, ours here; a translation may put the server's
    // words first, so the label does not guess.
    QCOMPARE(error->textFormat(), Qt::PlainText);

    // The jobs could not be refreshed.
    shown.emulator.sync.refreshNow();
    QTRY_COMPARE(shown.emulator.sync.state(), JobSync::State::Failing);
    auto *sync = window.findChild<QLabel *>(QStringLiteral("syncLabel"));
    QTRY_COMPARE(shownText(sync->toolTip()), said);
}

// Account names as the admin typed them: the status bar and the note above the table say them
// as they are.
void TestMainWindow::accountNamesAreShownAsTyped()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QString labName = QStringLiteral("<i>Lab</i> <span style=\"font-size:1px\">");
    WindowOnEmulator shown(
        { QStringLiteral("Production"), labName },
        { JobGenerator::generate(5, 31, start), JobGenerator::generate(4, 32, start) });
    QVERIFY(shown.open());
    WatchedEmulator &production = *shown.emulators.at(0);
    WatchedEmulator &lab = *shown.emulators.at(1);
    MainWindow &window = shown.window;
    QTRY_COMPARE(window.jobTable()->model()->rowCount(), 9);
    QTRY_VERIFY(lab.sync.lastSuccess().isValid() && production.sync.lastSuccess().isValid());

    lab.sync.setNetworkAvailable(false);
    const auto label = [&window](const char *name) {
        return shownText(window.findChild<QLabel *>(QLatin1String(name)));
    };
    QVERIFY2(
        label("syncLabel").startsWith(labName + QStringLiteral(": Offline: the network is down.")),
        qPrintable(label("syncLabel")));
    QVERIFY2(label("pollingLabel").startsWith(labName + QStringLiteral(": ")),
             qPrintable(label("pollingLabel")));
    QCOMPARE(label("staleNotice"),
             QStringLiteral("Not current: the jobs of %1 are from the last time the server "
                            "answered. They update when it answers again.")
                 .arg(labName));
    QSettings().clear();
}

void TestMainWindow::stateSurvivesARestart()
{
    const QList<Job> jobs = JobGenerator::generate(80, 13, QDateTime::currentDateTimeUtc());
    WatchedEmulator emulator(jobs);
    NowTicker ticker;
    const QString managementOnly = QStringLiteral(R"(module eq "Management")");
    QList<int> splitterSizes;
    {
        MainWindow window({ &emulator.sync }, &ticker);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        emulator.sync.start();
        QTRY_COMPARE(window.jobTable()->model()->rowCount(), 80);
        window.resize(900, 700);
        QHeaderView *header = window.jobTable()->horizontalHeader();
        header->setSectionHidden(JobTableModel::Module, true);
        window.jobTable()->sortByColumn(JobTableModel::Duration, Qt::AscendingOrder);
        QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("chip-warning")),
                          Qt::LeftButton);
        window.findChild<QLineEdit *>(QStringLiteral("scimFilter"))->setText(managementOnly);
        QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("applyScimFilter")),
                          Qt::LeftButton);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({ 500, 150 });
        splitterSizes = splitter->sizes();
        window.close();
    }

    MainWindow again({ &emulator.sync }, &ticker);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 700));
    QHeaderView *header = again.jobTable()->horizontalHeader();
    QVERIFY(header->isSectionHidden(JobTableModel::Module));
    QCOMPARE(header->sortIndicatorSection(), int(JobTableModel::Duration));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(again.findChild<QToolButton *>(QStringLiteral("chip-warning"))->isChecked());
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("scimFilter"))->text(), managementOnly);
    QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("scimFilter"))->isVisible());
    const int warnings
        = static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
              return job.status == JobStatus::Warning && job.module == QLatin1String("Management");
          }));
    QVERIFY(warnings > 0);
    QTRY_COMPARE(again.jobTable()->model()->rowCount(), warnings);
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
    // Leave the next test a clean slate.
    QSettings().clear();
}

void TestMainWindow::noJobsAtAllIsSaid()
{
    WindowOnEmulator shown({});
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("The server lists no jobs yet.")));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("emptyClearFilters"))->isVisible());
}

void TestMainWindow::settingsChangePollingAndAppearance()
{
    Appearance::applySaved();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QVERIFY(systemWindow.lightness() > 128);
    {
        WindowOnEmulator shown(JobGenerator::generate(30, 21, QDateTime::currentDateTimeUtc()));
        QVERIFY(shown.open());
        MainWindow &window = shown.window;
        whenModalShows<SettingsDialog>([](SettingsDialog *dialog) {
            auto *active = dialog->findChild<QSpinBox *>(QStringLiteral("pollActive"));
            QCOMPARE(active->value(), 3);
            // Below the floor is not offered.
            QCOMPARE(active->minimum(), 1);
            active->setValue(7);
            dialog->findChild<QRadioButton *>(QStringLiteral("appearanceDarkChoice"))->click();
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 64);
        QTRY_VERIFY(window.jobTable()->palette().color(QPalette::Text).lightness() > 192);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    }
    // Kept: the next window's dialog shows them, and Cancel changes nothing.
    QCOMPARE(Settings::pollIntervals().hot, std::chrono::milliseconds(7000));
    QCOMPARE(Settings::colorScheme(), Appearance::Scheme::Dark);
    WindowOnEmulator next({});
    MainWindow &again = next.window;
    whenModalShows<SettingsDialog>([](SettingsDialog *dialog) {
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("pollActive"))->value(), 7);
        QVERIFY(
            dialog->findChild<QRadioButton *>(QStringLiteral("appearanceDarkChoice"))->isChecked());
        dialog->findChild<QRadioButton *>(QStringLiteral("appearanceSystemChoice"))->click();
        dialog->reject();
    });
    again.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(Settings::colorScheme(), Appearance::Scheme::Dark);
    Appearance::choose(Appearance::Scheme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QSettings().clear();
}

void TestMainWindow::accountSelectorAndSignInBanner()
{
    AccountStore store;
    SessionSecretStore secrets;
    AccountManager accounts(&store, &secrets);
    QList<Account> made;
    for (const char *name : { "Production", "Lab" }) {
        Account account = Account::forDataCenter(QString::fromLatin1(name),
                                                 *DataCenter::find(QStringLiteral("EU")));
        account.clientId = QStringLiteral("1000.X");
        QCOMPARE(store.save(account), QString());
        made.append(account);
    }
    WindowOnEmulator shown({});
    MainWindow &window = shown.window;
    WatchedAccounts sessions(&accounts, nullptr);
    window.setAccounts(&accounts, &sessions, made.at(1).id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *selector = window.findChild<QComboBox *>(QStringLiteral("accountSelector"));
    QVERIFY(selector->isVisible());
    // Two accounts can be seen at once, too.
    QCOMPARE(selector->count(), 3);
    QCOMPARE(selector->itemText(0), QStringLiteral("All Accounts"));
    QCOMPARE(selector->itemData(0).toString(), AccountSelector::allAccountsId());
    QCOMPARE(selector->currentText(), QStringLiteral("Lab"));
    QSignalSpy chosen(&window, &MainWindow::accountChosen);
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Up);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().constFirst().toString(), made.at(0).id);

    // An account that cannot be polled says why, with the way to fix it.
    auto *banner = window.findChild<QWidget *>(QStringLiteral("accountBanner"));
    QVERIFY(!banner->isVisible());
    window.showAccountProblem(made.at(1).id,
                              QStringLiteral("Account \"Lab\" is not signed in: sign in to watch "
                                             "its jobs."));
    QVERIFY(banner->isVisible());
    QCOMPARE(syncText(window), QStringLiteral("Waiting for sign-in"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("emptyLabel"))->text(),
             QStringLiteral("Once the account is signed in, its jobs appear here."));
    QString selectedInDialog;
    whenModalShows<AccountsDialog>([&selectedInDialog](AccountsDialog *dialog) {
        selectedInDialog = dialog->findChild<QListWidget *>(QStringLiteral("accountList"))
                               ->currentItem()
                               ->text();
        dialog->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("bannerSignIn")),
                      Qt::LeftButton);
    QVERIFY2(selectedInDialog.startsWith(QStringLiteral("Lab — EU — not signed in")),
             qPrintable(selectedInDialog));
    window.showAccountProblem(QString(), QString());
    QVERIFY(!banner->isVisible());
    QSettings().clear();
}

// Every account at once: one table with an Account column; a job's details, its delete and the
// words about a failing server all go to (and name) the account the job belongs to, even where
// two tenants use the same job id.
void TestMainWindow::allAccountsShowEveryJobWithItsAccount()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QList<Job> productionJobs = JobGenerator::generate(30, 21, start);
    QList<Job> labJobs = JobGenerator::generate(12, 22, start);
    const QString twin = productionJobs.at(4).id;
    labJobs[0].id = twin;
    labJobs[0].actionName = QStringLiteral("Lab Twin Job");
    WindowOnEmulator shown({ QStringLiteral("Production"), QStringLiteral("Lab") },
                           { productionJobs, labJobs });
    QVERIFY(shown.open());
    WatchedEmulator &production = *shown.emulators.at(0);
    WatchedEmulator &lab = *shown.emulators.at(1);
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 42);
    QTRY_VERIFY2(syncText(window).startsWith(QStringLiteral("42 jobs · synced ")),
                 qPrintable(syncText(window)));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("serverLabel"))->text(),
             QStringLiteral("2 accounts"));
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(!header->isSectionHidden(JobTableModel::Account));
    QCOMPARE(header->visualIndex(JobTableModel::Account), 1);

    const auto rowOf = [table](const QString &id, const QString &account) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, JobTableModel::Id).data() == id
                && table->model()->index(row, JobTableModel::Account).data() == account)
                return table->model()->index(row, JobTableModel::Action);
        }
        return QModelIndex();
    };
    QVERIFY(rowOf(twin, QStringLiteral("Production")).isValid());
    const QModelIndex labTwin = rowOf(twin, QStringLiteral("Lab"));
    QCOMPARE(labTwin.data().toString(), QStringLiteral("Lab Twin Job"));

    // The details come from the job's own server.
    const qsizetype productionSeen = production.server->receivedRequests().size();
    const qsizetype labSeen = lab.server->receivedRequests().size();
    table->scrollTo(labTwin);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(labTwin).center());
    QTRY_COMPARE(window.detailPane()->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(),
                 QStringLiteral("Lab Twin Job"));
    QVERIFY(window.detailPane()
                ->findChild<QLabel *>(QStringLiteral("detailFacts"))
                ->text()
                .startsWith(QStringLiteral("Account: Lab  ·  ")));
    QVERIFY(methodsForJob(*lab.server, labSeen, twin).contains("GET"));
    QVERIFY(methodsForJob(*production.server, productionSeen, twin).isEmpty());

    // So does the delete, and the confirmation says whose job it is.
    QString details;
    whenMessageBoxShows([&](QMessageBox *box) {
        details = box->informativeText();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QVERIFY2(details.contains(QStringLiteral("Account Lab")), qPrintable(details));
    QTRY_COMPARE(table->model()->rowCount(), 41);
    QCOMPARE(deleteRequestCount(*lab.server), 1);
    QCOMPARE(deleteRequestCount(*production.server), 0);
    QVERIFY(!lab.server->store().get(twin));
    QVERIFY(production.server->store().get(twin));
    QVERIFY(rowOf(twin, QStringLiteral("Production")).isValid());

    // Twins deleted together: each by its own server, and a failure names its account.
    lab.server->faults().set({ *FaultPlan::parse(QStringLiteral("error500"), nullptr) });
    const QString other = labJobs.at(3).id;
    table->clearSelection();
    for (const QString &account : { QStringLiteral("Production"), QStringLiteral("Lab") })
        table->selectionModel()->select(rowOf(other, account),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QString list;
    QString failures;
    whenMessageBoxShows([&](QMessageBox *box) {
        list = box->detailedText();
        whenMessageBoxShows([&](QMessageBox *report) {
            failures = report->informativeText();
            report->accept();
        });
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QVERIFY2(list.contains(QStringLiteral("Production: "))
                 && list.contains(QStringLiteral("Lab: ")),
             qPrintable(list));
    QTRY_VERIFY(!failures.isEmpty());
    QVERIFY2(failures.startsWith(QStringLiteral("Lab, ID %1: ").arg(other)), qPrintable(failures));
    QVERIFY(!production.server->store().get(other));
    QVERIFY(lab.server->store().get(other));
    QTRY_VERIFY(!rowOf(other, QStringLiteral("Production")).isValid());
    QVERIFY(rowOf(other, QStringLiteral("Lab")).isValid());
    QCOMPARE(syncText(window), QStringLiteral("1 job deleted · 1 failed"));

    // A failing server is named; the other account's jobs stay, as do its own.
    QSignalSpy failed(&lab.sync, &JobSync::pollFailed);
    window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY(!failed.isEmpty());
    QTRY_VERIFY2(syncText(window).startsWith(QStringLiteral("Lab: Refresh failed: ")),
                 qPrintable(syncText(window)));
    QCOMPARE(table->model()->rowCount(), 40);
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("retryNow"))->isVisible());
    QSettings().clear();
}

// The first-run face's Add Account… opens the Accounts dialog on a new account's settings.
void TestMainWindow::welcomeAddsTheFirstAccount()
{
    QSettings().clear();
    AccountStore store;
    SessionSecretStore secrets;
    AccountManager accounts(&store, &secrets);
    WatchedAccounts sessions(&accounts, nullptr);
    JobSync sync { QString() };
    NowTicker ticker;
    MainWindow window({ &sync }, &ticker);
    window.setAccounts(&accounts, &sessions, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    QVERIFY(!window.findChild<QComboBox *>(QStringLiteral("accountSelector"))->isVisible());

    QString openedOn;
    whenModalShows<AccountEditor>([&openedOn](AccountEditor *editor) {
        if (qobject_cast<AccountsDialog *>(editor->parentWidget()))
            openedOn = editor->windowTitle();
        editor->reject();
        whenModalShows<AccountsDialog>([](AccountsDialog *dialog) { dialog->reject(); });
    });
    QSignalSpy edited(&window, &MainWindow::accountsEdited);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("welcomeAddAccount")),
                      Qt::LeftButton);
    QCOMPARE(openedOn, QStringLiteral("Add Account"));
    // Nothing was added: nothing to show anew.
    QCOMPARE(edited.size(), 0);
}

// Two sign-ins that may only read jobs, in All Accounts: Granted's token answer named only
// id360.job.READ; Learned's said nothing, so the window offers its delete until the server
// refuses one (403 00000106), and from then on does not. A new sign-in clears what was learned.
void TestMainWindow::readOnlySignInsOfferNoDelete()
{
    const QList<Job> jobs = finishedJobs(4, QDateTime::currentDateTimeUtc());
    EmulatorServer::Options namingScopes;
    namingScopes.oauth.answerNamesScope = true;
    const auto grantedServer = startEmulator(jobs, QString(), namingScopes);
    const auto learnedServer = startEmulator(jobs, QString());
    AccountStore store;
    SessionSecretStore secrets;
    AccountManager accounts(&store, &secrets);
    const Account granted = accountOn(QStringLiteral("Granted"), *grantedServer);
    const Account learned = accountOn(QStringLiteral("Learned"), *learnedServer);
    const QString readOnly = QStringLiteral("id360.job.READ");
    QVERIFY(signInWithCode(accounts, granted, *grantedServer, readOnly, this));
    QVERIFY(signInWithCode(accounts, learned, *learnedServer, readOnly, this));
    WatchedAccounts sessions(&accounts, nullptr);
    sessions.refresh();
    NowTicker ticker;
    MainWindow window(
        { sessions.session(granted.id)->sync(), sessions.session(learned.id)->sync() }, &ticker);
    window.setAccounts(&accounts, &sessions, AccountSelector::allAccountsId());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *table = window.jobTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 8, 10000);
    auto *deleteAction = window.findChild<QAction *>(QStringLiteral("deleteAction"));
    const QString mayDelete = deleteAction->toolTip();
    const auto selectFirstJobOf = [table](const QString &account) {
        table->clearSelection();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, JobTableModel::Account);
            if (index.data().toString() == account) {
                table->selectionModel()->select(
                    index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                return;
            }
        }
    };

    selectFirstJobOf(QStringLiteral("Granted"));
    QVERIFY(!deleteAction->isEnabled());
    QCOMPARE(deleteAction->toolTip(),
             QStringLiteral("Granted: This sign-in may only read jobs: the accounts server "
                            "granted it only id360.job.READ."));
    // The same action is the toolbar's button and the context menu's entry.
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(!toolBar->widgetForAction(deleteAction)->isEnabled());
    QVERIFY(table->actions().contains(deleteAction));
    // The Job menu shows the tooltip (menus hide them unless told).
    const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
    const auto jobMenu = std::find_if(menus.cbegin(), menus.cend(), [&](const QMenu *menu) {
        return menu->actions().contains(deleteAction);
    });
    QVERIFY(jobMenu != menus.cend());
    QVERIFY((*jobMenu)->toolTipsVisible());

    // Learned may delete as far as the window knows, until the server refuses.
    selectFirstJobOf(QStringLiteral("Learned"));
    QVERIFY(deleteAction->isEnabled());
    QCOMPARE(deleteAction->toolTip(), mayDelete);
    QString failures;
    whenMessageBoxShows([&](QMessageBox *box) {
        whenMessageBoxShows([&](QMessageBox *report) {
            failures = report->informativeText();
            report->accept();
        });
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
    });
    deleteAction->trigger();
    QTRY_VERIFY(!failures.isEmpty());
    QCOMPARE(deleteRequestCount(*learnedServer), 1);
    QVERIFY(!deleteAction->isEnabled());
    const QString learnedWhy
        = QStringLiteral("Learned: This sign-in may only read jobs: Identity360 refused it a "
                         "delete for lack of the id360.job.DELETE scope. Sign in again with that "
                         "scope to delete.");
    QCOMPARE(deleteAction->toolTip(), learnedWhy);
    // Nothing more is sent: not for another of its jobs, not with the Delete key.
    selectFirstJobOf(QStringLiteral("Learned"));
    QVERIFY(!deleteAction->isEnabled());
    QSignalSpy triggered(deleteAction, &QAction::triggered);
    QVERIFY(!deleteKeyAsks(table));
    QCOMPARE(triggered.count(), 0);
    QCOMPARE(deleteRequestCount(*learnedServer), 1);
    QCOMPARE(deleteRequestCount(*grantedServer), 0);

    // Signing Learned in again, with the scope this time, offers its delete again.
    QVERIFY(signInWithCode(accounts, learned, *learnedServer,
                           QStringLiteral("id360.job.READ,id360.job.DELETE"), this));
    selectFirstJobOf(QStringLiteral("Learned"));
    QVERIFY(deleteAction->isEnabled());
    QCOMPARE(deleteAction->toolTip(), mayDelete);
    QSettings().clear();
}

// The administrator's policy turns deleting off: no delete is offered, for any server, and the
// tooltip says who decided.
void TestMainWindow::deletingTurnedOffByThePolicyOffersNoDelete()
{
    applyPolicy(m_settings.path(), "[General]\nallowDeleting=false\n");
    const auto noPolicy = qScopeGuard([] { Policy::makeCurrent(Policy()); });
    WindowOnEmulator shown(finishedJobs(4, QDateTime::currentDateTimeUtc()));
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 4);
    table->selectRow(0);
    auto *deleteAction = window.findChild<QAction *>(QStringLiteral("deleteAction"));
    QVERIFY(!deleteAction->isEnabled());
    QCOMPARE(deleteAction->toolTip(),
             QStringLiteral("Deleting jobs is turned off by your administrator."));
    QVERIFY(!deleteKeyAsks(table));
    QCOMPARE(deleteRequestCount(*shown.emulator.server), 0);
}

// The detail pane follows a running job no more often than the administrator lets the monitor
// poll: its refresh waits the policy's minimum, and then again whatever Settings chose.
void TestMainWindow::detailsOfARunningJobAreFetchedNoFasterThanThePolicy()
{
    applyPolicy(m_settings.path(), "[General]\nminimumActivePollSeconds=30\n");
    const auto noPolicy = qScopeGuard([] {
        Policy::makeCurrent(Policy());
        QSettings().clear();
    });
    const QList<Job> jobs = JobGenerator::generate(40, 9, QDateTime::currentDateTimeUtc());
    const auto running = std::find_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
        return job.status == JobStatus::Running;
    });
    QVERIFY(running != jobs.cend());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    QTableView *table = shown.window.jobTable();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, JobTableModel::Id).data() == running->id)
            table->selectRow(row);
    }
    const QString path = QStringLiteral("/jobs/") + running->id;
    const auto detailFetches = [&] {
        const QList<EmulatorServer::ReceivedRequest> requests
            = shown.emulator.server->receivedRequests();
        return std::count_if(requests.cbegin(), requests.cend(), [&](const auto &request) {
            return request.method == "GET" && request.path.endsWith(path);
        });
    };
    QTRY_COMPARE(detailFetches(), 1);
    auto *inspector = shown.window.findChild<JobInspector *>();
    QTRY_COMPARE(inspector->state(), JobInspector::State::Loaded);
    QCOMPARE(inspector->refreshInterval(), std::chrono::seconds(30));

    // Settings chose slower still: the details follow.
    Settings::setPollIntervals(
        { std::chrono::seconds(45), std::chrono::seconds(60), std::chrono::minutes(10) });
    whenModalShows<SettingsDialog>([](SettingsDialog *dialog) { dialog->accept(); });
    shown.window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(inspector->refreshInterval(), std::chrono::seconds(45));
    QCOMPARE(detailFetches(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
