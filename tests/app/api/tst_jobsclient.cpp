#include "api/jobsclient.h"
#include "api/tokensource.h"
#include "fixtures/emulatorfixture.h"
#include "jobgenerator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString token = QStringLiteral("1000.client-test");
const QDateTime now(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

template<typename Result, typename Call> Result waitFor(Call call)
{
    std::optional<Result> result;
    int calls = 0;
    call([&](const Result &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("the client never called back");
    QTest::qWait(0); // a second call would come here
    if (calls != 1)
        qFatal("the client called back %d times", calls);
    return *result;
}

JobListResult fetchAll(JobsClient &client, const QString &filter = QString())
{
    return waitFor<JobListResult>(
        [&](JobsClient::JobListCallback done) { client.fetchAllJobs(filter, done); });
}

// A client of `server` with its static token.
struct Connected
{
    explicit Connected(EmulatorServer &server, const QString &accessToken = token)
        : source(accessToken)
    {
        client.setBaseUrl(server.apiBaseUrl());
        client.setTokenSource(&source);
    }
    StaticTokenSource source;
    JobsClient client;
};

// The `from` of every list call the server received, in order.
QList<int> fromsReceived(const EmulatorServer &server)
{
    QList<int> froms;
    for (const EmulatorServer::ReceivedRequest &request : server.receivedRequests())
        froms.append(QUrlQuery(request.query).queryItemValue(QStringLiteral("from")).toInt());
    return froms;
}

// Lists every job of an emulator serving `jobs`, changed by `change` once it has answered page
// 1 (slowly, so the client asks for no other page before): the later pages see the change.
// Returns the listing and the `from` of every list call the server received.
std::pair<JobListResult, QList<int>>
listChangingMidway(const QList<Job> &jobs, EmulatorServer::Options options,
                   const std::function<void(EmulatorServer &)> &change)
{
    options.faults.append(*FaultPlan::parse(QStringLiteral("latency=100"), nullptr));
    const auto server = startEmulator(jobs, token, options);
    Connected connected(*server);
    std::optional<JobListResult> result;
    connected.client.fetchAllJobs(QString(), [&](const JobListResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return server->receivedRequests().size() == 1; }, 10000))
        qFatal("page 1 was never asked for");
    change(*server);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("the listing never ended");
    return { *result, fromsReceived(*server) };
}

} // namespace

class TestJobsClient final : public QObject
{
    Q_OBJECT

private slots:
    void fetchesEveryPageInOrder_data();
    void fetchesEveryPageInOrder();
    void pagesGoInParallelButNeverMoreThanTheBound();
    void newestJobsAskForNoPagePastThem_data();
    void newestJobsAskForNoPagePastThem();
    void progressCountsThePagesOfTheTotal();
    void pagesSmallerThanAskedStillBringEveryJob_data();
    void pagesSmallerThanAskedStillBringEveryJob();
    void pagesThatShrinkMidwayLeaveNoGap();
    void startIndexMustAgreeFromPageToPage_data();
    void startIndexMustAgreeFromPageToPage();
    void sendsTheContractHeaders();
    void filterIsSentEncoded();
    void redirectToAnotherHostIsNotFollowed();
    void jobIdsThatAreNotNumbersAreNeverSent_data();
    void jobIdsThatAreNotNumbersAreNeverSent();
    void pagingEndsWhenTheServerMisbehaves_data();
    void pagingEndsWhenTheServerMisbehaves();
    void typedErrors_data();
    void typedErrors();
    void fetchesOneJobWithDetails();
    void deletesAndSaysWhenAlreadyGone_data();
    void deletesAndSaysWhenAlreadyGone();
    void refusedConnectionIsANetworkError();
    void oversizedResponseIsRefused();
    void unauthorizedRenewsTheTokenOnceThenRetries();
    void concurrentCallsShareOneRenewal();
    void expiredTokenIsRenewedBeforeTheCall();
    void refusedRenewalIsUnauthorized();
    void pagesCountWhatTheyHeldReadableOrNot_data();
    void pagesCountWhatTheyHeldReadableOrNot();
};

void TestJobsClient::fetchesEveryPageInOrder_data()
{
    QTest::addColumn<int>("jobCount");
    QTest::addColumn<int>("pages");
    QTest::newRow("no jobs") << 0 << 1;
    QTest::newRow("one short page") << 7 << 1;
    // A full last page is confirmed by asking for the next one.
    QTest::newRow("exactly one page") << 200 << 2;
    QTest::newRow("three pages") << 450 << 3;
    QTest::newRow("fifty pages") << 10000 << 51;
}

void TestJobsClient::fetchesEveryPageInOrder()
{
    QFETCH(int, jobCount);
    QFETCH(int, pages);
    const QList<Job> jobs = JobGenerator::generate(jobCount, 3, now);
    const auto server = startEmulator(jobs, token);
    Connected connected(*server);
    const JobListResult result = fetchAll(connected.client);

    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message()) : "");
    QCOMPARE(result.jobs, jobs);
    QCOMPARE(result.pages, pages);
    QVERIFY(result.complete);
    QSet<QString> froms;
    for (const EmulatorServer::ReceivedRequest &request : server->receivedRequests())
        froms.insert(QUrlQuery(request.query).queryItemValue(QStringLiteral("from")));
    QCOMPARE(froms.size(), pages);
    QCOMPARE(server->receivedRequests().constFirst().query, QStringLiteral("limit=200&from=1"));
}

void TestJobsClient::newestJobsAskForNoPagePastThem_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("serverPageSize");
    QTest::addColumn<QStringList>("queries");
    QTest::newRow("fewer than a page")
        << 50 << 200 << QStringList { QStringLiteral("limit=50&from=1") };
    // A server that hands out smaller pages than asked for is paged on until there are enough.
    QTest::newRow("server pages of 20")
        << 50 << 20
        << QStringList { QStringLiteral("limit=50&from=1"), QStringLiteral("limit=50&from=21"),
                         QStringLiteral("limit=50&from=41") };
    QTest::newRow("more than a page")
        << 300 << 200
        << QStringList { QStringLiteral("limit=200&from=1"), QStringLiteral("limit=200&from=201") };
    // The short third page ends the listing: it is complete.
    QTest::newRow("more than there are")
        << 900 << 200
        << QStringList { QStringLiteral("limit=200&from=1"), QStringLiteral("limit=200&from=201"),
                         QStringLiteral("limit=200&from=401") };
}

void TestJobsClient::newestJobsAskForNoPagePastThem()
{
    QFETCH(int, count);
    QFETCH(int, serverPageSize);
    QFETCH(QStringList, queries);
    const QList<Job> jobs = JobGenerator::generate(450, 3, now);
    EmulatorServer::Options options;
    options.maxPageSize = serverPageSize;
    const auto server = startEmulator(jobs, token, options);
    Connected connected(*server);
    // Pages go in parallel, as for every listing: still none past the jobs wanted.
    const JobListResult result = waitFor<JobListResult>([&](JobsClient::JobListCallback done) {
        connected.client.fetchNewestJobs(QString(), count, done);
    });

    QVERIFY(!result.error);
    QCOMPARE(result.jobs.mid(0, count), jobs.mid(0, count));
    QCOMPARE(result.complete, count >= jobs.size());
    QStringList received;
    for (const EmulatorServer::ReceivedRequest &request : server->receivedRequests())
        received.append(request.query);
    received.sort();
    queries.sort();
    QCOMPARE(received, queries);
}

void TestJobsClient::progressCountsThePagesOfTheTotal()
{
    const auto server = startEmulator(JobGenerator::generate(1000, 3, now), token);
    Connected connected(*server);
    QList<std::pair<int, int>> progress;
    const JobListResult result = waitFor<JobListResult>([&](JobsClient::JobListCallback done) {
        connected.client.fetchAllJobs(QString(), done, [&progress](int answered, int expected) {
            progress.append({ answered, expected });
        });
    });
    QVERIFY(result.complete);
    // Page 1 tells the total (1,000 jobs in pages of 200); the empty sixth page ends it.
    QCOMPARE(progress.size(), 6);
    QCOMPARE(progress.constFirst(), std::make_pair(1, 5));
    QCOMPARE(progress.at(4), std::make_pair(5, 5));
    QCOMPARE(progress.constLast(), std::make_pair(6, 6));
}

void TestJobsClient::pagesGoInParallelButNeverMoreThanTheBound()
{
    // Every answer waits 300 ms on the server, so requests in flight can be counted there.
    EmulatorServer::Options options;
    options.faults = { *FaultPlan::parse(QStringLiteral("latency=300"), nullptr) };
    const auto server = startEmulator(JobGenerator::generate(1800, 3, now), token, options);
    Connected connected(*server);
    connected.client.setMaxParallelPages(4);
    std::optional<JobListResult> result;
    connected.client.fetchAllJobs(QString(), [&](const JobListResult &r) { result = r; });

    // Page 1 alone; once it is answered, four more at once: five requests, not two, not nine.
    QTRY_COMPARE(server->receivedRequests().size(), 5);
    QTest::qWait(100);
    QCOMPARE(server->receivedRequests().size(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->error);
    QCOMPARE(result->jobs.size(), 1800);
    QCOMPARE(server->receivedRequests().size(), 10);
}

void TestJobsClient::pagesSmallerThanAskedStillBringEveryJob_data()
{
    QTest::addColumn<int>("serverPageSize");
    QTest::addColumn<bool>("meta");
    QTest::addColumn<QList<int>>("froms");
    const auto steps = [](int step, int last) {
        QList<int> froms;
        for (int from = 1; from <= last; from += step)
            froms.append(from);
        return froms;
    };
    // Each page asks for 200; a full last page is confirmed by asking for the next one.
    QTest::newRow("25") << 25 << true << steps(25, 451);
    QTest::newRow("50") << 50 << true << steps(50, 451);
    QTest::newRow("100") << 100 << true << steps(100, 401);
    QTest::newRow("200") << 200 << true << steps(200, 401);
    // Without meta no page can say it is the last: one after another until an empty one.
    QTest::newRow("50, no meta") << 50 << false << steps(50, 451);
    QTest::newRow("200, no meta") << 200 << false << QList<int> { 1, 201, 401, 451 };
}

void TestJobsClient::pagesSmallerThanAskedStillBringEveryJob()
{
    QFETCH(int, serverPageSize);
    QFETCH(bool, meta);
    QFETCH(QList<int>, froms);
    EmulatorServer::Options options;
    options.maxPageSize = serverPageSize;
    options.listMeta = meta;
    const QList<Job> jobs = JobGenerator::generate(450, 3, now);
    const auto server = startEmulator(jobs, token, options);
    Connected connected(*server);
    const JobListResult result = fetchAll(connected.client);

    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message()) : "");
    QCOMPARE(result.jobs, jobs);
    QVERIFY(result.complete);
    QList<int> received = fromsReceived(*server);
    std::sort(received.begin(), received.end());
    QCOMPARE(received, froms);
    for (const EmulatorServer::ReceivedRequest &request : server->receivedRequests())
        QCOMPARE(QUrlQuery(request.query).queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("200"));
}

void TestJobsClient::pagesThatShrinkMidwayLeaveNoGap()
{
    // Page 1 says 50 a page, so the next pages are asked for 50 apart, four at once; by then
    // the server hands out 20: what lies between must be asked for too.
    EmulatorServer::Options options;
    options.maxPageSize = 50;
    const QList<Job> jobs = JobGenerator::generate(450, 3, now);
    const auto [result, froms] = listChangingMidway(
        jobs, options, [](EmulatorServer &server) { server.setMaxPageSize(20); });

    QVERIFY(!result.error);
    QCOMPARE(result.jobs, jobs);
    QVERIFY(result.complete);
    QVERIFY(froms.contains(51 + 20));
    QCOMPARE(QSet<int>(froms.cbegin(), froms.cend()).size(), froms.size());
}

void TestJobsClient::startIndexMustAgreeFromPageToPage_data()
{
    QTest::addColumn<int>("firstBase");
    QTest::addColumn<int>("laterBase");
    QTest::addColumn<bool>("complete");
    QTest::newRow("from 1") << 1 << 1 << true;
    // A server of its own convention, kept on every page: the pages still fit together.
    QTest::newRow("from 0") << 0 << 0 << true;
    // Where the later pages sit is anybody's guess: nothing may be taken as deleted.
    QTest::newRow("changes midway") << 1 << 0 << false;
}

void TestJobsClient::startIndexMustAgreeFromPageToPage()
{
    QFETCH(int, firstBase);
    QFETCH(int, laterBase);
    QFETCH(bool, complete);
    EmulatorServer::Options options;
    options.maxPageSize = 50;
    options.startIndexBase = firstBase;
    const QList<Job> jobs = JobGenerator::generate(450, 3, now);
    const JobListResult result = listChangingMidway(jobs, options, [&](EmulatorServer &server) {
                                     server.setStartIndexBase(laterBase);
                                 }).first;

    QVERIFY(!result.error);
    QCOMPARE(result.jobs, jobs);
    QCOMPARE(result.complete, complete);
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

    StaticTokenSource source(token);
    JobsClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(raw.serverPort())));
    client.setTokenSource(&source);
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

void TestJobsClient::filterIsSentEncoded()
{
    const QList<Job> jobs = JobGenerator::generate(300, 3, now);
    const auto server = startEmulator(jobs, token);
    Connected connected(*server);
    const QString filter
        = QStringLiteral(R"(status eq "COMPLETED" and action_name co "User & Co")");
    const JobListResult result = fetchAll(connected.client, filter);
    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message()) : "");
    const QString received = server->receivedRequests().constFirst().query;
    QCOMPARE(QUrlQuery(received).queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
             filter);
    // Spaces as %20: a `+` would be a space to some servers and a plus to others.
    QVERIFY2(received.contains(QLatin1String("status%20eq%20%22COMPLETED%22")),
             qPrintable(received));
    QVERIFY2(!received.contains(QLatin1Char('+')), qPrintable(received));
    QVERIFY(result.jobs.isEmpty());

    const JobListResult completed
        = fetchAll(connected.client, QStringLiteral(R"(status eq "COMPLETED")"));
    QVERIFY(!completed.jobs.isEmpty());
    for (const Job &job : completed.jobs)
        QCOMPARE(job.status, JobStatus::Completed);
}

void TestJobsClient::redirectToAnotherHostIsNotFollowed()
{
    // A server that sends every request on to another server, one that would take the token.
    const auto elsewhere = startEmulator(JobGenerator::generate(5, 3, now), token);
    QTcpServer redirecting;
    QVERIFY(redirecting.listen(QHostAddress::LocalHost));
    connect(&redirecting, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = redirecting.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + elsewhere->apiBaseUrl().toEncoded()
                          + "/jobs?limit=200&from=1"
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });

    StaticTokenSource source(token);
    JobsClient client;
    client.setBaseUrl(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(redirecting.serverPort())));
    client.setTokenSource(&source);
    const JobListResult result = fetchAll(client);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, RequestError::Kind::Redirected);
    QCOMPARE(result.error->message(),
             QStringLiteral("The server redirected to another host; nothing was sent there."));
    QVERIFY(elsewhere->receivedRequests().isEmpty());
}

void TestJobsClient::jobIdsThatAreNotNumbersAreNeverSent_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("letters") << QStringLiteral("12a");
    QTest::newRow("empty") << QString();
    QTest::newRow("percent-encoded digit") << QStringLiteral("%31");
    QTest::newRow("another path") << QStringLiteral("../jobs");
    QTest::newRow("query") << QStringLiteral("1?from=2");
    QTest::newRow("space") << QStringLiteral("1 2");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662");
}

void TestJobsClient::jobIdsThatAreNotNumbersAreNeverSent()
{
    QFETCH(QString, id);
    const auto server = startEmulator(JobGenerator::generate(5, 3, now), token);
    Connected connected(*server);
    const auto fetched = waitFor<ApiResult<Job>>(
        [&](JobsClient::JobCallback done) { connected.client.fetchJob(id, done); });
    QVERIFY(!fetched.value);
    QCOMPARE(fetched.error->kind, RequestError::Kind::InvalidJobId);
    QCOMPARE(fetched.error->message(),
             QStringLiteral("The job id is not a number; nothing was sent."));
    const auto deleted = waitFor<std::optional<RequestError>>(
        [&](JobsClient::DeleteCallback done) { connected.client.deleteJob(id, done); });
    QCOMPARE(deleted->kind, RequestError::Kind::InvalidJobId);
    QVERIFY(server->receivedRequests().isEmpty());
    QCOMPARE(server->store().size(), 5);
}

void TestJobsClient::pagingEndsWhenTheServerMisbehaves_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("expectedJobs");
    QTest::addColumn<int>("maxRequests");
    QTest::addColumn<bool>("complete");
    QTest::newRow("total says 1000 more") << QStringLiteral("lying-total=1000") << 450 << 8 << true;
    QTest::newRow("total says 2,000,000 more")
        << QStringLiteral("lying-total=2000000") << 450 << 8 << true;
    QTest::newRow("total says 250 fewer") << QStringLiteral("lying-total=-250") << 450 << 3 << true;
    QTest::newRow("every page is page one") << QStringLiteral("repeat-page") << 200 << 6 << false;
    QTest::newRow("honest") << QStringLiteral("latency=0") << 450 << 3 << true;
}

void TestJobsClient::pagingEndsWhenTheServerMisbehaves()
{
    QFETCH(QString, fault);
    QFETCH(int, expectedJobs);
    QFETCH(int, maxRequests);
    QFETCH(bool, complete);
    EmulatorServer::Options options;
    options.faults = { *FaultPlan::parse(fault, nullptr) };
    const QList<Job> jobs = JobGenerator::generate(450, 3, now);
    const auto server = startEmulator(jobs, token, options);
    Connected connected(*server);
    const JobListResult result = fetchAll(connected.client);
    QVERIFY(!result.error);
    QCOMPARE(result.jobs, jobs.mid(0, expectedJobs));
    // Only a listing that ended on its own may be taken as the whole truth.
    QCOMPARE(result.complete, complete);
    QVERIFY2(server->receivedRequests().size() <= maxRequests,
             qPrintable(QString::number(server->receivedRequests().size())));
}

void TestJobsClient::typedErrors_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<RequestError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("message");
    using Kind = RequestError::Kind;
    QTest::newRow("500") << QStringLiteral("error500") << Kind::Server << 500 << -1
                         << QStringLiteral("The server answered HTTP 500. An unexpected internal "
                                           "error has occurred on the server. Please try again "
                                           "later.");
    QTest::newRow("429") << QStringLiteral("rate-limit=17") << Kind::RateLimited << 429 << 17
                         << QStringLiteral("The server asks to slow down; retry in 17 s. Too many "
                                           "requests. Please try again later.");
    // Longer than an hour is an hour: such a wait is a mistake, and a timer would overflow.
    QTest::newRow("429, Retry-After past an int of ms")
        << QStringLiteral("rate-limit=4294968") << Kind::RateLimited << 429 << 3600
        << QStringLiteral("The server asks to slow down; retry in 3600 s. Too many requests. "
                          "Please try again later.");
    QTest::newRow("429, Retry-After past an int") << QStringLiteral("rate-limit=99999999999")
                                                  << Kind::RateLimited << 429 << 3600 << QString();
    QTest::newRow("malformed") << QStringLiteral("malformed") << Kind::Decode << 200 << -1
                               << QStringLiteral(
                                      "The server's answer could not be read. "
                                      "malformed JSON at offset 65: unterminated string");
    QTest::newRow("truncated") << QStringLiteral("truncate") << Kind::Network << 200 << -1
                               << QString();
    QTest::newRow("stalled") << QStringLiteral("stall") << Kind::Timeout << 200 << -1 << QString();
    QTest::newRow("reset twice") << QStringLiteral("reset,count=2") << Kind::Network << 0 << -1
                                 << QString();
}

void TestJobsClient::typedErrors()
{
    QFETCH(QString, fault);
    QFETCH(RequestError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, retryAfter);
    QFETCH(QString, message);
    EmulatorServer::Options options;
    options.faults = { *FaultPlan::parse(fault, nullptr) };
    const auto server = startEmulator(JobGenerator::generate(50, 3, now), token, options);
    Connected connected(*server);
    connected.client.setTransferTimeout(std::chrono::milliseconds(500));
    const JobListResult result = fetchAll(connected.client);
    QVERIFY(result.error);
    QVERIFY(result.jobs.isEmpty());
    QCOMPARE(result.error->kind, kind);
    QCOMPARE(result.error->httpStatus, httpStatus);
    QCOMPARE(result.error->retryAfterSeconds, retryAfter);
    if (!message.isEmpty())
        QCOMPARE(result.error->message(), message);
}

void TestJobsClient::fetchesOneJobWithDetails()
{
    const QList<Job> jobs = JobGenerator::generate(20, 3, now);
    const auto server = startEmulator(jobs, token);
    Connected connected(*server);
    const auto found = waitFor<ApiResult<Job>>(
        [&](JobsClient::JobCallback done) { connected.client.fetchJob(jobs.at(6).id, done); });
    QVERIFY(found.value);
    QCOMPARE(found.value->id, jobs.at(6).id);
    QVERIFY(found.value->details);
    const auto missing = waitFor<ApiResult<Job>>([&](JobsClient::JobCallback done) {
        connected.client.fetchJob(QStringLiteral("42"), done);
    });
    QCOMPARE(missing.error->kind, RequestError::Kind::NotFound);
    QCOMPARE(missing.error->server.title, QStringLiteral("Job Not Found"));
}

void TestJobsClient::deletesAndSaysWhenAlreadyGone_data()
{
    QTest::addColumn<int>("deleteStatus");
    QTest::newRow("200 with a body") << 200;
    QTest::newRow("204 without") << 204;
}

void TestJobsClient::deletesAndSaysWhenAlreadyGone()
{
    QFETCH(int, deleteStatus);
    EmulatorServer::Options options;
    options.deleteStatus = deleteStatus;
    const QList<Job> jobs = JobGenerator::generate(20, 3, now);
    const auto server = startEmulator(jobs, token, options);
    Connected connected(*server);
    const auto remove = [&] {
        return waitFor<std::optional<RequestError>>([&](JobsClient::DeleteCallback done) {
            connected.client.deleteJob(jobs.at(2).id, done);
        });
    };
    QVERIFY(!remove());
    QCOMPARE(remove()->kind, RequestError::Kind::NotFound);
    QCOMPARE(server->store().size(), 19);
    QCOMPARE(server->receivedRequests().constLast().method, QByteArray("DELETE"));
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
    StaticTokenSource source(token);
    JobsClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    client.setTokenSource(&source);
    const JobListResult result = fetchAll(client);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, RequestError::Kind::Network);
    QCOMPARE(result.error->httpStatus, 0);
    QVERIFY(result.error->message().startsWith(QStringLiteral("The server could not be reached.")));
}

void TestJobsClient::oversizedResponseIsRefused()
{
    const auto server = startEmulator(JobGenerator::generate(200, 1, now), token);
    Connected connected(*server);
    connected.client.setMaxResponseBytes(4096);
    const JobListResult result = fetchAll(connected.client);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, RequestError::Kind::Decode);
    QVERIFY(result.jobs.isEmpty());
}

namespace {

// An emulator with OAuth and a Self Client sign-in, as an account would have after setup.
// The server and the client may disagree about the time: give them separate clocks.
struct SignedIn
{
    explicit SignedIn(ManualClock &clock,
                      std::chrono::seconds tokenLifetime = std::chrono::seconds(3600))
        : SignedIn(clock, clock, tokenLifetime)
    { }

    SignedIn(ManualClock &clock, const Clock &clientClock, std::chrono::seconds tokenLifetime)
        : client(clientClock)
    {
        EmulatorServer::Options options;
        options.manualClock = &clock;
        options.oauth.accessTokenLifetime = tokenLifetime;
        server = startEmulator(JobGenerator::generate(30, 3, now), QString(), options);
        const QString code
            = server->oauth().issueSelfClientCode(QStringLiteral("id360.job.ALL"), clock.now());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("client_id"), options.oauth.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), options.oauth.clientSecret);
        form.addQueryItem(QStringLiteral("code"), code);
        QUrl url = server->origin();
        url.setPath(QStringLiteral("/oauth/v2/token"));
        const QJsonObject tokens
            = QJsonDocument::fromJson(
                  sendHttp("POST", url, QByteArray(), form.toString(QUrl::FullyEncoded).toLatin1())
                      .body)
                  .object();
        refreshToken = tokens.value(QLatin1String("refresh_token")).toString();
        source = std::make_unique<OAuthTokenSource>(
            OAuthClient { server->origin(), options.oauth.clientId, options.oauth.clientSecret },
            refreshToken, clientClock);
        client.setBaseUrl(server->apiBaseUrl());
        client.setTokenSource(source.get());
    }
    std::unique_ptr<EmulatorServer> server;
    QString refreshToken;
    std::unique_ptr<OAuthTokenSource> source;
    JobsClient client;
};

} // namespace

void TestJobsClient::unauthorizedRenewsTheTokenOnceThenRetries()
{
    ManualClock serverClock(now);
    ManualClock clientClock(now);
    SignedIn account(serverClock, clientClock, std::chrono::seconds(600));
    QVERIFY(!fetchAll(account.client).error);
    const int renewals = countRequests(*account.server, QStringLiteral("/oauth/v2/token"));

    // The server no longer takes the token, though the client believes it still good.
    serverClock.advance(std::chrono::seconds(601));
    const JobListResult result = fetchAll(account.client);
    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message()) : "");
    QCOMPARE(result.jobs.size(), 30);
    QCOMPARE(countRequests(*account.server, QStringLiteral("/oauth/v2/token")), renewals + 1);
    const QList<EmulatorServer::ReceivedRequest> &received = account.server->receivedRequests();
    QCOMPARE(received.at(received.size() - 3).status, 401);
    QCOMPARE(received.at(received.size() - 2).path, QStringLiteral("/oauth/v2/token"));
    QCOMPARE(received.constLast().status, 200);
}

void TestJobsClient::concurrentCallsShareOneRenewal()
{
    ManualClock clock(now);
    SignedIn account(clock);
    // Five calls at once with no token yet: one renewal serves them all.
    int answered = 0;
    for (int i = 0; i < 5; ++i)
        account.client.fetchPage(1, 10, QString(), [&](const ApiResult<JobPage> &result) {
            QVERIFY(result.value);
            ++answered;
        });
    QTRY_COMPARE(answered, 5);
    // One for the sign-in itself, one renewal.
    QCOMPARE(countRequests(*account.server, QStringLiteral("/oauth/v2/token")), 2);
}

void TestJobsClient::expiredTokenIsRenewedBeforeTheCall()
{
    ManualClock clock(now);
    SignedIn account(clock, std::chrono::seconds(600));
    QVERIFY(!fetchAll(account.client).error);
    const int renewals = countRequests(*account.server, QStringLiteral("/oauth/v2/token"));
    const int unauthorized = static_cast<int>(std::count_if(
        account.server->receivedRequests().cbegin(), account.server->receivedRequests().cend(),
        [](const auto &request) { return request.status == 401; }));
    clock.advance(std::chrono::seconds(601));
    QVERIFY(!fetchAll(account.client).error);
    QCOMPARE(countRequests(*account.server, QStringLiteral("/oauth/v2/token")), renewals + 1);
    // Renewed first, so the server never saw the dead token.
    QCOMPARE(std::count_if(account.server->receivedRequests().cbegin(),
                           account.server->receivedRequests().cend(),
                           [](const auto &request) { return request.status == 401; }),
             unauthorized);
}

void TestJobsClient::refusedRenewalIsUnauthorized()
{
    ManualClock clock(now);
    SignedIn account(clock);
    QUrl revoke = account.server->origin();
    revoke.setPath(QStringLiteral("/oauth/v2/token/revoke"));
    revoke.setQuery(QStringLiteral("token=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(account.refreshToken)));
    sendHttp("POST", revoke);
    const JobListResult result = fetchAll(account.client);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, RequestError::Kind::Unauthorized);
    QVERIFY2(result.error->message().contains(QStringLiteral("sign in again")),
             qPrintable(result.error->message()));
    // No API call went out without a token.
    QCOMPARE(countRequests(*account.server, QStringLiteral("/api/v1/jobs")), 0);
}

void TestJobsClient::pagesCountWhatTheyHeldReadableOrNot_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("idsKept");
    QTest::newRow("first of each page unreadable") << QStringLiteral("odd-job") << true;
    QTest::newRow("first of each page without id") << QStringLiteral("no-id-job") << false;
}

void TestJobsClient::pagesCountWhatTheyHeldReadableOrNot()
{
    QFETCH(QString, fault);
    QFETCH(bool, idsKept);
    const QList<Job> jobs = JobGenerator::generate(450, 3, now);
    const auto server = startEmulator(jobs, token);
    server->faults().set({ *FaultPlan::parse(fault, nullptr) });
    Connected connected(*server);
    const JobListResult result = fetchAll(connected.client);
    QCOMPARE(result.pages, 3);
    QVERIFY(!result.error);
    QVERIFY(result.complete);
    // Every page's other jobs, in order; the spoiled first ones as unreadable, or counted.
    QStringList expected;
    QStringList unreadable;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const bool spoiled = i % JobsClient::pageSize == 0;
        if (spoiled && idsKept)
            unreadable.append(jobs.at(i).id);
        if (!spoiled || idsKept)
            expected.append(jobs.at(i).id);
    }
    QStringList listed;
    QStringList listedUnreadable;
    for (const Job &job : result.jobs) {
        listed.append(job.id);
        if (job.status == JobStatus::Unreadable)
            listedUnreadable.append(job.id);
    }
    QCOMPARE(listed, expected);
    QCOMPARE(listedUnreadable, unreadable);
    QCOMPARE(result.unreadableWithoutId, idsKept ? 0 : 3);
}

QTEST_GUILESS_MAIN(TestJobsClient)
#include "tst_jobsclient.moc"
