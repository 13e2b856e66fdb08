#include "api/tokensource.h"
#include "fixtures/watchedsync.h"
#include "sync/jobsync.h"
#include "sync/jobwaiter.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

const QString jobsPath = QStringLiteral("/api/v1/jobs");

// Runs `what` and waits for the poll it starts (if any) to end.
bool completePoll(JobWaiter &waiter, const std::function<void()> &what)
{
    what();
    return QTest::qWaitFor([&] { return !waiter.isPolling(); }, 20000);
}

// The requests among `requests`, each as "GET /api/v1/jobs?filter" (a listing, with its filter
// decoded) or "GET /api/v1/jobs/ID".
QStringList described(const QList<EmulatorServer::ReceivedRequest> &requests)
{
    QStringList lines;
    for (const EmulatorServer::ReceivedRequest &request : requests) {
        QString line = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        if (request.path == jobsPath)
            line += QLatin1Char('?')
                + QUrlQuery(request.query)
                      .queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
        lines.append(line);
    }
    return lines;
}

QString hotListing()
{
    return QStringLiteral("GET ") + jobsPath + QLatin1Char('?') + JobSync::hotFilter;
}

QString lookAt(const QString &id)
{
    return QStringLiteral("GET ") + jobsPath + QLatin1Char('/') + id;
}

// A job added to the emulator now as `statusText` says: QUEUED (then running for `runMs`), or
// finished (COMPLETED, ERROR, …) after running for `runMs`.
Job addJob(Watched &watched, const QString &statusText, int entities, qint64 runMs = 5000)
{
    JobStore::NewJob job;
    job.statusText = statusText;
    job.entityCount = entities;
    job.runMs = runMs;
    return watched.server->store().add(job, watched.clock.now());
}

} // namespace

// The waiter talks to the emulator through the client of `Watched`'s sync, which itself is never
// started: only the waiter sends anything.
class TestJobWaiter final : public QObject
{
    Q_OBJECT

private slots:
    void aJobIsFollowedUntilItEndsAndToldWithItsDetails_data();
    void aJobIsFollowedUntilItEndsAndToldWithItsDetails();
    void aQueuedJobIsSeenAgainWhenItStartsRunning();
    void aJobAlreadyFinishedIsToldAtOnce_data();
    void aJobAlreadyFinishedIsToldAtOnce();
    void aJobDeletedWhileWaitedIsGone();
    void anUnknownJobIsGoneAtOnce();
    void oneListingPerIntervalWhateverTheNumberOfJobs();
    void aListingThatFailsIsRetriedAfterABackoff_data();
    void aListingThatFailsIsRetriedAfterABackoff();
    void aFailedFirstLookIsRetriedWithoutAListing();
    void aTokenThatCannotBeRenewedStopsWithWhatToDo();
    void anIdThatIsNotANumberStopsWithoutBeingSent();
    void anIncompleteListingConcludesNothing();
    void anUnreadableJobIsNotFinished();
    void duplicatedIdsCountOnce();
    void neverTwoPollsAtOnce();
    void theIntervalHasASaneMinimum();
};

void TestJobWaiter::aJobIsFollowedUntilItEndsAndToldWithItsDetails_data()
{
    QTest::addColumn<JobStatus>("outcome");
    QTest::newRow("completed") << JobStatus::Completed;
    QTest::newRow("warning") << JobStatus::Warning;
    QTest::newRow("error") << JobStatus::Error;
}

void TestJobWaiter::aJobIsFollowedUntilItEndsAndToldWithItsDetails()
{
    QFETCH(JobStatus, outcome);
    Watched watched(finishedJobs(30, now));
    const Job running = startJob(watched, "Bulk User Modification", outcome, 25, 10000);
    JobWaiter waiter(watched.sync.client(), { running.id });
    QSignalSpy seen(&waiter, &JobWaiter::jobSeen);
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QSignalSpy done(&waiter, &JobWaiter::allDone);

    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(seen.count(), 1);
    QCOMPARE(seen.at(0).at(0).value<Job>().status, JobStatus::Running);
    QCOMPARE(waiter.waitingFor(), QStringList { running.id });

    // Still running: seen once, not again.
    watched.moveServerTime(5s);
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(seen.count(), 1);
    QCOMPARE(finished.count(), 0);

    watched.moveServerTime(6s);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(described(watched.requestsSince(before)),
             QStringList({ hotListing(), lookAt(running.id) }));
    QCOMPARE(finished.count(), 1);
    const Job ended = finished.at(0).at(0).value<Job>();
    QCOMPARE(ended.id, running.id);
    QCOMPARE(ended.status, outcome);
    QVERIFY(ended.details);
    QCOMPARE(ended.details->results.size(), 25);
    QCOMPARE(done.count(), 1);
    QVERIFY(waiter.waitingFor().isEmpty());

    // Done: nothing more is asked.
    const qsizetype afterDone = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(watched.server->receivedRequests().size(), afterDone);
    QCOMPARE(finished.count(), 1);
}

void TestJobWaiter::aQueuedJobIsSeenAgainWhenItStartsRunning()
{
    Watched watched(finishedJobs(10, now));
    const Job added = addJob(watched, QStringLiteral("QUEUED"), 5, 60000);
    JobWaiter waiter(watched.sync.client(), { added.id });
    QSignalSpy seen(&waiter, &JobWaiter::jobSeen);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(seen.count(), 1);
    QCOMPARE(seen.at(0).at(0).value<Job>().status, JobStatus::Queued);

    // A queued job starts within 20 s.
    watched.moveServerTime(21s);
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(seen.count(), 2);
    QCOMPARE(seen.at(1).at(0).value<Job>().status, JobStatus::Running);
    QCOMPARE(waiter.waitingFor(), QStringList { added.id });
}

void TestJobWaiter::aJobAlreadyFinishedIsToldAtOnce_data()
{
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<JobStatus>("status");
    QTest::newRow("completed") << QStringLiteral("COMPLETED") << JobStatus::Completed;
    QTest::newRow("error") << QStringLiteral("ERROR") << JobStatus::Error;
    // A status this app does not know is not QUEUED or RUNNING either: the job has left them.
    QTest::newRow("unknown status") << QStringLiteral("CANCELLED") << JobStatus::Unknown;
}

void TestJobWaiter::aJobAlreadyFinishedIsToldAtOnce()
{
    QFETCH(QString, statusText);
    QFETCH(JobStatus, status);
    Watched watched(finishedJobs(10, now));
    const Job job = addJob(watched, statusText, 7);
    JobWaiter waiter(watched.sync.client(), { job.id });
    QSignalSpy seen(&waiter, &JobWaiter::jobSeen);
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QSignalSpy done(&waiter, &JobWaiter::allDone);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(described(watched.requestsSince(before)), QStringList { lookAt(job.id) });
    QCOMPARE(seen.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<Job>().status, status);
    QCOMPARE(finished.at(0).at(0).value<Job>().details->results.size(), 7);
    QCOMPARE(done.count(), 1);
}

void TestJobWaiter::aJobDeletedWhileWaitedIsGone()
{
    Watched watched(finishedJobs(10, now));
    const Job deleted = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 60000);
    const Job other = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 60000);
    JobWaiter waiter(watched.sync.client(), { deleted.id, other.id });
    QSignalSpy gone(&waiter, &JobWaiter::jobGone);
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QSignalSpy done(&waiter, &JobWaiter::allDone);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));

    QVERIFY(watched.server->store().remove(deleted.id));
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(described(watched.requestsSince(before)),
             QStringList({ hotListing(), lookAt(deleted.id) }));
    QCOMPARE(gone.count(), 1);
    QCOMPARE(gone.at(0).at(0).toString(), deleted.id);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(waiter.waitingFor(), QStringList { other.id });
    QCOMPARE(done.count(), 0);
}

void TestJobWaiter::anUnknownJobIsGoneAtOnce()
{
    Watched watched(finishedJobs(10, now));
    JobWaiter waiter(watched.sync.client(), { QStringLiteral("4242") });
    QSignalSpy gone(&waiter, &JobWaiter::jobGone);
    QSignalSpy done(&waiter, &JobWaiter::allDone);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(gone.count(), 1);
    QCOMPARE(gone.at(0).at(0).toString(), QStringLiteral("4242"));
    QCOMPARE(done.count(), 1);
}

// Waiting for many jobs costs what waiting for one does: one listing of the hot set per
// interval; a job is asked about alone only at the start and when it has left the hot set.
void TestJobWaiter::oneListingPerIntervalWhateverTheNumberOfJobs()
{
    Watched watched(finishedJobs(30, now));
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(
            startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 60000 + i * 10000)
                .id);
    JobWaiter waiter(watched.sync.client(), ids);
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QStringList lookedAt = described(watched.requestsSince(before));
    lookedAt.sort();
    QStringList expected;
    for (const QString &id : std::as_const(ids))
        expected.append(lookAt(id));
    expected.sort();
    QCOMPARE(lookedAt, expected);

    for (int interval = 0; interval < 5; ++interval) {
        watched.moveServerTime(3s);
        before = watched.server->receivedRequests().size();
        QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
        QCOMPARE(described(watched.requestsSince(before)), QStringList { hotListing() });
    }
    QCOMPARE(finished.count(), 0);

    // The first ends after a minute: the listing, and that job alone.
    watched.moveServerTime(46s);
    before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(described(watched.requestsSince(before)),
             QStringList({ hotListing(), lookAt(ids.constFirst()) }));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(waiter.waitingFor(), ids.mid(1));
}

void TestJobWaiter::aListingThatFailsIsRetriedAfterABackoff_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("shortest");
    QTest::addColumn<qint64>("longest");
    // Two seconds, give or take the jitter's fifth.
    QTest::newRow("server error") << QStringLiteral("error500,count=1") << 500 << qint64(1600)
                                  << qint64(2400);
    QTest::newRow("rate limited") << QStringLiteral("rate-limit=120,count=1") << 429
                                  << qint64(120000) << qint64(120000);
}

void TestJobWaiter::aListingThatFailsIsRetriedAfterABackoff()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(qint64, shortest);
    QFETCH(qint64, longest);
    Watched watched(finishedJobs(10, now));
    const Job running = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 5000);
    JobWaiter waiter(watched.sync.client(), { running.id });
    QSignalSpy retrying(&waiter, &JobWaiter::retrying);
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QSignalSpy stopped(&waiter, &JobWaiter::stopped);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));

    watched.moveServerTime(6s);
    watched.setFaults({ fault });
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    // The listing failed: nothing is concluded from it, the job is not asked about.
    QCOMPARE(described(watched.requestsSince(before)), QStringList { hotListing() });
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(0).value<RequestError>().httpStatus, status);
    const auto delay = retrying.at(0).at(1).value<std::chrono::milliseconds>().count();
    QVERIFY2(delay >= shortest && delay <= longest, qPrintable(QString::number(delay)));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(waiter.waitingFor(), QStringList { running.id });

    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<Job>().status, JobStatus::Completed);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(stopped.count(), 0);
}

void TestJobWaiter::aFailedFirstLookIsRetriedWithoutAListing()
{
    Watched watched(finishedJobs(10, now));
    const Job running = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 5000);
    watched.setFaults({ QStringLiteral("error500,count=1") });
    JobWaiter waiter(watched.sync.client(), { running.id });
    QSignalSpy seen(&waiter, &JobWaiter::jobSeen);
    QSignalSpy retrying(&waiter, &JobWaiter::retrying);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(seen.count(), 0);

    // Nothing is known of the job yet: it is looked at again, the hot set is not listed.
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(described(watched.requestsSince(before)), QStringList { lookAt(running.id) });
    QCOMPARE(seen.count(), 1);
}

void TestJobWaiter::aTokenThatCannotBeRenewedStopsWithWhatToDo()
{
    Watched watched(finishedJobs(10, now));
    const Job running = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 5000);
    OAuthTokenSource refused({ watched.server->origin(), QStringLiteral("1000.JOBMONEMULATOR"),
                               QStringLiteral("emulator-secret") },
                             QStringLiteral("1000.not-a-refresh-token"), watched.clock);
    watched.sync.client()->setTokenSource(&refused);
    JobWaiter waiter(watched.sync.client(), { running.id });
    QSignalSpy stopped(&waiter, &JobWaiter::stopped);
    QSignalSpy retrying(&waiter, &JobWaiter::retrying);
    QSignalSpy done(&waiter, &JobWaiter::allDone);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(stopped.count(), 1);
    const RequestError error = stopped.at(0).at(0).value<RequestError>();
    QCOMPARE(error.kind, RequestError::Kind::Unauthorized);
    QVERIFY2(error.message().contains(QStringLiteral("sign in again")),
             qPrintable(error.message()));
    QCOMPARE(retrying.count(), 0);

    // Stopped: however often the timer would fire, nothing more is asked.
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(watched.server->receivedRequests().size(), before);
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(done.count(), 0);
    QCOMPARE(waiter.waitingFor(), QStringList { running.id });
}

void TestJobWaiter::anIdThatIsNotANumberStopsWithoutBeingSent()
{
    Watched watched(finishedJobs(10, now));
    const Job finishedJob = addJob(watched, QStringLiteral("COMPLETED"), 3);
    JobWaiter waiter(watched.sync.client(), { finishedJob.id, QStringLiteral("12ab") });
    QSignalSpy stopped(&waiter, &JobWaiter::stopped);
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QSignalSpy gone(&waiter, &JobWaiter::jobGone);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(described(watched.requestsSince(before)), QStringList { lookAt(finishedJob.id) });
    QCOMPARE(finished.count(), 1);
    QCOMPARE(gone.count(), 0);
    QCOMPARE(stopped.count(), 1);
    const RequestError error = stopped.at(0).at(0).value<RequestError>();
    QCOMPARE(error.kind, RequestError::Kind::InvalidJobId);
    QVERIFY2(error.message().contains(QStringLiteral("“12ab”")), qPrintable(error.message()));
}

// A listing that repeats its first page may have missed any job: one it does not hold has not
// necessarily left the hot set.
void TestJobWaiter::anIncompleteListingConcludesNothing()
{
    EmulatorServer::Options options;
    options.maxPageSize = 2;
    Watched watched(finishedJobs(10, now), options);
    const Job waited = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 5000);
    for (int i = 0; i < 4; ++i)
        startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 600000);
    JobWaiter waiter(watched.sync.client(), { waited.id });
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));

    watched.moveServerTime(6s);
    watched.setFaults({ QStringLiteral("repeat-page") });
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QVERIFY(!described(watched.requestsSince(before)).contains(lookAt(waited.id)));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(waiter.waitingFor(), QStringList { waited.id });

    watched.setFaults({});
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<Job>().id, waited.id);
}

// The hot listing holds the job, but its fields cannot be read: it is still hot, and neither
// finished nor looked at alone.
void TestJobWaiter::anUnreadableJobIsNotFinished()
{
    Watched watched(finishedJobs(10, now));
    const Job running = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 60000);
    JobWaiter waiter(watched.sync.client(), { running.id });
    QSignalSpy seen(&waiter, &JobWaiter::jobSeen);
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));

    watched.setFaults({ QStringLiteral("odd-job") });
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.runScheduledPoll(); }));
    QCOMPARE(described(watched.requestsSince(before)), QStringList { hotListing() });
    QCOMPARE(finished.count(), 0);
    QCOMPARE(seen.count(), 1);
    QCOMPARE(waiter.waitingFor(), QStringList { running.id });
}

void TestJobWaiter::duplicatedIdsCountOnce()
{
    Watched watched(finishedJobs(10, now));
    const Job first = addJob(watched, QStringLiteral("COMPLETED"), 3);
    const Job second = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 60000);
    JobWaiter waiter(watched.sync.client(), { first.id, second.id, first.id, second.id });
    QCOMPARE(waiter.waitingFor(), QStringList({ first.id, second.id }));
    QSignalSpy finished(&waiter, &JobWaiter::jobFinished);
    QSignalSpy seen(&waiter, &JobWaiter::jobSeen);
    const qsizetype before = watched.server->receivedRequests().size();
    QVERIFY(completePoll(waiter, [&] { waiter.start(); }));
    QCOMPARE(watched.requestsSince(before).size(), 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(seen.count(), 1);
    QCOMPARE(waiter.waitingFor(), QStringList { second.id });
}

void TestJobWaiter::neverTwoPollsAtOnce()
{
    EmulatorServer::Options options;
    options.faults = { *FaultPlan::parse(QStringLiteral("latency=150"), nullptr) };
    Watched watched(finishedJobs(10, now), options);
    const Job running = startJob(watched, "Bulk User Modification", JobStatus::Completed, 5, 60000);
    JobWaiter waiter(watched.sync.client(), { running.id });
    const qsizetype before = watched.server->receivedRequests().size();
    waiter.start();
    waiter.runScheduledPoll();
    waiter.start();
    QVERIFY(completePoll(waiter, [] {}));
    QCOMPARE(described(watched.requestsSince(before)), QStringList { lookAt(running.id) });
}

void TestJobWaiter::theIntervalHasASaneMinimum()
{
    Watched watched({});
    JobWaiter waiter(watched.sync.client(), { QStringLiteral("1") });
    QCOMPARE(waiter.interval(), JobSync::Intervals {}.hot);
    waiter.setInterval(10ms);
    QCOMPARE(waiter.interval(), JobSync::minimumIntervals.hot);
    waiter.setInterval(7s);
    QCOMPARE(waiter.interval(), 7s);
}

QTEST_GUILESS_MAIN(TestJobWaiter)
#include "tst_jobwaiter.moc"
