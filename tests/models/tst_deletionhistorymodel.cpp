#include "deletionhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QDateTime at(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

DeletionEntry line(const QString &attempt, DeletionEntry::Outcome outcome, int seconds,
                   const QString &jobId = QStringLiteral("2000000000001"))
{
    DeletionEntry entry;
    entry.time = at.addSecs(seconds);
    entry.attemptId = attempt;
    entry.outcome = outcome;
    entry.jobId = jobId;
    entry.actionName = QStringLiteral("Bulk User Creation");
    entry.module = QStringLiteral("Management");
    entry.status = QStringLiteral("COMPLETED");
    entry.startTime = at.addSecs(-600);
    entry.endTime = at.addSecs(-300);
    entry.accountName = QStringLiteral("Production");
    return entry;
}

} // namespace

// The log's lines, one row per attempt, as the history and `audit list` show them.
class TestDeletionHistoryModel final : public QObject
{
    Q_OBJECT

private slots:
    void aLineSurvivesTheRoundTrip();
    void whatIsNotALogLineIsRefused_data();
    void whatIsNotALogLineIsRefused();
    void oneRowPerAttemptNewestFirst();
    void exportsAreLocaleFreeAndFormulaSafe();
    void theFailureIsSaidWhenShown_data();
    void theFailureIsSaidWhenShown();
};

void TestDeletionHistoryModel::aLineSurvivesTheRoundTrip()
{
    DeletionEntry failed = line(QStringLiteral("a"), DeletionEntry::Outcome::Failed, 1);
    failed.entityCounts = { { QStringLiteral("SUCCESS"), 3 }, { QStringLiteral("FAILED"), 1 } };
    failed.httpStatus = 403;
    failed.failure = DeletionEntry::Failure::TimedOut;
    failed.errorCode = QStringLiteral("00000106");
    failed.serverWords = QStringLiteral("does not grant the scope id360.job.DELETE");
    failed.error = QStringLiteral("The account is not allowed to do this.");
    const QByteArray written = DeletionEntryJson::encodeLine(failed);
    QVERIFY(written.endsWith('\n'));
    QCOMPARE(written.count('\n'), 1);
    const std::optional<DeletionEntry> read = DeletionEntryJson::decodeLine(written.trimmed());
    QVERIFY(read);
    QCOMPARE(read->time, failed.time);
    QCOMPARE(read->outcome, DeletionEntry::Outcome::Failed);
    QCOMPARE(read->entityCounts, failed.entityCounts);
    QCOMPARE(read->httpStatus, 403);
    QCOMPARE(read->failure, DeletionEntry::Failure::TimedOut);
    QCOMPARE(read->errorCode, failed.errorCode);
    QCOMPARE(read->serverWords, failed.serverWords);
    QCOMPARE(read->error, failed.error);
    QCOMPARE(read->startTime, failed.startTime);
    QCOMPARE(read->endTime, failed.endTime);
}

void TestDeletionHistoryModel::whatIsNotALogLineIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("cut short") << QByteArray(R"({"time":"2026-11-29T09:30:00Z","attem)");
    QTest::newRow("not an object") << QByteArray("[1,2]");
    QTest::newRow("unknown outcome") << QByteArray(
        R"({"time":"2026-11-29T09:30:00Z","attempt":"a","job_id":"1","outcome":"maybe"})");
    QTest::newRow("no time") << QByteArray(R"({"attempt":"a","job_id":"1","outcome":"deleted"})");
}

void TestDeletionHistoryModel::whatIsNotALogLineIsRefused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!DeletionEntryJson::decodeLine(text));
}

void TestDeletionHistoryModel::oneRowPerAttemptNewestFirst()
{
    using Outcome = DeletionEntry::Outcome;
    const QList<DeletionEntry> lines {
        line(QStringLiteral("first"), Outcome::Requested, 0, QStringLiteral("1")),
        line(QStringLiteral("second"), Outcome::Requested, 10, QStringLiteral("2")),
        line(QStringLiteral("first"), Outcome::Deleted, 20, QStringLiteral("1")),
        line(QStringLiteral("third"), Outcome::Requested, 30, QStringLiteral("3")),
        line(QStringLiteral("third"), Outcome::AlreadyGone, 31, QStringLiteral("3")),
    };
    const QList<DeletionEntry> attempts = DeletionHistory::attempts(lines);
    QCOMPARE(attempts.size(), 3);
    DeletionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAttempts(attempts);
    QCOMPARE(model.rowCount(), 3);
    const auto cell
        = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, DeletionHistoryModel::JobId), QStringLiteral("3"));
    QCOMPARE(cell(0, DeletionHistoryModel::Outcome), QStringLiteral("Already gone"));
    QCOMPARE(cell(1, DeletionHistoryModel::JobId), QStringLiteral("2"));
    QCOMPARE(cell(1, DeletionHistoryModel::Outcome), QStringLiteral("No answer recorded"));
    QCOMPARE(cell(2, DeletionHistoryModel::JobId), QStringLiteral("1"));
    QCOMPARE(cell(2, DeletionHistoryModel::Outcome), QStringLiteral("Deleted"));
    // When it was asked for, not when it was answered.
    QCOMPARE(model.index(2, DeletionHistoryModel::Time)
                 .data(DeletionHistoryModel::SortRole)
                 .toDateTime(),
             at);
    QCOMPARE(cell(2, DeletionHistoryModel::Account), QStringLiteral("Production"));
}

void TestDeletionHistoryModel::exportsAreLocaleFreeAndFormulaSafe()
{
    DeletionEntry failed = line(QStringLiteral("a"), DeletionEntry::Outcome::Failed, 0);
    failed.actionName = QStringLiteral("=HYPERLINK(\"x\")");
    failed.httpStatus = 500;
    failed.errorCode = QStringLiteral("00000000");
    failed.error = QStringLiteral("The server answered HTTP 500.");
    const QList<QByteArray> csvLines = DeletionHistory::csv({ failed }).split('\n');
    QVERIFY(csvLines.at(0).startsWith("time,outcome,job_id,action_name,"));
    QVERIFY2(
        csvLines.at(1).startsWith("2026-11-29T09:30:00.000Z,failed,2000000000001,\"'=HYPERLINK"),
        csvLines.at(1).constData());
    QVERIFY(csvLines.at(1).contains(",500,00000000,The server answered HTTP 500.,a"));
    const QJsonArray json = QJsonDocument::fromJson(DeletionHistory::json({ failed })).array();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0)[QLatin1String("action_name")].toString(), failed.actionName);
    QCOMPARE(json.at(0)[QLatin1String("outcome")].toString(), QStringLiteral("failed"));
    QCOMPARE(json.at(0)[QLatin1String("http_status")].toInt(), 500);
}

// A line holds the server's status, code and words as data; the sentence around them is made in
// the reader's language. Lines of the version that wrote a sentence still show it.
void TestDeletionHistoryModel::theFailureIsSaidWhenShown_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QString>("shown");
    const QByteArray facts
        = R"("time":"2026-11-29T09:30:00Z","attempt":"a","job_id":"1","outcome":"failed")";
    QTest::newRow("refused")
        << QByteArray("{" + facts
                      + R"(,"http_status":403,"failure":"answered","error_code":"00000106",)"
                        R"("server_words":"does not grant the scope id360.job.DELETE"})")
        << QStringLiteral("Failed: HTTP 403 00000106 does not grant the scope id360.job.DELETE");
    QTest::newRow("unreachable") << QByteArray("{" + facts
                                               + R"(,"http_status":0,"failure":"unreachable"})")
                                 << QStringLiteral("Failed: the server could not be reached");
    QTest::newRow("an older version's sentence")
        << QByteArray("{" + facts
                      + R"(,"http_status":500,"error_code":"00000000",)"
                        R"("error":"Der Server antwortete HTTP 500."})")
        << QStringLiteral("Failed: HTTP 500 00000000 Der Server antwortete HTTP 500.");
}

void TestDeletionHistoryModel::theFailureIsSaidWhenShown()
{
    QFETCH(QByteArray, written);
    QFETCH(QString, shown);
    const std::optional<DeletionEntry> read = DeletionEntryJson::decodeLine(written);
    QVERIFY(read);
    QCOMPARE(DeletionHistory::outcomeText(*read), shown);
    // Written again (an export), it says no more and no less.
    const std::optional<DeletionEntry> again
        = DeletionEntryJson::decodeLine(DeletionEntryJson::encodeLine(*read).trimmed());
    QVERIFY(again);
    QCOMPARE(DeletionHistory::outcomeText(*again), shown);
}

QTEST_GUILESS_MAIN(TestDeletionHistoryModel)
#include "tst_deletionhistorymodel.moc"
