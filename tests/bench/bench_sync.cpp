// What polling costs: bytes per hour, hot-set polling against listing everything, and a full
// sync of 10,000 jobs against curl fetching the same 50 pages one after another.
//
//   build/tests/bench/bench_sync

#include "api/tokensource.h"
#include "benchreport.h"
#include "emulatorthread.h"
#include "jobgenerator.h"
#include "sync/jobsync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>

namespace {

const QString token = QStringLiteral("1000.bench");

qint64 bytesSince(const EmulatorServer &server, qsizetype start)
{
    qint64 bytes = 0;
    for (qsizetype i = start; i < server.receivedRequests().size(); ++i)
        bytes += server.receivedRequests().at(i).bytes;
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // 10,000 finished jobs and 5 running ones.
    QList<Job> jobs = JobGenerator::generate(10100, 1, now);
    jobs.erase(std::remove_if(jobs.begin(), jobs.end(),
                              [](const Job &job) { return jobStatusIsActive(job.status); }),
               jobs.end());
    jobs = jobs.mid(0, 10000);

    // The server on its own thread, so curl can be timed against it too.
    EmulatorServer::Options options;
    options.accessToken = token;
    EmulatorThread server(jobs, options);
    server.inServer([&](EmulatorServer &emulator) {
        for (int i = 0; i < 5; ++i) {
            JobStore::NewJob running;
            running.statusText = QStringLiteral("RUNNING");
            running.runMs = 3600000;
            emulator.store().add(running, now);
        }
    });
    const auto received = [&] {
        qsizetype size = 0;
        server.inServer(
            [&](EmulatorServer &emulator) { size = emulator.receivedRequests().size(); });
        return size;
    };
    const auto bytesFrom = [&](qsizetype start) {
        qint64 bytes = 0;
        server.inServer([&](EmulatorServer &emulator) { bytes = bytesSince(emulator, start); });
        return bytes;
    };

    StaticTokenSource source(token);
    JobSync sync(QStringLiteral("bench"));
    sync.client()->setBaseUrl(server.apiBaseUrl());
    sync.client()->setTokenSource(&source);
    const auto runPoll = [&](const std::function<void()> &start) {
        QSignalSpy done(&sync, &JobSync::pollSucceeded);
        start();
        if (!done.wait(60000))
            qFatal("the poll did not finish");
    };

    // Bytes: one full listing against one hot-set poll, each as every poll of an hour at 3 s.
    qsizetype mark = received();
    QElapsedTimer fullTimer;
    fullTimer.start();
    runPoll([&] { sync.start(); });
    const double fullMs = double(fullTimer.nsecsElapsed()) / 1e6;
    const qint64 fullBytes = bytesFrom(mark);
    const qsizetype fullRequests = received() - mark;
    mark = received();
    runPoll([&] { sync.runScheduledPoll(); });
    const qint64 hotBytes = bytesFrom(mark);
    const int pollsPerHour = 3600 / 3;

    // curl fetching the same pages one after another on one connection.
    QStringList curlArguments { QStringLiteral("-s"), QStringLiteral("-o"),
                                QStringLiteral("/dev/null"), QStringLiteral("-H"),
                                QStringLiteral("Authorization: Zoho-oauthtoken ") + token };
    for (qsizetype page = 0; page < fullRequests; ++page) {
        QUrl url = server.apiBaseUrl();
        url.setPath(url.path() + QStringLiteral("/jobs"));
        url.setQuery(QStringLiteral("limit=200&from=%1").arg(1 + page * 200));
        curlArguments << url.toString() << QStringLiteral("-o") << QStringLiteral("/dev/null");
    }
    QList<double> curlSamples;
    QList<double> syncSamples;
    QList<double> listSamples;
    for (int run = 0; run < 7; ++run) {
        QProcess curl;
        QElapsedTimer timer;
        timer.start();
        curl.start(QStringLiteral("curl"), curlArguments);
        curl.waitForFinished(60000);
        curlSamples.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        runPoll([&] { sync.refreshNow(); });
        syncSamples.append(double(timer.nsecsElapsed()) / 1e6);
        // The client alone: the same pages, decoded, without the sync's merge.
        bool listed = false;
        timer.restart();
        sync.client()->fetchAllJobs(QString(), [&](const JobListResult &) { listed = true; });
        while (!listed)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        listSamples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(curlSamples.begin(), curlSamples.end());
    std::sort(syncSamples.begin(), syncSamples.end());
    std::sort(listSamples.begin(), listSamples.end());

    std::printf("10,000 jobs, 5 running, polled every 3 s\n\n");
    std::printf("%-52s %12lld B\n", "one full listing", static_cast<long long>(fullBytes));
    std::printf("%-52s %12lld B\n", "one hot-set poll", static_cast<long long>(hotBytes));
    std::printf("%-52s %12.1f MB\n", "per hour, listing everything",
                double(fullBytes) * pollsPerHour / 1e6);
    std::printf("%-52s %12.1f MB\n", "per hour, hot-set polling",
                double(hotBytes) * pollsPerHour / 1e6);
    std::printf("%-52s %12.0fx\n", "fewer bytes", double(fullBytes) / double(hotBytes));
    std::printf("\nfull sync of %lld pages (median of 7)\n", static_cast<long long>(fullRequests));
    std::printf("%-52s %12.1f ms\n", "JobSync full reconcile (first, cold)", fullMs);
    std::printf("%-52s %12.1f ms\n", "JobSync full reconcile", syncSamples.at(3));
    std::printf("%-52s %12.1f ms\n", "JobsClient listing alone (no merge)", listSamples.at(3));
    std::printf("%-52s %12.1f ms\n", "curl, the same pages one after another", curlSamples.at(3));
    std::printf("%-52s %12.2fx\n", "JobSync / curl", syncSamples.at(3) / curlSamples.at(3));

    reportMeasure(QStringLiteral("sync: fewer bytes, hot-set polling vs listing everything"),
                  double(fullBytes) / double(hotBytes), QStringLiteral("x"),
                  BenchTarget::atLeast(50));
    reportMeasure(QStringLiteral("sync: full sync of 10,000 jobs, JobSync (median of 7)"),
                  syncSamples.at(3), QStringLiteral("ms"));
    reportMeasure(QStringLiteral("sync: the same pages by curl (median of 7)"), curlSamples.at(3),
                  QStringLiteral("ms"));
    reportMeasure(QStringLiteral("sync: JobSync / curl, full sync of 10,000 jobs"),
                  syncSamples.at(3) / curlSamples.at(3), QStringLiteral("x"),
                  BenchTarget::atMost(1.0));
    return 0;
}
