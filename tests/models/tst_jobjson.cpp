#include "jobjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray seedFile(const char *name)
{
    QFile file(QStringLiteral(JOBMON_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    return file.readAll();
}

// One job object as the list call sends it, with `field` replaced by `value` (as raw JSON);
// a value of "<absent>" removes the field.
QByteArray listWithJob(const QByteArray &field, const QByteArray &value)
{
    QJsonObject job { { QStringLiteral("id"), QStringLiteral("2000000000001") },
                      { QStringLiteral("start_time"), QStringLiteral("2025-04-04T13:12:13.000Z") },
                      { QStringLiteral("end_time"), QStringLiteral("2025-04-04T13:12:16.000Z") },
                      { QStringLiteral("action_name"), QStringLiteral("Single User Creation") },
                      { QStringLiteral("status"), QStringLiteral("COMPLETED") },
                      { QStringLiteral("module"), QStringLiteral("Management") } };
    QByteArray text = QJsonDocument(job).toJson(QJsonDocument::Compact);
    if (!field.isEmpty()) {
        job.remove(QString::fromLatin1(field));
        text = QJsonDocument(job).toJson(QJsonDocument::Compact);
        if (value != "<absent>")
            text.replace(text.size() - 1, 1, QByteArray(",\"" + field + "\":" + value + "}"));
    }
    return R"({"data":[)" + text
        + R"(],"meta":{"start_index":"1","limit":200,"total_no_of_objects":1}})";
}

} // namespace

class TestJobJson final : public QObject
{
    Q_OBJECT

private slots:
    void decodesSeedList();
    void decodesSeedJobWithDetails();
    void decodesSeedErrors_data();
    void decodesSeedErrors();
    void cutsServerWordsThatRunOn();
    void keepsUnreadableJobsById_data();
    void keepsUnreadableJobsById();
    void countsJobsWithoutReadableId_data();
    void countsJobsWithoutReadableId();
    void readsThePageAroundAnUnreadableJob();
    void acceptsTolerableJobs_data();
    void acceptsTolerableJobs();
    void rejectsBadDocuments_data();
    void rejectsBadDocuments();
    void readsMetaInEitherForm_data();
    void readsMetaInEitherForm();
    void keepsUnknownStatusText();
    void roundTripsThroughEncoding();
};

void TestJobJson::decodesSeedList()
{
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(seedFile("seed-list.json"), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->jobs.size(), 5);
    QCOMPARE(page->meta.startIndex, 1);
    QCOMPARE(page->meta.limit, 200);
    QCOMPARE(page->meta.total, 5);

    const Job &first = page->jobs.at(0);
    QCOMPARE(first.id, QStringLiteral("2000000000001"));
    QCOMPARE(first.actionName, QStringLiteral("Single User Creation"));
    QCOMPARE(first.module, QStringLiteral("Management"));
    QCOMPARE(first.status, JobStatus::Completed);
    QCOMPARE(first.startTime, QDateTime(QDate(2025, 4, 4), QTime(13, 12, 13), Qt::UTC));
    QCOMPARE(first.endTime, QDateTime(QDate(2025, 4, 4), QTime(13, 12, 16), Qt::UTC));
    QVERIFY(!first.details);

    const QList<JobStatus> statuses { JobStatus::Completed, JobStatus::Error, JobStatus::Warning,
                                      JobStatus::Running, JobStatus::Queued };
    for (int i = 0; i < statuses.size(); ++i)
        QCOMPARE(page->jobs.at(i).status, statuses.at(i));
    QVERIFY(!page->jobs.at(3).endTime.isValid());
    QVERIFY(!page->jobs.at(4).endTime.isValid());
}

void TestJobJson::decodesSeedJobWithDetails()
{
    QString error;
    const std::optional<Job> job = JobJson::decodeJobDocument(seedFile("seed-job.json"), &error);
    QVERIFY2(job, qPrintable(error));
    QCOMPARE(job->actionName, QStringLiteral("Bulk User Creation"));
    QVERIFY(job->details);
    QCOMPARE(job->details->entity, QStringLiteral("User"));
    QCOMPARE(job->details->results.size(), 2);
    const EntityResult &failed = job->details->results.at(1);
    QCOMPARE(failed.id, QStringLiteral("2000000000012"));
    QCOMPARE(failed.status, QStringLiteral("ERROR"));
    QCOMPARE(failed.message, QStringLiteral("Email already exists"));
}

void TestJobJson::decodesSeedErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::newRow("unauthorized") << QByteArray("seed-error-unauthorized.json")
                                  << QStringLiteral("00000101") << QStringLiteral("Unauthorized");
    QTest::newRow("job not found") << QByteArray("seed-error-not-found.json")
                                   << QStringLiteral("----") << QStringLiteral("Job Not Found");
    QTest::newRow("internal") << QByteArray("seed-error-internal.json")
                              << QStringLiteral("00000000")
                              << QStringLiteral("Internal Server Error");
}

void TestJobJson::decodesSeedErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, code);
    QFETCH(QString, title);
    const std::optional<ServerError> error = JobJson::decodeServerError(seedFile(file.constData()));
    QVERIFY(error);
    QCOMPARE(error->code, code);
    QCOMPARE(error->title, title);
    QVERIFY(!error->detail.isEmpty());
}

// A server that puts a page into its error's fields: what reaches the status bar and the desktop
// notification is cut, and says so; a normal one is kept whole.
void TestJobJson::cutsServerWordsThatRunOn()
{
    const QString page = QStringLiteral("Upstream timeout. ").repeated(5000);
    const QJsonObject body { { QStringLiteral("error"),
                               QJsonObject { { QStringLiteral("code"), page },
                                             { QStringLiteral("title"), page },
                                             { QStringLiteral("detail"), page } } } };
    const std::optional<ServerError> error
        = JobJson::decodeServerError(QJsonDocument(body).toJson());
    QVERIFY(error);
    for (const QString &field : { error->code, error->title, error->detail }) {
        QCOMPARE(field.size(), 1000);
        QVERIFY(page.startsWith(field.chopped(1)));
        QVERIFY(field.endsWith(QChar(0x2026)));
    }
    const QString exact = QStringLiteral("x").repeated(1000);
    const QJsonObject fits { { QStringLiteral("error"),
                               QJsonObject { { QStringLiteral("detail"), exact } } } };
    QCOMPARE(JobJson::decodeServerError(QJsonDocument(fits).toJson())->detail, exact);
}

void TestJobJson::keepsUnreadableJobsById_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expectedProblem");
    QTest::newRow("start_time missing")
        << QByteArray("start_time") << QByteArray("<absent>")
        << QStringLiteral("start_time: expected an ISO 8601 date-time, got nothing");
    QTest::newRow("start_time null")
        << QByteArray("start_time") << QByteArray("null")
        << QStringLiteral("start_time: expected an ISO 8601 date-time, got null");
    QTest::newRow("start_time a number")
        << QByteArray("start_time") << QByteArray("1743772333")
        << QStringLiteral("start_time: expected an ISO 8601 date-time, got a number");
    QTest::newRow("start_time empty")
        << QByteArray("start_time") << QByteArray(R"("")")
        << QStringLiteral("start_time: \"\" is not an ISO 8601 date-time");
    QTest::newRow("start_time not a date")
        << QByteArray("start_time") << QByteArray(R"("yesterday")")
        << QStringLiteral("start_time: \"yesterday\" is not an ISO 8601 date-time");
    QTest::newRow("end_time as number")
        << QByteArray("end_time") << QByteArray("1743772336")
        << QStringLiteral("end_time: expected an ISO 8601 date-time, got a number");
    QTest::newRow("end_time not a date")
        << QByteArray("end_time") << QByteArray(R"("soon")")
        << QStringLiteral("end_time: \"soon\" is not an ISO 8601 date-time");
    QTest::newRow("action_name as array")
        << QByteArray("action_name") << QByteArray("[]")
        << QStringLiteral("action_name: expected a string, got an array");
    QTest::newRow("status as boolean")
        << QByteArray("status") << QByteArray("true")
        << QStringLiteral("status: expected a string, got a boolean");
    QTest::newRow("module missing") << QByteArray("module") << QByteArray("<absent>")
                                    << QStringLiteral("module: expected a string, got nothing");
    QTest::newRow("details as string")
        << QByteArray("details") << QByteArray(R"("none")")
        << QStringLiteral("details: expected an object, got a string");
    QTest::newRow("details without result")
        << QByteArray("details") << QByteArray(R"({"entity":"User"})")
        << QStringLiteral("details.result: expected an array, got nothing");
    QTest::newRow("result entry without message")
        << QByteArray("details")
        << QByteArray(R"({"entity":"User","result":[{"id":"1","status":"SUCCESS"}]})")
        << QStringLiteral("details.result[0].message: expected a string, got nothing");
    // Found by the jobpage fuzz target: these decoded, but formatTime() cannot write them back,
    // so the cache that held them was refused as damaged.
    QTest::newRow("start_time in year 0 in UTC")
        << QByteArray("start_time") << QByteArray(R"("0001-01-01T00:00:00.000+01:00")")
        << QStringLiteral("start_time: \"0001-01-01T00:00:00.000+01:00\" is outside the "
                          "years 0001 to 9999 in UTC");
    QTest::newRow("end_time in year 10000 in UTC")
        << QByteArray("end_time") << QByteArray(R"("9999-12-31T23:59:59.999-01:00")")
        << QStringLiteral("end_time: \"9999-12-31T23:59:59.999-01:00\" is outside the "
                          "years 0001 to 9999 in UTC");
}

void TestJobJson::keepsUnreadableJobsById()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, expectedProblem);
    const QByteArray body = listWithJob(field, value);
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->entries, 1);
    QCOMPARE(page->unreadableWithoutId, 0);
    QCOMPARE(page->jobs.size(), 1);
    const Job &job = page->jobs.constFirst();
    QCOMPARE(job.id, QStringLiteral("2000000000001"));
    QCOMPARE(job.status, JobStatus::Unreadable);
    QVERIFY(job.readProblem);
    QCOMPARE(job.readProblem->problem, expectedProblem);
    // What was sent, as it was sent: the job's object from the page.
    const QJsonObject sent = QJsonDocument::fromJson(body)
                                 .object()
                                 .value(QLatin1String("data"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(QJsonDocument::fromJson(job.readProblem->rawJson).object(), sent);

    // GET /jobs/{id} has no page to save: the one job it answers is an error.
    QVERIFY(!JobJson::decodeJobDocument(QJsonDocument(sent).toJson(), &error));
    QCOMPARE(error, expectedProblem);
}

void TestJobJson::countsJobsWithoutReadableId_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::newRow("id missing") << QByteArray(R"({"start_time":"2025-04-04T13:12:13.000Z"})");
    QTest::newRow("id empty") << QByteArray(R"({"id":""})");
    QTest::newRow("id as boolean") << QByteArray(R"({"id":true})");
    QTest::newRow("id fractional") << QByteArray(R"({"id":2000000000001.5})");
    QTest::newRow("id negative") << QByteArray(R"({"id":-2000000000001})");
    QTest::newRow("id 2^53, no longer exact") << QByteArray(R"({"id":9007199254740992})");
    QTest::newRow("a string, not an object") << QByteArray(R"("2000000000001")");
    QTest::newRow("null") << QByteArray("null");
}

void TestJobJson::countsJobsWithoutReadableId()
{
    QFETCH(QByteArray, entry);
    const QByteArray good = listWithJob(QByteArray(), QByteArray());
    // The good job, then the odd entry: the good one is read, the odd one only counted.
    QByteArray body = good;
    body.insert(body.indexOf("],\"meta\""), "," + entry);
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->entries, 2);
    QCOMPARE(page->unreadableWithoutId, 1);
    QCOMPARE(page->jobs.size(), 1);
    QCOMPARE(page->jobs.constFirst().status, JobStatus::Completed);
}

void TestJobJson::readsThePageAroundAnUnreadableJob()
{
    const QByteArray job = R"({"id":"%1","start_time":%2,"end_time":null,"action_name":"Bulk",)"
                           R"("status":"RUNNING","module":"Management"})";
    const auto entry = [&job](const char *id, const char *start) {
        return QString::fromLatin1(job).arg(QLatin1String(id), QLatin1String(start)).toLatin1();
    };
    const QByteArray body = "{\"data\":[" + entry("3", R"("2025-04-04T13:12:13.000Z")") + ","
        + entry("2", "12345") + "," + entry("1", R"("2025-04-04T13:10:00.000Z")") + "]}";
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->entries, 3);
    QCOMPARE(page->jobs.size(), 3);
    QCOMPARE(page->jobs.at(0).id, QStringLiteral("3"));
    QCOMPARE(page->jobs.at(0).status, JobStatus::Running);
    QCOMPARE(page->jobs.at(1).id, QStringLiteral("2"));
    QCOMPARE(page->jobs.at(1).status, JobStatus::Unreadable);
    QCOMPARE(page->jobs.at(2).id, QStringLiteral("1"));
    QCOMPARE(page->jobs.at(2).status, JobStatus::Running);
}

void TestJobJson::acceptsTolerableJobs_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("end");
    const QString id = QStringLiteral("2000000000001");
    const QDateTime seedEnd(QDate(2025, 4, 4), QTime(13, 12, 16), Qt::UTC);
    QTest::newRow("as the seed") << QByteArray() << QByteArray() << id << seedEnd;
    QTest::newRow("end_time null")
        << QByteArray("end_time") << QByteArray("null") << id << QDateTime();
    QTest::newRow("end_time absent")
        << QByteArray("end_time") << QByteArray("<absent>") << id << QDateTime();
    QTest::newRow("end_time empty")
        << QByteArray("end_time") << QByteArray(R"("")") << id << QDateTime();
    QTest::newRow("end_time without milliseconds")
        << QByteArray("end_time") << QByteArray(R"("2025-04-04T13:12:16Z")") << id << seedEnd;
    QTest::newRow("id as a number")
        << QByteArray("id") << QByteArray("2000000000001") << id << seedEnd;
    QTest::newRow("id as the largest exact number")
        << QByteArray("id") << QByteArray("9007199254740991") << QStringLiteral("9007199254740991")
        << seedEnd;
    QTest::newRow("time without milliseconds")
        << QByteArray("start_time") << QByteArray(R"("2025-04-04T13:12:13Z")") << id << seedEnd;
    QTest::newRow("time with an offset")
        << QByteArray("start_time") << QByteArray(R"("2025-04-04T15:12:13.000+02:00")") << id
        << seedEnd;
    QTest::newRow("time with a half-hour offset, no milliseconds")
        << QByteArray("start_time") << QByteArray(R"("2025-04-04T18:42:13+05:30")") << id
        << seedEnd;
    QTest::newRow("details null") << QByteArray("details") << QByteArray("null") << id << seedEnd;
    QTest::newRow("an unknown extra field")
        << QByteArray("owner") << QByteArray(R"("admin")") << id << seedEnd;
    QTest::newRow("end_time at the last moment of year 9999")
        << QByteArray("end_time") << QByteArray(R"("9999-12-31T23:59:59.999Z")") << id
        << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
}

void TestJobJson::acceptsTolerableJobs()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, id);
    QFETCH(QDateTime, end);
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(listWithJob(field, value), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->jobs.size(), 1);
    const Job &job = page->jobs.constFirst();
    QCOMPARE(job.status, JobStatus::Completed);
    QVERIFY(!job.readProblem);
    QCOMPARE(job.id, id);
    QCOMPARE(job.startTime.toUTC(), QDateTime(QDate(2025, 4, 4), QTime(13, 12, 13), Qt::UTC));
    QCOMPARE(job.endTime.isValid(), end.isValid());
    if (end.isValid())
        QCOMPARE(job.endTime.toUTC(), end);
}

void TestJobJson::rejectsBadDocuments_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorStart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed JSON");
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":"1")")
                               << QStringLiteral("malformed JSON");
    QTest::newRow("html error page")
        << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("malformed JSON");
    QTest::newRow("top-level array")
        << QByteArray("[]") << QStringLiteral("expected a JSON object at the top level");
    QTest::newRow("no data") << QByteArray(R"({"meta":{}})")
                             << QStringLiteral("data: expected an array, got nothing");
    QTest::newRow("data as object")
        << QByteArray(R"({"data":{}})") << QStringLiteral("data: expected an array, got an object");
    QTest::newRow("meta as array") << QByteArray(R"({"data":[],"meta":[]})")
                                   << QStringLiteral("meta: expected an object, got an array");
    QTest::newRow("negative total")
        << QByteArray(
               R"({"data":[],"meta":{"start_index":"1","limit":200,"total_no_of_objects":-1}})")
        << QStringLiteral("meta.total_no_of_objects: expected a whole number, got a number");
    QTest::newRow("fractional limit")
        << QByteArray(
               R"({"data":[],"meta":{"start_index":"1","limit":2.5,"total_no_of_objects":1}})")
        << QStringLiteral("meta.limit: expected a whole number, got a number");
    QTest::newRow("start_index words")
        << QByteArray(
               R"({"data":[],"meta":{"start_index":"one","limit":200,"total_no_of_objects":1}})")
        << QStringLiteral("meta.start_index: expected a whole number, got a string");
}

void TestJobJson::rejectsBadDocuments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorStart);
    QString error;
    QVERIFY(!JobJson::decodeJobPage(body, &error));
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
}

void TestJobJson::readsMetaInEitherForm_data()
{
    QTest::addColumn<QByteArray>("meta");
    QTest::addColumn<int>("startIndex");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("total");
    QTest::newRow("as the sample")
        << QByteArray(R"({"start_index":"1","limit":200,"total_no_of_objects":5})") << 1 << 200
        << 5;
    QTest::newRow("all numbers") << QByteArray(
        R"({"start_index":201,"limit":200,"total_no_of_objects":450})")
                                 << 201 << 200 << 450;
    QTest::newRow("all strings") << QByteArray(
        R"({"start_index":"401","limit":"50","total_no_of_objects":"999"})")
                                 << 401 << 50 << 999;
}

void TestJobJson::readsMetaInEitherForm()
{
    QFETCH(QByteArray, meta);
    QFETCH(int, startIndex);
    QFETCH(int, limit);
    QFETCH(int, total);
    QString error;
    const std::optional<JobPage> page
        = JobJson::decodeJobPage(R"({"data":[],"meta":)" + meta + "}", &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->meta.startIndex, startIndex);
    QCOMPARE(page->meta.limit, limit);
    QCOMPARE(page->meta.total, total);
}

void TestJobJson::keepsUnknownStatusText()
{
    QString error;
    const std::optional<JobPage> page
        = JobJson::decodeJobPage(listWithJob("status", R"("PAUSED")"), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->jobs.constFirst().status, JobStatus::Unknown);
    QCOMPARE(page->jobs.constFirst().statusText, QStringLiteral("PAUSED"));
}

void TestJobJson::roundTripsThroughEncoding()
{
    QString error;
    const std::optional<Job> job = JobJson::decodeJobDocument(seedFile("seed-job.json"), &error);
    QVERIFY2(job, qPrintable(error));
    const QByteArray encoded = QJsonDocument(JobJson::encodeJob(*job)).toJson();
    const std::optional<Job> again = JobJson::decodeJobDocument(encoded, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *job);
    QVERIFY(encoded.contains(R"("start_time": "2025-04-04T13:12:13.000Z")"));
}

QTEST_GUILESS_MAIN(TestJobJson)
#include "tst_jobjson.moc"
