#include "faultplan.h"
#include "fixtures/modalhelpers.h"
#include "fixtures/windowfixture.h"
#include "jobdetailpane.h"
#include "jobgenerator.h"
#include "jobresultmodel.h"
#include "jobtableview.h"
#include "resultexport.h"
#include "timeformat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>

namespace {

// Asks `view` for its context menu as a right click would.
void requestContextMenu(QWidget *view, const QPoint &position)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, view->mapToGlobal(position));
    QApplication::sendEvent(view, &event);
}

// The entries of a menu as shown, with whether each can be chosen and is checked.
QStringList entriesOf(const QMenu *menu)
{
    QStringList entries;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            entries.append(action->text()
                           + (action->isEnabled() ? QString() : QStringLiteral(" (off)"))
                           + (action->isChecked() ? QStringLiteral(" ✓") : QString()));
    }
    return entries;
}

} // namespace

class TestJobTableView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectingAJobShowsItsResults();
    void unreadableJobsAreShownAsSuch();
    void runningDurationsCountUp();
    void columnMenuHidesAndShowsColumns();
    void columnsAreKeptApartForOneAccountAndAll();
    void contextMenuDeletesTheSelection();

private:
    QTemporaryDir m_settings;
};

void TestJobTableView::initTestCase()
{
    prepareWindowTests(m_settings.path());
    // The GUI tests run on a real X server (scripts/headless-session), not offscreen.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestJobTableView::selectingAJobShowsItsResults()
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

void TestJobTableView::unreadableJobsAreShownAsSuch()
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
        = QCoreApplication::translate("SyncStatusText", "%n job(s) could not be read", nullptr, 1);
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

// One "now" for the window: a running job's duration counts up without a poll.
void TestJobTableView::runningDurationsCountUp()
{
    QList<Job> jobs = JobGenerator::generate(20, 9, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    QTableView *table = shown.window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 20);
    const QModelIndexList running
        = table->model()->match(table->model()->index(0, JobTableModel::Status), Qt::DisplayRole,
                                QStringLiteral("Running"), 1, Qt::MatchExactly);
    QCOMPARE(running.size(), 1);
    const QPersistentModelIndex duration(
        running.constFirst().siblingAtColumn(JobTableModel::Duration));
    shown.emulator.sync.setPaused(true);
    const qint64 before = duration.data(JobTableModel::SortRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(duration.data(JobTableModel::SortRole).toLongLong() > before, 5000);
    QCOMPARE(duration.data().toString(),
             TimeFormat::duration(duration.data(JobTableModel::SortRole).toLongLong()));
}

void TestJobTableView::columnMenuHidesAndShowsColumns()
{
    WindowOnEmulator shown(JobGenerator::generate(10, 9, QDateTime::currentDateTimeUtc()));
    QVERIFY(shown.open());
    QHeaderView *header = shown.window.jobTable()->horizontalHeader();
    QStringList entries;
    whenPopupMenuShows([&entries](QMenu *menu) {
        entries = entriesOf(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Module"))
                action->trigger();
        }
        menu->close();
    });
    requestContextMenu(header->viewport(), QPoint(10, header->height() / 2));
    // One account's jobs offer no Account column; the action says what a job is and stays.
    QCOMPARE(entries,
             (QStringList { QStringLiteral("Status ✓"), QStringLiteral("Action (off) ✓"),
                            QStringLiteral("Module ✓"), QStringLiteral("Started ✓"),
                            QStringLiteral("Finished ✓"), QStringLiteral("Duration ✓"),
                            QStringLiteral("ID ✓") }));
    QVERIFY(header->isSectionHidden(JobTableModel::Module));

    whenPopupMenuShows([&entries](QMenu *menu) {
        entries = entriesOf(menu);
        menu->close();
    });
    requestContextMenu(header->viewport(), QPoint(10, header->height() / 2));
    QVERIFY2(entries.contains(QStringLiteral("Module")), qPrintable(entries.join(u',')));
    QSettings().clear();
}

// Every account's jobs have an Account column: their layout is kept apart from one account's.
void TestJobTableView::columnsAreKeptApartForOneAccountAndAll()
{
    const QList<Job> jobs = JobGenerator::generate(10, 9, QDateTime::currentDateTimeUtc());
    const auto hidden = [](const MainWindow &window) {
        QStringList columns;
        const QHeaderView *header = window.jobTable()->horizontalHeader();
        for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
            if (header->isSectionHidden(column))
                columns.append(header->model()->headerData(column, Qt::Horizontal).toString());
        }
        return columns;
    };
    {
        WindowOnEmulator one(jobs);
        one.window.jobTable()->horizontalHeader()->setSectionHidden(JobTableModel::Module, true);
        one.window.close();
    }
    {
        WindowOnEmulator all({ QStringLiteral("Production"), QStringLiteral("Lab") },
                             { jobs, jobs });
        QCOMPARE(hidden(all.window), QStringList());
        QCOMPARE(all.window.jobTable()->horizontalHeader()->visualIndex(JobTableModel::Account), 1);
        all.window.jobTable()->horizontalHeader()->setSectionHidden(JobTableModel::Duration, true);
        all.window.close();
    }
    WindowOnEmulator one(jobs);
    QCOMPARE(hidden(one.window),
             (QStringList { QStringLiteral("Module"), QStringLiteral("Account") }));
    WindowOnEmulator all({ QStringLiteral("Production"), QStringLiteral("Lab") }, { jobs, jobs });
    QCOMPARE(hidden(all.window), QStringList { QStringLiteral("Duration") });
    QSettings().clear();
}

void TestJobTableView::contextMenuDeletesTheSelection()
{
    const QList<Job> jobs = finishedJobs(10, QDateTime::currentDateTimeUtc().addSecs(-3600));
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    QTableView *table = shown.window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 10);
    selectJobs(table, { jobs.at(2).id });
    QString question;
    bool tooltipsShown = false;
    whenPopupMenuShows([&tooltipsShown](QMenu *menu) {
        // A disabled Delete's tooltip says why.
        tooltipsShown = menu->toolTipsVisible();
        QAction *remove = menu->actions().constFirst();
        menu->close();
        remove->trigger();
    });
    whenMessageBoxShows([&question](QMessageBox *box) {
        question = box->text();
        box->reject();
    });
    requestContextMenu(table->viewport(), table->visualRect(table->currentIndex()).center());
    QTRY_COMPARE(question, QStringLiteral("Delete this job from Identity360?"));
    QVERIFY(tooltipsShown);
}

QTEST_MAIN(TestJobTableView)
#include "tst_jobtableview.moc"
