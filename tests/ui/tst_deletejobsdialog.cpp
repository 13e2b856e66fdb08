#include "deletejobsdialog.h"
#include "faultplan.h"
#include "fixtures/windowfixture.h"
#include "jobgenerator.h"
#include "jobtableview.h"

#include <QPushButton>
#include <QTemporaryDir>

namespace {

// The strings that count jobs, as the app's translations word them for `count`.
QString counted(const char *text, int count)
{
    return QCoreApplication::translate("DeleteJobsDialog", text, nullptr, count);
}

// `count` jobs, the first `running` of them still running, of Production and Lab by turns.
QList<DeleteJobsDialog::JobToDelete> jobsToDelete(int count, int running)
{
    QList<DeleteJobsDialog::JobToDelete> jobs;
    for (int i = 0; i < count; ++i) {
        Job job;
        job.id = QString::number(1000 + i);
        job.actionName = QStringLiteral("Bulk Disable %1").arg(i);
        job.status = i < running ? JobStatus::Running : JobStatus::Completed;
        job.statusText = jobStatusToApi(job.status);
        jobs.append({ job, i % 2 == 0 ? QStringLiteral("Production") : QStringLiteral("Lab") });
    }
    return jobs;
}

const char *const stillRunning
    = "%n of these job(s) is still queued or running: deleting removes the job from the list; "
      "whether its work stops is up to Identity360. ";

} // namespace

class TestDeleteJobsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deleteConfirmedRemovesTheJobEverywhere();
    void deleteCancelledSendsNothing_data();
    void deleteCancelledSendsNothing();
    void multiDeleteReportsEachJob();
    void aJobUnreadableSinceConfirmedIsNotDeleted();
    void asksAboutWhatIsDeleted_data();
    void asksAboutWhatIsDeleted();
    void aStatusTheAppDoesNotKnowIsNamedAsSent();
    void onlyDeleteConfirms_data();
    void onlyDeleteConfirms();
    void failuresAreToldJobByJob_data();
    void failuresAreToldJobByJob();

private:
    QTemporaryDir m_settings;
};

void TestDeleteJobsDialog::initTestCase()
{
    prepareWindowTests(m_settings.path());
    // The GUI tests run on a real X server (scripts/headless-session), not offscreen.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestDeleteJobsDialog::deleteConfirmedRemovesTheJobEverywhere()
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
    QCOMPARE(deleteRequestCount(*emulator.server), 1);
    QCOMPARE(syncText(window), QStringLiteral("1 job deleted"));
}

void TestDeleteJobsDialog::deleteCancelledSendsNothing_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("Cancel button") << 0;
    QTest::newRow("Esc") << 1;
    QTest::newRow("Enter takes the default, Cancel") << 2;
}

void TestDeleteJobsDialog::deleteCancelledSendsNothing()
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
    QCOMPARE(deleteRequestCount(*emulator.server), 0);
    QCOMPARE(table->model()->rowCount(), 20);
    QVERIFY(emulator.server->store().get(running.id));
}

void TestDeleteJobsDialog::multiDeleteReportsEachJob()
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
    QCOMPARE(deleteRequestCount(*emulator.server), 3);
}

// Polls go on while the confirmation is open: what is deleted is what the last answer says.
void TestDeleteJobsDialog::aJobUnreadableSinceConfirmedIsNotDeleted()
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
    QCOMPARE(deleteRequestCount(*emulator.server), 0);
    QVERIFY(emulator.server->store().get(victim));
    QCOMPARE(table->model()->rowCount(), 30);
}

void TestDeleteJobsDialog::asksAboutWhatIsDeleted_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("running");
    QTest::addColumn<bool>("namesAccounts");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("informative");
    QTest::addColumn<QString>("detailed");
    const QString cannotBeUndone = QStringLiteral("This cannot be undone.");
    QTest::newRow("one job") << 1 << 0 << false
                             << QStringLiteral("Delete this job from Identity360?")
                             << QStringLiteral("Bulk Disable 0\nID 1000 · Completed\n\n")
            + cannotBeUndone << QString();
    QTest::newRow("one running job among several accounts")
        << 1 << 1 << true << QStringLiteral("Delete this job from Identity360?")
        << QStringLiteral("Bulk Disable 0\nID 1000 · Running\nAccount Production\n\n")
            + counted(stillRunning, 1) + cannotBeUndone
        << QString();
    const QString threeLines = QStringLiteral("Bulk Disable 0 — ID 1000 — Completed\n"
                                              "Bulk Disable 1 — ID 1001 — Completed\n"
                                              "Bulk Disable 2 — ID 1002 — Completed");
    QTest::newRow("three jobs") << 3 << 0 << false
                                << counted("Delete %n job(s) from Identity360?", 3)
                                << threeLines + QStringLiteral("\n\n") + cannotBeUndone
                                << threeLines;
    QStringList sevenLines;
    for (int i = 0; i < 7; ++i)
        sevenLines.append(
            QStringLiteral("%1: Bulk Disable %2 — ID %3 — %4")
                .arg(i % 2 == 0 ? QStringLiteral("Production") : QStringLiteral("Lab"))
                .arg(i)
                .arg(1000 + i)
                .arg(i < 2 ? QStringLiteral("Running") : QStringLiteral("Completed")));
    QTest::newRow("seven jobs of two accounts, two running")
        << 7 << 2 << true << counted("Delete %n job(s) from Identity360?", 7)
        << sevenLines.mid(0, 5).join(QLatin1Char('\n'))
            + counted("\n… and %n more (see the details)", 2) + QStringLiteral("\n\n")
            + counted(stillRunning, 2) + cannotBeUndone
        << sevenLines.join(QLatin1Char('\n'));
}

void TestDeleteJobsDialog::asksAboutWhatIsDeleted()
{
    QFETCH(int, count);
    QFETCH(int, running);
    QFETCH(bool, namesAccounts);
    const DeleteJobsDialog dialog(jobsToDelete(count, running), namesAccounts);
    QTEST(dialog.text(), "question");
    QTEST(dialog.informativeText(), "informative");
    QTEST(dialog.detailedText(), "detailed");
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete Jobs"));
    // Action names are the server's: never read as markup.
    QCOMPARE(dialog.textFormat(), Qt::PlainText);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))->textFormat(),
             Qt::PlainText);
}

void TestDeleteJobsDialog::aStatusTheAppDoesNotKnowIsNamedAsSent()
{
    QList<DeleteJobsDialog::JobToDelete> jobs = jobsToDelete(1, 0);
    jobs[0].job.status = JobStatus::Unknown;
    jobs[0].job.statusText = QStringLiteral("ARCHIVED");
    const DeleteJobsDialog dialog(jobs, false);
    QCOMPARE(dialog.informativeText(),
             QStringLiteral("Bulk Disable 0\nID 1000 · ARCHIVED\n\nThis cannot be undone."));
}

void TestDeleteJobsDialog::onlyDeleteConfirms_data()
{
    QTest::addColumn<int>("how");
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("Delete") << 0 << true;
    QTest::newRow("Cancel") << 1 << false;
    QTest::newRow("Esc") << 2 << false;
    QTest::newRow("Enter takes the default, Cancel") << 3 << false;
}

void TestDeleteJobsDialog::onlyDeleteConfirms()
{
    QFETCH(int, how);
    DeleteJobsDialog dialog(jobsToDelete(2, 0), false);
    whenModalShows<DeleteJobsDialog>([how](DeleteJobsDialog *shown) {
        if (how == 0)
            QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                              Qt::LeftButton);
        else if (how == 1)
            QTest::mouseClick(shown->button(QMessageBox::Cancel), Qt::LeftButton);
        else
            QTest::keyClick(shown, how == 2 ? Qt::Key_Escape : Qt::Key_Return);
    });
    dialog.exec();
    QTEST(dialog.confirmed(), "confirmed");
}

void TestDeleteJobsDialog::failuresAreToldJobByJob_data()
{
    QTest::addColumn<bool>("namesAccounts");
    QTest::addColumn<QString>("failures");
    QTest::newRow("one account") << false
                                 << QStringLiteral("ID 1001: The server answered HTTP 500.\n"
                                                   "ID 1003: could not be read in the last "
                                                   "answer; not deleted");
    QTest::newRow("several accounts")
        << true
        << QStringLiteral("Lab, ID 1001: The server answered HTTP 500.\n"
                          "Production, ID 1003: could not be read in the last answer; not deleted");
}

void TestDeleteJobsDialog::failuresAreToldJobByJob()
{
    QFETCH(bool, namesAccounts);
    using Kind = JobDeletion::Outcome::Kind;
    const QList<JobDeletion::Outcome> outcomes {
        { QStringLiteral("1000"), QStringLiteral("Production"), Kind::Deleted, QString() },
        { QStringLiteral("1001"), QStringLiteral("Lab"), Kind::Failed,
          QStringLiteral("The server answered HTTP 500.") },
        { QStringLiteral("1002"), QStringLiteral("Lab"), Kind::AlreadyGone, QString() },
        { QStringLiteral("1003"), QStringLiteral("Production"), Kind::Failed,
          QStringLiteral("could not be read in the last answer; not deleted") },
    };
    QString title;
    QString text;
    QString failures;
    whenMessageBoxShows([&](QMessageBox *box) {
        title = box->windowTitle();
        text = box->text();
        failures = box->informativeText();
        box->accept();
    });
    DeleteJobsDialog::reportFailures(outcomes, namesAccounts, nullptr);
    QCOMPARE(title, QStringLiteral("Some Jobs Were Not Deleted"));
    QCOMPARE(text, counted("%n job(s) could not be deleted and are still listed.", 2));
    QTEST(failures, "failures");

    // All went: nothing to tell. (A box shown would be the modal widget when the timer fires.)
    bool told = false;
    QTimer::singleShot(0, qApp, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = true;
            box->accept();
        }
    });
    DeleteJobsDialog::reportFailures(outcomes.mid(0, 1) + outcomes.mid(2, 1), namesAccounts,
                                     nullptr);
    QCoreApplication::processEvents();
    QVERIFY(!told);
}

QTEST_MAIN(TestDeleteJobsDialog)
#include "tst_deletejobsdialog.moc"
