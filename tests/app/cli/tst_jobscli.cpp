#include "clock.h"
#include "fixtures/accountfixture.h"
#include "fixtures/commandline.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/terminal.h"
#include "jobgenerator.h"
#include "jobjson.h"
#include "platform/settings.h"
#include "sync/jobsync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

namespace {

const QString program = QStringLiteral(JOBMON_BINARY);
const QString staticToken = QStringLiteral("1000.jobs-cli-static");
const QDateTime start(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

} // namespace

// `id360-jobmon jobs …` as a user runs it: the real binary, against an emulator on loopback,
// with settings, data and caches in a throwaway home and no display.
class TestJobsCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listIsNewestFirstInEveryFormat();
    void listFiltersAreSentAsOneScimFilter();
    void invalidFilterSendsNothing();
    void listShowsWhatCouldNotBeRead();
    void showAndExportTheResults();
    void deleteWithoutATerminalRefusesAndSendsNothing();
    void deleteWithYesThenAlreadyGone();
    void deleteAsksAtATerminal();
    void waitForAJobThatCompletes();
    void waitForAJobThatFails();
    void waitTimesOut();
    void waitForAJobThatIsDeleted();
    void refusedTokenIsExitOneWithTheServersWords();
    void waitSaysWhenSigningInAgainHelps();
    void readOnlyAccountSendsNoDelete();
    void readOnlyAsGrantedSendsNoDelete();
    void readOnlyAsLearnedFromARefusedDelete();
    void unknownAccountIsAUsageError();
    void watchPrintsChangesUntilCtrlC();
    void runsShareOneRenewalThroughTheKeychain();

private:
    QProcessEnvironment environment() const;
    // Runs `jobs ARGUMENTS --server <emulator>` with the emulator's token in the environment.
    Ran runOnServer(const QStringList &arguments, const QByteArray &input = QByteArray());
    Ran run(const QStringList &arguments, const QProcessEnvironment &environment,
            const QByteArray &input = QByteArray());
    void startOnServer(QProcess &process, const QStringList &arguments);
    // `account add NAME` on the emulator, with `options` and `input` (the secrets).
    Ran addAccount(const QString &name, const QStringList &options, const QByteArray &input);
    // `account add NAME` signed in with a Self Client code for `scopes`; its scopes are the
    // default ones, which ask to delete.
    Ran addAccountGranted(const QString &name, const QString &scopes);
    // What `account list` printed.
    QString accountList();
    // Requests the emulator received for `method`, as "PATH?QUERY".
    QStringList received(const QByteArray &method) const;
    Job addJob(const QString &status, JobStatus outcome, qint64 runMs);
    void advance(std::chrono::milliseconds by);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ManualClock> m_clock;
    QList<Job> m_jobs;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestJobsCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(start);
    m_jobs = finishedJobs(120, start);
    EmulatorServer::Options options;
    options.manualClock = m_clock.get();
    m_server = startEmulator(m_jobs, staticToken, options);
    // The polls of `wait` and `watch` as fast as the settings allow.
    // (Written here as the app reads it: the same names, the same file.)
    QCoreApplication::setApplicationName(QStringLiteral("id360-jobmon"));
    QCoreApplication::setOrganizationName(QStringLiteral("id360-jobmon"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
    Settings::setPollIntervals(JobSync::minimumIntervals);
}

void TestJobsCli::cleanup()
{
    forgetKeychainEntries(m_home->path(), this);
    m_server.reset();
    m_home.reset();
}

QProcessEnvironment TestJobsCli::environment() const
{
    // The command line never needs a display: there is none.
    QProcessEnvironment environment = throwawayHomeEnvironment(m_home->path());
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    // Every diagnostic of ours, to show that none holds a token.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("jobmon.*.debug=true"));
    environment.insert(QStringLiteral("ID360_ACCESS_TOKEN"), staticToken);
    return environment;
}

Ran TestJobsCli::run(const QStringList &arguments, const QProcessEnvironment &environment,
                     const QByteArray &input)
{
    const Ran ran = runProgram(program, QStringList { QStringLiteral("jobs") } + arguments,
                               environment, input);
    // No token, ever, in what a command prints or logs.
    if (ran.out.contains(staticToken) || ran.err.contains(staticToken))
        qFatal("a token was printed");
    return ran;
}

Ran TestJobsCli::runOnServer(const QStringList &arguments, const QByteArray &input)
{
    return run(arguments
                   + QStringList { QStringLiteral("--server"), m_server->apiBaseUrl().toString() },
               environment(), input);
}

void TestJobsCli::startOnServer(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(environment());
    process.start(
        program,
        QStringList { QStringLiteral("jobs") } + arguments
            + QStringList { QStringLiteral("--server"), m_server->apiBaseUrl().toString() });
    QVERIFY(process.waitForStarted(5000));
}

Ran TestJobsCli::addAccount(const QString &name, const QStringList &options,
                            const QByteArray &input)
{
    return runProgram(
        program,
        QStringList { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                      name, QStringLiteral("--data-center"), QStringLiteral("custom"),
                      QStringLiteral("--server"), m_server->apiBaseUrl().toString(),
                      QStringLiteral("--accounts-server"), m_server->origin().toString(),
                      QStringLiteral("--client-id"), QStringLiteral("1000.JOBMONEMULATOR") }
            + options,
        environment(), input);
}

Ran TestJobsCli::addAccountGranted(const QString &name, const QString &scopes)
{
    const QString code = m_server->oauth().issueSelfClientCode(scopes, m_clock->now());
    return addAccount(
        name, { QStringLiteral("--client-secret-stdin"), QStringLiteral("--grant-code-stdin") },
        "emulator-secret\n" + code.toUtf8() + '\n');
}

QString TestJobsCli::accountList()
{
    return runProgram(program, { QStringLiteral("account"), QStringLiteral("list") }, environment())
        .out;
}

QStringList TestJobsCli::received(const QByteArray &method) const
{
    QStringList requests;
    for (const EmulatorServer::ReceivedRequest &request : m_server->receivedRequests()) {
        if (request.method == method)
            requests.append(
                request.path
                + (request.query.isEmpty() ? QString() : QLatin1Char('?') + request.query));
    }
    return requests;
}

Job TestJobsCli::addJob(const QString &status, JobStatus outcome, qint64 runMs)
{
    JobStore::NewJob added;
    added.actionName = QStringLiteral("Bulk User Creation");
    added.module = QStringLiteral("Management");
    added.statusText = status;
    added.outcome = outcome;
    added.entityCount = 4;
    added.runMs = runMs;
    return m_server->store().add(added, m_clock->now());
}

void TestJobsCli::advance(std::chrono::milliseconds by)
{
    m_clock->advance(by);
    m_server->tick();
}

void TestJobsCli::listIsNewestFirstInEveryFormat()
{
    // JSON: one document, the API's field names, the newest 50 unless told otherwise.
    const Ran json = runOnServer(
        { QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray listed = document.array();
    QCOMPARE(listed.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(listed.at(i).toObject().value(QStringLiteral("id")).toString(), m_jobs.at(i).id);
        QCOMPARE(listed.at(i).toObject().value(QStringLiteral("action_name")).toString(),
                 m_jobs.at(i).actionName);
    }
    // One request: the newest page, no more.
    QCOMPARE(received("GET"), QStringList { QStringLiteral("/api/v1/jobs?limit=50&from=1") });

    // CSV: a header row and one row per job, every job with --all.
    const Ran csv = runOnServer({ QStringLiteral("list"), QStringLiteral("--all"),
                                  QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--columns"), QStringLiteral("id,status") });
    QCOMPARE(csv.exitCode, 0);
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), m_jobs.size() + 1);
    QCOMPARE(rows.constFirst(), QStringLiteral("id,status"));
    QCOMPARE(rows.at(1),
             m_jobs.constFirst().id + QLatin1Char(',')
                 + jobStatusToApi(m_jobs.constFirst().status));

    // TSV, and a table: not a terminal here, so no colour.
    const Ran tsv
        = runOnServer({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3"),
                        QStringLiteral("--format"), QStringLiteral("tsv") });
    QCOMPARE(tsv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
    QVERIFY(tsv.out.split(QLatin1Char('\n')).at(1).startsWith(m_jobs.constFirst().id + u'\t'));
    const Ran table
        = runOnServer({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(m_jobs.at(2).id), qPrintable(table.out));
    QVERIFY(!table.out.contains(m_jobs.at(3).id));
    QVERIFY(!table.out.contains(QLatin1Char('\x1b')));
}

void TestJobsCli::listFiltersAreSentAsOneScimFilter()
{
    const Ran ran = runOnServer({ QStringLiteral("list"), QStringLiteral("--status"),
                                  QStringLiteral("error,warning"), QStringLiteral("--module"),
                                  QStringLiteral("Management"), QStringLiteral("--format"),
                                  QStringLiteral("json") });
    QCOMPARE(ran.exitCode, 0);
    const QStringList requests = received("GET");
    QCOMPARE(requests.size(), 1);
    const QString filter = QUrlQuery(QUrl(requests.constFirst()).query())
                               .queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    QCOMPARE(filter,
             QStringLiteral("(status eq \"ERROR\" or status eq \"WARNING\") and module eq "
                            "\"Management\""));
    // What came back is what the server matched, and it matched what was asked.
    const QJsonArray listed = QJsonDocument::fromJson(ran.out.toUtf8()).array();
    int expected = 0;
    for (const Job &job : m_jobs) {
        if ((job.status == JobStatus::Error || job.status == JobStatus::Warning)
            && job.module.compare(QLatin1String("Management"), Qt::CaseInsensitive) == 0)
            ++expected;
    }
    QVERIFY(expected > 0);
    QCOMPARE(listed.size(), std::min(expected, 50));
    for (const QJsonValue &job : listed)
        QVERIFY(job.toObject().value(QStringLiteral("status")).toString() != u"COMPLETED");
}

void TestJobsCli::invalidFilterSendsNothing()
{
    const Ran ran = runOnServer(
        { QStringLiteral("list"), QStringLiteral("--filter"), QStringLiteral("status eq") });
    QCOMPARE(ran.exitCode, 2);
    QVERIFY2(ran.err.contains(QStringLiteral("--filter: ")), qPrintable(ran.err));
    QVERIFY(ran.err.contains(QStringLiteral("at character 10")));
    QVERIFY(ran.out.isEmpty());
    QVERIFY(m_server->receivedRequests().isEmpty());
}

void TestJobsCli::listShowsWhatCouldNotBeRead()
{
    m_server->faults().set({ *FaultPlan::parse(QStringLiteral("odd-job"), nullptr) });
    const Ran ran
        = runOnServer({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                        QStringLiteral("--format"), QStringLiteral("tsv") });
    QCOMPARE(ran.exitCode, 0);
    // The odd job is listed, by its id, and said to be unreadable; the others are all there.
    QCOMPARE(ran.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);
    QVERIFY2(ran.out.contains(m_jobs.constFirst().id), qPrintable(ran.out));
    QVERIFY2(ran.err.contains(QStringLiteral("could not be read")), qPrintable(ran.err));
}

void TestJobsCli::showAndExportTheResults()
{
    const Job failed = addJob(QStringLiteral("RUNNING"), JobStatus::Error, 1000);
    advance(std::chrono::seconds(2));
    const Job job = *m_server->store().get(failed.id);
    QCOMPARE(job.status, JobStatus::Error);

    const Ran text = runOnServer({ QStringLiteral("show"), job.id });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Bulk User Creation")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral(" succeeded · ")));
    for (const EntityResult &result : job.details->results)
        QVERIFY(text.out.contains(result.id));

    const Ran json = runOnServer({ QStringLiteral("show"), job.id, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--errors-only") });
    const QJsonObject shown = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("id")).toString(), job.id);
    const QJsonArray results = shown.value(QStringLiteral("details"))
                                   .toObject()
                                   .value(QStringLiteral("result"))
                                   .toArray();
    QVERIFY(!results.isEmpty());
    for (const QJsonValue &result : results)
        QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), u"ERROR");

    const QString file = m_home->filePath(QStringLiteral("errors.csv"));
    const Ran exported
        = runOnServer({ QStringLiteral("export"), job.id, QStringLiteral("--errors-only"),
                        QStringLiteral("--output"), file });
    QCOMPARE(exported.exitCode, 0);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.constFirst(), QByteArray("Entity ID,Result,Message\r"));
    QCOMPARE(lines.size() - 2, results.size());

    const Ran missing = runOnServer({ QStringLiteral("show"), QStringLiteral("999") });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("Job 999: ")), qPrintable(missing.err));
}

void TestJobsCli::deleteWithoutATerminalRefusesAndSendsNothing()
{
    const Ran ran = runOnServer({ QStringLiteral("delete"), m_jobs.constFirst().id }, "yes\n");
    QCOMPARE(ran.exitCode, 2);
    QVERIFY2(ran.err.contains(QStringLiteral("--yes")), qPrintable(ran.err));
    QVERIFY(m_server->receivedRequests().isEmpty());
    QVERIFY(m_server->store().get(m_jobs.constFirst().id));
}

void TestJobsCli::deleteWithYesThenAlreadyGone()
{
    const QString first = m_jobs.at(0).id;
    const QString second = m_jobs.at(1).id;
    const Ran ran
        = runOnServer({ QStringLiteral("delete"), first, second, QStringLiteral("--yes") });
    QCOMPARE(ran.exitCode, 0);
    // One delete each (sent side by side, so in either order).
    QStringList deletes = received("DELETE");
    deletes.sort();
    QStringList expected { QStringLiteral("/api/v1/jobs/") + first,
                           QStringLiteral("/api/v1/jobs/") + second };
    expected.sort();
    QCOMPARE(deletes, expected);
    QVERIFY(!m_server->store().get(first) && !m_server->store().get(second));
    QVERIFY2(ran.out.contains(first) && ran.out.contains(second), qPrintable(ran.out));
    QVERIFY2(ran.err.contains(QStringLiteral("2 jobs deleted")), qPrintable(ran.err));

    // Gone already: that counts as deleted, with a note, and no delete is sent for it.
    m_server->forgetReceivedRequests();
    const Ran again = runOnServer({ QStringLiteral("delete"), first, QStringLiteral("--yes") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already gone")), qPrintable(again.out));
    QVERIFY(received("DELETE").isEmpty());
}

void TestJobsCli::deleteAsksAtATerminal()
{
    const QString id = m_jobs.constFirst().id;
    for (const QByteArray &answer : { QByteArray("\n"), QByteArray("n\n"), QByteArray("yes\n") }) {
        Terminal terminal;
        QVERIFY(terminal.isOpen());
        QProcess process;
        process.setStandardInputFile(terminal.path);
        startOnServer(process, { QStringLiteral("delete"), id });
        QString asked;
        QVERIFY(QTest::qWaitFor(
            [&] {
                asked += QString::fromUtf8(process.readAllStandardError());
                return asked.contains(QStringLiteral("[y/N]"));
            },
            20000));
        // The question names the job, and says it cannot be undone.
        QVERIFY2(asked.contains(id), qPrintable(asked));
        QVERIFY(asked.contains(m_jobs.constFirst().actionName));
        QVERIFY(asked.contains(QStringLiteral("cannot be undone")));
        QVERIFY(terminal.type(answer));
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000));
        const bool yes = answer == "yes\n";
        QCOMPARE(process.exitCode(), yes ? 0 : 2);
        QCOMPARE(received("DELETE").size(), yes ? 1 : 0);
        QCOMPARE(bool(m_server->store().get(id)), !yes);
    }
}

void TestJobsCli::waitForAJobThatCompletes()
{
    const Job running = addJob(QStringLiteral("RUNNING"), JobStatus::Completed, 30000);
    QProcess process;
    startOnServer(process, { QStringLiteral("wait"), running.id });
    // Polled while it runs, and nothing said on stdout yet.
    QVERIFY(QTest::qWaitFor([&] { return received("GET").size() >= 2; }, 20000));
    QVERIFY(process.state() == QProcess::Running);
    advance(std::chrono::seconds(31));
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(running.id) && out.contains(QStringLiteral("COMPLETED")),
             qPrintable(out));
}

void TestJobsCli::waitForAJobThatFails()
{
    const Job failing = addJob(QStringLiteral("RUNNING"), JobStatus::Error, 30000);
    const Job done = addJob(QStringLiteral("RUNNING"), JobStatus::Completed, 1000);
    advance(std::chrono::seconds(2));
    QProcess process;
    startOnServer(process, { QStringLiteral("wait"), done.id, failing.id });
    // The finished one is said at once.
    QString out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(process.readAllStandardOutput());
            return out.contains(done.id);
        },
        20000));
    advance(std::chrono::seconds(31));
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000));
    out += QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 3);
    // The line names the failed job and how many of its entities failed.
    const QString failedLine = out.split(QLatin1Char('\n')).filter(failing.id).value(0);
    QVERIFY2(failedLine.contains(QStringLiteral("ERROR")), qPrintable(out));
    QVERIFY2(failedLine.contains(QStringLiteral("failed")), qPrintable(out));
}

void TestJobsCli::waitTimesOut()
{
    // The emulator's clock stands still: the job runs on and on.
    const Job running = addJob(QStringLiteral("RUNNING"), JobStatus::Completed, 30000);
    const Ran ran = runOnServer(
        { QStringLiteral("wait"), running.id, QStringLiteral("--timeout"), QStringLiteral("2s") });
    QCOMPARE(ran.exitCode, 4);
    QVERIFY2(ran.err.contains(running.id), qPrintable(ran.err));
}

void TestJobsCli::waitForAJobThatIsDeleted()
{
    const Job running = addJob(QStringLiteral("RUNNING"), JobStatus::Completed, 30000);
    QProcess process;
    startOnServer(process, { QStringLiteral("wait"), running.id });
    QVERIFY(QTest::qWaitFor([&] { return received("GET").size() >= 2; }, 20000));
    QVERIFY(m_server->store().remove(running.id));
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(running.id));
}

void TestJobsCli::refusedTokenIsExitOneWithTheServersWords()
{
    QProcessEnvironment environment = this->environment();
    environment.insert(QStringLiteral("ID360_ACCESS_TOKEN"), QStringLiteral("1000.not-accepted"));
    const Ran ran = run(
        { QStringLiteral("list"), QStringLiteral("--server"), m_server->apiBaseUrl().toString() },
        environment);
    QCOMPARE(ran.exitCode, 1);
    QVERIFY2(ran.err.contains(QStringLiteral("did not accept the access token")),
             qPrintable(ran.err));
    QVERIFY(!ran.err.contains(QStringLiteral("1000.not-accepted")));
    QVERIFY(ran.out.isEmpty());
}

void TestJobsCli::waitSaysWhenSigningInAgainHelps()
{
    // An account whose pasted token the server no longer accepts.
    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("ID360_ACCESS_TOKEN"));
    const Ran added = addAccount(QStringLiteral("Stale"), { QStringLiteral("--token-stdin") },
                                 "1000.no-longer-accepted\n");
    QCOMPARE(added.exitCode, 0);
    const Job running = addJob(QStringLiteral("RUNNING"), JobStatus::Completed, 30000);
    const Ran ran = run({ QStringLiteral("wait"), running.id, QStringLiteral("--account"),
                          QStringLiteral("Stale") },
                        environment);
    QCOMPARE(ran.exitCode, 1);
    QVERIFY2(ran.err.contains(QStringLiteral("did not accept the access token")),
             qPrintable(ran.err));
    QVERIFY(ran.err.contains(QStringLiteral("id360-jobmon account login \"Stale\"")));
    QVERIFY(!ran.err.contains(QStringLiteral("1000.no-longer-accepted")));
}

void TestJobsCli::readOnlyAccountSendsNoDelete()
{
    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("ID360_ACCESS_TOKEN"));
    const Ran added = addAccount(QStringLiteral("Reader"),
                                 { QStringLiteral("--scopes"), QStringLiteral("id360.job.READ"),
                                   QStringLiteral("--token-stdin") },
                                 staticToken.toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
    const Ran ran = run({ QStringLiteral("delete"), m_jobs.constFirst().id, QStringLiteral("--yes"),
                          QStringLiteral("--account"), QStringLiteral("Reader") },
                        environment);
    QCOMPARE(ran.exitCode, 2);
    QVERIFY2(ran.err.contains(QStringLiteral("may only read jobs")), qPrintable(ran.err));
    QVERIFY(m_server->receivedRequests().isEmpty());
    // Reading is what it may do.
    QCOMPARE(run({ QStringLiteral("show"), m_jobs.constFirst().id, QStringLiteral("--account"),
                   QStringLiteral("Reader") },
                 environment)
                 .exitCode,
             0);
}

// The token answer names the scopes granted, and they cannot delete: nothing is sent.
void TestJobsCli::readOnlyAsGrantedSendsNoDelete()
{
    EmulatorServer::Options options;
    options.manualClock = m_clock.get();
    options.oauth.answerNamesScope = true;
    m_server = startEmulator(m_jobs, staticToken, options);
    QCOMPARE(
        addAccountGranted(QStringLiteral("Granted"), QStringLiteral("id360.job.READ")).exitCode, 0);
    QVERIFY2(accountList().contains(QStringLiteral("\tsigned in, read-only")),
             qPrintable(accountList()));
    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("ID360_ACCESS_TOKEN"));
    const Ran ran = run({ QStringLiteral("delete"), m_jobs.constFirst().id, QStringLiteral("--yes"),
                          QStringLiteral("--account"), QStringLiteral("Granted") },
                        environment);
    QCOMPARE(ran.exitCode, 2);
    QVERIFY2(ran.err.contains(QStringLiteral("the accounts server granted it only id360.job.READ")),
             qPrintable(ran.err));
    QVERIFY(received("DELETE").isEmpty());
    QVERIFY(received("GET").isEmpty());
}

// The token answer is silent: the server's refusal of the first delete teaches that the account
// may only read, and no later run sends a delete.
void TestJobsCli::readOnlyAsLearnedFromARefusedDelete()
{
    QCOMPARE(
        addAccountGranted(QStringLiteral("Learned"), QStringLiteral("id360.job.READ")).exitCode, 0);
    QVERIFY2(!accountList().contains(QStringLiteral("read-only")), qPrintable(accountList()));
    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("ID360_ACCESS_TOKEN"));
    const QStringList deleting { QStringLiteral("delete"), m_jobs.constFirst().id,
                                 QStringLiteral("--yes"), QStringLiteral("--account"),
                                 QStringLiteral("Learned") };
    const Ran refused = run(deleting, environment);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("not allowed to do this")),
             qPrintable(refused.err));
    QCOMPARE(received("DELETE").size(), 1);

    const Ran again = run(deleting, environment);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("Identity360 refused it a delete for lack of the "
                                               "id360.job.DELETE scope")),
             qPrintable(again.err));
    QCOMPARE(received("DELETE").size(), 1);
    QVERIFY2(accountList().contains(QStringLiteral("\tsigned in, read-only")),
             qPrintable(accountList()));
}

void TestJobsCli::unknownAccountIsAUsageError()
{
    QProcessEnvironment environment = this->environment();
    const Ran none = run({ QStringLiteral("list") }, environment);
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("account add")), qPrintable(none.err));
    const Ran unknown
        = run({ QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("Nope") },
              environment);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("no account named \"Nope\"")));
    QVERIFY(m_server->receivedRequests().isEmpty());
}

void TestJobsCli::watchPrintsChangesUntilCtrlC()
{
    const Job running = addJob(QStringLiteral("RUNNING"), JobStatus::Warning, 30000);
    QProcess process;
    startOnServer(process, { QStringLiteral("watch") });
    QString out;
    const auto says = [&](const QString &text) {
        return QTest::qWaitFor(
            [&] {
                out += QString::fromUtf8(process.readAllStandardOutput());
                return out.contains(text);
            },
            20000);
    };
    // The running job first…
    QVERIFY2(says(running.id), qPrintable(out));
    // …then a new one as it arrives, and each change as it happens.
    const Job queued = addJob(QStringLiteral("QUEUED"), JobStatus::Completed, 1000);
    QVERIFY2(says(queued.id), qPrintable(out));
    advance(std::chrono::seconds(31));
    QVERIFY2(says(QStringLiteral("WARNING")), qPrintable(out));
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestJobsCli::runsShareOneRenewalThroughTheKeychain()
{
    // An account signed in with a refresh token, as `account add` leaves it.
    const QString code = m_server->oauth().issueSelfClientCode(
        QStringLiteral("id360.job.READ,id360.job.DELETE"), m_clock->now());
    QCOMPARE(addAccount(
                 QStringLiteral("Lab"),
                 { QStringLiteral("--client-secret-stdin"), QStringLiteral("--grant-code-stdin") },
                 "emulator-secret\n" + code.toUtf8() + '\n')
                 .exitCode,
             0);
    const QString tokenPath = QStringLiteral("/oauth/v2/token");
    // The code's exchange.
    QCOMPARE(countRequests(*m_server, tokenPath), 1);
    // The access token it got has run out, for the server.
    advance(std::chrono::hours(2));

    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("ID360_ACCESS_TOKEN"));
    QString printed;
    for (int i = 0; i < 20; ++i) {
        const Ran ran
            = run({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                    QStringLiteral("--account"), QStringLiteral("Lab") },
                  environment);
        QCOMPARE(ran.exitCode, 0);
        QVERIFY(ran.out.contains(m_jobs.constFirst().id));
        printed += ran.out + ran.err;
    }
    // One renewal (the first run's, after a 401), then every run used the token it kept.
    QCOMPARE(countRequests(*m_server, tokenPath), 2);

    // Kept in the keychain only: no file under the app's directories holds a token.
    const std::optional<Secrets> kept
        = keychainEntry(storedAccountIds(m_home->path()).value(0), this);
    QVERIFY(kept);
    QVERIFY(!kept->renewed.token.isEmpty());
    for (const QString &secret : { kept->refreshToken, kept->renewed.token }) {
        QVERIFY(!printed.contains(secret));
        QVERIFY(filesContaining(m_home->path(), secret).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestJobsCli)
#include "tst_jobscli.moc"
