#include "commandline.h"

#include <QTest>

Q_DECLARE_METATYPE(LaunchOptions::Action)

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
