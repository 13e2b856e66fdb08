#include "clock.h"
#include "fixtures/emulatorfixture.h"
#include "jobgenerator.h"
#include "jobjson.h"
#include "scimfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString token = QStringLiteral("1000.test-token");
const QDateTime now(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

using Answer = HttpAnswer;

} // namespace

class TestEmulatorServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatorIsDeterministicAndCoversEveryStatus();
    void listsPagesWithMeta();
    void fromPastTheEndIsAnEmptyPage();
    void largerLimitsAreCutDownToThePageSize();
    void listsWithoutMetaWhenToldTo();
    void plusInAQueryIsASpace();
    void rejectsBadParameters_data();
    void rejectsBadParameters();
    void rejectsMissingOrWrongTokenWithTheSeedBody_data();
    void rejectsMissingOrWrongTokenWithTheSeedBody();
    void unknownPathAndWrongMethod();
    void filtersOverHttp_data();
    void filtersOverHttp();
    void badFiltersSayWhatAndWhere_data();
    void badFiltersSayWhatAndWhere();
    void getsAJobWithItsResults();
    void unknownJobIsTheSeedsNotFound();
    void deleteThenGoneEverywhere();
    void deleteCanAnswer204();
    void adminAddsJobsAndMovesTime();

private:
    Answer send(const QByteArray &method, const QString &pathAndQuery,
                const QByteArray &authorization = "Zoho-oauthtoken " + token.toUtf8());

    QList<Job> m_jobs;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestEmulatorServer::initTestCase()
{
    m_jobs = JobGenerator::generate(450, 7, now);
    m_server = startEmulator(m_jobs, token);
}

Answer TestEmulatorServer::send(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &authorization)
{
    QUrl url = m_server->apiBaseUrl();
    const QUrl relative(pathAndQuery);
    url.setPath(url.path() + relative.path());
    url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return sendHttp(method, url, authorization);
}

void TestEmulatorServer::generatorIsDeterministicAndCoversEveryStatus()
{
    QCOMPARE(JobGenerator::generate(450, 7, now), m_jobs);
    QVERIFY(JobGenerator::generate(450, 8, now) != m_jobs);

    QSet<JobStatus> statuses;
    QSet<QString> ids;
    for (int i = 0; i < m_jobs.size(); ++i) {
        const Job &job = m_jobs.at(i);
        statuses.insert(job.status);
        ids.insert(job.id);
        QVERIFY(job.startTime <= now);
        QCOMPARE(job.endTime.isValid(), !jobStatusIsActive(job.status));
        if (i > 0)
            QVERIFY2(m_jobs.at(i - 1).startTime > job.startTime, "newest first");
    }
    QCOMPARE(ids.size(), m_jobs.size());
    QCOMPARE(statuses,
             (QSet<JobStatus> { JobStatus::Queued, JobStatus::Running, JobStatus::Warning,
                                JobStatus::Completed, JobStatus::Error }));
    const QList<Job> five = JobGenerator::generate(5, 1, now);
    QCOMPARE(QSet<JobStatus>(
                 { five[0].status, five[1].status, five[2].status, five[3].status, five[4].status })
                 .size(),
             5);
}

void TestEmulatorServer::listsPagesWithMeta()
{
    const Answer answer = send("GET", QStringLiteral("/jobs?limit=200&from=201"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").startsWith("application/json"));
    const QJsonObject meta
        = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("start_index")), QJsonValue(QStringLiteral("201")));
    QCOMPARE(meta.value(QLatin1String("limit")), QJsonValue(200));
    QCOMPARE(meta.value(QLatin1String("total_no_of_objects")), QJsonValue(450));

    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(answer.body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->jobs, m_jobs.mid(200, 200));

    const Answer last = send("GET", QStringLiteral("/jobs?limit=200&from=401"));
    QCOMPARE(JobJson::decodeJobPage(last.body, &error)->jobs, m_jobs.mid(400));

    const Answer single = send("GET", QStringLiteral("/jobs?limit=1"));
    QCOMPARE(JobJson::decodeJobPage(single.body, &error)->jobs, m_jobs.mid(0, 1));

    const Answer defaults = send("GET", QStringLiteral("/jobs"));
    QCOMPARE(JobJson::decodeJobPage(defaults.body, &error)->jobs, m_jobs.mid(0, 200));
}

void TestEmulatorServer::fromPastTheEndIsAnEmptyPage()
{
    const Answer answer = send("GET", QStringLiteral("/jobs?from=451"));
    QCOMPARE(answer.status, 200);
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(answer.body, &error);
    QVERIFY2(page, qPrintable(error));
    QVERIFY(page->jobs.isEmpty());
    QCOMPARE(page->meta.total, 450);
}

void TestEmulatorServer::largerLimitsAreCutDownToThePageSize()
{
    const auto server = startEmulator(m_jobs, token);
    const auto list = [&](const QString &query) {
        QUrl url = server->apiBaseUrl();
        url.setPath(url.path() + QStringLiteral("/jobs"));
        url.setQuery(query);
        const Answer answer = sendHttp("GET", url, "Zoho-oauthtoken " + token.toUtf8());
        QString error;
        const std::optional<JobPage> page = JobJson::decodeJobPage(answer.body, &error);
        if (!page)
            qFatal("not a page: %s", qPrintable(error));
        return *page;
    };
    const JobPage above = list(QStringLiteral("limit=201"));
    QCOMPARE(above.jobs, m_jobs.mid(0, 200));
    QCOMPARE(above.meta.limit, 200);

    server->setMaxPageSize(50);
    const JobPage cut = list(QStringLiteral("limit=200&from=51"));
    QCOMPARE(cut.jobs, m_jobs.mid(50, 50));
    QCOMPARE(cut.meta.limit, 50);
    QCOMPARE(cut.meta.startIndex, 51);
    QCOMPARE(cut.meta.total, 450);
    QCOMPARE(list(QString()).jobs, m_jobs.mid(0, 50));
    const JobPage smaller = list(QStringLiteral("limit=20"));
    QCOMPARE(smaller.jobs, m_jobs.mid(0, 20));
    QCOMPARE(smaller.meta.limit, 20);
}

void TestEmulatorServer::listsWithoutMetaWhenToldTo()
{
    EmulatorServer::Options options;
    options.listMeta = false;
    const auto server = startEmulator(m_jobs, token, options);
    QUrl url = server->apiBaseUrl();
    url.setPath(url.path() + QStringLiteral("/jobs"));
    url.setQuery(QStringLiteral("limit=10&from=11"));
    const QJsonObject body
        = QJsonDocument::fromJson(sendHttp("GET", url, "Zoho-oauthtoken " + token.toUtf8()).body)
              .object();
    QCOMPARE(body.keys(), QStringList { QStringLiteral("data") });
    QCOMPARE(body.value(QLatin1String("data")).toArray().size(), 10);
}

void TestEmulatorServer::plusInAQueryIsASpace()
{
    // As a Java server reads a query: `+` is a space, `%2B` a plus.
    const auto server = startEmulator(m_jobs, token);
    JobStore::NewJob plus;
    plus.actionName = QStringLiteral("Import+Export");
    server->store().add(plus, now);
    JobStore::NewJob space;
    space.actionName = QStringLiteral("Import Export");
    server->store().add(space, now);
    const auto actionsFor = [&](const QString &query) {
        QUrl url = server->apiBaseUrl();
        url.setPath(url.path() + QStringLiteral("/jobs"));
        url.setQuery(query, QUrl::StrictMode);
        const Answer answer = sendHttp("GET", url, "Zoho-oauthtoken " + token.toUtf8());
        QString error;
        const std::optional<JobPage> page = JobJson::decodeJobPage(answer.body, &error);
        QStringList actions;
        for (const Job &job : page ? page->jobs : QList<Job>())
            actions.append(job.actionName);
        return std::make_pair(answer.status, actions);
    };
    QCOMPARE(actionsFor(QStringLiteral("filter=action_name+eq+%22Import%2BExport%22")),
             std::make_pair(200, QStringList { QStringLiteral("Import+Export") }));
    QCOMPARE(actionsFor(QStringLiteral("filter=action_name+eq+%22Import+Export%22")),
             std::make_pair(200, QStringList { QStringLiteral("Import Export") }));
    QCOMPARE(actionsFor(QStringLiteral("filter=action_name%20eq%20%22Import%20Export%22")),
             std::make_pair(200, QStringList { QStringLiteral("Import Export") }));
    const auto completed = actionsFor(QStringLiteral("filter=status+eq+%22COMPLETED%22&limit=200"));
    QCOMPARE(completed.first, 200);
    QVERIFY(!completed.second.isEmpty());
}

void TestEmulatorServer::rejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detailStart");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit must be");
    QTest::newRow("limit abc") << QStringLiteral("limit=abc") << QStringLiteral("limit must be");
    QTest::newRow("limit empty") << QStringLiteral("limit=") << QStringLiteral("limit must be");
    QTest::newRow("from 0") << QStringLiteral("from=0") << QStringLiteral("from must be");
    QTest::newRow("from -1") << QStringLiteral("from=-1") << QStringLiteral("from must be");
    QTest::newRow("from 1.5") << QStringLiteral("from=1.5") << QStringLiteral("from must be");
}

void TestEmulatorServer::rejectsBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, detailStart);
    const Answer answer = send("GET", QStringLiteral("/jobs?") + query);
    QCOMPARE(answer.status, 400);
    const std::optional<ServerError> error = JobJson::decodeServerError(answer.body);
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("00000107"));
    QCOMPARE(error->title, QStringLiteral("Invalid Parameter"));
    QVERIFY2(error->detail.startsWith(detailStart), qPrintable(error->detail));
}

void TestEmulatorServer::rejectsMissingOrWrongTokenWithTheSeedBody_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong token") << QByteArray("Zoho-oauthtoken 1000.other");
    QTest::newRow("bearer scheme") << QByteArray("Bearer " + token.toUtf8());
}

void TestEmulatorServer::rejectsMissingOrWrongTokenWithTheSeedBody()
{
    QFETCH(QByteArray, authorization);
    const Answer answer = send("GET", QStringLiteral("/jobs"), authorization);
    QCOMPARE(answer.status, 401);
    QCOMPARE(QJsonDocument::fromJson(answer.body),
             QJsonDocument::fromJson(R"({"error": {"code": "00000101", "title": "Unauthorized",
                                          "detail": "The OAuth token is invalid."}})"));
}

void TestEmulatorServer::unknownPathAndWrongMethod()
{
    const Answer unknown = send("GET", QStringLiteral("/users"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(JobJson::decodeServerError(unknown.body)->code, QStringLiteral("00000104"));

    const Answer wrongMethod = send("PUT", QStringLiteral("/jobs"));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(JobJson::decodeServerError(wrongMethod.body)->code, QStringLiteral("00000105"));

    const int before = static_cast<int>(m_server->receivedRequests().size());
    send("GET", QStringLiteral("/jobs?limit=3"));
    const EmulatorServer::ReceivedRequest &last = m_server->receivedRequests().constLast();
    QCOMPARE(m_server->receivedRequests().size(), before + 1);
    QCOMPARE(last.method, QByteArray("GET"));
    QCOMPARE(last.path, QStringLiteral("/api/v1/jobs"));
    QCOMPARE(last.query, QStringLiteral("limit=3"));
    QCOMPARE(last.status, 200);
}

void TestEmulatorServer::filtersOverHttp_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expectedTotal");
    const auto count = [this](const std::function<bool(const Job &)> &predicate) {
        return static_cast<int>(std::count_if(m_jobs.cbegin(), m_jobs.cend(), predicate));
    };
    QTest::newRow("vendor example")
        << QStringLiteral(R"(module eq "Management" and status eq "COMPLETED")")
        << count([](const Job &job) {
               return job.module == QLatin1String("Management")
                   && job.status == JobStatus::Completed;
           });
    QTest::newRow("hot set") << QStringLiteral(R"(status eq "QUEUED" or status eq "RUNNING")")
                             << count([](const Job &job) { return jobStatusIsActive(job.status); });
    QTest::newRow("unfinished") << QStringLiteral("end_time eq null")
                                << count([](const Job &job) { return !job.endTime.isValid(); });
    QTest::newRow("contains, any case")
        << QStringLiteral(R"(action_name co "PASSWORD")")
        << count([](const Job &job) { return job.actionName.contains(QLatin1String("Password")); });
    QTest::newRow("no match") << QStringLiteral(R"(module eq "Reports")") << 0;
}

void TestEmulatorServer::filtersOverHttp()
{
    QFETCH(QString, filter);
    QFETCH(int, expectedTotal);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter"),
                       QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    const Answer answer
        = send("GET", QStringLiteral("/jobs?") + query.toString(QUrl::FullyEncoded));
    QCOMPARE(answer.status, 200);
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(answer.body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->meta.total, expectedTotal);
    QCOMPARE(page->jobs.size(), std::min(50, expectedTotal));
    ScimFilterError filterError;
    const std::optional<ScimFilter> parsed = ScimFilter::parse(filter, &filterError);
    for (int i = 0; i < page->jobs.size(); ++i) {
        QVERIFY(parsed->matches(page->jobs.at(i)));
        if (i > 0)
            QVERIFY(page->jobs.at(i - 1).startTime > page->jobs.at(i).startTime);
    }
}

void TestEmulatorServer::badFiltersSayWhatAndWhere_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("syntax") << QStringLiteral(R"(status equals "ERROR")")
                            << QStringLiteral("00000100")
                            << QStringLiteral(
                                   "Invalid filter: expected an operator (eq, ne, co, sw, "
                                   "ew, gt, ge, lt, le, pr) after 'status' at character "
                                   "8, found 'equals'");
    QTest::newRow("unknown attribute")
        << QStringLiteral(R"(owner eq "me")") << QStringLiteral("00000107")
        << QStringLiteral("Invalid filter: unknown attribute 'owner' at character 1; jobs have id, "
                          "action_name, status, module, start_time and end_time");
}

void TestEmulatorServer::badFiltersSayWhatAndWhere()
{
    QFETCH(QString, filter);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    const Answer answer = send("GET",
                               QStringLiteral("/jobs?filter=")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    QCOMPARE(answer.status, 400);
    const std::optional<ServerError> error = JobJson::decodeServerError(answer.body);
    QCOMPARE(error->code, code);
    QCOMPARE(error->detail, detail);
}

void TestEmulatorServer::getsAJobWithItsResults()
{
    const auto completed = std::find_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) {
        return job.status == JobStatus::Completed;
    });
    const Answer answer = send("GET", QStringLiteral("/jobs/") + completed->id);
    QCOMPARE(answer.status, 200);
    QString error;
    const std::optional<Job> job = JobJson::decodeJobDocument(answer.body, &error);
    QVERIFY2(job, qPrintable(error));
    QCOMPARE(job->id, completed->id);
    QCOMPARE(job->status, JobStatus::Completed);
    QVERIFY(job->details);
    QVERIFY(!job->details->results.isEmpty());
    for (const EntityResult &result : job->details->results)
        QCOMPARE(result.status, QStringLiteral("SUCCESS"));
}

void TestEmulatorServer::unknownJobIsTheSeedsNotFound()
{
    for (const char *method : { "GET", "DELETE" }) {
        const Answer answer = send(method, QStringLiteral("/jobs/987000000654321"));
        QCOMPARE(answer.status, 404);
        QCOMPARE(QJsonDocument::fromJson(answer.body),
                 QJsonDocument::fromJson(R"({"error": {"code": "----", "title": "Job Not Found",
                     "detail": "The requested job does not exist or has been deleted."}})"));
    }
    QCOMPARE(send("PUT", QStringLiteral("/jobs/") + m_jobs.constFirst().id).status, 405);
    QCOMPARE(send("GET", QStringLiteral("/jobs/1/results")).status, 404);
}

void TestEmulatorServer::deleteThenGoneEverywhere()
{
    const QList<Job> jobs = JobGenerator::generate(30, 3, now);
    const auto server = startEmulator(jobs, token);
    const QByteArray auth = "Zoho-oauthtoken " + token.toUtf8();
    QUrl job = server->apiBaseUrl();
    job.setPath(job.path() + QStringLiteral("/jobs/") + jobs.at(4).id);
    QUrl list = server->apiBaseUrl();
    list.setPath(list.path() + QStringLiteral("/jobs"));

    const HttpAnswer deleted = sendHttp("DELETE", job, auth);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(sendHttp("GET", job, auth).status, 404);
    QCOMPARE(sendHttp("DELETE", job, auth).status, 404);
    QString error;
    const std::optional<JobPage> page
        = JobJson::decodeJobPage(sendHttp("GET", list, auth).body, &error);
    QCOMPARE(page->meta.total, 29);
    QVERIFY(std::none_of(page->jobs.cbegin(), page->jobs.cend(),
                         [&](const Job &listed) { return listed.id == jobs.at(4).id; }));
}

void TestEmulatorServer::deleteCanAnswer204()
{
    EmulatorServer::Options options;
    options.deleteStatus = 204;
    const QList<Job> jobs = JobGenerator::generate(3, 3, now);
    const auto server = startEmulator(jobs, token, options);
    QUrl job = server->apiBaseUrl();
    job.setPath(job.path() + QStringLiteral("/jobs/") + jobs.at(1).id);
    const HttpAnswer deleted = sendHttp("DELETE", job, "Zoho-oauthtoken " + token.toUtf8());
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(server->store().size(), 2);
}

void TestEmulatorServer::adminAddsJobsAndMovesTime()
{
    ManualClock clock(now);
    EmulatorServer::Options options;
    options.manualClock = &clock;
    const auto server = startEmulator(JobGenerator::generate(3, 3, now), token, options);
    const QByteArray auth = "Zoho-oauthtoken " + token.toUtf8();

    QNetworkAccessManager network;
    QUrl admin = server->origin();
    admin.setPath(QStringLiteral("/_emulator/jobs"));
    QNetworkRequest request(admin);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(
        request,
        QByteArrayLiteral(
            R"({"action_name": "Bulk User Creation", "status": "RUNNING", "outcome": "ERROR",
            "entities": 40, "run_seconds": 60})"));
    QSignalSpy added(reply, &QNetworkReply::finished);
    QVERIFY(added.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QString error;
    const std::optional<Job> job = JobJson::decodeJobDocument(reply->readAll(), &error);
    delete reply;
    QVERIFY2(job, qPrintable(error));
    QCOMPARE(job->status, JobStatus::Running);
    QCOMPARE(job->startTime, now);

    QUrl jobUrl = server->apiBaseUrl();
    jobUrl.setPath(jobUrl.path() + QStringLiteral("/jobs/") + job->id);
    QUrl tick = server->origin();
    tick.setPath(QStringLiteral("/_emulator/tick"));
    tick.setQuery(QStringLiteral("ms=30000"));
    QCOMPARE(QJsonDocument::fromJson(sendHttp("POST", tick).body)[QLatin1String("now")].toString(),
             QStringLiteral("2026-11-29T09:30:30.000Z"));
    const Job halfWay = *JobJson::decodeJobDocument(sendHttp("GET", jobUrl, auth).body, &error);
    QCOMPARE(halfWay.status, JobStatus::Running);
    QCOMPARE(halfWay.details->results.size(), 20);

    sendHttp("POST", tick);
    const Job done = *JobJson::decodeJobDocument(sendHttp("GET", jobUrl, auth).body, &error);
    QCOMPARE(done.status, JobStatus::Error);
    QCOMPARE(done.endTime, now.addSecs(60));
    QCOMPARE(done.details->results.size(), 40);

    // The system clock cannot be moved by hand.
    const auto realTime = startEmulator({}, token);
    QUrl realTick = realTime->origin();
    realTick.setPath(QStringLiteral("/_emulator/tick"));
    realTick.setQuery(QStringLiteral("ms=1000"));
    QCOMPARE(sendHttp("POST", realTick).status, 409);
}

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_emulatorserver.moc"
