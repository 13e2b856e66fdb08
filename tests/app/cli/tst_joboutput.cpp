#include "cli/joboutput.h"
#include "cli/terminal.h"
#include "fixtures/jobfixture.h"
#include "fixtures/terminal.h"
#include "platform/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

namespace {

// Jobs 1 to 3 started at 13:01, 13:02 and 13:03 UTC; this is when they are listed.
const QDateTime now(QDate(2025, 4, 4), QTime(13, 10), Qt::UTC);
const QString longAction
    = QStringLiteral("Bulk Group Membership Update from a very long CSV file name");

const TerminalInfo wide { true, 200, false };
const TerminalInfo narrow { true, 60, false };
const TerminalInfo colourful { true, 200, true };

QList<Job> listed()
{
    Job failed = makeJob(3, JobStatus::Error);
    failed.actionName = longAction;
    failed.module = QStringLiteral("Group Management");
    return { makeJob(1), makeJob(2, JobStatus::Running), failed };
}

// Job 5, failed for two of its three users.
Job withResults()
{
    Job job = makeJob(5, JobStatus::Error);
    job.details = JobDetails {
        QStringLiteral("User"),
        { { QStringLiteral("2000000000011"), QStringLiteral("SUCCESS"),
            QStringLiteral("User created successfully") },
          { QStringLiteral("2000000000012"), QStringLiteral("ERROR"),
            QStringLiteral("Email already exists") },
          { QStringLiteral("2000000000013"), QStringLiteral("ERROR"),
            QStringLiteral("Required attribute \"department\" is missing for this user in the "
                           "directory") } }
    };
    return job;
}

QList<JobColumn> allColumns()
{
    return { JobColumn::Id,      JobColumn::Status, JobColumn::Action,  JobColumn::Module,
             JobColumn::Started, JobColumn::Ended,  JobColumn::Duration };
}

// Sets an environment variable for the life of the object, and puts back what was there.
class ScopedEnvironment
{
    Q_DISABLE_COPY_MOVE(ScopedEnvironment)

public:
    explicit ScopedEnvironment(const char *name)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    { }
    ~ScopedEnvironment()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    void set(const QByteArray &value) const { qputenv(m_name, value); }
    void unset() const { qunsetenv(m_name); }

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_value;
};

} // namespace

class TestJobOutput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableOnAWideTerminal();
    void tableShortensTheActionNeverIdOrStatus();
    void tableThatCannotFitKeepsEveryTitle();
    void tableColoursTheStatusWordWhenAllowed();
    void tableWithoutWidthIsNotFitted();
    void jsonIsOneArrayInTheApiShape();
    void csvHasTheApiNamesAndNoFormulas();
    void tsvFlattensCells();
    void unreadableJobIsListedWithItsProblem();
    void columnsParse_data();
    void columnsParse();
    void showTextFitsAndWrapsMessages();
    void showErrorsOnlyKeepsTheSummary();
    void showColoursResults();
    void showJsonAndCsvAreTheExport();
    void outcomeLineSaysTheResults();
    void serverTextCannotReachTheTerminal();
    void changeLine();
    void progressLine();
    void textWidthCountsTerminalColumns();
    void terminalOfAPipe();
    void terminalOfAPseudoTerminal();
};

void TestJobOutput::initTestCase()
{
    qputenv("TZ", "UTC");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English plurals ("2 of 250 users failed") come from the English translation.
    Translations::install(*QCoreApplication::instance());
}

void TestJobOutput::tableOnAWideTerminal()
{
    QCOMPARE(JobOutput::list(listed(), JobOutput::ListFormat::Table, JobOutput::defaultColumns(),
                             wide, now),
             QStringLiteral(
                 "ID             Status     Action                                              "
                 "         Module            Started           Duration\n"
                 "2000000000001  COMPLETED  Bulk User Creation                                  "
                 "         Management        04/04/2025 13:01  2 min 13 s\n"
                 "2000000000002  RUNNING    Bulk User Creation                                  "
                 "         Management        04/04/2025 13:02  8 min 0 s\n"
                 "2000000000003  ERROR      Bulk Group Membership Update from a very long CSV f"
                 "ile name  Group Management  04/04/2025 13:03  2 min 13 s\n"));
}

void TestJobOutput::tableShortensTheActionNeverIdOrStatus()
{
    const QString table = JobOutput::list(
        listed(), JobOutput::ListFormat::Table,
        { JobColumn::Id, JobColumn::Status, JobColumn::Action, JobColumn::Duration }, narrow, now);
    QCOMPARE(table,
             QStringLiteral("ID             Status     Action                  Duration\n"
                            "2000000000001  COMPLETED  Bulk User Creation      2 min 13 s\n"
                            "2000000000002  RUNNING    Bulk User Creation      8 min 0 s\n"
                            "2000000000003  ERROR      Bulk Group Membership…  2 min 13 s\n"));
    for (const QString &line : table.split(u'\n'))
        QVERIFY2(line.size() <= 60, qPrintable(line));
}

void TestJobOutput::tableThatCannotFitKeepsEveryTitle()
{
    // 60 columns cannot hold these: action and module give all they can, the rest stays whole.
    QList<Job> jobs = listed();
    jobs.removeAt(1);
    QCOMPARE(
        JobOutput::list(jobs, JobOutput::ListFormat::Table, JobOutput::defaultColumns(), narrow,
                        now),
        QStringLiteral("ID             Status     Action  Module  Started           Duration\n"
                       "2000000000001  COMPLETED  Bulk…   Manag…  04/04/2025 13:01  2 min 13 s\n"
                       "2000000000003  ERROR      Bulk…   Group…  04/04/2025 13:03  2 min 13 s\n"));
}

void TestJobOutput::tableColoursTheStatusWordWhenAllowed()
{
    const QList<Job> jobs = listed();
    QCOMPARE(JobOutput::list(jobs, JobOutput::ListFormat::Table,
                             { JobColumn::Id, JobColumn::Status, JobColumn::Duration }, colourful,
                             now),
             QStringLiteral("ID             Status     Duration\n"
                            "2000000000001  \x1b[32mCOMPLETED\x1b[0m  2 min 13 s\n"
                            "2000000000002  \x1b[36mRUNNING\x1b[0m    8 min 0 s\n"
                            "2000000000003  \x1b[31mERROR\x1b[0m      2 min 13 s\n"));
    QVERIFY(
        !JobOutput::list(jobs, JobOutput::ListFormat::Table, JobOutput::defaultColumns(), wide, now)
             .contains(u'\x1b'));
}

void TestJobOutput::tableWithoutWidthIsNotFitted()
{
    // Piped without COLUMNS: nothing is cut.
    QVERIFY(JobOutput::list(listed(), JobOutput::ListFormat::Table, JobOutput::defaultColumns(),
                            TerminalInfo(), now)
                .contains(longAction + QStringLiteral("  Group Management")));
}

void TestJobOutput::jsonIsOneArrayInTheApiShape()
{
    const QString text = JobOutput::list(listed().mid(0, 2), JobOutput::ListFormat::Json,
                                         JobOutput::defaultColumns(), wide, now);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray expected {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("2000000000001") },
                      { QStringLiteral("status"), QStringLiteral("COMPLETED") },
                      { QStringLiteral("action_name"), QStringLiteral("Bulk User Creation") },
                      { QStringLiteral("module"), QStringLiteral("Management") },
                      { QStringLiteral("start_time"), QStringLiteral("2025-04-04T13:01:00.000Z") },
                      { QStringLiteral("end_time"), QStringLiteral("2025-04-04T13:03:13.000Z") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("2000000000002") },
                      { QStringLiteral("status"), QStringLiteral("RUNNING") },
                      { QStringLiteral("action_name"), QStringLiteral("Bulk User Creation") },
                      { QStringLiteral("module"), QStringLiteral("Management") },
                      { QStringLiteral("start_time"), QStringLiteral("2025-04-04T13:02:00.000Z") },
                      { QStringLiteral("end_time"), QJsonValue::Null } },
    };
    QCOMPARE(document.array(), expected);
    QCOMPARE(
        JobOutput::list({}, JobOutput::ListFormat::Json, JobOutput::defaultColumns(), wide, now)
            .simplified(),
        QStringLiteral("[ ]"));
}

void TestJobOutput::csvHasTheApiNamesAndNoFormulas()
{
    QList<Job> jobs = listed().mid(0, 2);
    Job formula = makeJob(3, JobStatus::Error);
    formula.actionName = QStringLiteral("=cmd|' /C calc'!A0");
    formula.module = QStringLiteral("Reports,\n\"Q1\"");
    jobs.append(formula);
    QCOMPARE(JobOutput::list(jobs, JobOutput::ListFormat::Csv, allColumns(), wide, now),
             QStringLiteral("id,status,action_name,module,start_time,end_time,duration_seconds\r\n"
                            "2000000000001,COMPLETED,Bulk User Creation,Management,"
                            "2025-04-04T13:01:00.000Z,2025-04-04T13:03:13.000Z,133\r\n"
                            "2000000000002,RUNNING,Bulk User Creation,Management,"
                            "2025-04-04T13:02:00.000Z,,480\r\n"
                            "2000000000003,ERROR,'=cmd|' /C calc'!A0,\"Reports,\n\"\"Q1\"\"\","
                            "2025-04-04T13:03:00.000Z,2025-04-04T13:05:13.000Z,133\r\n"));
    QCOMPARE(JobOutput::list(jobs.mid(2), JobOutput::ListFormat::Csv,
                             { JobColumn::Status, JobColumn::Id }, wide, now),
             QStringLiteral("status,id\r\nERROR,2000000000003\r\n"));
}

void TestJobOutput::tsvFlattensCells()
{
    Job formula = makeJob(3, JobStatus::Error);
    formula.actionName = QStringLiteral("=cmd|' /C calc'!A0");
    formula.module = QStringLiteral("Reports\t\"Q1\"\nand Q2");
    QCOMPARE(JobOutput::list({ makeJob(2, JobStatus::Running), formula },
                             JobOutput::ListFormat::Tsv, JobOutput::defaultColumns(), wide, now),
             QStringLiteral("id\tstatus\taction_name\tmodule\tstart_time\tduration_seconds\n"
                            "2000000000002\tRUNNING\tBulk User Creation\tManagement\t"
                            "2025-04-04T13:02:00.000Z\t480\n"
                            "2000000000003\tERROR\t'=cmd|' /C calc'!A0\tReports \"Q1\" and Q2\t"
                            "2025-04-04T13:03:00.000Z\t133\n"));
}

void TestJobOutput::unreadableJobIsListedWithItsProblem()
{
    const QList<Job> jobs { makeJob(1), unreadableJob(4) };
    const QString problem
        = QStringLiteral("start_time: expected an ISO 8601 date-time, got a number");

    const QJsonArray array
        = QJsonDocument::fromJson(
              JobOutput::list(jobs, JobOutput::ListFormat::Json, allColumns(), wide, now).toUtf8())
              .array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(1).toObject(),
             (QJsonObject { { QStringLiteral("id"), QStringLiteral("2000000000004") },
                            { QStringLiteral("start_time"), 5 },
                            { QStringLiteral("read_problem"), problem } }));

    QCOMPARE(JobOutput::list(jobs, JobOutput::ListFormat::Table,
                             { JobColumn::Id, JobColumn::Status, JobColumn::Action }, wide, now),
             QStringLiteral("ID             Status      Action\n"
                            "2000000000001  COMPLETED   Bulk User Creation\n"
                            "2000000000004  UNREADABLE\n"));
    QCOMPARE(JobOutput::list(jobs.mid(1), JobOutput::ListFormat::Csv, allColumns(), wide, now),
             QStringLiteral("id,status,action_name,module,start_time,end_time,duration_seconds\r\n"
                            "2000000000004,,,,,,\r\n"));
    QCOMPARE(JobOutput::readProblemLine(jobs.at(1)),
             QStringLiteral("2000000000004 could not be read: ") + problem);
    QCOMPARE(JobOutput::readProblemLine(jobs.at(0)), QString());
    QCOMPARE(JobOutput::outcomeLine(jobs.at(1), wide),
             QStringLiteral("2000000000004  UNREADABLE  ") + problem);
}

void TestJobOutput::columnsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<JobColumn>>("columns");
    QTest::addColumn<QString>("error");

    QTest::newRow("two") << QStringLiteral("id,status")
                         << QList<JobColumn> { JobColumn::Id, JobColumn::Status } << QString();
    QTest::newRow("any case, spaces")
        << QStringLiteral("Duration , ENDED,action,module,started")
        << QList<JobColumn> { JobColumn::Duration, JobColumn::Ended, JobColumn::Action,
                              JobColumn::Module, JobColumn::Started }
        << QString();
    const QString known
        = QStringLiteral("; the columns are id, status, action, module, started, ended, duration.");
    QTest::newRow("unknown") << QStringLiteral("id,colour") << QList<JobColumn>()
                             << QStringLiteral("Unknown column \"colour\"") + known;
    QTest::newRow("API name") << QStringLiteral("action_name") << QList<JobColumn>()
                              << QStringLiteral("Unknown column \"action_name\"") + known;
    QTest::newRow("empty") << QString() << QList<JobColumn>()
                           << QStringLiteral("Unknown column \"\"") + known;
}

void TestJobOutput::columnsParse()
{
    QFETCH(QString, text);
    QFETCH(QList<JobColumn>, columns);
    QFETCH(QString, error);

    QString said;
    const std::optional<QList<JobColumn>> parsed = JobOutput::parseColumns(text, &said);
    QCOMPARE(said, error);
    QCOMPARE(parsed.has_value(), error.isEmpty());
    if (parsed)
        QCOMPARE(*parsed, columns);
}

void TestJobOutput::showTextFitsAndWrapsMessages()
{
    QCOMPARE(JobOutput::show(withResults(), JobOutput::ShowFormat::Text, false, narrow, now),
             QStringLiteral("ID:        2000000000005\n"
                            "Action:    Bulk User Creation\n"
                            "Module:    Management\n"
                            "Status:    ERROR\n"
                            "Started:   04/04/2025 13:05\n"
                            "Ended:     04/04/2025 13:07\n"
                            "Duration:  2 min 13 s\n"
                            "Results:   1 succeeded · 2 failed\n"
                            "\n"
                            "Entity ID      Result   Message\n"
                            "2000000000011  SUCCESS  User created successfully\n"
                            "2000000000012  ERROR    Email already exists\n"
                            "2000000000013  ERROR    Required attribute \"department\" is\n"
                            "                        missing for this user in the\n"
                            "                        directory\n"));
    // Still running, and no details asked for: no end, the duration up to now, no results.
    QCOMPARE(JobOutput::show(makeJob(2, JobStatus::Running), JobOutput::ShowFormat::Text, false,
                             narrow, now),
             QStringLiteral("ID:        2000000000002\n"
                            "Action:    Bulk User Creation\n"
                            "Module:    Management\n"
                            "Status:    RUNNING\n"
                            "Started:   04/04/2025 13:02\n"
                            "Duration:  8 min 0 s\n"));
}

void TestJobOutput::showErrorsOnlyKeepsTheSummary()
{
    QCOMPARE(JobOutput::show(withResults(), JobOutput::ShowFormat::Text, true, narrow, now)
                 .section(u'\n', 7),
             QStringLiteral("Results:   1 succeeded · 2 failed\n"
                            "\n"
                            "Entity ID      Result  Message\n"
                            "2000000000012  ERROR   Email already exists\n"
                            "2000000000013  ERROR   Required attribute \"department\" is\n"
                            "                       missing for this user in the\n"
                            "                       directory\n"));
}

void TestJobOutput::showColoursResults()
{
    const QString text
        = JobOutput::show(withResults(), JobOutput::ShowFormat::Text, false, colourful, now);
    QVERIFY(text.contains(QStringLiteral("Status:    \x1b[31mERROR\x1b[0m\n")));
    QVERIFY(text.contains(
        QStringLiteral("2000000000011  \x1b[32mSUCCESS\x1b[0m  User created successfully\n")));
    QVERIFY(text.contains(
        QStringLiteral("2000000000012  \x1b[31mERROR\x1b[0m    Email already exists\n")));
}

void TestJobOutput::showJsonAndCsvAreTheExport()
{
    const Job job = withResults();
    const QJsonObject shown
        = QJsonDocument::fromJson(
              JobOutput::show(job, JobOutput::ShowFormat::Json, true, wide, now).toUtf8())
              .object();
    QCOMPARE(shown.value(QStringLiteral("id")).toString(), job.id);
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("ERROR"));
    const QJsonObject details = shown.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("entity")).toString(), QStringLiteral("User"));
    const QJsonArray results = details.value(QStringLiteral("result")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(
        results.at(0).toObject(),
        (QJsonObject { { QStringLiteral("id"), QStringLiteral("2000000000012") },
                       { QStringLiteral("status"), QStringLiteral("ERROR") },
                       { QStringLiteral("message"), QStringLiteral("Email already exists") } }));
    QCOMPARE(QJsonDocument::fromJson(
                 JobOutput::show(job, JobOutput::ShowFormat::Json, false, wide, now).toUtf8())
                 .object()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("result"))
                 .toArray()
                 .size(),
             3);

    QCOMPARE(JobOutput::show(job, JobOutput::ShowFormat::Csv, true, wide, now),
             QStringLiteral("Entity ID,Result,Message\r\n"
                            "2000000000012,ERROR,Email already exists\r\n"
                            "2000000000013,ERROR,\"Required attribute \"\"department\"\" is "
                            "missing for this user in the directory\"\r\n"));
}

void TestJobOutput::outcomeLineSaysTheResults()
{
    Job job = makeJob(5, JobStatus::Error);
    QList<EntityResult> results(248, { QStringLiteral("1"), QStringLiteral("SUCCESS"), QString() });
    results.append({ QStringLiteral("2"), QStringLiteral("ERROR"), QStringLiteral("no") });
    results.append({ QStringLiteral("3"), QStringLiteral("ERROR"), QStringLiteral("no") });
    job.details = JobDetails { QStringLiteral("User"), results };
    QCOMPARE(JobOutput::outcomeLine(job, wide),
             QStringLiteral("2000000000005  ERROR  Bulk User Creation — 2 of 250 users failed"));
    QCOMPARE(
        JobOutput::outcomeLine(job, colourful),
        QStringLiteral(
            "2000000000005  \x1b[31mERROR\x1b[0m  Bulk User Creation — 2 of 250 users failed"));
    QCOMPARE(JobOutput::outcomeLine(makeJob(1), wide),
             QStringLiteral("2000000000001  COMPLETED  Bulk User Creation"));
}

void TestJobOutput::serverTextCannotReachTheTerminal()
{
    Job job = makeJob(1);
    job.actionName = QStringLiteral("Evil\x1b]0;owned\x07\u202Etxt.exe\nnext");
    job.statusText = QStringLiteral("\x1b[2JDONE");
    job.status = JobStatus::Unknown;
    QCOMPARE(JobOutput::outcomeLine(job, colourful),
             QStringLiteral("2000000000001   [2JDONE  Evil ]0;owned  txt.exe next"));
    const QString table = JobOutput::list({ job }, JobOutput::ListFormat::Table,
                                          JobOutput::defaultColumns(), colourful, now);
    QVERIFY2(!table.contains(u'\x1b') && !table.contains(u'\x07') && !table.contains(u'\u202E'),
             qPrintable(table));
    // Data stays exact where it is data.
    QVERIFY(JobOutput::list({ job }, JobOutput::ListFormat::Csv, JobOutput::defaultColumns(),
                            colourful, now)
                .contains(QStringLiteral("\x1b[2JDONE")));
}

void TestJobOutput::changeLine()
{
    QCOMPARE(JobOutput::changeLine(makeJob(1), JobStatus::Running, wide,
                                   QDateTime(QDate(2025, 4, 4), QTime(13, 5, 7), Qt::UTC)),
             QStringLiteral("13:05:07  2000000000001  RUNNING → COMPLETED  Bulk User Creation"
                            "  (2 min 13 s)"));
    QCOMPARE(JobOutput::changeLine(makeJob(1), JobStatus::Running, colourful,
                                   QDateTime(QDate(2025, 4, 4), QTime(13, 5, 7), Qt::UTC)),
             QStringLiteral("13:05:07  2000000000001  \x1b[36mRUNNING\x1b[0m → "
                            "\x1b[32mCOMPLETED\x1b[0m  Bulk User Creation  (2 min 13 s)"));
    // A job seen for the first time: its status, its duration so far.
    QCOMPARE(JobOutput::changeLine(makeJob(2, JobStatus::Running), JobStatus::Unknown, wide, now),
             QStringLiteral("13:10:00  2000000000002  RUNNING  Bulk User Creation  (8 min 0 s)"));
}

void TestJobOutput::progressLine()
{
    QCOMPARE(JobOutput::progressLine(12, 51), QStringLiteral("Fetching page 12 of 51…"));
    QCOMPARE(JobOutput::progressLine(12, 0), QStringLiteral("Fetching page 12…"));
    QCOMPARE(JobOutput::progressLine(1, -1), QStringLiteral("Fetching page 1…"));
}

void TestJobOutput::textWidthCountsTerminalColumns()
{
    QCOMPARE(TerminalText::width(QStringLiteral("Zu\u0308rich")), 6);
    QCOMPARE(TerminalText::width(QStringLiteral("日本語")), 6);
    QCOMPARE(TerminalText::width(QStringLiteral("\U0001F600!")), 3);
    QCOMPARE(TerminalText::shortened(QStringLiteral("日本語テキスト"), 6), QStringLiteral("日本…"));
    QCOMPARE(TerminalText::shortened(QStringLiteral("\U0001F600\U0001F600\U0001F600"), 5),
             QStringLiteral("\U0001F600\U0001F600…"));
    QCOMPARE(TerminalText::wrapped(QStringLiteral("abcdefghij klm"), 4),
             QStringList({ QStringLiteral("abcd"), QStringLiteral("efgh"), QStringLiteral("ij"),
                           QStringLiteral("klm") }));
}

void TestJobOutput::terminalOfAPipe()
{
    ScopedEnvironment columns("COLUMNS");
    ScopedEnvironment noColor("NO_COLOR");
    ScopedEnvironment term("TERM");
    columns.unset();
    // Nothing but the pipe speaks against colour.
    noColor.unset();
    term.set("xterm-256color");
    int ends[2];
    QCOMPARE(::pipe(ends), 0);
    const TerminalInfo piped = TerminalInfo::of(ends[1]);
    QVERIFY(!piped.isTerminal);
    QCOMPARE(piped.width, 0);
    QVERIFY(!piped.colour);
    columns.set("120");
    const TerminalInfo told = TerminalInfo::of(ends[1]);
    QCOMPARE(told.width, 120);
    QVERIFY(!told.colour);
    ::close(ends[0]);
    ::close(ends[1]);
}

void TestJobOutput::terminalOfAPseudoTerminal()
{
    ScopedEnvironment columns("COLUMNS");
    ScopedEnvironment noColor("NO_COLOR");
    ScopedEnvironment term("TERM");
    columns.set("120");
    noColor.unset();
    term.set("xterm-256color");
    Terminal terminal;
    QVERIFY(terminal.isOpen());

    QVERIFY(terminal.resize(100));
    TerminalInfo info = TerminalInfo::of(terminal.slave);
    QVERIFY(info.isTerminal);
    // The terminal's own width comes before COLUMNS.
    QCOMPARE(info.width, 100);
    QVERIFY(info.colour);

    // Any NO_COLOR, even empty, turns colour off; so does a dumb terminal.
    noColor.set("");
    QVERIFY(!TerminalInfo::of(terminal.slave).colour);
    noColor.set("1");
    QVERIFY(!TerminalInfo::of(terminal.slave).colour);
    noColor.unset();
    term.set("dumb");
    QVERIFY(!TerminalInfo::of(terminal.slave).colour);
    term.set("xterm-256color");
    QVERIFY(TerminalInfo::of(terminal.slave).colour);

    // A terminal that does not know its width: COLUMNS, else 80.
    QVERIFY(terminal.resize(0));
    QCOMPARE(TerminalInfo::of(terminal.slave).width, 120);
    columns.unset();
    QCOMPARE(TerminalInfo::of(terminal.slave).width, 80);
}

QTEST_GUILESS_MAIN(TestJobOutput)
#include "tst_joboutput.moc"
