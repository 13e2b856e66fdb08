#include "fixtures/emulatorfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString emulator = QStringLiteral(JOBMON_EMULATOR_BINARY);

struct Running
{
    std::unique_ptr<QProcess> process;
    QUrl baseUrl;
};

// Starts the real binary and reads the base URL it prints once listening.
Running start(const QStringList &arguments)
{
    Running running { std::make_unique<QProcess>(), QUrl() };
    running.process->start(emulator, arguments);
    if (!running.process->waitForStarted(5000))
        qFatal("id360-emulator did not start");
    if (!QTest::qWaitFor([&] { return running.process->canReadLine(); }, 10000))
        qFatal("id360-emulator printed no base URL");
    running.baseUrl = QUrl(QString::fromUtf8(running.process->readLine().trimmed()));
    return running;
}

QStringList stop(Running &running)
{
    running.process->terminate();
    running.process->waitForFinished(5000);
    return QString::fromUtf8(running.process->readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestEmulatorCli final : public QObject
{
    Q_OBJECT

private slots:
    void helpDocumentsEveryFlagAndEndpoint();
    void wrongFlagsAreRefused_data();
    void wrongFlagsAreRefused();
    void accessLogHasOneLinePerRequestAndNoSecrets();
    void accountsServerVariants();
    void noLogMeansSilence();
};

void TestEmulatorCli::helpDocumentsEveryFlagAndEndpoint()
{
    QProcess process;
    process.start(emulator, { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *text : { "--host",
                              "--port",
                              "--token",
                              "--jobs",
                              "--seed",
                              "--simulate",
                              "--tick-ms",
                              "--arrivals-per-minute",
                              "--warning-rate",
                              "--error-rate",
                              "--manual-clock",
                              "--token-ttl",
                              "--client-id",
                              "--client-secret",
                              "--accounts-moved-to",
                              "--accounts-answer-bytes",
                              "--fault",
                              "--delete-status",
                              "--log",
                              "--no-log",
                              "/api/v1/jobs?limit=&from=&filter=",
                              "/api/v1/jobs/{id}",
                              "/oauth/v2/auth",
                              "/oauth/v2/token",
                              "/oauth/v2/token/revoke",
                              "/_emulator/faults",
                              "/_emulator/jobs",
                              "/_emulator/tick",
                              "/_emulator/self-client-code",
                              "rate-limit",
                              "repeat-page",
                              "stall",
                              "odd-job",
                              "no-id-job",
                              "empty-end-time" })
        QVERIFY2(help.contains(QLatin1String(text)), text);
}

void TestEmulatorCli::wrongFlagsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("--jbos=5") }
                                  << QStringLiteral("Unknown option 'jbos'");
    // Help for Qt's GUI options: a server has none to show.
    QTest::newRow("help-all") << QStringList { QStringLiteral("--help-all") }
                              << QStringLiteral("Unknown option 'help-all'");
    QTest::newRow("bad port") << QStringList { QStringLiteral("--port=70000") }
                              << QStringLiteral("--port: expected 0..65535");
    QTest::newRow("bad fault") << QStringList { QStringLiteral("--fault=explode") }
                               << QStringLiteral("--fault: fault 'explode': unknown fault");
    QTest::newRow("rates over 1") << QStringList { QStringLiteral("--warning-rate=0.7"),
                                                   QStringLiteral("--error-rate=0.5") }
                                  << QStringLiteral("add up to 1 at most");
    QTest::newRow("delete status") << QStringList { QStringLiteral("--delete-status=202") }
                                   << QStringLiteral("--delete-status: expected 200 or 204");
    QTest::newRow("host") << QStringList { QStringLiteral("--host=example") }
                          << QStringLiteral("--host: 'example' is not an IP address");
    QTest::newRow("accounts moved to no URL")
        << QStringList { QStringLiteral("--accounts-moved-to=nowhere") }
        << QStringLiteral("--accounts-moved-to: expected a URL");
    QTest::newRow("accounts answer bytes")
        << QStringList { QStringLiteral("--accounts-answer-bytes=-1") }
        << QStringLiteral("--accounts-answer-bytes: expected 0 or more");
}

void TestEmulatorCli::wrongFlagsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(emulator, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestEmulatorCli::accountsServerVariants()
{
    Running moved = start(
        { QStringLiteral("--no-log"), QStringLiteral("--accounts-moved-to=http://127.0.0.1:9") });
    const HttpAnswer redirect
        = sendHttp("POST", moved.baseUrl.resolved(QUrl(QStringLiteral("/oauth/v2/token?x=1"))),
                   QByteArray(), "grant_type=refresh_token");
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.header("Location"), QByteArray("http://127.0.0.1:9/oauth/v2/token?x=1"));
    stop(moved);

    Running padded
        = start({ QStringLiteral("--no-log"), QStringLiteral("--accounts-answer-bytes=5000") });
    const HttpAnswer answer
        = sendHttp("POST", padded.baseUrl.resolved(QUrl(QStringLiteral("/oauth/v2/token"))),
                   QByteArray(), "grant_type=refresh_token");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.size(), 5000);
    QVERIFY(answer.body.trimmed().endsWith('}'));
    stop(padded);
}

void TestEmulatorCli::accessLogHasOneLinePerRequestAndNoSecrets()
{
    Running running = start(
        { QStringLiteral("--token=T"), QStringLiteral("--jobs=5"), QStringLiteral("--log") });
    QCOMPARE(running.baseUrl.path(), QStringLiteral("/api/v1"));
    QUrl list = running.baseUrl;
    list.setPath(list.path() + QStringLiteral("/jobs"));
    list.setQuery(QStringLiteral("limit=1"));
    QCOMPARE(sendHttp("GET", list, "Zoho-oauthtoken T").status, 200);
    QUrl revoke = running.baseUrl;
    revoke.setPath(QStringLiteral("/oauth/v2/token/revoke"));
    revoke.setQuery(QStringLiteral("token=1000.topsecretrefresh"));
    QCOMPARE(sendHttp("POST", revoke).status, 200);

    const QStringList lines = stop(running);
    QCOMPARE(lines.size(), 2);
    const QRegularExpression format(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z GET /api/v1/jobs\?limit=1 200 \d+ B \d+\.\d ms$)"));
    QVERIFY2(format.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("POST /oauth/v2/token/revoke?token=… 200")),
             qPrintable(lines.at(1)));
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(QLatin1String("topsecret")));
}

void TestEmulatorCli::noLogMeansSilence()
{
    Running running = start({ QStringLiteral("--token=T"), QStringLiteral("--no-log") });
    QUrl list = running.baseUrl;
    list.setPath(list.path() + QStringLiteral("/jobs"));
    QCOMPARE(sendHttp("GET", list, "Zoho-oauthtoken T").status, 200);
    QVERIFY(stop(running).isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorCli)
#include "tst_emulatorcli.moc"
