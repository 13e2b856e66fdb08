#pragma once

#include "clock.h"
#include "emulatorfixture.h"
#include "faultplan.h"
#include "jobsync.h"
#include "tokensource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace {

const QString token = QStringLiteral("1000.sync-test");
const QDateTime now(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

// The emulator on a hand-moved clock, and a sync watching it with hand-run polls.
struct Watched
{
    explicit Watched(const QList<Job> &jobs, EmulatorServer::Options options = {})
        : clock(now)
    {
        options.manualClock = &clock;
        server = startEmulator(jobs, token, options);
        sync.client()->setBaseUrl(server->apiBaseUrl());
        sync.client()->setTokenSource(&source);
        sync.setRandomSeed(7);
        tester = std::make_unique<QAbstractItemModelTester>(
            sync.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    // Runs `what` and waits for the poll it starts to end.
    bool completePoll(const std::function<void()> &what)
    {
        QSignalSpy succeeded(&sync, &JobSync::pollSucceeded);
        QSignalSpy failed(&sync, &JobSync::pollFailed);
        what();
        return QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 20000)
            && !sync.isPolling();
    }

    void moveServerTime(std::chrono::milliseconds step)
    {
        clock.advance(step);
        server->tick();
    }

    QList<EmulatorServer::ReceivedRequest> requestsSince(qsizetype start) const
    {
        return server->receivedRequests().mid(start);
    }

    void setFaults(const QStringList &specs)
    {
        QList<FaultPlan::Fault> faults;
        for (const QString &spec : specs)
            faults.append(*FaultPlan::parse(spec, nullptr));
        server->faults().set(faults);
    }

    ManualClock clock;
    std::unique_ptr<EmulatorServer> server;
    StaticTokenSource source { token };
    // On the emulator's clock, so what it says of times matches what the server says.
    JobSync sync { QStringLiteral("test"), clock };
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace
