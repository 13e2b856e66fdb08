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

QString durationShown(const JobTableModel &table)
{
    return table.index(0, JobTableModel::Duration).data().toString();
}

} // namespace

class TestNowTicker final : public QObject
{
    Q_OBJECT

private slots:
    void runningDurationsCountUpInEveryTable();
    void aTableGoneIsForgotten();
    void ticksEverySecondOnItsOwn();
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
    ticker.follow(&production);
    ticker.follow(&lab);
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
        ticker.follow(&gone);
    }
    ticker.follow(&kept);
    clock.advance(std::chrono::seconds(60));
    ticker.tick();
    QCOMPARE(durationShown(kept), QStringLiteral("1 min 5 s"));
}

void TestNowTicker::ticksEverySecondOnItsOwn()
{
    NowTicker ticker;
    QSignalSpy ticked(&ticker, &NowTicker::ticked);
    QVERIFY(ticked.wait(1500));
    QVERIFY(ticked.wait(1500));
    const QDateTime first = ticked.at(0).at(0).toDateTime();
    const qint64 apart = first.msecsTo(ticked.at(1).at(0).toDateTime());
    QVERIFY2(apart >= 900 && apart <= 1400, qPrintable(QString::number(apart)));
}

QTEST_GUILESS_MAIN(TestNowTicker)
#include "tst_nowticker.moc"
