#include "emulatorfixture.h"
#include "jobgenerator.h"
#include "jobsclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

const QString token = QStringLiteral("1000.client-test");
const QDateTime now(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

} // namespace

class TestJobsClient final : public QObject
{
    Q_OBJECT

private slots:
    void fetchesEveryPageInOrder_data();
    void fetchesEveryPageInOrder();
    void sendsTheContractHeaders();
    void wrongTokenIsUnauthorizedWithTheServerWords();
    void refusedConnectionIsANetworkError();
    void oversizedResponseIsRefused();

private:
    JobListResult fetchAll(JobsClient &client);
};

JobListResult TestJobsClient::fetchAll(JobsClient &client)
{
    std::optional<JobListResult> result;
    int calls = 0;
    client.fetchAllJobs([&](const JobListResult &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("fetchAllJobs never finished");
    QTest::qWait(0); // a second call would come here
    if (calls != 1)
        qFatal("fetchAllJobs called back %d times", calls);
    return *result;
}

void TestJobsClient::fetchesEveryPageInOrder_data()
{
    QTest::addColumn<int>("jobCount");
    QTest::addColumn<QStringList>("expectedQueries");
    QTest::newRow("no jobs") << 0 << QStringList { QStringLiteral("limit=200&from=1") };
    QTest::newRow("one short page") << 7 << QStringList { QStringLiteral("limit=200&from=1") };
    QTest::newRow("exactly one page") << 200 << QStringList { QStringLiteral("limit=200&from=1") };
    QTest::newRow("three pages") << 450
                                 << QStringList { QStringLiteral("limit=200&from=1"),
                                                  QStringLiteral("limit=200&from=201"),
                                                  QStringLiteral("limit=200&from=401") };
}

void TestJobsClient::fetchesEveryPageInOrder()
{
    QFETCH(int, jobCount);
    QFETCH(QStringList, expectedQueries);
    const QList<Job> jobs = JobGenerator::generate(jobCount, 3, now);
    const auto server = startEmulator(jobs, token);

    JobsClient client;
    client.setBaseUrl(server->apiBaseUrl());
    client.setAccessToken(token);
    const JobListResult result = fetchAll(client);

    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message()) : "");
    QCOMPARE(result.jobs, jobs);
    QCOMPARE(result.pages, expectedQueries.size());
    QStringList queries;
    for (const EmulatorServer::ReceivedRequest &request : server->receivedRequests()) {
        QCOMPARE(request.path, QStringLiteral("/api/v1/jobs"));
        queries.append(request.query);
    }
    QCOMPARE(queries, expectedQueries);
}

void TestJobsClient::sendsTheContractHeaders()
{
    // A bare TCP server sees exactly the bytes the client sends.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = raw.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&, socket] {
            received += socket->readAll();
            if (received.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    });

    JobsClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(raw.serverPort())));
    client.setAccessToken(token);
    const JobListResult result = fetchAll(client);

    QVERIFY(result.error);
    QCOMPARE(result.error->kind, RequestError::Kind::Server);
    QCOMPARE(result.error->httpStatus, 500);
    QVERIFY2(received.startsWith("GET /api/v1/jobs?limit=200&from=1 HTTP/1.1\r\n"),
             received.constData());
    QVERIFY(received.contains("\r\nAccept: application/json\r\n"));
    QVERIFY(received.contains(
        QByteArray("\r\nAuthorization: Zoho-oauthtoken " + token.toUtf8() + "\r\n")));
}

void TestJobsClient::wrongTokenIsUnauthorizedWithTheServerWords()
{
    const auto server = startEmulator(JobGenerator::generate(10, 1, now), token);
    JobsClient client;
    client.setBaseUrl(server->apiBaseUrl());
    client.setAccessToken(QStringLiteral("1000.expired"));
    const JobListResult result = fetchAll(client);

    QVERIFY(result.error);
    QVERIFY(result.jobs.isEmpty());
    QCOMPARE(result.error->kind, RequestError::Kind::Unauthorized);
    QCOMPARE(result.error->httpStatus, 401);
    QCOMPARE(result.error->server.code, QStringLiteral("00000101"));
    QCOMPARE(result.error->message(),
             QStringLiteral("The server did not accept the access token. "
                            "The OAuth token is invalid."));
}

void TestJobsClient::refusedConnectionIsANetworkError()
{
    // Bind a port, then free it: nothing listens there any more.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    JobsClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    client.setAccessToken(token);
    const JobListResult result = fetchAll(client);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, RequestError::Kind::Network);
    QCOMPARE(result.error->httpStatus, 0);
    QVERIFY(result.error->message().startsWith(QStringLiteral("The server could not be reached.")));
}

void TestJobsClient::oversizedResponseIsRefused()
{
    const auto server = startEmulator(JobGenerator::generate(200, 1, now), token);
    JobsClient client;
    client.setBaseUrl(server->apiBaseUrl());
    client.setAccessToken(token);
    client.setMaxResponseBytes(4096);
    const JobListResult result = fetchAll(client);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, RequestError::Kind::Decode);
    QVERIFY(result.jobs.isEmpty());
}

QTEST_GUILESS_MAIN(TestJobsClient)
#include "tst_jobsclient.moc"
