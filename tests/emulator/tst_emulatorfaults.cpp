#include "fixtures/emulatorfixture.h"
#include "jobgenerator.h"
#include "jobjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString token = QStringLiteral("1000.fault-test");
const QByteArray authorization = "Zoho-oauthtoken 1000.fault-test";
const QDateTime now(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

} // namespace

// Each fault as a client sees it over a real loopback connection.
class TestEmulatorFaults final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void error500();
    void rateLimitWithRetryAfter();
    void malformedJson();
    void truncatedBody();
    void connectionReset();
    void lyingTotal();
    void repeatingPage();
    void oversizedResponse();
    void stalledResponseNeverCompletes();
    void latencyDelaysTheAnswer();
    void oddJobsSpoilTheFirstJobOfEachPage();
    void emptyEndTimeForUnfinishedJobs();
    void faultsSwitchAtRunTimeThroughTheAdminApi();
    void faultsLeaveOAuthAndAdminAlone();

private:
    void setFaults(const QStringList &specs);
    HttpAnswer list(const QString &query = QStringLiteral("limit=200&from=1"),
                    int timeoutMs = 10000);

    std::unique_ptr<EmulatorServer> m_server;
};

void TestEmulatorFaults::init()
{
    m_server = startEmulator(JobGenerator::generate(450, 4, now), token);
}

void TestEmulatorFaults::setFaults(const QStringList &specs)
{
    QList<FaultPlan::Fault> faults;
    for (const QString &spec : specs)
        faults.append(*FaultPlan::parse(spec, nullptr));
    m_server->faults().set(faults);
}

HttpAnswer TestEmulatorFaults::list(const QString &query, int timeoutMs)
{
    QUrl url = m_server->apiBaseUrl();
    url.setPath(url.path() + QStringLiteral("/jobs"));
    url.setQuery(query);
    return sendHttp("GET", url, authorization, QByteArray(), timeoutMs);
}

void TestEmulatorFaults::error500()
{
    setFaults({ QStringLiteral("error500,count=1") });
    const HttpAnswer failed = list();
    QCOMPARE(failed.status, 500);
    QCOMPARE(JobJson::decodeServerError(failed.body)->code, QStringLiteral("00000000"));
    QCOMPARE(list().status, 200);
}

void TestEmulatorFaults::rateLimitWithRetryAfter()
{
    setFaults({ QStringLiteral("rate-limit=12,count=1") });
    const HttpAnswer limited = list();
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("12"));
    QCOMPARE(JobJson::decodeServerError(limited.body)->code, QStringLiteral("00000109"));
}

void TestEmulatorFaults::malformedJson()
{
    setFaults({ QStringLiteral("malformed,count=1") });
    const HttpAnswer broken = list();
    QCOMPARE(broken.status, 200);
    QString error;
    QVERIFY(!JobJson::decodeJobPage(broken.body, &error));
    QVERIFY2(error.startsWith(QStringLiteral("malformed JSON")), qPrintable(error));
}

void TestEmulatorFaults::truncatedBody()
{
    setFaults({ QStringLiteral("truncate,count=1") });
    const HttpAnswer cut = list();
    QVERIFY(cut.finished);
    QCOMPARE(cut.status, 200);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QVERIFY(cut.body.size() < cut.header("Content-Length").toInt());
}

void TestEmulatorFaults::connectionReset()
{
    // Qt resends a GET once when the connection drops before any answer, so one reset goes
    // unnoticed by the client (the server sees the request twice) and two are an error.
    setFaults({ QStringLiteral("reset,count=1") });
    const qsizetype before = m_server->receivedRequests().size();
    QCOMPARE(list().status, 200);
    QCOMPARE(m_server->receivedRequests().size(), before + 2);

    setFaults({ QStringLiteral("reset,count=2") });
    const HttpAnswer reset = list();
    QVERIFY(reset.finished);
    QCOMPARE(reset.status, 0);
    QVERIFY(reset.body.isEmpty());
    QVERIFY2(reset.error == QNetworkReply::RemoteHostClosedError
                 || reset.error == QNetworkReply::UnknownNetworkError,
             qPrintable(QString::number(reset.error)));
    QCOMPARE(list().status, 200);
}

void TestEmulatorFaults::lyingTotal()
{
    setFaults({ QStringLiteral("lying-total=1000") });
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(list().body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->meta.total, 1450);
    QCOMPARE(page->jobs.size(), 200);
}

void TestEmulatorFaults::repeatingPage()
{
    QString error;
    const QList<Job> first = JobJson::decodeJobPage(list().body, &error)->jobs;
    setFaults({ QStringLiteral("repeat-page") });
    const std::optional<JobPage> again
        = JobJson::decodeJobPage(list(QStringLiteral("limit=200&from=201")).body, &error);
    QCOMPARE(again->jobs, first);
    QCOMPARE(again->meta.startIndex, 201);
}

void TestEmulatorFaults::oversizedResponse()
{
    setFaults({ QStringLiteral("oversized=3000000,count=1") });
    const HttpAnswer big = list();
    QCOMPARE(big.status, 200);
    QCOMPARE(big.body.size(), 3000000);
    // Too big, but not broken: it is still the page.
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(big.body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->jobs.size(), 200);
}

void TestEmulatorFaults::stalledResponseNeverCompletes()
{
    setFaults({ QStringLiteral("stall,count=1") });
    const HttpAnswer stalled = list(QStringLiteral("limit=200&from=1"), 1500);
    QVERIFY(!stalled.finished);
    // The server is still there for everyone else.
    QCOMPARE(list().status, 200);
}

void TestEmulatorFaults::latencyDelaysTheAnswer()
{
    setFaults({ QStringLiteral("latency=300,count=1") });
    const HttpAnswer slow = list();
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 300, qPrintable(QString::number(slow.elapsedMs)));
}

void TestEmulatorFaults::faultsSwitchAtRunTimeThroughTheAdminApi()
{
    QUrl faults = m_server->origin();
    faults.setPath(QStringLiteral("/_emulator/faults"));
    QNetworkAccessManager network;
    QNetworkRequest request(faults);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(
        request, QByteArrayLiteral(R"({"faults": ["error500,count=2", "latency=10"]})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                 .object()
                 .value(QLatin1String("faults"))
                 .toArray()
                 .size(),
             2);
    delete reply;

    QCOMPARE(list().status, 500);
    QCOMPARE(sendHttp("GET", faults).body,
             QByteArray(R"({"faults":["error500,count=1","latency=10"]})"));
    QCOMPARE(sendHttp("DELETE", faults).body, QByteArray(R"({"faults":[]})"));
    QCOMPARE(list().status, 200);

    reply = network.post(request, QByteArrayLiteral(R"({"faults": ["explode"]})"));
    QSignalSpy refused(reply, &QNetworkReply::finished);
    QVERIFY(refused.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    delete reply;
}

void TestEmulatorFaults::faultsLeaveOAuthAndAdminAlone()
{
    setFaults({ QStringLiteral("error500") });
    QUrl url = m_server->origin();
    url.setPath(QStringLiteral("/oauth/v2/token"));
    QCOMPARE(sendHttp("POST", url, QByteArray(), "grant_type=password").status, 200);
    url.setPath(QStringLiteral("/_emulator/faults"));
    QCOMPARE(sendHttp("GET", url).status, 200);
    QCOMPARE(list().status, 500);
}

void TestEmulatorFaults::oddJobsSpoilTheFirstJobOfEachPage()
{
    setFaults({ QStringLiteral("odd-job") });
    for (const QString &query :
         { QStringLiteral("limit=200&from=1"), QStringLiteral("limit=200&from=201") }) {
        const QJsonArray data = QJsonDocument::fromJson(list(query).body)
                                    .object()
                                    .value(QLatin1String("data"))
                                    .toArray();
        QCOMPARE(data.size(), 200);
        QVERIFY(data.at(0).toObject().value(QLatin1String("start_time")).isDouble());
        QVERIFY(data.at(1).toObject().value(QLatin1String("start_time")).isString());
    }
    setFaults({ QStringLiteral("no-id-job,count=1") });
    const QJsonArray data
        = QJsonDocument::fromJson(list().body).object().value(QLatin1String("data")).toArray();
    QVERIFY(!data.at(0).toObject().contains(QLatin1String("id")));
    QVERIFY(data.at(1).toObject().value(QLatin1String("id")).isString());
}

void TestEmulatorFaults::emptyEndTimeForUnfinishedJobs()
{
    setFaults({ QStringLiteral("empty-end-time") });
    const QJsonArray data
        = QJsonDocument::fromJson(list().body).object().value(QLatin1String("data")).toArray();
    int unfinished = 0;
    for (const QJsonValue &job : data) {
        const QJsonValue endTime = job.toObject().value(QLatin1String("end_time"));
        QVERIFY(endTime.isString());
        unfinished += endTime.toString().isEmpty() ? 1 : 0;
    }
    QVERIFY(unfinished > 0);
    // The one job's answer too.
    const QString id = data.at(0).toObject().value(QLatin1String("id")).toString();
    QUrl url = m_server->apiBaseUrl();
    url.setPath(url.path() + QStringLiteral("/jobs/") + id);
    const QJsonObject job
        = QJsonDocument::fromJson(sendHttp("GET", url, authorization).body).object();
    QVERIFY(job.value(QLatin1String("end_time")).isString());
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
