#include "audit/deletionlog.h"
#include "clock.h"
#include "fixtures/commandline.h"
#include "fixtures/emulatorfixture.h"
#include "jobjson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

namespace {

const QString program = QStringLiteral(JOBMON_BINARY);
const QString staticToken = QStringLiteral("1000.audit-cli-static");
const QDateTime start = QDateTime::currentDateTimeUtc();

} // namespace

// `id360-jobmon jobs delete` leaves its trace, and `id360-jobmon audit list` prints it: the real
// binary against an emulator on loopback, in a throwaway home.
class TestAuditCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aDeleteIsRecordedAndListedInEveryFormat();
    void aRefusedDeleteIsRecordedWithTheServersCodeAndWords();
    void sinceListsOnlyTheNewerAttempts();
    void aWrongSinceOrFormatIsAUsageError();
    void aDeleteTheLogCannotTakeIsDoneAndSaid();
    void anUnreadableLogIsNotAnEmptyOne();

private:
    QProcessEnvironment environment(const QString &token = staticToken) const;
    // `jobs delete ID --yes --server <emulator>` with `token`.
    Ran deleteOnServer(const QString &id, const QString &token = staticToken) const;
    Ran auditList(const QStringList &options) const;
    // Where the binary keeps the log in the throwaway home (see the man page's FILES).
    QString logPath() const;
    QJsonArray listedAsJson(const QStringList &options = {}) const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ManualClock> m_clock;
    QList<Job> m_jobs;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestAuditCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(start);
    m_jobs = finishedJobs(10, start);
    EmulatorServer::Options options;
    options.manualClock = m_clock.get();
    m_server = startEmulator(m_jobs, staticToken, options);
}

void TestAuditCli::cleanup()
{
    m_server.reset();
    m_home.reset();
}

QProcessEnvironment TestAuditCli::environment(const QString &token) const
{
    QProcessEnvironment environment = throwawayHomeEnvironment(m_home->path());
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("ID360_ACCESS_TOKEN"), token);
    return environment;
}

Ran TestAuditCli::deleteOnServer(const QString &id, const QString &token) const
{
    return runProgram(program,
                      { QStringLiteral("jobs"), QStringLiteral("delete"), id,
                        QStringLiteral("--yes"), QStringLiteral("--server"),
                        m_server->apiBaseUrl().toString() },
                      environment(token));
}

Ran TestAuditCli::auditList(const QStringList &options) const
{
    return runProgram(program,
                      QStringList { QStringLiteral("audit"), QStringLiteral("list") } + options,
                      environment());
}

QString TestAuditCli::logPath() const
{
    return m_home->filePath(QStringLiteral("data/id360-jobmon/id360-jobmon/deletions.jsonl"));
}

QJsonArray TestAuditCli::listedAsJson(const QStringList &options) const
{
    const Ran ran
        = auditList(options + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    if (ran.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(ran.out.toUtf8()).array();
}

void TestAuditCli::aDeleteIsRecordedAndListedInEveryFormat()
{
    const Job &victim = m_jobs.at(3);
    QCOMPARE(deleteOnServer(victim.id).exitCode, 0);
    QVERIFY(!m_server->store().get(victim.id));

    QFile log(logPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray written = log.readAll();
    QCOMPARE(written.count('\n'), 2);
    QVERIFY(!written.contains(staticToken.toUtf8()));

    const QJsonArray listed = listedAsJson();
    QCOMPARE(listed.size(), 1);
    const QJsonObject attempt = listed.at(0).toObject();
    QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("deleted"));
    QCOMPARE(attempt.value(QLatin1String("job_id")).toString(), victim.id);
    QCOMPARE(attempt.value(QLatin1String("action_name")).toString(), victim.actionName);
    QCOMPARE(attempt.value(QLatin1String("module")).toString(), victim.module);
    QCOMPARE(attempt.value(QLatin1String("status")).toString(), victim.statusText);
    QCOMPARE(attempt.value(QLatin1String("start_time")).toString(),
             JobJson::formatTime(victim.startTime));
    QCOMPARE(attempt.value(QLatin1String("api_host")).toString(), QStringLiteral("127.0.0.1"));
    // Read with the job's details (GET /jobs/{id}): its entities by result.
    QVERIFY(!attempt.value(QLatin1String("entity_counts")).toObject().isEmpty());
    // When it was asked for, by the clock of the machine that asked.
    const QDateTime asked
        = QDateTime::fromString(attempt.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(asked.secsTo(QDateTime::currentDateTimeUtc())) < 300);

    const Ran table = auditList({});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Time")), qPrintable(table.out));
    QVERIFY2(lines.at(1).contains(victim.id) && lines.at(1).contains(QStringLiteral("Deleted")),
             qPrintable(table.out));

    const Ran csv = auditList({ QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(csv.exitCode, 0);
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).startsWith(QStringLiteral("time,outcome,job_id,action_name,")));
    QVERIFY2(rows.at(1).contains(QStringLiteral(",deleted,") + victim.id + QLatin1Char(',')),
             qPrintable(rows.at(1)));
}

void TestAuditCli::aRefusedDeleteIsRecordedWithTheServersCodeAndWords()
{
    const QString readOnly
        = issuedAccessToken(*m_server, QStringLiteral("id360.job.READ"), m_clock->now());
    QVERIFY(!readOnly.isEmpty());

    const Job &kept = m_jobs.at(5);
    QCOMPARE(deleteOnServer(kept.id, readOnly).exitCode, 1);
    QVERIFY(m_server->store().get(kept.id));

    const QJsonArray listed = listedAsJson();
    QCOMPARE(listed.size(), 1);
    const QJsonObject attempt = listed.at(0).toObject();
    QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(attempt.value(QLatin1String("job_id")).toString(), kept.id);
    QCOMPARE(attempt.value(QLatin1String("http_status")).toInt(), 403);
    QCOMPARE(attempt.value(QLatin1String("error_code")).toString(), QStringLiteral("00000106"));
    QVERIFY2(attempt.value(QLatin1String("server_words"))
                 .toString()
                 .contains(QStringLiteral("does not grant the scope id360.job.DELETE")),
             qPrintable(attempt.value(QLatin1String("server_words")).toString()));
    QFile log(logPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains(readOnly.toUtf8()));
}

void TestAuditCli::sinceListsOnlyTheNewerAttempts()
{
    // Attempts ten days and one hour ago, as another run wrote them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ManualClock then(now.addDays(-10));
    const DeletionLog written(logPath(), then);
    Job old = m_jobs.at(1);
    written.answered(
        written.requested({ QStringLiteral("Lab"), QStringLiteral("lab"), m_server->apiBaseUrl() },
                          old),
        std::nullopt);
    then.advance(std::chrono::hours(24 * 10 - 1));
    Job recent = m_jobs.at(2);
    written.requested({ QStringLiteral("Lab"), QStringLiteral("lab"), m_server->apiBaseUrl() },
                      recent);

    QCOMPARE(listedAsJson().size(), 2);
    const QJsonArray lastWeek = listedAsJson({ QStringLiteral("--since"), QStringLiteral("7d") });
    QCOMPARE(lastWeek.size(), 1);
    QCOMPARE(lastWeek.at(0)[QLatin1String("job_id")].toString(), recent.id);
    QCOMPARE(lastWeek.at(0)[QLatin1String("outcome")].toString(), QStringLiteral("requested"));
    const Ran table = auditList({ QStringLiteral("--since"), QStringLiteral("7d") });
    QVERIFY2(table.out.contains(QStringLiteral("No answer recorded")), qPrintable(table.out));
    QVERIFY(!table.out.contains(old.id));
}

void TestAuditCli::aWrongSinceOrFormatIsAUsageError()
{
    const Ran since = auditList({ QStringLiteral("--since"), QStringLiteral("yesterday") });
    QCOMPARE(since.exitCode, 2);
    QVERIFY2(since.err.contains(QStringLiteral("--since: 'yesterday'")), qPrintable(since.err));
    const Ran format = auditList({ QStringLiteral("--format"), QStringLiteral("tsv") });
    QCOMPARE(format.exitCode, 2);
    QVERIFY2(format.err.contains(QStringLiteral("table, json, csv")), qPrintable(format.err));
}

// A directory where the log should be (which stops root too): the confirmed delete is done, its
// exit status unchanged, and standard error says the history lacks it, and why.
void TestAuditCli::aDeleteTheLogCannotTakeIsDoneAndSaid()
{
    QVERIFY(QDir().mkpath(logPath()));
    const Job &victim = m_jobs.at(4);
    const Ran ran = deleteOnServer(victim.id);
    QCOMPARE(ran.exitCode, 0);
    QVERIFY(!m_server->store().get(victim.id));
    QVERIFY2(
        ran.err.contains(QStringLiteral("id360-jobmon: %1  not recorded in the Deletion "
                                        "History: %2: open: %3")
                             .arg(victim.id, logPath(), QString::fromLocal8Bit(strerror(EISDIR)))),
        qPrintable(ran.err));
}

void TestAuditCli::anUnreadableLogIsNotAnEmptyOne()
{
    QVERIFY(QDir().mkpath(logPath()));
    const Ran ran = auditList({});
    QCOMPARE(ran.exitCode, 1);
    QVERIFY2(ran.err.startsWith(QStringLiteral("id360-jobmon: The deletion log could not be read: ")
                                + logPath()),
             qPrintable(ran.err));
    QVERIFY(!ran.err.contains(QStringLiteral("No deletion recorded")));
    QCOMPARE(ran.out, QString());
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
