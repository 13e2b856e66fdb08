#include "clock.h"
#include "jobset.h"
#include "jobtablemodel.h"
#include "sync/nowticker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime start(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

Job runningJob(const QString &id)
{
    Job job;
    job.id = id;
    job.actionName = QStringLiteral("Bulk User Creation");
    job.module = QStringLiteral("Management");
    job.status = JobStatus::Running;
    job.statusText = jobStatusToApi(job.status);
    job.startTime = start;
    return job;
}

Job finishedJob(const QString &id)
{
    Job job = runningJob(id);
    job.status = JobStatus::Completed;
    job.statusText = jobStatusToApi(job.status);
    job.endTime = start.addSecs(3);
    return job;
}

QString durationShown(const JobTableModel &table, int row = 0)
{
    return table.index(row, JobTableModel::Duration).data().toString();
}

} // namespace

class TestNowTicker final : public QObject
{
    Q_OBJECT

private slots:
    void runningDurationsCountUpInEveryTable();
    void aTableGoneIsForgotten();
    void aTableNoLongerShownIsLeftAlone();
    void ticksEverySecondOnlyWhileAJobRunsAndItIsShown();
    void onlyTheRunningJobsDurationsChange();
    void ticksWhenAListenerAskedAndNotBefore();
};

void TestNowTicker::runningDurationsCountUpInEveryTable()
{
    ManualClock clock(start.addSecs(5));
    NowTicker ticker(clock);
    JobSet productionJobs;
    JobSet labJobs;
    JobTableModel production;
    JobTableModel lab;
    QAbstractItemModelTester productionTester(
        &production, QAbstractItemModelTester::FailureReportingMode::Fatal);
    production.applyChanges(productionJobs.merge({ runningJob(QStringLiteral("1")) }, true));
    lab.applyChanges(labJobs.merge({ runningJob(QStringLiteral("1")) }, true));
    // Followed from the moment it is: no wait for the first tick.
    ticker.follow({ &production, &lab });
    QCOMPARE(durationShown(production), QStringLiteral("5 s"));

    QSignalSpy ticked(&ticker, &NowTicker::ticked);
    clock.advance(std::chrono::seconds(3900));
    QCOMPARE(durationShown(production), QStringLiteral("5 s"));
    ticker.tick();
    QCOMPARE(durationShown(production), QStringLiteral("1 h 5 min"));
    QCOMPARE(durationShown(lab), QStringLiteral("1 h 5 min"));
    QCOMPARE(ticked.size(), 1);
    QCOMPARE(ticked.constFirst().constFirst().toDateTime(), start.addSecs(3905));
}

void TestNowTicker::aTableGoneIsForgotten()
{
    ManualClock clock(start.addSecs(5));
    NowTicker ticker(clock);
    JobSet jobs;
    JobTableModel kept;
    kept.applyChanges(jobs.merge({ runningJob(QStringLiteral("1")) }, true));
    {
        JobTableModel gone;
        ticker.follow({ &kept, &gone });
    }
    clock.advance(std::chrono::seconds(60));
    ticker.tick();
    QCOMPARE(durationShown(kept), QStringLiteral("1 min 5 s"));
}

// Another account chosen: the jobs running in the one no longer shown wake nothing.
void TestNowTicker::aTableNoLongerShownIsLeftAlone()
{
    ManualClock clock(start.addSecs(5));
    NowTicker ticker(clock);
    JobSet productionJobs;
    JobSet labJobs;
    JobTableModel production;
    JobTableModel lab;
    production.applyChanges(productionJobs.merge({ runningJob(QStringLiteral("1")) }, true));
    lab.applyChanges(labJobs.merge({ finishedJob(QStringLiteral("2")) }, true));
    ticker.follow({ &production });
    QCOMPARE(ticker.nextTick(), clock.now().addSecs(1));
    ticker.follow({ &lab });
    QVERIFY(!ticker.nextTick().isValid());
    clock.advance(std::chrono::seconds(60));
    ticker.tick();
    QCOMPARE(durationShown(production), QStringLiteral("5 s"));
    // A change there is no business of the ticker's any more.
    Job running = runningJob(QStringLiteral("3"));
    running.startTime = clock.now();
    production.applyChanges(productionJobs.merge({ running }, false));
    QVERIFY(!ticker.nextTick().isValid());
}

void TestNowTicker::ticksEverySecondOnlyWhileAJobRunsAndItIsShown()
{
    ManualClock clock(start.addSecs(5));
    NowTicker ticker(clock);
    JobSet jobs;
    JobTableModel table;
    ticker.follow({ &table });
    table.applyChanges(jobs.merge({ finishedJob(QStringLiteral("2")) }, true));
    // Nothing moves with the time: no timer at all.
    QVERIFY(!ticker.nextTick().isValid());

    table.applyChanges(jobs.merge({ runningJob(QStringLiteral("1")) }, false));
    QCOMPARE(ticker.nextTick(), clock.now().addSecs(1));
    // Hidden in the tray: nothing to show, nothing to wake for.
    ticker.setShown(false);
    QVERIFY(!ticker.nextTick().isValid());
    clock.advance(std::chrono::seconds(60));
    QSignalSpy ticked(&ticker, &NowTicker::ticked);
    // Shown again, it is brought up to date at once.
    ticker.setShown(true);
    QCOMPARE(ticked.size(), 1);
    QCOMPARE(durationShown(table, 1), QStringLiteral("1 min 5 s"));
    QCOMPARE(ticker.nextTick(), clock.now().addSecs(1));

    Job ended = runningJob(QStringLiteral("1"));
    ended.status = JobStatus::Completed;
    ended.statusText = jobStatusToApi(ended.status);
    ended.endTime = clock.now();
    table.applyChanges(jobs.merge({ ended }, false));
    QVERIFY(!ticker.nextTick().isValid());
}

void TestNowTicker::onlyTheRunningJobsDurationsChange()
{
    ManualClock clock(start.addSecs(5));
    NowTicker ticker(clock);
    JobSet jobs;
    JobTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.applyChanges(
        jobs.merge({ finishedJob(QStringLiteral("1")), runningJob(QStringLiteral("2")),
                     finishedJob(QStringLiteral("3")) },
                   true));
    ticker.follow({ &table });
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    clock.advance(std::chrono::seconds(2));
    ticker.tick();
    QCOMPARE(changed.size(), 1);
    const QModelIndex cell
        = table.index(table.rowOfJob(QStringLiteral("2")), JobTableModel::Duration);
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), cell);
    QCOMPARE(changed.constFirst().at(1).toModelIndex(), cell);
    QCOMPARE(durationShown(table, cell.row()), QStringLiteral("7 s"));
}

void TestNowTicker::ticksWhenAListenerAskedAndNotBefore()
{
    ManualClock clock(start);
    NowTicker ticker(clock);
    QObject statusBar;
    auto tray = std::make_unique<QObject>();
    ticker.tickAt(&statusBar, start.addSecs(90));
    QCOMPARE(ticker.nextTick(), start.addSecs(90));
    ticker.tickAt(tray.get(), start.addSecs(30));
    QCOMPARE(ticker.nextTick(), start.addSecs(30));
    // Asked again for later, or gone: the timer follows.
    ticker.tickAt(tray.get(), start.addSecs(120));
    QCOMPARE(ticker.nextTick(), start.addSecs(90));
    ticker.tickAt(tray.get(), start.addSecs(40));
    tray.reset();
    QCOMPARE(ticker.nextTick(), start.addSecs(90));

    QSignalSpy ticked(&ticker, &NowTicker::ticked);
    clock.advance(std::chrono::seconds(90));
    ticker.tick();
    QCOMPARE(ticked.size(), 1);
    // Done: nobody asked for another.
    QVERIFY(!ticker.nextTick().isValid());
    ticker.tickAt(&statusBar, start.addSecs(150));
    ticker.setShown(false);
    QVERIFY(!ticker.nextTick().isValid());
    ticker.setShown(true);
    QCOMPARE(ticker.nextTick(), start.addSecs(150));
}

QTEST_GUILESS_MAIN(TestNowTicker)
#include "tst_nowticker.moc"
