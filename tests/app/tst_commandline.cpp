#include "commandline.h"

#include <QProcess>
#include <QTest>

Q_DECLARE_METATYPE(LaunchOptions::Action)

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void windowOptions_data();
    void windowOptions();
    void forwardedArguments_data();
    void forwardedArguments();
    void forwardedNonsenseAsksForNothing();
    void accessTokenLeavesTheEnvironment();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("token");
    QTest::addColumn<LaunchOptions::Action>("action");
    QTest::addColumn<QString>("messageContains");
    using Action = LaunchOptions::Action;
    QTest::newRow("nothing") << QStringList() << QString() << Action::Run << QString();
    QTest::newRow("demo") << QStringList { QStringLiteral("--demo") } << QString() << Action::Run
                          << QString();
    QTest::newRow("demo seed") << QStringList { QStringLiteral("--demo-seed"),
                                                QStringLiteral("42") }
                               << QString() << Action::Run << QString();
    QTest::newRow("demo seed not a number")
        << QStringList { QStringLiteral("--demo-seed"), QStringLiteral("forty-two") } << QString()
        << Action::Fail << QStringLiteral("--demo-seed: 'forty-two' is not a whole number");
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << QString()
                          << Action::ShowHelp << QStringLiteral("Usage: id360-jobmon [options]");
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << QString()
                             << Action::ShowVersion << QStringLiteral("id360-jobmon ");
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("--demoo") } << QString()
                                  << Action::Fail << QStringLiteral("Unknown option 'demoo'");
    QTest::newRow("stray argument") << QStringList { QStringLiteral("jobs") } << QString()
                                    << Action::Fail << QStringLiteral("Unexpected argument 'jobs'");
    QTest::newRow("server without value") << QStringList { QStringLiteral("--server") } << QString()
                                          << Action::Fail << QStringLiteral("Missing value");
    QTest::newRow("server without token")
        << QStringList { QStringLiteral("--server"),
                         QStringLiteral("https://id360.manageengine.com/api/v1") }
        << QString() << Action::Fail << QStringLiteral("set ID360_ACCESS_TOKEN");
    QTest::newRow("server with token")
        << QStringList { QStringLiteral("--server"),
                         QStringLiteral("https://id360.manageengine.eu/api/v1") }
        << QStringLiteral("1000.abc") << Action::Run << QString();
    QTest::newRow("plain http to another host")
        << QStringList { QStringLiteral("--server"),
                         QStringLiteral("http://id360.manageengine.com/api/v1") }
        << QStringLiteral("1000.abc") << Action::Fail << QStringLiteral("use https://");
    QTest::newRow("demo and server")
        << QStringList { QStringLiteral("--demo"), QStringLiteral("--server"),
                         QStringLiteral("https://id360.manageengine.com/api/v1") }
        << QStringLiteral("1000.abc") << Action::Fail << QStringLiteral("cannot be used together");
    QTest::newRow("job with letters")
        << QStringList { QStringLiteral("--job"), QStringLiteral("12a") } << QString()
        << Action::Fail << QStringLiteral("--job: '12a' is not a job id: job ids are digits only.");
    QTest::newRow("job with other digits")
        << QStringList { QStringLiteral("--job"), QStringLiteral("\u0664\u0662") } << QString()
        << Action::Fail << QStringLiteral("is not a job id");
    QTest::newRow("job empty") << QStringList { QStringLiteral("--job"), QString() } << QString()
                               << Action::Fail << QStringLiteral("--job: '' is not a job id");
    QTest::newRow("job without value") << QStringList { QStringLiteral("--job") } << QString()
                                       << Action::Fail << QStringLiteral("Missing value");
    QTest::newRow("minimized and show")
        << QStringList { QStringLiteral("--minimized"), QStringLiteral("--show") } << QString()
        << Action::Fail << QStringLiteral("--minimized cannot be used with --show or --job.");
    QTest::newRow("minimized and job")
        << QStringList { QStringLiteral("--job"), QStringLiteral("42"),
                         QStringLiteral("--minimized") }
        << QString() << Action::Fail
        << QStringLiteral("--minimized cannot be used with --show or --job.");
    QTest::newRow("help lists the window options")
        << QStringList { QStringLiteral("--help") } << QString() << Action::ShowHelp
        << QStringLiteral("--job <id>");
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, token);
    QFETCH(LaunchOptions::Action, action);
    QFETCH(QString, messageContains);
    QProcessEnvironment environment;
    if (!token.isEmpty())
        environment.insert(QStringLiteral("ID360_ACCESS_TOKEN"), token);
    arguments.prepend(QStringLiteral("id360-jobmon"));
    const LaunchOptions options = CommandLine::parse(arguments, environment);
    QCOMPARE(options.action, action);
    QVERIFY2(options.message.contains(messageContains), qPrintable(options.message));
    if (action == LaunchOptions::Action::Run && !token.isEmpty()) {
        QCOMPARE(options.accessToken, token);
        QCOMPARE(options.server.host(), QStringLiteral("id360.manageengine.eu"));
    }
    const bool seeded = arguments.contains(QStringLiteral("--demo-seed"));
    QCOMPARE(options.demo,
             (arguments.contains(QStringLiteral("--demo")) || seeded)
                 && action == LaunchOptions::Action::Run);
    QCOMPARE(options.demoSeed,
             seeded && options.demo ? std::optional<quint32>(42) : std::optional<quint32>());
}

void TestCommandLine::windowOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("minimized");
    QTest::addColumn<bool>("show");
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("accountName");
    QTest::newRow("nothing") << QStringList() << false << false << QString() << QString();
    QTest::newRow("minimized") << QStringList { QStringLiteral("--minimized") } << true << false
                               << QString() << QString();
    QTest::newRow("show") << QStringList { QStringLiteral("--show") } << false << true << QString()
                          << QString();
    // Longer than any 64-bit integer: ids stay text.
    QTest::newRow("long job id") << QStringList { QStringLiteral("--job"),
                                                  QStringLiteral("123456789012345678901234") }
                                 << false << false << QStringLiteral("123456789012345678901234")
                                 << QString();
    QTest::newRow("job of an account")
        << QStringList { QStringLiteral("--account"), QStringLiteral("Ops EU"),
                         QStringLiteral("--job"), QStringLiteral("42"), QStringLiteral("--show") }
        << false << true << QStringLiteral("42") << QStringLiteral("Ops EU");
}

void TestCommandLine::windowOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, minimized);
    QFETCH(bool, show);
    QFETCH(QString, jobId);
    QFETCH(QString, accountName);
    arguments.prepend(QStringLiteral("id360-jobmon"));
    const LaunchOptions options = CommandLine::parse(arguments, QProcessEnvironment());
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    QCOMPARE(options.minimized, minimized);
    QCOMPARE(options.show, show);
    QCOMPARE(options.jobId, jobId);
    QCOMPARE(options.accountName, accountName);
}

void TestCommandLine::forwardedArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("forwarded");
    const QStringList show { QStringLiteral("--show") };
    QTest::newRow("plain start raises") << QStringList() << show;
    QTest::newRow("show") << show << show;
    QTest::newRow("minimized asks for no window")
        << QStringList { QStringLiteral("--minimized") } << QStringList();
    QTest::newRow("demo minimized")
        << QStringList { QStringLiteral("--demo"), QStringLiteral("--minimized") } << QStringList();
    QTest::newRow("account alone is not passed on")
        << QStringList { QStringLiteral("--account"), QStringLiteral("Ops EU") } << show;
    QTest::newRow("job") << QStringList { QStringLiteral("--demo"), QStringLiteral("--job"),
                                          QStringLiteral("7") }
                         << QStringList { QStringLiteral("--job"), QStringLiteral("7") };
    QTest::newRow("job of an account")
        << QStringList { QStringLiteral("--show"), QStringLiteral("--job"), QStringLiteral("42"),
                         QStringLiteral("--account"), QStringLiteral("Ops EU") }
        << QStringList { QStringLiteral("--job"), QStringLiteral("42"), QStringLiteral("--account"),
                         QStringLiteral("Ops EU") };
}

void TestCommandLine::forwardedArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, forwarded);
    const QString program = QStringLiteral("id360-jobmon");
    const LaunchOptions options
        = CommandLine::parse(QStringList { program } + arguments, QProcessEnvironment());
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    QCOMPARE(CommandLine::forwardedArguments(options), forwarded);

    // The running instance reads them with the same parser.
    const LaunchOptions received = CommandLine::parseForwarded(forwarded);
    QCOMPARE(received.action, LaunchOptions::Action::Run);
    QCOMPARE(received.jobId, options.jobId);
    QCOMPARE(received.accountName, options.jobId.isEmpty() ? QString() : options.accountName);
    QCOMPARE(received.show, !forwarded.isEmpty() && options.jobId.isEmpty());
    QVERIFY(!received.minimized);
}

// A message on the socket that is not a plain start (another program's, an older version's) is
// not acted on: main() only hands a Run to the Shell.
void TestCommandLine::forwardedNonsenseAsksForNothing()
{
    QCOMPARE(CommandLine::parseForwarded({ QStringLiteral("--frobnicate") }).action,
             LaunchOptions::Action::Fail);
    QCOMPARE(
        CommandLine::parseForwarded({ QStringLiteral("--job"), QStringLiteral("12ab") }).action,
        LaunchOptions::Action::Fail);
    QCOMPARE(CommandLine::parseForwarded({ QStringLiteral("account"), QStringLiteral("remove"),
                                           QStringLiteral("Production") })
                 .action,
             LaunchOptions::Action::Account);
    QCOMPARE(CommandLine::parseForwarded({ QStringLiteral("--help") }).action,
             LaunchOptions::Action::ShowHelp);
}

void TestCommandLine::accessTokenLeavesTheEnvironment()
{
    const QByteArray token = "1000.from-the-environment";
    qputenv(CommandLine::accessTokenVariable, token);
    const LaunchOptions options = CommandLine::parseThisProcess(
        { QStringLiteral("id360-jobmon"), QStringLiteral("--server"),
          QStringLiteral("https://id360.manageengine.eu/api/v1") });
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    QCOMPARE(options.accessToken, QString::fromLatin1(token));
    QVERIFY(!qEnvironmentVariableIsSet(CommandLine::accessTokenVariable));
    // What a browser started now would be given.
    QProcess child;
    child.start(QStringLiteral("env"), {});
    QVERIFY(child.waitForFinished(10000));
    const QByteArray inherited = child.readAllStandardOutput();
    QVERIFY(inherited.contains("PATH="));
    QVERIFY(!inherited.contains(token));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
