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
    void formulasAreNeverCells_data();
    void formulasAreNeverCells();
    void jsonKeepsFormulasExact();
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

void TestResultExport::formulasAreNeverCells_data()
{
    QTest::addColumn<QString>("text");
    // The cell as the CSV file and the clipboard hold it.
    QTest::addColumn<QByteArray>("csvCell");
    QTest::addColumn<QString>("tabSeparatedCell");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x.example/\",\"Open\")")
                       << QByteArray("\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"Open\"\")\"")
                       << QStringLiteral("'=HYPERLINK(\"http://x.example/\",\"Open\")");
    QTest::newRow("+") << QStringLiteral("+1+cmd|' /C calc'!A0")
                       << QByteArray("'+1+cmd|' /C calc'!A0")
                       << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("'-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QByteArray("'@SUM(A1:A9)")
                       << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QByteArray("'\t=1+1")
                         << QStringLiteral("' =1+1");
    QTest::newRow("carriage return")
        << QStringLiteral("\r=1+1") << QByteArray("\"'\r=1+1\"") << QStringLiteral("' =1+1");
    // Plain values are untouched.
    QTest::newRow("plain") << QStringLiteral("Email already exists")
                           << QByteArray("Email already exists")
                           << QStringLiteral("Email already exists");
    QTest::newRow("signs inside") << QStringLiteral("a=b+c-d@e") << QByteArray("a=b+c-d@e")
                                  << QStringLiteral("a=b+c-d@e");
    QTest::newRow("space first") << QStringLiteral(" =1") << QByteArray(" =1")
                                 << QStringLiteral(" =1");
    QTest::newRow("quote first") << QStringLiteral("'quoted") << QByteArray("'quoted")
                                 << QStringLiteral("'quoted");
    QTest::newRow("empty") << QString() << QByteArray() << QString();
}

// Entity messages echo what users typed: a spreadsheet must read each cell as text.
void TestResultExport::formulasAreNeverCells()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, csvCell);
    QFETCH(QString, tabSeparatedCell);
    // In every column: ids and statuses are the server's text too.
    const QList<EntityResult> row { { text, text, text } };
    QCOMPARE(ResultExport::csv(row),
             QByteArray("Entity ID,Result,Message\r\n" + csvCell + ',' + csvCell + ',' + csvCell
                        + "\r\n"));
    QCOMPARE(ResultExport::tabSeparated(row),
             QStringList({ tabSeparatedCell, tabSeparatedCell, tabSeparatedCell })
                 .join(QLatin1Char('\t')));
}

void TestResultExport::jsonKeepsFormulasExact()
{
    Job job;
    job.id = QStringLiteral("2000000000002");
    job.startTime = QDateTime(QDate(2025, 4, 4), QTime(13, 12, 13), Qt::UTC);
    job.actionName = QStringLiteral("Bulk User Creation");
    job.statusText = QStringLiteral("ERROR");
    job.status = JobStatus::Error;
    job.module = QStringLiteral("Management");
    const QList<EntityResult> formulas {
        { QStringLiteral("2000000000021"), QStringLiteral("ERROR"), QStringLiteral("=1+1") },
        { QStringLiteral("2000000000022"), QStringLiteral("ERROR"), QStringLiteral("\t@A1") },
    };
    QString error;
    const std::optional<Job> read
        = JobJson::decodeJobDocument(ResultExport::json(job, formulas), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->details->results, formulas);
}

QTEST_GUILESS_MAIN(TestResultExport)
#include "tst_resultexport.moc"
