#include "accounts/accountmanager.h"
#include "accounts/watchedaccounts.h"
#include "accountsdialog.h"
#include "api/tokensource.h"
#include "appearance.h"
#include "faultplan.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/modalhelpers.h"
#include "fixtures/showntext.h"
#include "jobdetailpane.h"
#include "jobgenerator.h"
#include "jobresultmodel.h"
#include "jobtablemodel.h"
#include "mainwindow.h"
#include "platform/settings.h"
#include "platform/translations.h"
#include "resultexport.h"
#include "settingsdialog.h"
#include "sync/jobsync.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrlQuery>

namespace {

const QString token = QStringLiteral("1000.gui-test");

// An emulator with `jobs` on a loopback port and a sync pointed at it, as --demo wires them.
struct WatchedEmulator
{
    explicit WatchedEmulator(const QList<Job> &jobs, const EmulatorServer::Options &options = {})
        : server(startEmulator(jobs, token, options))
    {
        sync.client()->setBaseUrl(server->apiBaseUrl());
        sync.client()->setTokenSource(&source);
    }

    std::unique_ptr<EmulatorServer> server;
    StaticTokenSource source { token };
    JobSync sync { QStringLiteral("test") };
};

void whenMessageBoxShows(const std::function<void(QMessageBox *)> &act)
{
    whenModalShows<QMessageBox>(act);
}

// Selects the rows of these jobs in the table, as ctrl-clicks would.
void selectJobs(QTableView *table, const QStringList &ids)
{
    table->clearSelection();
    for (const QString &id : ids) {
        const QModelIndexList found = table->model()->match(
            table->model()->index(0, JobTableModel::Id), Qt::DisplayRole, id, 1, Qt::MatchExactly);
        if (found.size() != 1)
            qFatal("job %s not in the table", qPrintable(id));
        table->selectionModel()->select(found.constFirst(),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(found.constFirst(), QItemSelectionModel::NoUpdate);
    }
}

// The requests `server` received since the `since`-th whose path ends with `/jobs/<id>`.
QList<QByteArray> methodsForJob(const EmulatorServer &server, qsizetype since, const QString &id)
{
    QList<QByteArray> methods;
    for (const auto &request : server.receivedRequests().mid(since)) {
        if (request.path.endsWith(QStringLiteral("/jobs/") + id))
            methods.append(request.method);
    }
    return methods;
}

int deletesReceived(const EmulatorServer &server)
{
    return static_cast<int>(
        std::count_if(server.receivedRequests().cbegin(), server.receivedRequests().cend(),
                      [](const auto &request) { return request.method == "DELETE"; }));
}

// A main window on a watched emulator.
struct WindowOnEmulator
{
    explicit WindowOnEmulator(const QList<Job> &jobs, const EmulatorServer::Options &options = {})
        : emulator(jobs, options)
        , window({ &emulator.sync })
    { }

    // Shows the window and waits for the first sync's answer.
    bool open()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        emulator.sync.start();
        return QTest::qWaitFor([this] { return !emulator.sync.isPolling(); }, 10000)
            && emulator.sync.lastSuccess().isValid();
    }

    WatchedEmulator emulator;
    MainWindow window;
};

// Picks the entry named `name` of the next popup menu as soon as it shows.
void whenMenuShows(const QString &name, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [name, attempts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible()) {
            if (attempts > 0)
                whenMenuShows(name, attempts - 1);
            return;
        }
        QAction *action = menu->findChild<QAction *>(name);
        if (!action)
            qFatal("no menu entry %s", qPrintable(name));
        menu->close();
        action->trigger();
    });
}

// The filters the server was asked for since request `since`.
QStringList filtersReceived(const EmulatorServer &server, qsizetype since = 0)
{
    QStringList filters;
    for (const auto &request : server.receivedRequests().mid(since)) {
        const QUrlQuery query(request.query);
        if (query.hasQueryItem(QStringLiteral("filter")))
            filters.append(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded));
    }
    return filters;
}

QString syncText(const MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("syncLabel"))->text();
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheServersJobsNewestFirst();
    void failedRefreshKeepsTheJobsAndSaysWhy();
    void withoutAccountShowsTheWelcome();
    void offlineKeepsTheJobsAndSaysSo();
    void statusBarSaysHowItPolls();
    void statusBarSaysWhenTheServerAskedToWait();
    void selectingAJobShowsItsResults();
    void deleteConfirmedRemovesTheJobEverywhere();
    void deleteCancelledSendsNothing_data();
    void deleteCancelledSendsNothing();
    void multiDeleteReportsEachJob();
    void aJobUnreadableSinceConfirmedIsNotDeleted();
    void serverTextIsShownAsItIs();
    void serverErrorDetailsAreShownAsTheyAre();
    void accountNamesAreShownAsTyped();
    void filterBarNarrowsTheTableAndCounts();
    void advancedFilterIsSentOnlyWhenValid();
    void presetsSaveAndRestoreFilters();
    void stateSurvivesARestart();
    void noJobsAtAllIsSaid();
    void settingsChangePollingAndAppearance();
    void accountSelectorAndSignInBanner();
    void allAccountsShowEveryJobWithItsAccount();
    void tabFollowsTheFilterBarAsItReads();
    void unreadableJobsAreShownAsSuch();

private:
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a directory of the test's own, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*QCoreApplication::instance());
    // The GUI tests run on a real X server (scripts/headless-session), not offscreen.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestMainWindow::showsTheServersJobsNewestFirst()
{
    const QList<Job> jobs = JobGenerator::generate(321, 11, QDateTime::currentDateTimeUtc());
    WatchedEmulator emulator(jobs);
    MainWindow window({ &emulator.sync });
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
    WatchedEmulator emulator(JobGenerator::generate(30, 2, QDateTime::currentDateTimeUtc()));
    JobSync &sync = emulator.sync;
    MainWindow window({ &sync });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    sync.start();
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

void TestMainWindow::withoutAccountShowsTheWelcome()
{
    JobSync sync(QStringLiteral("test"));
    MainWindow window({ &sync });
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
    const QStringList expected {
        QStringLiteral("Server asked to wait; next try at ")
            + asked.addSecs(3600).toString(QStringLiteral("HH:mm")),
        QStringLiteral("Server asked to wait; next try at ")
            + answered.addSecs(3600).toString(QStringLiteral("HH:mm")),
    };
    QVERIFY2(expected.contains(polling()), qPrintable(polling()));
}

void TestMainWindow::selectingAJobShowsItsResults()
{
    const QList<Job> jobs = JobGenerator::generate(60, 8, QDateTime::currentDateTimeUtc());
    const auto chosen = std::find_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
        return job.status == JobStatus::Warning && job.actionName.startsWith(QLatin1String("Bulk"));
    });
    QVERIFY(chosen != jobs.cend());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    WatchedEmulator &emulator = shown.emulator;
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 60);

    auto *pane = window.detailPane();
    QCOMPARE(pane->findChild<QStackedWidget *>()->currentIndex(), 0);
    const QModelIndexList found
        = table->model()->match(table->model()->index(0, JobTableModel::Id), Qt::DisplayRole,
                                chosen->id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->scrollTo(found.constFirst());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(found.constFirst()).center());

    const std::optional<Job> served = emulator.server->store().get(chosen->id);
    QVERIFY(served && served->details);
    int failed = 0;
    for (const EntityResult &result : served->details->results)
        failed += result.status == QLatin1String("ERROR") ? 1 : 0;
    QTableView *results = pane->resultTable();
    QTRY_COMPARE(results->model()->rowCount(), int(served->details->results.size()));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(), chosen->actionName);
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("resultSummary"))
                ->text()
                .endsWith(QStringLiteral("%1 failed").arg(failed)));
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("detailFacts"))->text().contains(chosen->id));

    // Errors only, then a search within them.
    auto *errorsOnly = pane->findChild<QCheckBox *>(QStringLiteral("errorsOnly"));
    QTest::mouseClick(errorsOnly, Qt::LeftButton, {}, QPoint(8, errorsOnly->height() / 2));
    QCOMPARE(results->model()->rowCount(), failed);
    for (int row = 0; row < results->model()->rowCount(); ++row)
        QCOMPARE(results->model()->index(row, JobResultModel::Status).data().toString(),
                 QStringLiteral("Error"));
    const QString firstMessage
        = results->model()->index(0, JobResultModel::Message).data().toString();
    int sameMessage = 0;
    for (int row = 0; row < results->model()->rowCount(); ++row)
        sameMessage += results->model()->index(row, JobResultModel::Message).data() == firstMessage;
    QTest::keyClicks(pane->findChild<QLineEdit *>(QStringLiteral("resultSearch")), firstMessage);
    QCOMPARE(results->model()->rowCount(), sameMessage);

    // The raw JSON of the job, as decoded.
    QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("rawJson")), Qt::LeftButton);
    auto *raw = window.findChild<QDialog *>(QStringLiteral("rawJsonDialog"));
    QVERIFY(raw);
    const QString json = raw->findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY(json.contains(QStringLiteral("\"id\": \"%1\"").arg(chosen->id)));
    QVERIFY(json.contains(QStringLiteral("\"result\": [")));
    raw->close();

    // Export the errors as CSV through the save dialog: the file holds exactly those rows.
    QList<EntityResult> errors;
    for (const EntityResult &result : served->details->results) {
        if (result.status == QLatin1String("ERROR"))
            errors.append(result);
    }
    QTemporaryDir target;
    const QString path = target.filePath(QStringLiteral("errors.csv"));
    whenModalShows<QFileDialog>([path](QFileDialog *dialog) {
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    pane->findChild<QAction *>(QStringLiteral("exportErrorsCsv"))->trigger();
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QDir(target.path()).entryList().join(QLatin1Char(','))));
    QCOMPARE(file.readAll(), ResultExport::csv(errors));

    // Copy two rows with Ctrl+C in the result table.
    pane->findChild<QLineEdit *>(QStringLiteral("resultSearch"))->clear();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    results->setFocus();
    results->selectionModel()->select(
        QItemSelection(results->model()->index(0, 0), results->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(results, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), ResultExport::tabSeparated(errors.mid(0, 2)));
}

void TestMainWindow::deleteConfirmedRemovesTheJobEverywhere()
{
    const QList<Job> jobs = JobGenerator::generate(20, 9, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    WatchedEmulator &emulator = shown.emulator;
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 20);
    const Job &victim = jobs.at(7);
    selectJobs(table, { victim.id });
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();

    QString question;
    QString details;
    bool cancelIsDefault = false;
    whenMessageBoxShows([&](QMessageBox *box) {
        question = box->text();
        details = box->informativeText();
        cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
    });
    QTest::keyClick(table, Qt::Key_Delete);

    QCOMPARE(question, QStringLiteral("Delete this job from Identity360?"));
    QVERIFY2(details.contains(victim.actionName) && details.contains(victim.id),
             qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("This cannot be undone.")));
    QVERIFY(cancelIsDefault);
    QTRY_COMPARE(table->model()->rowCount(), 19);
    QVERIFY(!emulator.server->store().get(victim.id));
    QCOMPARE(deletesReceived(*emulator.server), 1);
    QCOMPARE(syncText(window), QStringLiteral("1 job deleted"));
}

void TestMainWindow::deleteCancelledSendsNothing_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("Cancel button") << 0;
    QTest::newRow("Esc") << 1;
    QTest::newRow("Enter takes the default, Cancel") << 2;
}

void TestMainWindow::deleteCancelledSendsNothing()
{
    QFETCH(int, how);
    const QList<Job> jobs = JobGenerator::generate(20, 9, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    WatchedEmulator &emulator = shown.emulator;
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 20);
    // The running job: the question warns about it.
    const Job &running = jobs.at(1);
    QCOMPARE(running.status, JobStatus::Running);
    selectJobs(table, { running.id });

    QString details;
    whenMessageBoxShows([&](QMessageBox *box) {
        details = box->informativeText();
        if (how == 0)
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        else
            QTest::keyClick(box, how == 1 ? Qt::Key_Escape : Qt::Key_Return);
    });
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();

    QVERIFY2(details.contains(QStringLiteral("still queued or running")), qPrintable(details));
    QTest::qWait(50);
    QCOMPARE(deletesReceived(*emulator.server), 0);
    QCOMPARE(table->model()->rowCount(), 20);
    QVERIFY(emulator.server->store().get(running.id));
}

void TestMainWindow::multiDeleteReportsEachJob()
{
    const QList<Job> jobs = JobGenerator::generate(20, 9, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    WatchedEmulator &emulator = shown.emulator;
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 20);
    selectJobs(table, { jobs.at(5).id, jobs.at(6).id, jobs.at(9).id });
    // Someone else deletes one of them meanwhile.
    emulator.server->store().remove(jobs.at(6).id);

    QString question;
    QString list;
    whenMessageBoxShows([&](QMessageBox *box) {
        question = box->text();
        list = box->detailedText();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();

    QCOMPARE(question, QStringLiteral("Delete 3 jobs from Identity360?"));
    for (const int i : { 5, 6, 9 })
        QVERIFY(list.contains(jobs.at(i).id));
    QTRY_COMPARE(table->model()->rowCount(), 17);
    QCOMPARE(syncText(window), QStringLiteral("2 jobs deleted · 1 already gone"));
    QCOMPARE(deletesReceived(*emulator.server), 3);
}

// Polls go on while the confirmation is open: what is deleted is what the last answer says.
void TestMainWindow::aJobUnreadableSinceConfirmedIsNotDeleted()
{
    const QList<Job> jobs = finishedJobs(30, QDateTime::currentDateTimeUtc().addSecs(-3600));
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    WatchedEmulator &emulator = shown.emulator;
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 30);
    // The odd-job fault spoils the first job of the page: the newest.
    const QString victim = jobs.constFirst().id;
    selectJobs(table, { victim });

    bool becameUnreadable = false;
    QString failures;
    whenMessageBoxShows([&](QMessageBox *box) {
        emulator.server->faults().set({ *FaultPlan::parse(QStringLiteral("odd-job"), nullptr) });
        emulator.sync.refreshNow();
        becameUnreadable = QTest::qWaitFor(
            [&] {
                const Job *job = emulator.sync.jobs().find(victim);
                return job && job->readProblem;
            },
            10000);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
        whenMessageBoxShows([&](QMessageBox *outcome) {
            failures = outcome->informativeText();
            outcome->accept();
        });
    });
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();

    QVERIFY(becameUnreadable);
    QTRY_COMPARE(
        failures,
        QStringLiteral("ID %1: could not be read in the last answer; not deleted").arg(victim));
    QCOMPARE(syncText(window), QStringLiteral("1 failed"));
    QCOMPARE(deletesReceived(*emulator.server), 0);
    QVERIFY(emulator.server->store().get(victim));
    QCOMPARE(table->model()->rowCount(), 30);
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
    QCOMPARE(deletesReceived(*shown.emulator.server), 0);

    // The banner, with what was said about the account.
    const QString problem = QStringLiteral("Account \"<b>Payroll</b>\" is not signed in.");
    window.showAccountProblem(shown.emulator.sync.accountId(), problem);
    QCOMPARE(shownText(window.findChild<QLabel *>(QStringLiteral("accountProblem"))), problem);
}

// Account names as the admin typed them: the status bar and the note above the table say them
// as they are.
void TestMainWindow::accountNamesAreShownAsTyped()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    WatchedEmulator production(JobGenerator::generate(5, 31, start));
    WatchedEmulator lab(JobGenerator::generate(4, 32, start));
    const QString labName = QStringLiteral("<i>Lab</i> <span style=\"font-size:1px\">");
    production.sync.model()->setAccountName(QStringLiteral("Production"));
    lab.sync.model()->setAccountName(labName);
    MainWindow window({ &production.sync, &lab.sync });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    production.sync.start();
    lab.sync.start();
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

void TestMainWindow::filterBarNarrowsTheTableAndCounts()
{
    const QList<Job> jobs = JobGenerator::generate(120, 12, QDateTime::currentDateTimeUtc());
    const auto count = [&](const std::function<bool(const Job &)> &predicate) {
        return static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), predicate));
    };
    const int errors = count([](const Job &job) { return job.status == JobStatus::Error; });
    const int automationErrors = count([](const Job &job) {
        return job.status == JobStatus::Error && job.module == QLatin1String("Automation");
    });
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 120);

    auto *errorChip = window.findChild<QToolButton *>(QStringLiteral("chip-error"));
    QTRY_COMPARE(errorChip->text(), QStringLiteral("Error %1").arg(errors));
    QTest::mouseClick(errorChip, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), errors);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, JobTableModel::Status).data().toString(),
                 QStringLiteral("Error"));

    auto *module = window.findChild<QComboBox *>(QStringLiteral("moduleFilter"));
    module->setCurrentIndex(module->findText(QStringLiteral("Automation")));
    QCOMPARE(table->model()->rowCount(), automationErrors);
    // The other chips count within the module too, so choosing never hides how many they have.
    QTRY_COMPARE(errorChip->text(), QStringLiteral("Error %1").arg(automationErrors));

    // Ctrl+F, type an id, Esc clears the search; "Clear filters" clears the rest.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("jobSearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 120);
    search->setFocus();
    QTest::keyClicks(search, jobs.at(17).id);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, JobTableModel::Id).data().toString(), jobs.at(17).id);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table->model()->rowCount(), 120);

    // Nothing matches: the table says so, with the way back.
    QTest::keyClicks(search, QStringLiteral("no such job anywhere"));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No job matches the filters."));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("emptyClearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 120);
    QVERIFY(table->isVisible());
}

void TestMainWindow::advancedFilterIsSentOnlyWhenValid()
{
    const QList<Job> jobs = JobGenerator::generate(150, 14, QDateTime::currentDateTimeUtc());
    const int automationErrors
        = static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
              return job.status == JobStatus::Error && job.module == QLatin1String("Automation");
          }));
    QVERIFY(automationErrors > 0);
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    const EmulatorServer &server = *shown.emulator.server;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 150);

    auto *field = window.findChild<QLineEdit *>(QStringLiteral("scimFilter"));
    QVERIFY(!field->isVisible());
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("advancedToggle")),
                      Qt::LeftButton);
    QVERIFY(field->isVisible());
    auto *status = window.findChild<QLabel *>(QStringLiteral("scimFilterStatus"));
    auto *apply = window.findChild<QToolButton *>(QStringLiteral("applyScimFilter"));

    // Wrong as typed: said at once, with where; Enter marks the spot and sends nothing.
    const qsizetype before = server.receivedRequests().size();
    QTest::keyClicks(field, QStringLiteral(R"(module eq "Automation" and state eq "ERROR")"));
    QCOMPARE(status->text(),
             QStringLiteral("Not a valid filter: unknown attribute 'state' at "
                            "character 28; jobs have id, action_name, status, "
                            "module, start_time and end_time"));
    QVERIFY(!apply->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->selectionStart(), 27);
    QTest::qWait(200);
    QVERIFY(filtersReceived(server, before).isEmpty());
    QCOMPARE(table->model()->rowCount(), 150);

    // Right: sent as typed, and the table shows what the server matched.
    field->clear();
    const QString expression = QStringLiteral(R"(module eq "Automation" and status eq "ERROR")");
    QTest::keyClicks(field, expression);
    QVERIFY(apply->isEnabled());
    QVERIFY(filtersReceived(server, before).isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(table->model()->rowCount(), automationErrors);
    QCOMPARE(filtersReceived(server, before), QStringList { expression });
    QCOMPARE(status->text(), QStringLiteral("The server matched %1 jobs.").arg(automationErrors));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, JobTableModel::Module).data().toString(),
                 QStringLiteral("Automation"));

    // The server fails to answer a new one: the jobs stay, the bar says why and offers to ask
    // again.
    shown.emulator.server->faults().set({ *FaultPlan::parse(QStringLiteral("error500"), nullptr) });
    field->clear();
    QTest::keyClicks(field, QStringLiteral(R"(status eq "WARNING")"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *retry = window.findChild<QToolButton *>(QStringLiteral("retryScimFilter"));
    QTRY_VERIFY(retry->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("Not applied, the server did not answer: ")),
             qPrintable(status->text()));
    QCOMPARE(table->model()->rowCount(), 150);
    shown.emulator.server->faults().set({});
    QTest::mouseClick(retry, Qt::LeftButton);
    const int warnings
        = static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
              return job.status == JobStatus::Warning;
          }));
    QTRY_COMPARE(table->model()->rowCount(), warnings);
    QVERIFY(!retry->isVisible());

    // "Clear filters" takes it off.
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 150);
    QCOMPARE(field->text(), QString());
}

void TestMainWindow::presetsSaveAndRestoreFilters()
{
    const QList<Job> jobs = JobGenerator::generate(90, 15, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 90);
    const QString action = jobs.at(3).actionName;
    const int matching
        = static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [&](const Job &job) {
              return job.actionName == action && job.status != JobStatus::Completed;
          }));

    auto *actionPicker = window.findChild<QComboBox *>(QStringLiteral("actionFilter"));
    // The pickers learn the jobs' actions once the jobs have arrived.
    QTRY_VERIFY(actionPicker->findText(action) >= 0);
    actionPicker->setCurrentIndex(actionPicker->findText(action));
    for (const char *chip : { "chip-queued", "chip-running", "chip-warning", "chip-error" })
        QTest::mouseClick(window.findChild<QToolButton *>(QString::fromLatin1(chip)),
                          Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), matching);

    auto *presets = window.findChild<QToolButton *>(QStringLiteral("filterPresets"));
    whenModalShows<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Not done yet"));
        dialog->accept();
    });
    whenMenuShows(QStringLiteral("savePreset"));
    QTest::mouseClick(presets, Qt::LeftButton);
    QTRY_COMPARE(QSettings().value(QStringLiteral("filterPresets/size")).toInt(), 1);

    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 90);
    whenMenuShows(QStringLiteral("preset:Not done yet"));
    QTest::mouseClick(presets, Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), matching);
    QCOMPARE(actionPicker->currentText(), action);
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("chip-error"))->isChecked());
    QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("chip-completed"))->isChecked());

    whenMenuShows(QStringLiteral("deletePreset:Not done yet"));
    QTest::mouseClick(presets, Qt::LeftButton);
    QTRY_COMPARE(QSettings().value(QStringLiteral("filterPresets/size")).toInt(), 0);
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

void TestMainWindow::stateSurvivesARestart()
{
    const QList<Job> jobs = JobGenerator::generate(80, 13, QDateTime::currentDateTimeUtc());
    WatchedEmulator emulator(jobs);
    const QString managementOnly = QStringLiteral(R"(module eq "Management")");
    QList<int> splitterSizes;
    {
        MainWindow window({ &emulator.sync });
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

    MainWindow again({ &emulator.sync });
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
    WatchedEmulator emulator({});
    MainWindow again({ &emulator.sync });
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
    WatchedEmulator emulator({});
    MainWindow window({ &emulator.sync });
    WatchedAccounts sessions(&accounts, nullptr);
    window.setAccounts(&accounts, &sessions, made.at(1).id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *selector = window.findChild<QComboBox *>(QStringLiteral("accountSelector"));
    QVERIFY(selector->isVisible());
    // Two accounts can be seen at once, too.
    QCOMPARE(selector->count(), 3);
    QCOMPARE(selector->itemText(0), QStringLiteral("All Accounts"));
    QCOMPARE(selector->itemData(0).toString(), MainWindow::allAccountsId());
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
    WatchedEmulator production(productionJobs);
    WatchedEmulator lab(labJobs);
    production.sync.model()->setAccountName(QStringLiteral("Production"));
    lab.sync.model()->setAccountName(QStringLiteral("Lab"));
    MainWindow window({ &production.sync, &lab.sync });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    production.sync.start();
    lab.sync.start();
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
    QCOMPARE(deletesReceived(*lab.server), 1);
    QCOMPARE(deletesReceived(*production.server), 0);
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

void TestMainWindow::tabFollowsTheFilterBarAsItReads()
{
    WindowOnEmulator shown(JobGenerator::generate(10, 22, QDateTime::currentDateTimeUtc()));
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *first = window.findChild<QToolButton *>(QStringLiteral("chip-queued"));
    first->setFocus(Qt::TabFocusReason);
    QStringList visited { first->objectName() };
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited,
             (QStringList { QStringLiteral("chip-queued"), QStringLiteral("chip-running"),
                            QStringLiteral("chip-warning"), QStringLiteral("chip-completed"),
                            QStringLiteral("chip-error"), QStringLiteral("jobSearch"),
                            QStringLiteral("moduleFilter"), QStringLiteral("actionFilter"),
                            QStringLiteral("periodFilter"), QStringLiteral("advancedToggle"),
                            QStringLiteral("filterPresets") }));
    // Every control a screen reader lands on has a name.
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->focusPolicy() & Qt::TabFocus
            && (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QTableView *>(widget)))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestMainWindow::unreadableJobsAreShownAsSuch()
{
    const QList<Job> jobs = finishedJobs(30, QDateTime::currentDateTimeUtc().addSecs(-3600));
    WindowOnEmulator shown(jobs);
    EmulatorServer &server = *shown.emulator.server;
    server.faults().set({ *FaultPlan::parse(QStringLiteral("odd-job"), nullptr) });
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 30);
    const QString couldNotBeRead
        = QCoreApplication::translate("MainWindow", "%n job(s) could not be read", nullptr, 1);
    QVERIFY2(syncText(window).startsWith(QStringLiteral("30 jobs · synced ")),
             qPrintable(syncText(window)));
    QVERIFY2(syncText(window).endsWith(couldNotBeRead), qPrintable(syncText(window)));
    QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("retryNow"))->isVisible());

    // The page's first job, shown as what it is: a job whose answer could not be read.
    const Job &odd = jobs.constFirst();
    const QModelIndexList unreadable
        = table->model()->match(table->model()->index(0, JobTableModel::Status), Qt::DisplayRole,
                                QStringLiteral("Unreadable"), -1, Qt::MatchExactly);
    QCOMPARE(unreadable.size(), 1);
    // Kept across polls that may re-sort the rows.
    const QPersistentModelIndex oddRow(unreadable.constFirst());
    const auto cell = [&oddRow](int column) { return QModelIndex(oddRow).siblingAtColumn(column); };
    QCOMPARE(cell(JobTableModel::Id).data().toString(), odd.id);
    QCOMPARE(cell(JobTableModel::Action).data().toString(), QString());

    const qsizetype before = server.receivedRequests().size();
    table->scrollTo(oddRow);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(oddRow).center());
    auto *pane = window.detailPane();
    auto *problem = pane->findChild<QLabel *>(QStringLiteral("readProblemText"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(odd.id)
                 && problem->text().contains(
                     QStringLiteral("start_time: expected an ISO 8601 date-time, got a number")),
             qPrintable(problem->text()));
    QVERIFY(!pane->findChild<QStackedWidget *>()->isVisible());
    auto *sent = pane->findChild<QPlainTextEdit *>(QStringLiteral("sentJson"));
    QVERIFY(sent->isVisible());
    QVERIFY(sent->toPlainText().contains(odd.actionName));
    QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("copySentJson")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), sent->toPlainText());
    // Nothing to ask the server about it, and nothing to delete.
    QVERIFY(methodsForJob(server, before, odd.id).isEmpty());
    auto *deleteAction = window.findChild<QAction *>(QStringLiteral("deleteAction"));
    QVERIFY(!deleteAction->isEnabled());

    // A correct answer: the row is the job it is, and the pane shows it as any other.
    server.faults().set({});
    shown.emulator.sync.refreshNow();
    QTRY_COMPARE(cell(JobTableModel::Status).data().toString(), jobStatusDisplayName(odd.status));
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(!syncText(window).contains(couldNotBeRead));
    QTRY_COMPARE(pane->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(), odd.actionName);
    QVERIFY(deleteAction->isEnabled());

    // Unreadable again: shown as last read, with a word about the last answer.
    server.faults().set({ *FaultPlan::parse(QStringLiteral("odd-job"), nullptr) });
    shown.emulator.sync.refreshNow();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("could not be read in the last answer")),
             qPrintable(problem->text()));
    QVERIFY(pane->findChild<QStackedWidget *>()->isVisible());
    QCOMPARE(cell(JobTableModel::Status).data().toString(), jobStatusDisplayName(odd.status));
    QVERIFY(!deleteAction->isEnabled());
    QTRY_VERIFY(syncText(window).endsWith(couldNotBeRead));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
