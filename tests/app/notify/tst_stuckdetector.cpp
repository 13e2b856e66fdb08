#include "jobset.h"
#include "jobtablemodel.h"
#include "notify/stuckdetector.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {

const QDateTime now(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

// A finished run of `action` that took `minutes` and ended `endedAgo` minutes before now.
Job run(const QString &action, int minutes, int endedAgo, JobStatus status = JobStatus::Completed)
{
    static int ids = 0;
    Job job;
    job.id = QString::number(2000000000000LL + ++ids);
    job.actionName = action;
    job.module = QStringLiteral("Management");
    job.status = status;
    job.statusText = jobStatusToApi(status);
    job.endTime = now.addSecs(-60 * endedAgo);
    job.startTime = job.endTime.addSecs(-60 * minutes);
    return job;
}

// A job of `action` queued or running since `minutes` before now.
Job active(const QString &action, int minutes, JobStatus status = JobStatus::Running)
{
    Job job = run(action, 0, 0, status);
    job.startTime = now.addSecs(-60 * minutes);
    job.endTime = QDateTime();
    return job;
}

// `count` runs of `action` that took `minutes` each, the newest ended `endedAgo` minutes ago and
// each one before it an hour earlier.
QList<Job> runs(int count, const QString &action, int minutes, int endedAgo = 30)
{
    QList<Job> jobs;
    for (int i = 0; i < count; ++i)
        jobs.append(run(action, minutes, endedAgo + 60 * i));
    return jobs;
}

const QString reset = QStringLiteral("Bulk Password Reset");
const QString creation = QStringLiteral("Bulk User Creation");

} // namespace

class TestStuckDetector final : public QObject
{
    Q_OBJECT

private slots:
    void aJobLongerThanUsualIsStuck_data();
    void aJobLongerThanUsualIsStuck();
    void eachJobIsMeasuredByItsOwnAction();

private:
    // What the detector says of `jobs`, the active ones among them judged at `now`.
    static QList<StuckDetector::Stuck> stuckAmong(const StuckDetector &detector,
                                                  const QList<Job> &jobs);
};

QList<StuckDetector::Stuck> TestStuckDetector::stuckAmong(const StuckDetector &detector,
                                                          const QList<Job> &jobs)
{
    JobSet set;
    JobTableModel table;
    table.applyChanges(set.merge(jobs, true));
    QList<Job> activeJobs;
    std::copy_if(jobs.cbegin(), jobs.cend(), std::back_inserter(activeJobs),
                 [](const Job &job) { return jobStatusIsActive(job.status); });
    return detector.stuckAmong(activeJobs, table, now);
}

void TestStuckDetector::aJobLongerThanUsualIsStuck_data()
{
    QTest::addColumn<QList<Job>>("jobs");
    QTest::addColumn<int>("factor");
    QTest::addColumn<int>("minimumMinutes");
    // -1: not stuck; otherwise the usual duration it was measured against, in seconds.
    QTest::addColumn<int>("usualSeconds");

    const auto with = [](QList<Job> jobs, const Job &job) {
        jobs.append(job);
        return jobs;
    };
    QTest::newRow("three one-minute runs, running 11 minutes")
        << with(runs(3, reset, 1), active(reset, 11)) << 3 << 10 << 60;
    QTest::newRow("queued as long counts the same")
        << with(runs(3, reset, 1), active(reset, 11, JobStatus::Queued)) << 3 << 10 << 60;
    QTest::newRow("over three times usual but under the ten-minute floor")
        << with(runs(3, reset, 1), active(reset, 5)) << 3 << 10 << -1;
    QTest::newRow("exactly at the floor is not yet stuck")
        << with(runs(3, reset, 1), active(reset, 10)) << 3 << 10 << -1;
    QTest::newRow("a lower floor lets the factor decide")
        << with(runs(3, reset, 1), active(reset, 4)) << 3 << 2 << 60;
    QTest::newRow("under the factor times usual, above the floor")
        << with(runs(3, reset, 10), active(reset, 29)) << 3 << 10 << -1;
    QTest::newRow("over the factor times usual")
        << with(runs(3, reset, 10), active(reset, 31)) << 3 << 10 << 600;
    QTest::newRow("a larger factor waits longer")
        << with(runs(3, reset, 10), active(reset, 31)) << 5 << 10 << -1;
    QTest::newRow("two runs are too few to know what is usual")
        << with(runs(2, reset, 1), active(reset, 60)) << 3 << 10 << -1;
    QTest::newRow("the median, not the mean: one slow run changes nothing")
        << with(with(runs(4, reset, 1), run(reset, 120, 20)), active(reset, 11)) << 3 << 10 << 60;
    QTest::newRow("of an even number of runs, the upper middle one")
        << with(runs(2, reset, 1) + runs(2, reset, 5, 500), active(reset, 12)) << 3 << 10 << -1;
    QTest::newRow("failed and warned runs count")
        << with(QList<Job> { run(reset, 1, 10, JobStatus::Error),
                             run(reset, 1, 20, JobStatus::Warning), run(reset, 1, 30) },
                active(reset, 11))
        << 3 << 10 << 60;
    // Twenty recent one-minute runs; thirty older ones of two hours would make the median two
    // hours.
    QTest::newRow("only the twenty most recent runs count")
        << with(runs(20, reset, 1) + runs(30, reset, 120, 30 + 60 * 20), active(reset, 11)) << 3
        << 10 << 60;
    QTest::newRow("another action's runs say nothing of this one")
        << with(runs(5, creation, 1), active(reset, 60)) << 3 << 10 << -1;
    QTest::newRow("runs still going or without times are no runs")
        << with(with(with(runs(2, reset, 1), active(reset, 2)),
                     [] {
                         Job unread = run(reset, 1, 5);
                         unread.startTime = QDateTime();
                         return unread;
                     }()),
                active(reset, 60))
        << 3 << 10 << -1;
}

void TestStuckDetector::aJobLongerThanUsualIsStuck()
{
    QFETCH(QList<Job>, jobs);
    QFETCH(int, factor);
    QFETCH(int, minimumMinutes);
    QFETCH(int, usualSeconds);
    const Job &judged = jobs.constLast();
    const QList<StuckDetector::Stuck> stuck
        = stuckAmong(StuckDetector(factor, std::chrono::minutes(minimumMinutes)), jobs);
    QList<StuckDetector::Stuck> ofJudged;
    std::copy_if(
        stuck.cbegin(), stuck.cend(), std::back_inserter(ofJudged),
        [&judged](const StuckDetector::Stuck &verdict) { return verdict.job.id == judged.id; });
    QCOMPARE(ofJudged.size(), usualSeconds < 0 ? 0 : 1);
    if (usualSeconds < 0)
        return;
    QCOMPARE(ofJudged.constFirst().job, judged);
    QCOMPARE(ofJudged.constFirst().elapsedSeconds, judged.startTime.secsTo(now));
    QCOMPARE(ofJudged.constFirst().usualSeconds, qint64(usualSeconds));
}

// Two actions, each with its own usual: a job is stuck by its own action's measure only.
void TestStuckDetector::eachJobIsMeasuredByItsOwnAction()
{
    const Job slowReset = active(reset, 11);
    const Job creating = active(creation, 11);
    const QList<Job> jobs
        = runs(3, reset, 1) + runs(3, creation, 30) + QList<Job> { slowReset, creating };
    const QList<StuckDetector::Stuck> stuck = stuckAmong(StuckDetector(3, 10min), jobs);
    QCOMPARE(stuck.size(), 1);
    QCOMPARE(stuck.constFirst().job.id, slowReset.id);
    QCOMPARE(stuck.constFirst().elapsedSeconds, qint64(11 * 60));
    QCOMPARE(stuck.constFirst().usualSeconds, qint64(60));
}

QTEST_GUILESS_MAIN(TestStuckDetector)
#include "tst_stuckdetector.moc"
