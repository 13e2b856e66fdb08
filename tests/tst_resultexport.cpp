#include "jobjson.h"
#include "resultexport.h"

#include <QTest>

class TestResultExport final : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesWhatNeedsQuoting();
    void jsonKeepsTheApiShape();
    void tabSeparatedForTheClipboard();
};

namespace {
const QList<EntityResult> results {
    { QStringLiteral("2000000000011"), QStringLiteral("SUCCESS"),
      QStringLiteral("User created successfully") },
    { QStringLiteral("2000000000012"), QStringLiteral("ERROR"),
      QStringLiteral("Email already exists") },
    { QStringLiteral("2000000000013"), QStringLiteral("ERROR"),
      QStringLiteral("Required attribute \"department\", or \"title\", is missing") },
    { QStringLiteral("2000000000014"), QStringLiteral("ERROR"),
      QStringLiteral("Zürich OU:\nno rights") },
};
}

void TestResultExport::csvQuotesWhatNeedsQuoting()
{
    QCOMPARE(ResultExport::csv(results),
             QByteArray("Entity ID,Result,Message\r\n"
                        "2000000000011,SUCCESS,User created successfully\r\n"
                        "2000000000012,ERROR,Email already exists\r\n"
                        "2000000000013,ERROR,\"Required attribute \"\"department\"\", or "
                        "\"\"title\"\", is missing\"\r\n"
                        "2000000000014,ERROR,\"Z\xc3\xbcrich OU:\nno rights\"\r\n"));
    QCOMPARE(ResultExport::csv({}), QByteArray("Entity ID,Result,Message\r\n"));
}

void TestResultExport::jsonKeepsTheApiShape()
{
    Job job;
    job.id = QStringLiteral("2000000000001");
    job.startTime = QDateTime(QDate(2025, 4, 4), QTime(13, 12, 13), Qt::UTC);
    job.endTime = job.startTime.addSecs(3);
    job.actionName = QStringLiteral("Bulk User Creation");
    job.statusText = QStringLiteral("WARNING");
    job.status = JobStatus::Warning;
    job.module = QStringLiteral("Management");
    job.details = JobDetails { QStringLiteral("User"), results };
    // Errors only: the export holds exactly the rows given.
    const QList<EntityResult> errors = results.mid(1);
    QString error;
    const std::optional<Job> read
        = JobJson::decodeJobDocument(ResultExport::json(job, errors), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->id, job.id);
    QCOMPARE(read->details->entity, QStringLiteral("User"));
    QCOMPARE(read->details->results, errors);
}

void TestResultExport::tabSeparatedForTheClipboard()
{
    QCOMPARE(ResultExport::tabSeparated(results.mid(0, 2)),
             QStringLiteral("2000000000011\tSUCCESS\tUser created successfully\n"
                            "2000000000012\tERROR\tEmail already exists"));
    QCOMPARE(ResultExport::tabSeparated(results.mid(3)),
             QStringLiteral("2000000000014\tERROR\tZürich OU: no rights"));
}

QTEST_GUILESS_MAIN(TestResultExport)
#include "tst_resultexport.moc"
