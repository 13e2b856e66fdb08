#include "commandline.h"
#include "scimfilter.h"

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
    void jobsUsage_data();
    void jobsUsage();
    void jobsRequest();
    void jobsFiltersBecomeOneScimFilter();
    void jobsValues();
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
    QTest::newRow("stray argument") << QStringList { QStringLiteral("job") } << QString()
                                    << Action::Fail << QStringLiteral("Unexpected argument 'job'");
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

void TestCommandLine::jobsUsage_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<LaunchOptions::Action>("action");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("tryHelp");
    using Action = LaunchOptions::Action;
    QTest::newRow("verbs") << QStringLiteral("jobs") << Action::ShowHelp
                           << QStringLiteral("  export   Write a job's per-entity results")
                           << QString();
    QTest::newRow("verb help names the exit codes")
        << QStringLiteral("jobs wait --help") << Action::ShowHelp
        << QStringLiteral("4  the time given with --timeout ran out") << QString();
    QTest::newRow("unknown verb") << QStringLiteral("jobs frob") << Action::Fail
                                  << QStringLiteral("jobs: unknown verb 'frob'")
                                  << QStringLiteral("id360-jobmon jobs --help");
    QTest::newRow("option of another verb") << QStringLiteral("jobs show 12 --yes") << Action::Fail
                                            << QStringLiteral("jobs show: Unknown option 'yes'")
                                            << QStringLiteral("id360-jobmon jobs show --help");
    QTest::newRow("show needs one id") << QStringLiteral("jobs show 1 2") << Action::Fail
                                       << QStringLiteral("give exactly one job id") << QString();
    QTest::newRow("delete needs an id") << QStringLiteral("jobs delete --yes") << Action::Fail
                                        << QStringLiteral("at least one job") << QString();
    QTest::newRow("id with letters") << QStringLiteral("jobs wait 12 x3") << Action::Fail
                                     << QStringLiteral("'x3' is not a job id") << QString();
    QTest::newRow("unknown status")
        << QStringLiteral("jobs list --status running,done") << Action::Fail
        << QStringLiteral("--status: 'done' is not a status") << QString();
    QTest::newRow("invalid filter") << QStringLiteral("jobs list --filter status~eq")
                                    << Action::Fail << QStringLiteral("--filter: ") << QString();
    QTest::newRow("limit and all") << QStringLiteral("jobs list --limit 5 --all") << Action::Fail
                                   << QStringLiteral("cannot be used together") << QString();
    QTest::newRow("limit zero") << QStringLiteral("jobs list --limit 0") << Action::Fail
                                << QStringLiteral("--limit: '0' is not a number of jobs")
                                << QString();
    QTest::newRow("format of show")
        << QStringLiteral("jobs show 1 --format tsv") << Action::Fail
        << QStringLiteral("'tsv' is not one of text, json, csv") << QString();
    QTest::newRow("unknown column")
        << QStringLiteral("jobs list --columns id,owner") << Action::Fail
        << QStringLiteral("--columns: Unknown column \"owner\"") << QString();
    QTest::newRow("since nonsense") << QStringLiteral("jobs list --since yesterday") << Action::Fail
                                    << QStringLiteral("--since: 'yesterday'") << QString();
    QTest::newRow("timeout nonsense")
        << QStringLiteral("jobs wait 1 --timeout soon") << Action::Fail
        << QStringLiteral("--timeout: 'soon'") << QString();
    QTest::newRow("timeout past what a timer counts")
        << QStringLiteral("jobs wait 1 --timeout 25d") << Action::Fail
        << QStringLiteral("longer than the longest wait") << QString();
    QTest::newRow("export without file") << QStringLiteral("jobs export 1") << Action::Fail
                                         << QStringLiteral("--output is required") << QString();
    QTest::newRow("export to a text file")
        << QStringLiteral("jobs export 1 --output results.txt") << Action::Fail
        << QStringLiteral("ends neither in .csv nor in .json") << QString();
    QTest::newRow("server without token")
        << QStringLiteral("jobs list --server https://id360.manageengine.com/api/v1")
        << Action::Fail << QStringLiteral("set ID360_ACCESS_TOKEN") << QString();
    QTest::newRow("account and server")
        << QStringLiteral("jobs list --account A --server https://id360.manageengine.com/api/v1")
        << Action::Fail << QStringLiteral("cannot be used together") << QString();
    QTest::newRow("list") << QStringLiteral("jobs list") << Action::Jobs << QString() << QString();
}

void TestCommandLine::jobsUsage()
{
    QFETCH(QString, line);
    QFETCH(LaunchOptions::Action, action);
    QFETCH(QString, says);
    QFETCH(QString, tryHelp);
    const LaunchOptions options = CommandLine::parse(QStringList { QStringLiteral("id360-jobmon") }
                                                         + line.split(QLatin1Char(' ')),
                                                     QProcessEnvironment());
    QCOMPARE(options.action, action);
    QVERIFY2(options.message.contains(says), qPrintable(options.message));
    if (!tryHelp.isEmpty())
        QCOMPARE(options.tryHelp, tryHelp);
}

void TestCommandLine::jobsRequest()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ID360_ACCESS_TOKEN"), QStringLiteral("1000.abc"));
    const LaunchOptions options = CommandLine::parse(
        { QStringLiteral("id360-jobmon"), QStringLiteral("jobs"), QStringLiteral("delete"),
          QStringLiteral("7"), QStringLiteral("12"), QStringLiteral("7"), QStringLiteral("--yes"),
          QStringLiteral("-q"), QStringLiteral("--server"),
          QStringLiteral("https://id360.manageengine.eu/api/v1") },
        environment);
    QCOMPARE(options.action, LaunchOptions::Action::Jobs);
    const JobsRequest &request = options.jobs;
    QCOMPARE(request.verb, JobsRequest::Verb::Delete);
    // Each job once, in the order given.
    QCOMPARE(request.ids, (QStringList { QStringLiteral("7"), QStringLiteral("12") }));
    QVERIFY(request.yes);
    QVERIFY(request.quiet);
    QCOMPARE(request.accessToken, QStringLiteral("1000.abc"));
    QCOMPARE(request.server.host(), QStringLiteral("id360.manageengine.eu"));

    const LaunchOptions all = CommandLine::parse(
        { QStringLiteral("id360-jobmon"), QStringLiteral("jobs"), QStringLiteral("list"),
          QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("CSV"),
          QStringLiteral("--account"), QStringLiteral("Ops EU") },
        QProcessEnvironment());
    QCOMPARE(all.jobs.limit, 0);
    QCOMPARE(all.jobs.listFormat, JobOutput::ListFormat::Csv);
    QCOMPARE(all.jobs.accountName, QStringLiteral("Ops EU"));
    const LaunchOptions newest = CommandLine::parse(
        { QStringLiteral("id360-jobmon"), QStringLiteral("jobs"), QStringLiteral("list") },
        QProcessEnvironment());
    QCOMPARE(newest.jobs.limit, 50);
    QCOMPARE(newest.jobs.columns, JobOutput::defaultColumns());
}

void TestCommandLine::jobsFiltersBecomeOneScimFilter()
{
    JobsRequest request;
    QCOMPARE(JobsArguments::scimFilter(request), QString());
    request.statuses = { JobStatus::Running, JobStatus::Error };
    request.module = QStringLiteral("Management");
    request.action = QStringLiteral("Say \"hi\"");
    request.since = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    request.filter = QStringLiteral("id eq \"1\" or id eq \"2\"");
    const QString filter = JobsArguments::scimFilter(request);
    QCOMPARE(filter,
             QStringLiteral("(status eq \"RUNNING\" or status eq \"ERROR\") and module eq "
                            "\"Management\" and action_name co \"Say \\\"hi\\\"\" and "
                            "start_time ge \"2026-11-01T08:00:00.000Z\" and (id eq \"1\" or id "
                            "eq \"2\")"));
    // What is sent is a filter the shared parser reads, and it means what was asked.
    ScimFilterError error;
    const std::optional<ScimFilter> parsed = ScimFilter::parse(filter, &error);
    QVERIFY2(parsed, qPrintable(error.message));
    Job job;
    job.id = QStringLiteral("2");
    job.status = JobStatus::Error;
    job.statusText = QStringLiteral("ERROR");
    job.module = QStringLiteral("management");
    job.actionName = QStringLiteral("Please say \"HI\" now");
    job.startTime = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(parsed->matches(job));
    job.startTime = QDateTime(QDate(2026, 11, 1), QTime(7, 59), Qt::UTC);
    QVERIFY(!parsed->matches(job));
}

void TestCommandLine::jobsValues()
{
    using std::chrono::seconds;
    QCOMPARE(JobsArguments::duration(QStringLiteral("90")), seconds(90));
    QCOMPARE(JobsArguments::duration(QStringLiteral("90s")), seconds(90));
    QCOMPARE(JobsArguments::duration(QStringLiteral("10m")), seconds(600));
    QCOMPARE(JobsArguments::duration(QStringLiteral("1H")), seconds(3600));
    QCOMPARE(JobsArguments::duration(QStringLiteral("2w")), seconds(14 * 86400));
    QCOMPARE(JobsArguments::duration(QStringLiteral("1.5h")), std::nullopt);
    QCOMPARE(JobsArguments::duration(QStringLiteral("-5m")), std::nullopt);

    const QDateTime now(QDate(2026, 11, 30), QTime(20, 0), Qt::UTC);
    QCOMPARE(JobsArguments::since(QStringLiteral("2h"), now), now.addSecs(-7200));
    QCOMPARE(JobsArguments::since(QStringLiteral("7d"), now), now.addDays(-7));
    // A date is its start in local time; a date-time is local unless it says otherwise.
    QCOMPARE(JobsArguments::since(QStringLiteral("2026-11-01"), now),
             QDate(2026, 11, 1).startOfDay());
    QCOMPARE(JobsArguments::since(QStringLiteral("2026-11-01 08:30"), now),
             QDateTime(QDate(2026, 11, 1), QTime(8, 30)));
    QCOMPARE(JobsArguments::since(QStringLiteral("2026-11-01T08:30Z"), now)->toUTC(),
             QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC));
    QCOMPARE(JobsArguments::since(QStringLiteral("2026-11-01T08:30+02:00"), now)->toUTC(),
             QDateTime(QDate(2026, 11, 1), QTime(6, 30), Qt::UTC));
    QCOMPARE(JobsArguments::since(QStringLiteral("2026"), now), std::nullopt);
    QCOMPARE(JobsArguments::since(QStringLiteral("999999999w"), now), std::nullopt);
    QCOMPARE(JobsArguments::since(QStringLiteral("2026-13-01"), now), std::nullopt);

    QString unknown;
    QCOMPARE(JobsArguments::statuses(QStringLiteral("Running, queued,running"), &unknown),
             (QList<JobStatus> { JobStatus::Running, JobStatus::Queued }));
    QCOMPARE(JobsArguments::statuses(QStringLiteral("running,unreadable"), &unknown), std::nullopt);
    QCOMPARE(unknown, QStringLiteral("unreadable"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
