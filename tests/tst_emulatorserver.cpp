#include "emulatorfixture.h"
#include "jobgenerator.h"
#include "jobjson.h"

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
    void rejectsBadParameters_data();
    void rejectsBadParameters();
    void rejectsMissingOrWrongTokenWithTheSeedBody_data();
    void rejectsMissingOrWrongTokenWithTheSeedBody();
    void unknownPathAndWrongMethod();

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

void TestEmulatorServer::rejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detailStart");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit must be");
    QTest::newRow("limit 201") << QStringLiteral("limit=201") << QStringLiteral("limit must be");
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

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_emulatorserver.moc"
