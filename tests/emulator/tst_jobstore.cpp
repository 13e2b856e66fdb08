#include "clock.h"
#include "jobgenerator.h"
#include "jobstore.h"

#include <QTest>

namespace {

const QDateTime start(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);

struct Counts
{
    int success = 0;
    int error = 0;
};

Counts countResults(const Job &job)
{
    Counts counts;
    for (const EntityResult &result : job.details->results)
        (result.status == QLatin1String("SUCCESS") ? counts.success : counts.error)++;
    return counts;
}

} // namespace

class TestJobStore final : public QObject
{
    Q_OBJECT

private slots:
    void detailsFitEachStatus();
    void bulkJobsCarryFromAFewToThousandsOfEntities();
    void aQueuedJobRunsFillsItsResultsAndFinishes();
    void addedFinishedJobEndsNow();
    void unknownStatusIsServedAsWritten();
    void simulationLetsJobsArriveAtTheConfiguredRate();
    void removeForgetsTheJob();
    void listCountsMatchesAfterFiltering();
};

void TestJobStore::detailsFitEachStatus()
{
    const QList<Job> jobs = JobGenerator::generate(400, 5, start);
    const JobStore store(jobs, 5, {}, start);
    QSet<JobStatus> seen;
    for (const Job &listed : jobs) {
        const std::optional<Job> job = store.get(listed.id);
        QVERIFY(job && job->details);
        const Counts counts = countResults(*job);
        const int total = counts.success + counts.error;
        seen.insert(job->status);
        QVERIFY(job->details->entity == QLatin1String("User")
                || job->details->entity == QLatin1String("Group"));
        switch (job->status) {
        case JobStatus::Completed:
            QVERIFY(total >= 1);
            QCOMPARE(counts.error, 0);
            break;
        case JobStatus::Warning:
            QVERIFY(total >= 1);
            if (total > 1)
                QVERIFY2(counts.error >= 1 && counts.success >= 1, qPrintable(job->id));
            break;
        case JobStatus::Error:
            QVERIFY2(counts.error * 10 >= total * 7, qPrintable(job->id));
            break;
        case JobStatus::Queued:
            QCOMPARE(total, 0);
            break;
        case JobStatus::Running:
            break;
        case JobStatus::Unknown:
        case JobStatus::Unreadable:
            QFAIL("the generator made an unknown status");
        }
        for (const EntityResult &result : job->details->results)
            QVERIFY(!result.id.isEmpty() && !result.message.isEmpty());
    }
    QCOMPARE(seen.size(), 5);
    // The same seed gives the same results.
    const JobStore again(jobs, 5, {}, start);
    QCOMPARE(again.get(jobs.at(30).id), store.get(jobs.at(30).id));
}

void TestJobStore::bulkJobsCarryFromAFewToThousandsOfEntities()
{
    const QList<Job> jobs = JobGenerator::generate(600, 9, start);
    const JobStore store(jobs, 9, {}, start);
    int largest = 0;
    int smallest = std::numeric_limits<int>::max();
    for (const Job &listed : jobs) {
        if (listed.status != JobStatus::Completed
            || !listed.actionName.startsWith(QLatin1String("Bulk")))
            continue;
        const int count = static_cast<int>(store.get(listed.id)->details->results.size());
        largest = std::max(largest, count);
        smallest = std::min(smallest, count);
    }
    QVERIFY2(smallest <= 20, qPrintable(QString::number(smallest)));
    QVERIFY2(largest >= 1000, qPrintable(QString::number(largest)));
}

void TestJobStore::aQueuedJobRunsFillsItsResultsAndFinishes()
{
    ManualClock clock(start);
    JobStore store({}, 3, {}, clock.now());
    JobStore::NewJob request;
    request.actionName = QStringLiteral("Bulk User Creation");
    request.outcome = JobStatus::Warning;
    request.entityCount = 250;
    request.runMs = 100000;
    const Job added = store.add(request, clock.now());
    QCOMPARE(added.status, JobStatus::Queued);
    QVERIFY(!added.endTime.isValid());
    QCOMPARE(added.startTime, start);
    QVERIFY(store.get(added.id)->details->results.isEmpty());

    // Queued for at most 20 s, then running.
    clock.advance(std::chrono::seconds(21));
    store.advance(clock.now());
    QCOMPARE(store.get(added.id)->status, JobStatus::Running);

    clock.advance(std::chrono::seconds(40));
    store.advance(clock.now());
    const Job halfWay = *store.get(added.id);
    QCOMPARE(halfWay.status, JobStatus::Running);
    QVERIFY(!halfWay.endTime.isValid());
    const qsizetype filled = halfWay.details->results.size();
    QVERIFY2(filled > 0 && filled < 250, qPrintable(QString::number(filled)));

    clock.advance(std::chrono::seconds(100));
    store.advance(clock.now());
    const Job done = *store.get(added.id);
    QCOMPARE(done.status, JobStatus::Warning);
    QCOMPARE(done.statusText, QStringLiteral("WARNING"));
    QVERIFY(done.endTime.isValid() && done.endTime <= clock.now());
    QCOMPARE(done.details->results.size(), 250);
    // What was filled half way is what the finished job reports for those entities.
    QCOMPARE(done.details->results.mid(0, filled), halfWay.details->results);
    QVERIFY(countResults(done).error >= 1);
    // The listing shows the same job, without details.
    Job listed = done;
    listed.details.reset();
    QCOMPARE(store.list({}, 1, 1).jobs.constFirst(), listed);
}

void TestJobStore::addedFinishedJobEndsNow()
{
    JobStore store({}, 3, {}, start);
    JobStore::NewJob request;
    request.statusText = QStringLiteral("ERROR");
    request.runMs = 5000;
    const Job added = store.add(request, start);
    QCOMPARE(added.status, JobStatus::Error);
    QCOMPARE(added.endTime, start);
    QCOMPARE(added.startTime, start.addSecs(-5));
}

void TestJobStore::unknownStatusIsServedAsWritten()
{
    JobStore store({}, 3, {}, start);
    JobStore::NewJob request;
    request.statusText = QStringLiteral("PAUSED");
    const Job added = store.add(request, start);
    QCOMPARE(store.list({}, 1, 10).jobs.constFirst().statusText, QStringLiteral("PAUSED"));
    store.advance(start.addSecs(3600));
    QCOMPARE(store.get(added.id)->statusText, QStringLiteral("PAUSED"));
}

void TestJobStore::simulationLetsJobsArriveAtTheConfiguredRate()
{
    ManualClock clock(start);
    JobStore::Simulation simulation;
    simulation.enabled = true;
    simulation.arrivalsPerMinute = 6;
    JobStore store({}, 11, simulation, clock.now());
    for (int second = 0; second < 600; ++second) {
        clock.advance(std::chrono::seconds(1));
        store.advance(clock.now());
    }
    QCOMPARE(store.size(), 60);
    // After ten minutes the first arrivals are long finished, and they finish in every way.
    QSet<JobStatus> finished;
    for (const Job &job : store.list({}, 1, 200).jobs) {
        if (!jobStatusIsActive(job.status))
            finished.insert(job.status);
    }
    QVERIFY(finished.contains(JobStatus::Completed));
    QVERIFY(finished.size() >= 2);
    // Newest first.
    const QList<Job> listed = store.list({}, 1, 200).jobs;
    for (int i = 1; i < listed.size(); ++i)
        QVERIFY(listed.at(i - 1).startTime >= listed.at(i).startTime);
}

void TestJobStore::removeForgetsTheJob()
{
    const QList<Job> jobs = JobGenerator::generate(10, 1, start);
    JobStore store(jobs, 1, {}, start);
    QVERIFY(store.remove(jobs.at(3).id));
    QVERIFY(!store.remove(jobs.at(3).id));
    QVERIFY(!store.get(jobs.at(3).id));
    QCOMPARE(store.size(), 9);
    QCOMPARE(store.list({}, 1, 200).total, 9);
}

void TestJobStore::listCountsMatchesAfterFiltering()
{
    const QList<Job> jobs = JobGenerator::generate(500, 2, start);
    const JobStore store(jobs, 2, {}, start);
    int completed = 0;
    for (const Job &job : jobs)
        completed += job.status == JobStatus::Completed ? 1 : 0;
    ScimFilterError error;
    const auto filter = ScimFilter::parse(QStringLiteral("status eq \"COMPLETED\""), &error);
    const JobStore::Page second = store.list(*filter, 201, 200);
    QCOMPARE(second.total, completed);
    QCOMPARE(second.jobs.size(), std::min(200, completed - 200));
    for (const Job &job : second.jobs)
        QCOMPARE(job.status, JobStatus::Completed);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
