#include "api/tokensource.h"
#include "fixtures/jobfixture.h"
#include "fixtures/watchedsync.h"
#include "jobgenerator.h"
#include "sync/jobcache.h"
#include "sync/jobsync.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

// The ids of the rows shown as Unreadable, in order.
QStringList unreadableIds(const JobSync &sync)
{
    QStringList ids;
    for (int row = 0; row < sync.model()->jobCount(); ++row) {
        if (sync.model()->jobAt(row).status == JobStatus::Unreadable)
            ids.append(sync.model()->jobAt(row).id);
    }
    ids.sort();
    return ids;
}

// A job that runs for ten seconds from `now`, ending with a warning.
Job addRunningJob(Watched &watched)
{
    JobStore::NewJob running;
    running.statusText = QStringLiteral("RUNNING");
    running.outcome = JobStatus::Warning;
    running.entityCount = 5;
    running.runMs = 10000;
    return watched.server->store().add(running, now);
}

} // namespace

class TestJobSync final : public QObject
{
    Q_OBJECT

private slots:
    void backoff_data();
    void backoff();
    void startFillsTheTableAndPicksTheNextPoll();
    void hotPollFollowsRunningJobsAndFetchesEachFinishedOneOnce();
    void newestPageBringsNewJobsWhenNothingRuns();
    void manyFinishedAtOnceAreReportedWithoutDetails();
    void aShortJobFoundAfterALongOneIsStillReported();
    void anEmptyAccountsFirstJobIsReported();
    void failuresKeepTheJobsAndBackOff();
    void retryAfterIsHonoured();
    void retryAfterPastAnHourWaitsAnHour();
    void smallerPagesStillFillTheTableAndTheCache_data();
    void smallerPagesStillFillTheTableAndTheCache();
    void badAnswersNeverEmptyOrCorruptTheJobs_data();
    void badAnswersNeverEmptyOrCorruptTheJobs();
    void lyingOrRepeatingListsStillGiveTheRealJobs_data();
    void lyingOrRepeatingListsStillGiveTheRealJobs();
    void aFullReconcileListsEverythingOnlyWhenTheNewestPageOrTheTotalDisagree_data();
    void aFullReconcileListsEverythingOnlyWhenTheNewestPageOrTheTotalDisagree();
    void aNewestPageOfNothingButNewJobsMakesTheNextReconcileListEverything();
    void changesOnlyACheckSawReachTheCacheWithinTheHour();
    void unauthorizedStopsPollingUntilRefreshed();
    void refusedRenewalMeansSignInNeeded();
    void networkDownKeepsStaleJobsAndRecovers();
    void neverTwoPollsAtOnce();
    void deleteRemovesOnlyWhatTheServerConfirmed();
    void cacheFillsTheTableBeforeTheFirstAnswer();
    void anOddJobDoesNotSinkItsPage();
    void aJobReadBeforeStaysAsReadAndIsNeverTakenForFinished();
    void aJobFirstReadFinishedIsStillReported();
    void anEmptyEndTimeMeansNotFinished();
    void entriesWithoutAnIdRemoveNothing();
    void unreadableJobsAreNotCached();
    void intervalsHaveASaneMinimum();
    void noPollIsFurtherOffThanAnHour();
};

void TestJobSync::backoff_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("first, no jitter spread") << 1 << -1 << 0.5 << qint64(2000);
    QTest::newRow("first, low jitter") << 1 << -1 << 0.0 << qint64(1600);
    QTest::newRow("first, high jitter") << 1 << -1 << 1.0 << qint64(2400);
    QTest::newRow("third") << 3 << -1 << 0.5 << qint64(8000);
    QTest::newRow("ninth reaches the cap") << 9 << -1 << 0.5 << qint64(300000);
    QTest::newRow("capped even with jitter") << 30 << -1 << 1.0 << qint64(300000);
    QTest::newRow("Retry-After longer") << 1 << 90 << 0.5 << qint64(90000);
    QTest::newRow("Retry-After shorter") << 5 << 3 << 0.5 << qint64(32000);
    QTest::newRow("Retry-After beyond the cap") << 1 << 900 << 0.5 << qint64(900000);
    QTest::newRow("Retry-After past an hour") << 1 << 4294968 << 0.5 << qint64(3600000);
}

void TestJobSync::backoff()
{
    QFETCH(int, failures);
    QFETCH(int, retryAfter);
    QFETCH(double, jitter);
    QFETCH(qint64, expectedMs);
    QCOMPARE(JobSync::backoffDelay(failures, retryAfter, jitter).count(), expectedMs);
}

void TestJobSync::startFillsTheTableAndPicksTheNextPoll()
{
    Watched watched(JobGenerator::generate(450, 3, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.model()->rowCount(), 450);
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QVERIFY(!watched.sync.isStale());
    // The generated history has jobs queued and running: the hot set is polled next.
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Hot);
    QCOMPARE(watched.sync.nextPollDelay(), 3s);
}

void TestJobSync::hotPollFollowsRunningJobsAndFetchesEachFinishedOneOnce()
{
    Watched watched(finishedJobs(50, now));
    JobStore::NewJob running;
    running.statusText = QStringLiteral("RUNNING");
    running.outcome = JobStatus::Warning;
    running.entityCount = 250;
    running.runMs = 10000;
    const Job added = watched.server->store().add(running, now);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Hot);

    QSignalSpy transitions(&watched.sync, &JobSync::jobTransitioned);
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    // Still running: only the hot set was asked for.
    QCOMPARE(watched.requestsSince(before).size(), 1);
    QCOMPARE(QUrlQuery(watched.requestsSince(before).constFirst().query)
                 .queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
             QStringLiteral(R"(status eq "QUEUED" or status eq "RUNNING")"));
    QCOMPARE(transitions.count(), 0);

    watched.moveServerTime(11s);
    const qsizetype afterFirst = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    const QList<EmulatorServer::ReceivedRequest> requests = watched.requestsSince(afterFirst);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).path, QStringLiteral("/api/v1/jobs/") + added.id);
    QCOMPARE(transitions.count(), 1);
    QCOMPARE(transitions.at(0).at(1).value<JobStatus>(), JobStatus::Running);
    QCOMPARE(transitions.at(0).at(2).value<JobStatus>(), JobStatus::Warning);
    QCOMPARE(finished.count(), 1);
    const Job done = finished.at(0).at(0).value<Job>();
    QCOMPARE(done.details->results.size(), 250);
    QCOMPARE(watched.sync.jobs().find(added.id)->status, JobStatus::Warning);
    // Nothing runs any more: the newest page, every minute.
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Newest);
    QCOMPARE(watched.sync.nextPollDelay(), 60s);

    // Once: the next polls do not fetch it again.
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(finished.count(), 1);
}

void TestJobSync::newestPageBringsNewJobsWhenNothingRuns()
{
    Watched watched(finishedJobs(300, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Newest);
    JobStore::NewJob completed;
    completed.statusText = QStringLiteral("COMPLETED");
    const Job added = watched.server->store().add(completed, now);
    QSignalSpy changed(&watched.sync, &JobSync::jobsChanged);
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    // The newest page, then the new job (already finished: it came and went between polls)
    // once, with its details.
    QCOMPARE(watched.requestsSince(before).size(), 2);
    QCOMPARE(watched.requestsSince(before).constFirst().query, QStringLiteral("limit=200&from=1"));
    QCOMPARE(watched.requestsSince(before).at(1).path, QStringLiteral("/api/v1/jobs/") + added.id);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().constFirst().value<Job>().details);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<JobChanges>().added.size(), 1);
    QCOMPARE(watched.sync.model()->rowCount(), 301);
}

// Back from a long time away: a dozen jobs came and went. Each is reported finished, but none is
// fetched one by one (they are told as one summary, which needs no details).
void TestJobSync::manyFinishedAtOnceAreReportedWithoutDetails()
{
    Watched watched(finishedJobs(50, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    JobStore::NewJob completed;
    completed.statusText = QStringLiteral("COMPLETED");
    for (int i = 0; i < JobSync::cameAndWentDetailed + 4; ++i)
        watched.server->store().add(completed, now);
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.requestsSince(before).size(), 1);
    QCOMPARE(finished.size(), JobSync::cameAndWentDetailed + 4);
    QVERIFY(!finished.constFirst().constFirst().value<Job>().details);
}

// While a long job runs only the hot set is asked for; a short job starts and ends meanwhile.
// It is found only when the long one is over, minutes later, and is reported all the same.
void TestJobSync::aShortJobFoundAfterALongOneIsStillReported()
{
    Watched watched(finishedJobs(20, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    JobStore::NewJob job;
    job.statusText = QStringLiteral("RUNNING");
    job.runMs = 8 * 60 * 1000;
    const Job longJob = watched.server->store().add(job, watched.clock.now());
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    watched.moveServerTime(1min);
    job.runMs = 1000;
    const Job shortJob = watched.server->store().add(job, watched.clock.now());
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    for (int minute = 0; minute < 9; ++minute) {
        watched.moveServerTime(1min);
        QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    }
    QStringList reported;
    for (const QList<QVariant> &arguments : finished)
        reported.append(arguments.constFirst().value<Job>().id);
    QVERIFY2(reported.contains(longJob.id) && reported.contains(shortJob.id),
             qPrintable(reported.join(QLatin1Char(' '))));
}

// An account whose first listing was empty: its first job, short enough to come and go between
// two polls, is reported.
void TestJobSync::anEmptyAccountsFirstJobIsReported()
{
    Watched watched({});
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    JobStore::NewJob completed;
    completed.statusText = QStringLiteral("COMPLETED");
    const Job added = watched.server->store().add(completed, watched.clock.now());
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    watched.moveServerTime(1min);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<Job>().id, added.id);
}

void TestJobSync::failuresKeepTheJobsAndBackOff()
{
    Watched watched(finishedJobs(100, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.setFaults({ QStringLiteral("error500,count=3") });
    QSignalSpy failed(&watched.sync, &JobSync::pollFailed);
    qint64 previous = 0;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
        QCOMPARE(failed.count(), attempt);
        QCOMPARE(watched.sync.state(), JobSync::State::Failing);
        QCOMPARE(watched.sync.model()->rowCount(), 100);
        const qint64 delay = watched.sync.nextPollDelay().count();
        const qint64 expected = 2000LL << (attempt - 1);
        QVERIFY2(delay >= expected * 8 / 10 && delay <= expected * 12 / 10,
                 qPrintable(QString::number(delay)));
        QVERIFY(delay > previous);
        previous = delay;
    }
    QCOMPARE(watched.sync.lastError()->httpStatus, 500);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QVERIFY(!watched.sync.lastError());
    QCOMPARE(watched.sync.nextPollDelay(), 60s);
}

void TestJobSync::retryAfterIsHonoured()
{
    Watched watched(finishedJobs(10, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.setFaults({ QStringLiteral("rate-limit=120,count=1") });
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.nextPollDelay(), 120s);
    QCOMPARE(watched.sync.lastError()->kind, RequestError::Kind::RateLimited);
}

void TestJobSync::retryAfterPastAnHourWaitsAnHour()
{
    // 4,294,968 s is 4,294,968,000 ms: in a timer's int that wraps to 704 ms.
    Watched watched(finishedJobs(10, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.setFaults({ QStringLiteral("rate-limit=4294968") });
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.lastError()->retryAfterSeconds, 3600);
    QCOMPARE(watched.sync.nextPollDelay(), 1h);
    // What the timer is really set for, not what was meant.
    QVERIFY(watched.sync.timeToNextPoll());
    QVERIFY2(*watched.sync.timeToNextPoll() > 59min,
             qPrintable(QString::number(watched.sync.timeToNextPoll()->count())));
    QCOMPARE(watched.requestsSince(before).size(), 1);
}

void TestJobSync::smallerPagesStillFillTheTableAndTheCache_data()
{
    QTest::addColumn<int>("serverPageSize");
    QTest::addColumn<bool>("meta");
    QTest::newRow("25") << 25 << true;
    QTest::newRow("50") << 50 << true;
    QTest::newRow("100") << 100 << true;
    QTest::newRow("200") << 200 << true;
    QTest::newRow("50, no meta") << 50 << false;
}

void TestJobSync::smallerPagesStillFillTheTableAndTheCache()
{
    QFETCH(int, serverPageSize);
    QFETCH(bool, meta);
    QTemporaryDir directory;
    const JobCache cache(directory.path());
    const QList<Job> jobs = finishedJobs(450, now);
    EmulatorServer::Options options;
    options.maxPageSize = serverPageSize;
    options.listMeta = meta;
    Watched watched(jobs, options);
    watched.sync.setCache(&cache);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QCOMPARE(watched.sync.model()->rowCount(), 450);
    QCOMPARE(cache.load(QStringLiteral("test"))->jobs, jobs);

    // The whole listing, so a job deleted meanwhile is gone here too, and only that one.
    QVERIFY(watched.server->store().remove(jobs.at(300).id));
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QList<Job> left = jobs;
    left.removeAt(300);
    QCOMPARE(watched.sync.jobs().newestFirst(), left);
    QCOMPARE(cache.load(QStringLiteral("test"))->jobs, left);
}

void TestJobSync::badAnswersNeverEmptyOrCorruptTheJobs_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<JobSync::State>("state");
    QTest::newRow("malformed") << QStringLiteral("malformed,count=1") << JobSync::State::Failing;
    QTest::newRow("truncated") << QStringLiteral("truncate,count=1") << JobSync::State::Offline;
    QTest::newRow("stalled") << QStringLiteral("stall,count=1") << JobSync::State::Offline;
    QTest::newRow("reset") << QStringLiteral("reset,count=2") << JobSync::State::Offline;
    QTest::newRow("oversized") << QStringLiteral("oversized=2000000,count=1")
                               << JobSync::State::Failing;
}

void TestJobSync::badAnswersNeverEmptyOrCorruptTheJobs()
{
    QFETCH(QString, fault);
    QFETCH(JobSync::State, state);
    const QList<Job> jobs = finishedJobs(250, now);
    Watched watched(jobs);
    watched.sync.client()->setTransferTimeout(500ms);
    watched.sync.client()->setMaxResponseBytes(1000000);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const QList<Job> before = watched.sync.jobs().newestFirst();
    watched.setFaults({ fault });
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.state(), state);
    QCOMPARE(watched.sync.jobs().newestFirst(), before);
    QCOMPARE(watched.sync.model()->rowCount(), 250);
    // And the next good answer puts everything right.
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QCOMPARE(watched.sync.jobs().newestFirst(), jobs);
}

void TestJobSync::lyingOrRepeatingListsStillGiveTheRealJobs_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("expected");
    QTest::newRow("total says more") << QStringLiteral("lying-total=5000") << 450;
    // A total that says fewer: the listing goes on past it until a page ends it. Repeated pages
    // leave the listing incomplete, and the jobs it did not reach stay rather than being taken
    // for deleted.
    QTest::newRow("total says fewer") << QStringLiteral("lying-total=-300") << 450;
    QTest::newRow("every page is page one") << QStringLiteral("repeat-page") << 450;
}

void TestJobSync::lyingOrRepeatingListsStillGiveTheRealJobs()
{
    QFETCH(QString, fault);
    QFETCH(int, expected);
    const QList<Job> jobs = finishedJobs(450, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.setFaults({ fault });
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.jobs().size(), expected);
    QCOMPARE(watched.sync.model()->rowCount(), expected);
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
}

namespace {

// What happens on the server between two full reconciles.
enum class Meanwhile { Nothing, Deleted, AddedAndDeleted, AdminRefreshes };

// How many list requests (GET /jobs, not one job's) are among `requests`.
qsizetype listRequests(const QList<EmulatorServer::ReceivedRequest> &requests)
{
    return std::count_if(requests.cbegin(), requests.cend(), [](const auto &request) {
        return request.method == "GET" && request.path == QStringLiteral("/api/v1/jobs");
    });
}

} // namespace

Q_DECLARE_METATYPE(Meanwhile)

void TestJobSync::aFullReconcileListsEverythingOnlyWhenTheNewestPageOrTheTotalDisagree_data()
{
    QTest::addColumn<Meanwhile>("meanwhile");
    QTest::addColumn<int>("serverPageSize");
    QTest::addColumn<bool>("meta");
    QTest::addColumn<int>("startIndexBase");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("listsEverything");
    const auto row = [](const char *name, Meanwhile meanwhile, bool listsEverything,
                        int pageSize = 200, bool meta = true, int base = 1,
                        const QString &fault = QString()) {
        QTest::newRow(name) << meanwhile << pageSize << meta << base << fault << listsEverything;
    };
    row("nothing changed", Meanwhile::Nothing, false);
    row("a job deleted elsewhere", Meanwhile::Deleted, true);
    // The total is the same, but the newest page holds a job not seen before.
    row("one added, another deleted", Meanwhile::AddedAndDeleted, true);
    row("Refresh Now", Meanwhile::AdminRefreshes, true);
    row("smaller pages", Meanwhile::Nothing, false, 50);
    row("smaller pages, a job deleted", Meanwhile::Deleted, true, 50);
    row("counting from 0", Meanwhile::Nothing, false, 200, true, 0);
    // No total, or one the last listing did not bear out: nothing to check against.
    row("no meta", Meanwhile::Nothing, true, 200, false);
    row("a lying total", Meanwhile::Nothing, true, 200, true, 1, QStringLiteral("lying-total"));
}

// Finished jobs do not change and new ones arrive on the newest page: a full reconcile that finds
// the newest page known and the server's total equal to the jobs held asks for that page only.
void TestJobSync::aFullReconcileListsEverythingOnlyWhenTheNewestPageOrTheTotalDisagree()
{
    QFETCH(Meanwhile, meanwhile);
    QFETCH(int, serverPageSize);
    QFETCH(bool, meta);
    QFETCH(int, startIndexBase);
    QFETCH(QString, fault);
    QFETCH(bool, listsEverything);
    const QList<Job> jobs = finishedJobs(450, now);
    EmulatorServer::Options options;
    options.maxPageSize = serverPageSize;
    options.listMeta = meta;
    options.startIndexBase = startIndexBase;
    Watched watched(jobs, options);
    if (!fault.isEmpty())
        watched.setFaults({ fault });
    // Every poll a full reconcile.
    watched.sync.setIntervals({ 3s, 60s, 60s });
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.jobs().size(), 450);
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Full);

    QStringList expected = idsOf(jobs);
    if (meanwhile == Meanwhile::Deleted || meanwhile == Meanwhile::AddedAndDeleted) {
        QVERIFY(watched.server->store().remove(jobs.at(300).id));
        expected.removeAt(300);
    }
    if (meanwhile == Meanwhile::AddedAndDeleted) {
        JobStore::NewJob completed;
        completed.statusText = QStringLiteral("COMPLETED");
        expected.prepend(watched.server->store().add(completed, now).id);
    }
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] {
        if (meanwhile == Meanwhile::AdminRefreshes)
            watched.sync.refreshNow();
        else
            watched.sync.runScheduledPoll();
    }));
    const QList<EmulatorServer::ReceivedRequest> requests = watched.requestsSince(before);
    QCOMPARE(requests.constFirst().query, QStringLiteral("limit=200&from=1"));
    if (listsEverything)
        QVERIFY2(listRequests(requests) > 2, qPrintable(QString::number(listRequests(requests))));
    else
        QCOMPARE(listRequests(requests), 1);
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QCOMPARE(idsOf(watched.sync.jobs().newestFirst()), expected);
    QCOMPARE(watched.sync.model()->rowCount(), expected.size());
}

// More new jobs than one page holds may have come between two polls: those beyond the newest
// page are found by listing everything at the next full reconcile, not by the check.
void TestJobSync::aNewestPageOfNothingButNewJobsMakesTheNextReconcileListEverything()
{
    const QList<Job> jobs = finishedJobs(450, now);
    EmulatorServer::Options options;
    options.maxPageSize = 20;
    Watched watched(jobs, options);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Newest);
    QStringList expected = idsOf(jobs);
    JobStore::NewJob completed;
    completed.statusText = QStringLiteral("COMPLETED");
    // 25 new jobs, of which the newest page shows 20, and 5 old ones gone: the server's total
    // (470) is what the sync then holds, and the newest page is known.
    for (int i = 0; i < 25; ++i)
        expected.prepend(watched.server->store().add(completed, now).id);
    for (int i = 0; i < 5; ++i)
        QVERIFY(watched.server->store().remove(expected.takeLast()));
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.jobs().size(), 470);

    watched.sync.setIntervals({ 3s, 60s, 60s });
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Full);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QVERIFY(listRequests(watched.requestsSince(before)) > 2);
    // In any order: finished jobs added by hand start where their run time puts them.
    QStringList held = idsOf(watched.sync.jobs().newestFirst());
    held.sort();
    expected.sort();
    QCOMPARE(held, expected);
}

// Writing every job to the cache costs far more than a check: what a check saw change is
// written within the hour, what a listing of every job brought at once.
void TestJobSync::changesOnlyACheckSawReachTheCacheWithinTheHour()
{
    QTemporaryDir directory;
    const JobCache cache(directory.path());
    Watched watched(finishedJobs(450, now));
    watched.sync.setCache(&cache);
    watched.sync.setIntervals({ 3s, 60s, 60s });
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const auto cached = [&](const QString &id) {
        const std::optional<JobCache::Snapshot> snapshot = cache.load(QStringLiteral("test"));
        const auto found = std::find_if(snapshot->jobs.cbegin(), snapshot->jobs.cend(),
                                        [&id](const Job &job) { return job.id == id; });
        return found == snapshot->jobs.cend() ? JobStatus::Unknown : found->status;
    };
    // A new job: the check disagrees, every job is listed, and the cache written.
    const Job running = addRunningJob(watched);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(cached(running.id), JobStatus::Running);

    watched.moveServerTime(20s);
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Hot);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.jobs().find(running.id)->status, JobStatus::Warning);
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Full);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(listRequests(watched.requestsSince(before)), 1);
    QCOMPARE(cached(running.id), JobStatus::Running);

    watched.moveServerTime(1h);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(cached(running.id), JobStatus::Warning);
}

void TestJobSync::unauthorizedStopsPollingUntilRefreshed()
{
    Watched watched(finishedJobs(20, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    StaticTokenSource wrong(QStringLiteral("1000.wrong"));
    watched.sync.client()->setTokenSource(&wrong);
    QSignalSpy states(&watched.sync, &JobSync::stateChanged);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::SignInNeeded);
    QCOMPARE(states.constLast().at(0).value<JobSync::State>(), JobSync::State::SignInNeeded);
    QCOMPARE(watched.sync.model()->rowCount(), 20);
    // Polling has stopped: the scheduled poll does nothing.
    const qsizetype before = watched.server->receivedRequests().size();
    watched.sync.runScheduledPoll();
    QCOMPARE(watched.server->receivedRequests().size(), before);

    watched.sync.client()->setTokenSource(&watched.source);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
}

void TestJobSync::refusedRenewalMeansSignInNeeded()
{
    Watched watched(finishedJobs(20, now));
    OAuthTokenSource expired({ watched.server->origin(), QStringLiteral("1000.JOBMONEMULATOR"),
                               QStringLiteral("emulator-secret") },
                             QStringLiteral("1000.not-a-refresh-token"), watched.clock);
    watched.sync.client()->setTokenSource(&expired);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::SignInNeeded);
    QVERIFY(watched.sync.lastError()->message().contains(QStringLiteral("sign in again")));
}

void TestJobSync::networkDownKeepsStaleJobsAndRecovers()
{
    Watched watched(finishedJobs(40, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.sync.setNetworkAvailable(false);
    QCOMPARE(watched.sync.state(), JobSync::State::Offline);
    QVERIFY(watched.sync.isStale());
    QCOMPARE(watched.sync.model()->rowCount(), 40);
    const qsizetype before = watched.server->receivedRequests().size();
    watched.sync.runScheduledPoll();
    QCOMPARE(watched.server->receivedRequests().size(), before);

    QVERIFY(watched.completePoll([&] { watched.sync.setNetworkAvailable(true); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QVERIFY(!watched.sync.isStale());
    QCOMPARE(watched.requestsSince(before).constFirst().query, QStringLiteral("limit=200&from=1"));
}

void TestJobSync::neverTwoPollsAtOnce()
{
    EmulatorServer::Options options;
    options.faults = { *FaultPlan::parse(QStringLiteral("latency=150"), nullptr) };
    Watched watched(finishedJobs(30, now), options);
    QSignalSpy started(&watched.sync, &JobSync::pollStarted);
    QSignalSpy succeeded(&watched.sync, &JobSync::pollSucceeded);
    watched.sync.start();
    watched.sync.refreshNow();
    watched.sync.refreshNow();
    watched.sync.runScheduledPoll();
    QCOMPARE(started.count(), 1);
    // The refresh asked for during the first poll runs once, right after it.
    QTRY_COMPARE(succeeded.count(), 2);
    QCOMPARE(started.count(), 2);
    QCOMPARE(watched.server->receivedRequests().size(), 2);
}

void TestJobSync::deleteRemovesOnlyWhatTheServerConfirmed()
{
    const QList<Job> jobs = finishedJobs(20, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QSignalSpy deleted(&watched.sync, &JobSync::deleteFinished);

    watched.sync.deleteJob(jobs.at(0).id);
    QTRY_COMPARE(deleted.count(), 1);
    QVERIFY(!deleted.at(0).at(1).value<std::optional<RequestError>>());
    QVERIFY(!watched.sync.jobs().find(jobs.at(0).id));

    // Already gone on the server: removed here too, and said so.
    watched.server->store().remove(jobs.at(1).id);
    watched.sync.deleteJob(jobs.at(1).id);
    QTRY_COMPARE(deleted.count(), 2);
    QCOMPARE(deleted.at(1).at(1).value<std::optional<RequestError>>()->kind,
             RequestError::Kind::NotFound);
    QVERIFY(!watched.sync.jobs().find(jobs.at(1).id));

    // A failure leaves the job where it was, and nothing retries it.
    watched.setFaults({ QStringLiteral("error500,count=1") });
    const qsizetype before = watched.server->receivedRequests().size();
    watched.sync.deleteJob(jobs.at(2).id);
    QTRY_COMPARE(deleted.count(), 3);
    QCOMPARE(deleted.at(2).at(1).value<std::optional<RequestError>>()->httpStatus, 500);
    QVERIFY(watched.sync.jobs().find(jobs.at(2).id));
    QVERIFY(watched.server->store().get(jobs.at(2).id));
    QTest::qWait(50);
    QCOMPARE(watched.server->receivedRequests().size(), before + 1);
    QCOMPARE(watched.sync.model()->rowCount(), 18);
}

void TestJobSync::cacheFillsTheTableBeforeTheFirstAnswer()
{
    QTemporaryDir directory;
    const JobCache cache(directory.path());
    const QList<Job> jobs = finishedJobs(60, now);
    {
        Watched watched(jobs);
        watched.sync.setCache(&cache);
        QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    }
    // The cache holds jobs, never the token.
    QFile file(cache.fileFor(QStringLiteral("test")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(token.toUtf8()));

    // Next start, with the server unreachable: the cached jobs, marked stale.
    JobSync offline(QStringLiteral("test"));
    StaticTokenSource source(token);
    offline.client()->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
    offline.client()->setTokenSource(&source);
    offline.setCache(&cache);
    QSignalSpy failed(&offline, &JobSync::pollFailed);
    offline.start();
    QCOMPARE(offline.model()->rowCount(), 60);
    QVERIFY(offline.isStale());
    QVERIFY(failed.wait(10000));
    QCOMPARE(offline.state(), JobSync::State::Offline);
    QCOMPARE(offline.jobs().newestFirst(), jobs);
}

void TestJobSync::anOddJobDoesNotSinkItsPage()
{
    const QList<Job> jobs = finishedJobs(450, now.addSecs(-3600));
    Watched watched(jobs);
    watched.setFaults({ QStringLiteral("odd-job") });
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QVERIFY(!watched.sync.lastError());
    // The first job of each of the three pages could not be read; every job is shown.
    QCOMPARE(watched.sync.model()->rowCount(), 450);
    const QStringList unreadable = unreadableIds(watched.sync);
    QCOMPARE(unreadable.size(), 3);
    QCOMPARE(watched.sync.unreadableCount(), 3);
    for (const QString &id : unreadable) {
        const Job *job = watched.sync.jobs().find(id);
        QCOMPARE(job->readProblem->problem,
                 QStringLiteral("start_time: expected an ISO 8601 date-time, got a number"));
        QVERIFY(job->readProblem->rawJson.contains(id.toUtf8()));
    }

    // Another answer as odd: the same rows, none twice, nothing changed.
    QSignalSpy changes(&watched.sync, &JobSync::jobsChanged);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.model()->rowCount(), 450);
    QCOMPARE(unreadableIds(watched.sync), unreadable);
    QCOMPARE(changes.count(), 0);

    // A correct answer: each is the job it is.
    watched.setFaults({});
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.model()->rowCount(), 450);
    QCOMPARE(watched.sync.unreadableCount(), 0);
    QCOMPARE(watched.sync.jobs().newestFirst(), jobs);
    // They had finished long before: history, not news.
    QCOMPARE(finished.count(), 0);
}

void TestJobSync::aJobReadBeforeStaysAsReadAndIsNeverTakenForFinished()
{
    Watched watched(finishedJobs(50, now.addSecs(-3600)));
    const Job added = addRunningJob(watched);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.jobs().find(added.id)->status, JobStatus::Running);

    QSignalSpy transitions(&watched.sync, &JobSync::jobTransitioned);
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    QSignalSpy changes(&watched.sync, &JobSync::jobsChanged);
    // The hot set's answer cannot be read: the job stays as it was read, marked.
    watched.setFaults({ QStringLiteral("odd-job") });
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    const Job *kept = watched.sync.jobs().find(added.id);
    QCOMPARE(kept->status, JobStatus::Running);
    QCOMPARE(kept->actionName, added.actionName);
    QCOMPARE(kept->startTime, added.startTime);
    QVERIFY(kept->readProblem);
    QCOMPARE(watched.sync.unreadableCount(), 1);
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);

    // It ends on the server while every answer about it stays unreadable: not finished, not gone.
    watched.moveServerTime(11s);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.model()->rowCount(), 51);
    QCOMPARE(watched.sync.jobs().find(added.id)->status, JobStatus::Running);
    QCOMPARE(transitions.count(), 0);
    QCOMPARE(finished.count(), 0);
    for (const QList<QVariant> &change : std::as_const(changes))
        QVERIFY(change.at(0).value<JobChanges>().removed.isEmpty());

    // A correct answer: it finished, and that is told once, with its details.
    watched.setFaults({});
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.jobs().find(added.id)->status, JobStatus::Warning);
    QVERIFY(!watched.sync.jobs().find(added.id)->readProblem);
    QCOMPARE(watched.sync.unreadableCount(), 0);
    QCOMPARE(transitions.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<Job>().details->results.size(), 5);
}

void TestJobSync::aJobFirstReadFinishedIsStillReported()
{
    Watched watched(finishedJobs(50, now.addSecs(-3600)));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Newest);
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    // A new job, listed only unreadable while it runs.
    watched.setFaults({ QStringLiteral("odd-job") });
    const Job added = addRunningJob(watched);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.jobs().find(added.id)->status, JobStatus::Unreadable);

    // First read once it has ended: it came and went between two readable answers, so it is
    // reported, with its details.
    watched.moveServerTime(11s);
    watched.setFaults({});
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.jobs().find(added.id)->status, JobStatus::Warning);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<Job>().details->results.size(), 5);
}

void TestJobSync::anEmptyEndTimeMeansNotFinished()
{
    Watched watched(finishedJobs(50, now.addSecs(-3600)));
    const Job added = addRunningJob(watched);
    watched.setFaults({ QStringLiteral("empty-end-time") });
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QCOMPARE(watched.sync.model()->rowCount(), 51);
    QCOMPARE(watched.sync.unreadableCount(), 0);
    const Job *running = watched.sync.jobs().find(added.id);
    QCOMPARE(running->status, JobStatus::Running);
    QVERIFY(!running->endTime.isValid());
    // Followed in the hot set like any running job.
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Hot);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
}

void TestJobSync::entriesWithoutAnIdRemoveNothing()
{
    const QList<Job> jobs = finishedJobs(450, now.addSecs(-3600));
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    // Each page's first job comes without its id: which jobs those are cannot be known, so a
    // listing that otherwise ended well takes none of the 450 for deleted.
    watched.setFaults({ QStringLiteral("no-id-job") });
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.state(), JobSync::State::Synced);
    QCOMPARE(watched.sync.model()->rowCount(), 450);
    QCOMPARE(watched.sync.jobs().newestFirst(), jobs);
    QCOMPARE(watched.sync.unreadableCount(), 3);

    watched.setFaults({});
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.unreadableCount(), 0);
}

void TestJobSync::unreadableJobsAreNotCached()
{
    QTemporaryDir directory;
    const JobCache cache(directory.path());
    const QList<Job> jobs = finishedJobs(250, now.addSecs(-3600));
    Watched watched(jobs);
    watched.sync.setCache(&cache);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    // Page one starts with a new job, never read; page two with one read before.
    addRunningJob(watched);
    watched.setFaults({ QStringLiteral("odd-job") });
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QCOMPARE(watched.sync.model()->rowCount(), 251);
    QCOMPARE(unreadableIds(watched.sync).size(), 1);
    QCOMPARE(watched.sync.unreadableCount(), 2);

    // The full poll wrote the cache: the jobs as last read, and nothing that never was.
    const std::optional<JobCache::Snapshot> cached = cache.load(QStringLiteral("test"));
    QVERIFY(cached);
    QCOMPARE(cached->jobs, jobs);
}

void TestJobSync::intervalsHaveASaneMinimum()
{
    Watched watched(finishedJobs(5, now));
    watched.sync.setIntervals({ 10ms, 10ms, 10ms });
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.nextPollDelay(), 10s);
}

void TestJobSync::noPollIsFurtherOffThanAnHour()
{
    // 30 days of milliseconds do not fit a timer's int: they would wrap into a negative wait.
    Watched watched(finishedJobs(5, now));
    watched.sync.setIntervals({ 3s, std::chrono::hours(24 * 30), std::chrono::hours(24 * 60) });
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QCOMPARE(watched.sync.nextPollKind(), JobSync::PollKind::Newest);
    QCOMPARE(watched.sync.nextPollDelay(), 1h);
    QVERIFY(watched.sync.timeToNextPoll());
    QVERIFY2(*watched.sync.timeToNextPoll() > 59min,
             qPrintable(QString::number(watched.sync.timeToNextPoll()->count())));
}

QTEST_GUILESS_MAIN(TestJobSync)
#include "tst_jobsync.moc"
