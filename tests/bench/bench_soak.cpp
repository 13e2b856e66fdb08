// Soak: one JobSync through many poll cycles against an emulator that misbehaves at random —
// every fault kind it has, page sizes that change, answers with and without meta — while jobs
// arrive, run, finish and get deleted. Reports what a leak would show: resident memory, open
// file descriptors, network replies still alive and objects under the client, after a warm-up
// and at the end; then, with the faults gone, whether the sync's jobs are the server's.
//
//   build/tests/bench/bench_soak [CYCLES] [SEED]     (default 10000 cycles, seed 1)
//
// Loopback only; time is driven by hand (the sync's clock and the emulator's), never waited
// for, so the run is bounded by the cycle count. Exits 1 when a target is missed.

#include "api/tokensource.h"
#include "benchreport.h"
#include "emulatorthread.h"
#include "jobgenerator.h"
#include "processprobe.h"
#include "scimfilter.h"
#include "sync/jobsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

const QString token = QStringLiteral("1000.soak");

struct Resources
{
    qint64 rssKb = 0;
    qsizetype fds = 0;
    qsizetype replies = 0;
    // Everything the client owns: its network access manager and what that holds.
    qsizetype objects = 0;
};

qint64 residentKb()
{
    const std::optional<ProcessSample> sample = sampleProcess(getpid());
    return sample ? sample->residentKb : -1;
}

qsizetype openDescriptors()
{
    return QDir(QStringLiteral("/proc/self/fd"))
        .entryList(QDir::NoDotAndDotDot | QDir::System)
        .size();
}

Resources measure(JobSync &sync)
{
    // Replies finished earlier are deleted later: let those deletions happen first. Idle
    // connections kept for reuse are closed (and both ends, client and emulator, given time
    // to see it until the count settles), so a descriptor still open is one that leaked.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    qsizetype fds = -1;
    for (int settling = 0; settling < 10 && fds != openDescriptors(); ++settling) {
        fds = openDescriptors();
        sync.client()->findChild<QNetworkAccessManager *>()->clearConnectionCache();
        QTest::qWait(500);
    }
    Resources resources;
    resources.rssKb = residentKb();
    resources.fds = openDescriptors();
    resources.replies = sync.client()->findChildren<QNetworkReply *>().size();
    resources.objects = sync.client()->findChildren<QObject *>().size();
    return resources;
}

// What the emulator may do to the next request (or two): every fault kind it knows.
const QStringList faultSpecs {
    QStringLiteral("latency=30,count=3"),
    QStringLiteral("error500,count=1"),
    QStringLiteral("rate-limit=4294968,count=1"),
    QStringLiteral("rate-limit=2,count=1"),
    QStringLiteral("malformed,count=1"),
    QStringLiteral("truncate,count=1"),
    QStringLiteral("reset,count=1"),
    QStringLiteral("lying-total=1000,count=2"),
    QStringLiteral("lying-total=-300,count=2"),
    QStringLiteral("repeat-page,count=2"),
    QStringLiteral("oversized=3000000,count=1"),
    QStringLiteral("stall,count=1"),
    QStringLiteral("odd-job,count=2"),
    QStringLiteral("no-id-job,count=2"),
    QStringLiteral("empty-end-time,count=2"),
};
const int pageSizes[] = { 25, 50, 100, 200 };

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int cycles = arguments.size() > 1 ? arguments.at(1).toInt() : 10000;
    const quint32 seed = arguments.size() > 2 ? arguments.at(2).toUInt() : 1;
    if (cycles < 1) {
        std::fprintf(stderr, "usage: bench_soak [CYCLES] [SEED]\n");
        return 2;
    }
    QRandomGenerator random(seed);
    const QDateTime start = QDateTime::currentDateTimeUtc();

    // The emulator's clock lives on its thread; the sync's on this one.
    ManualClock serverClock(start);
    ManualClock syncClock(start);
    EmulatorServer::Options options;
    options.accessToken = token;
    options.seed = seed;
    options.manualClock = &serverClock;
    options.simulation.enabled = true;
    // New jobs are fetched with their details when they finish, which the generated history
    // lacks: with 150 jobs and two arrivals a minute (a cycle moves the clocks by 3 s on
    // average), the history is replaced within the warm-up, so the jobs take the same memory
    // at both measurements.
    options.simulation.arrivalsPerMinute = 2;
    EmulatorThread server(JobGenerator::generate(150, seed, start), options);

    StaticTokenSource source(token);
    JobSync sync(QStringLiteral("soak"), syncClock);
    sync.client()->setBaseUrl(server.apiBaseUrl());
    sync.client()->setTokenSource(&source);
    // A stall ends by the transfer timeout; an oversized answer by the size cap.
    sync.client()->setTransferTimeout(200ms);
    sync.client()->setMaxResponseBytes(2 * 1024 * 1024);
    sync.setRandomSeed(seed);

    int failedPolls = 0;
    int deletes = 0;
    int faultsSet = 0;
    int pageSizeChanges = 0;
    QObject::connect(&sync, &JobSync::pollFailed, &sync, [&] { ++failedPolls; });
    const auto runPoll = [&](const std::function<void()> &begin) {
        QSignalSpy succeeded(&sync, &JobSync::pollSucceeded);
        QSignalSpy failed(&sync, &JobSync::pollFailed);
        begin();
        if (!sync.isPolling())
            return;
        if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 30000))
            qFatal("a poll did not end within 30 s");
    };

    // The allocator, Qt's caches, the connection pool and the jobs settle in the first cycles.
    const int warmUp = std::min(2000, cycles / 5);
    qint64 requests = 0;
    Resources atStart;
    QElapsedTimer elapsed;
    elapsed.start();
    runPoll([&] { sync.start(); });
    const int startJobs = sync.jobs().size();
    bool deleting = false;
    QObject::connect(&sync, &JobSync::deleteFinished, &sync, [&] { deleting = false; });
    for (int cycle = 0; cycle < cycles; ++cycle) {
        if (cycle == warmUp)
            atStart = measure(sync);
        const quint32 roll = random.bounded(100);
        if (roll < 12) {
            const QString spec = faultSpecs.at(random.bounded(int(faultSpecs.size())));
            server.inServer([&](EmulatorServer &emulator) {
                emulator.faults().set({ *FaultPlan::parse(spec, nullptr) });
            });
            ++faultsSet;
        } else if (roll < 16) {
            const int pageSize = pageSizes[random.bounded(4)];
            const bool meta = random.bounded(4) != 0;
            server.inServer([&](EmulatorServer &emulator) {
                emulator.setMaxPageSize(pageSize);
                emulator.setListMeta(meta);
            });
            ++pageSizeChanges;
        }
        // Deleting the oldest job while there are more than at the start keeps the job count
        // (and so the memory the jobs rightly take) steady against arrivals.
        if (sync.jobs().size() > startJobs && !deleting) {
            deleting = true;
            sync.deleteJob(sync.jobs().newestFirst().constLast().id);
            ++deletes;
        }
        const auto step = std::chrono::milliseconds(1000 + random.bounded(4000));
        server.inServer([&](EmulatorServer &emulator) {
            serverClock.advance(step);
            emulator.tick();
        });
        syncClock.advance(step);
        runPoll([&] { sync.runScheduledPoll(); });
        // The emulator's record of requests would grow without end: it is the app's memory
        // that is measured.
        server.inServer([&](EmulatorServer &emulator) {
            requests += emulator.receivedRequests().size();
            emulator.forgetReceivedRequests();
        });
        if ((cycle + 1) % 1000 == 0)
            std::fprintf(stderr, "%d cycles, %.0f s, %lld kB resident, %lld descriptors, %d jobs\n",
                         cycle + 1, elapsed.elapsed() / 1000.0,
                         static_cast<long long>(residentKb()),
                         static_cast<long long>(openDescriptors()), sync.jobs().size());
    }
    // A delete still under way finishes before anything is counted.
    if (!QTest::qWaitFor([&] { return !deleting; }, 30000))
        qFatal("a delete did not end within 30 s");
    // The faults gone, one full listing: the sync must hold exactly the server's jobs. Counted
    // after it, so that an answer a fault still holds back (a stall, a latency) is not counted.
    server.inServer([&](EmulatorServer &emulator) {
        emulator.faults().set({});
        emulator.setMaxPageSize(200);
        emulator.setListMeta(true);
    });
    runPoll([&] { sync.refreshNow(); });
    const Resources atEnd = measure(sync);
    // Each job as its id and status, in no particular order.
    QStringList serverIds;
    server.inServer([&](EmulatorServer &emulator) {
        const JobStore::Page all = emulator.store().list(*ScimFilter::parse(QString(), nullptr), 1,
                                                         emulator.store().size());
        for (const Job &job : all.jobs)
            serverIds.append(job.id + QLatin1Char(' ') + job.statusText);
    });
    QStringList syncIds;
    for (const Job &job : sync.jobs().newestFirst())
        syncIds.append(job.id + QLatin1Char(' ') + job.statusText);
    serverIds.sort();
    syncIds.sort();
    const bool sameJobs = serverIds == syncIds;

    const qint64 rssGrowthKb = atEnd.rssKb - atStart.rssKb;
    std::printf("%d poll cycles (seed %u) in %.0f s: %lld requests, %d polls failed, %d faults "
                "set, %d page-size changes, %d deletes\n\n",
                cycles, seed, elapsed.elapsed() / 1000.0, static_cast<long long>(requests),
                failedPolls, faultsSet, pageSizeChanges, deletes);
    std::printf("%-34s %12s %12s\n", "", "after warm-up", "at the end");
    std::printf("%-34s %9lld kB %9lld kB   growth %lld kB (target <= 2048)\n", "resident memory",
                static_cast<long long>(atStart.rssKb), static_cast<long long>(atEnd.rssKb),
                static_cast<long long>(rssGrowthKb));
    std::printf("%-34s %12lld %12lld\n", "open file descriptors",
                static_cast<long long>(atStart.fds), static_cast<long long>(atEnd.fds));
    std::printf("%-34s %12lld %12lld\n", "network replies alive",
                static_cast<long long>(atStart.replies), static_cast<long long>(atEnd.replies));
    std::printf("%-34s %12lld %12lld\n", "objects under the client",
                static_cast<long long>(atStart.objects), static_cast<long long>(atEnd.objects));
    std::printf("%-34s %12lld %12lld   %s\n", "jobs: server, sync",
                static_cast<long long>(serverIds.size()), static_cast<long long>(syncIds.size()),
                sameJobs ? "the same" : "DIFFERENT");
    const bool met = rssGrowthKb <= 2048 && atEnd.fds <= atStart.fds
        && atEnd.replies <= atStart.replies && atEnd.objects <= atStart.objects && sameJobs;
    std::printf("\n%s\n", met ? "targets met" : "TARGETS MISSED");
    const QString over = QStringLiteral(" over %1 poll cycles").arg(cycles);
    reportMeasure(QStringLiteral("soak: JobSync RSS growth") + over, double(rssGrowthKb),
                  QStringLiteral("kB"), BenchTarget::atMost(2048));
    reportMeasure(QStringLiteral("soak: open descriptors added") + over,
                  double(atEnd.fds - atStart.fds), QStringLiteral("fds"), BenchTarget::atMost(0));
    reportMeasure(QStringLiteral("soak: network replies left alive") + over,
                  double(atEnd.replies - atStart.replies), QStringLiteral("replies"),
                  BenchTarget::atMost(0));
    reportMeasure(QStringLiteral("soak: objects added under the client") + over,
                  double(atEnd.objects - atStart.objects), QStringLiteral("objects"),
                  BenchTarget::atMost(0));
    reportMeasure(QStringLiteral("soak: jobs differing from the server's after the faults"),
                  sameJobs ? 0 : 1, QStringLiteral("lists"), BenchTarget::atMost(0));
    return met ? 0 : 1;
}
