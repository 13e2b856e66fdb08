#include "api/jobsclient.h"
#include "api/tokensource.h"
#include "fixtures/emulatorfixture.h"
#include "jobgenerator.h"
#include "sync/jobinspector.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString token = QStringLiteral("1000.inspector-test");
const QDateTime now(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);
} // namespace

class TestJobInspector final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsTheResultsOfTheChosenJob();
    void unknownJobFailsInPlace();
    void runningJobRefreshesUntilItFinishes();
    void aPausedInspectorWaitsToRefresh();
    void answersForAnEarlierChoiceAreDropped();

private:
    // A job of 100 entities that runs for 10 s from now, inspected (refreshed every 20 ms) and
    // loaded.
    bool inspectARunningJob();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<StaticTokenSource> m_source;
    std::unique_ptr<JobsClient> m_client;
    std::unique_ptr<JobInspector> m_inspector;
    QList<Job> m_jobs;
};

void TestJobInspector::init()
{
    m_clock = std::make_unique<ManualClock>(now);
    EmulatorServer::Options options;
    options.manualClock = m_clock.get();
    m_jobs = JobGenerator::generate(40, 6, now);
    m_server = startEmulator(m_jobs, token, options);
    m_source = std::make_unique<StaticTokenSource>(token);
    m_client = std::make_unique<JobsClient>();
    m_client->setBaseUrl(m_server->apiBaseUrl());
    m_client->setTokenSource(m_source.get());
    m_inspector = std::make_unique<JobInspector>();
}

void TestJobInspector::cleanup()
{
    m_inspector.reset();
    m_client.reset();
    m_source.reset();
    m_server.reset();
}

bool TestJobInspector::inspectARunningJob()
{
    JobStore::NewJob running;
    running.statusText = QStringLiteral("RUNNING");
    running.outcome = JobStatus::Completed;
    running.entityCount = 100;
    running.runMs = 10000;
    const Job added = m_server->store().add(running, now);
    m_inspector->setRefreshInterval(20ms);
    m_inspector->inspect(m_client.get(), added.id);
    return QTest::qWaitFor([this] { return m_inspector->state() == JobInspector::State::Loaded; },
                           5000);
}

void TestJobInspector::loadsTheResultsOfTheChosenJob()
{
    const auto warning = std::find_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) {
        return job.status == JobStatus::Warning && job.actionName.startsWith(QLatin1String("Bulk"));
    });
    QVERIFY(warning != m_jobs.cend());
    QSignalSpy states(m_inspector.get(), &JobInspector::stateChanged);
    m_inspector->inspect(m_client.get(), warning->id);
    QCOMPARE(m_inspector->state(), JobInspector::State::Loading);
    QTRY_COMPARE(m_inspector->state(), JobInspector::State::Loaded);
    const std::optional<Job> served = m_server->store().get(warning->id);
    QVERIFY(served && served->details);
    QCOMPARE(m_inspector->results()->rowCount(), int(served->details->results.size()));
    QVERIFY(m_inspector->results()->summary().failed >= 1);
    QCOMPARE(m_inspector->job()->id, warning->id);
    QCOMPARE(states.count(), 2);

    m_inspector->inspect(nullptr, QString());
    QCOMPARE(m_inspector->state(), JobInspector::State::Empty);
    QCOMPARE(m_inspector->results()->rowCount(), 0);
}

void TestJobInspector::unknownJobFailsInPlace()
{
    m_inspector->inspect(m_client.get(), QStringLiteral("987000000654321"));
    QTRY_COMPARE(m_inspector->state(), JobInspector::State::Failed);
    QCOMPARE(m_inspector->error()->kind, RequestError::Kind::NotFound);
    QCOMPARE(m_inspector->error()->server.title, QStringLiteral("Job Not Found"));
}

void TestJobInspector::runningJobRefreshesUntilItFinishes()
{
    QVERIFY(inspectARunningJob());
    QCOMPARE(m_inspector->results()->rowCount(), 0);

    QSignalSpy reset(m_inspector->results(), &QAbstractItemModel::modelReset);
    m_clock->advance(4s);
    m_server->tick();
    QTRY_COMPARE(m_inspector->results()->rowCount(), 40);
    m_clock->advance(7s);
    m_server->tick();
    QTRY_COMPARE(m_inspector->job()->status, JobStatus::Completed);
    QCOMPARE(m_inspector->results()->rowCount(), 100);
    // Rows were added as they came, never reset under the viewer.
    QCOMPARE(reset.count(), 0);
    // Finished: no more refreshes.
    const qsizetype requests = m_server->receivedRequests().size();
    QTest::qWait(100);
    QCOMPARE(m_server->receivedRequests().size(), requests);
}

// The window hidden: a running job's details are not fetched again until it is shown.
void TestJobInspector::aPausedInspectorWaitsToRefresh()
{
    QVERIFY(inspectARunningJob());
    m_inspector->setPaused(true);
    // An answer under way when it paused may still come; after it, nothing is asked.
    QTest::qWait(100);
    const qsizetype requests = m_server->receivedRequests().size();
    QTest::qWait(100);
    QCOMPARE(m_server->receivedRequests().size(), requests);

    m_clock->advance(4s);
    m_server->tick();
    m_inspector->setPaused(false);
    QCOMPARE(m_server->receivedRequests().size(), requests);
    QTRY_COMPARE(m_inspector->results()->rowCount(), 40);
    QVERIFY(m_server->receivedRequests().size() > requests);
}

void TestJobInspector::answersForAnEarlierChoiceAreDropped()
{
    m_inspector->inspect(m_client.get(), m_jobs.at(5).id);
    m_inspector->inspect(m_client.get(), m_jobs.at(9).id);
    QTRY_COMPARE(m_inspector->state(), JobInspector::State::Loaded);
    QTest::qWait(50);
    QCOMPARE(m_inspector->job()->id, m_jobs.at(9).id);
}

QTEST_GUILESS_MAIN(TestJobInspector)
#include "tst_jobinspector.moc"
