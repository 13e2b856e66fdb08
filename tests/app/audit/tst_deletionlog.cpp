#include "audit/deletionlog.h"
#include "fixtures/watchedsync.h"
#include "sync/jobdeletion.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <thread>

namespace {

// What the log file holds, read as plain JSON lines (not through the log's own reader).
QList<QJsonObject> linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QString textOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Starts `deletion` and waits until it finished.
bool deleteAndWait(JobDeletion &deletion)
{
    QSignalSpy finished(&deletion, &JobDeletion::finished);
    deletion.start();
    return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 10000);
}

// Every file under `directory`, read whole and joined.
QString textUnder(const QString &directory)
{
    QString text;
    QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        text += textOf(files.next());
    return text;
}

DeletionEntry entryNumbered(int number)
{
    DeletionEntry entry;
    entry.time = now.addSecs(number);
    entry.attemptId = QStringLiteral("attempt-%1").arg(number);
    entry.jobId = QString::number(2000000000000 + number);
    entry.actionName = QStringLiteral("Bulk User Creation");
    return entry;
}

} // namespace

// The deletion audit trail as the window's deletions write it, against a real server: what is on
// disk before and after each answer.
class TestDeletionLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aDeleteIsRequestedThenCompletedWithTheJobsFacts();
    void eachOutcomeIsRecorded_data();
    void eachOutcomeIsRecorded();
    void theRequestIsOnDiskBeforeTheServerAnswers();
    void rotatesAtTheCapKeepingThreeOlderFiles();
    void aDamagedLineIsSkippedAndCounted_data();
    void aDamagedLineIsSkippedAndCounted();
    void aServerOfThisRunOnlyIsNamedByItsHostAlone();
    void theAnswerIsRecordedWhenWhoAskedIsGone();
    void aLogThatCannotBeWrittenIsToldAndTheDeleteGoesOn();
    void aLogThatCannotBeReadIsSaid();
    void concurrentWritersKeepEveryLineWhole();

private:
    QTemporaryDir m_settings;
};

void TestDeletionLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestDeletionLog::init()
{
    QDir(QFileInfo(DeletionLog::defaultPath()).absolutePath()).removeRecursively();
}

void TestDeletionLog::aDeleteIsRequestedThenCompletedWithTheJobsFacts()
{
    const QList<Job> jobs = finishedJobs(10, now);
    Watched watched(jobs);
    watched.sync.model()->setAccountName(QStringLiteral("Production"));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const Job &chosen = jobs.at(4);
    JobDeletion deletion({ { &watched.sync, chosen.id } });
    QVERIFY(deleteAndWait(deletion));
    QVERIFY(!watched.server->store().get(chosen.id));

    const QList<QJsonObject> lines = linesOf(DeletionLog::defaultPath());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("outcome")).toString(), QStringLiteral("requested"));
    QCOMPARE(lines.at(1).value(QLatin1String("outcome")).toString(), QStringLiteral("deleted"));
    QVERIFY(!lines.at(0).value(QLatin1String("attempt")).toString().isEmpty());
    QCOMPARE(lines.at(1).value(QLatin1String("attempt")),
             lines.at(0).value(QLatin1String("attempt")));
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value(QLatin1String("job_id")).toString(), chosen.id);
        QCOMPARE(line.value(QLatin1String("action_name")).toString(), chosen.actionName);
        QCOMPARE(line.value(QLatin1String("module")).toString(), chosen.module);
        QCOMPARE(line.value(QLatin1String("status")).toString(), chosen.statusText);
        QCOMPARE(line.value(QLatin1String("start_time")).toString(),
                 JobJson::formatTime(chosen.startTime));
        QCOMPARE(line.value(QLatin1String("end_time")).toString(),
                 JobJson::formatTime(chosen.endTime));
        QCOMPARE(line.value(QLatin1String("account_name")).toString(),
                 QStringLiteral("Production"));
        QCOMPARE(line.value(QLatin1String("account_id")).toString(), QStringLiteral("test"));
        QCOMPARE(line.value(QLatin1String("api_host")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!line.value(QLatin1String("os_user")).toString().isEmpty());
        QVERIFY(line.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
    }
    QVERIFY(!textOf(DeletionLog::defaultPath()).contains(token));
}

void TestDeletionLog::eachOutcomeIsRecorded_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("500") << QStringLiteral("error500") << QStringLiteral("failed") << 500
                         << QStringLiteral("00000000")
                         << QStringLiteral("An unexpected internal error has occurred");
    QTest::newRow("403") << QStringLiteral("read-only token") << QStringLiteral("failed") << 403
                         << QStringLiteral("00000106")
                         << QStringLiteral("does not grant the scope id360.job.DELETE");
    QTest::newRow("404") << QStringLiteral("gone") << QStringLiteral("already gone") << 0
                         << QString() << QString();
}

void TestDeletionLog::eachOutcomeIsRecorded()
{
    QFETCH(QString, how);
    QFETCH(QString, outcome);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, words);
    const QList<Job> jobs = finishedJobs(10, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const QString id = jobs.at(2).id;
    StaticTokenSource readOnly(
        issuedAccessToken(*watched.server, QStringLiteral("id360.job.READ"), watched.clock.now()));
    if (how == QLatin1String("error500"))
        watched.setFaults({ QStringLiteral("error500,count=1") });
    else if (how == QLatin1String("read-only token"))
        watched.sync.client()->setTokenSource(&readOnly);
    else
        QVERIFY(watched.server->store().remove(id));
    JobDeletion deletion({ { &watched.sync, id } });
    QVERIFY(deleteAndWait(deletion));

    const QList<QJsonObject> lines = linesOf(DeletionLog::defaultPath());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("outcome")).toString(), QStringLiteral("requested"));
    const QJsonObject &answered = lines.at(1);
    QCOMPARE(answered.value(QLatin1String("outcome")).toString(), outcome);
    QCOMPARE(answered.value(QLatin1String("job_id")).toString(), id);
    QCOMPARE(answered.value(QLatin1String("http_status")).toInt(), httpStatus);
    QCOMPARE(answered.value(QLatin1String("error_code")).toString(), code);
    // The server's words as data, not in a sentence of the writer's language.
    QVERIFY2(answered.value(QLatin1String("server_words")).toString().contains(words),
             qPrintable(answered.value(QLatin1String("server_words")).toString()));
    QVERIFY(!answered.contains(QLatin1String("error")));
    const QString written = textOf(DeletionLog::defaultPath());
    QVERIFY(!written.contains(token));
    QVERIFY(!written.contains(readOnly.accessToken()));
}

// The server holds its answer: by the time it has the DELETE, the request is on disk, and
// without an answer the history says so.
void TestDeletionLog::theRequestIsOnDiskBeforeTheServerAnswers()
{
    const QList<Job> jobs = finishedJobs(5, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.setFaults({ QStringLiteral("stall,count=1") });
    const qsizetype before = watched.server->receivedRequests().size();
    JobDeletion deletion({ { &watched.sync, jobs.at(1).id } });
    deletion.start();
    QTRY_VERIFY(std::any_of(
        watched.server->receivedRequests().cbegin() + before,
        watched.server->receivedRequests().cend(),
        [](const EmulatorServer::ReceivedRequest &request) { return request.method == "DELETE"; }));
    const QList<QJsonObject> lines = linesOf(DeletionLog::defaultPath());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value(QLatin1String("outcome")).toString(), QStringLiteral("requested"));
    QCOMPARE(lines.at(0).value(QLatin1String("job_id")).toString(), jobs.at(1).id);
    const QList<DeletionEntry> attempts = DeletionHistory::attempts(DeletionLog().read().lines);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(DeletionHistory::outcomeText(attempts.at(0)), QStringLiteral("No answer recorded"));
}

void TestDeletionLog::rotatesAtTheCapKeepingThreeOlderFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deletions.jsonl"));
    const qint64 lineBytes = DeletionEntryJson::encodeLine(entryNumbered(10)).size();
    // Five lines to a file.
    const DeletionLog log(path, Clock::system(), lineBytes * 5);
    for (int number = 10; number < 40; ++number)
        QVERIFY(log.append(entryNumbered(number)));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files, QDir::Name),
        (QStringList { QStringLiteral("deletions.1.jsonl"), QStringLiteral("deletions.2.jsonl"),
                       QStringLiteral("deletions.3.jsonl"), QStringLiteral("deletions.jsonl") }));
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY(QFileInfo(dir.filePath(name)).size() <= lineBytes * 5);
    // 30 written, 5 to a file, 4 files: the oldest 10 are gone, the rest read in order.
    const DeletionLog::Contents contents = log.read();
    QCOMPARE(contents.damagedLines, 0);
    QCOMPARE(contents.lines.size(), 20);
    QCOMPARE(contents.lines.constFirst().attemptId, QStringLiteral("attempt-20"));
    QCOMPARE(contents.lines.constLast().attemptId, QStringLiteral("attempt-39"));
    QCOMPARE(linesOf(path).size(), 5);
}

void TestDeletionLog::aDamagedLineIsSkippedAndCounted_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::addColumn<int>("damagedLines");
    QTest::newRow("cut short, not json")
        << QByteArray("{\"time\":\"2026-11-29T09:30:02Z\",\"attempt\":\"cut sh\n"
                      "\xff\xfe not json at all\n")
        << 2;
    // A short write, another program truncating the file: ended before the next line is
    // written, it is the only damaged one.
    QTest::newRow("without its line feed")
        << DeletionEntryJson::encodeLine(entryNumbered(9)).left(40) << 1;
}

void TestDeletionLog::aDamagedLineIsSkippedAndCounted()
{
    QFETCH(QByteArray, damage);
    QFETCH(int, damagedLines);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deletions.jsonl"));
    const DeletionLog log(path);
    QVERIFY(log.append(entryNumbered(1)));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(damage);
    }
    QVERIFY(log.append(entryNumbered(2)));
    const DeletionLog::Contents contents = log.read();
    QCOMPARE(contents.damagedLines, damagedLines);
    QCOMPARE(contents.lines.size(), 2);
    QCOMPARE(contents.lines.at(0).attemptId, QStringLiteral("attempt-1"));
    QCOMPARE(contents.lines.at(1).attemptId, QStringLiteral("attempt-2"));
}

// --server with a user, a password and a query: none of it in the trail or the settings, and a
// refusal for lack of scope is not remembered for a name that is no account.
void TestDeletionLog::aServerOfThisRunOnlyIsNamedByItsHostAlone()
{
    // What the other tests' accounts learned is not this one's.
    QSettings().clear();
    const QList<Job> jobs = finishedJobs(5, now);
    Watched watched(jobs);
    QUrl url = watched.server->apiBaseUrl();
    url.setUserInfo(QStringLiteral("admin:hunter2"));
    url.setQuery(QStringLiteral("key=sesame"));
    JobSync sync(url.toString(), watched.clock, JobSync::Owner::ThisRunOnly);
    sync.model()->setAccountName(url.host());
    sync.client()->setBaseUrl(url);
    StaticTokenSource readOnly(
        issuedAccessToken(*watched.server, QStringLiteral("id360.job.READ"), watched.clock.now()));
    sync.client()->setTokenSource(&readOnly);
    std::optional<QString> refusedWith;
    connect(&sync, &JobSync::deleteFinished, this,
            [&refusedWith](const QString &, const std::optional<RequestError> &error) {
                refusedWith = error ? error->server.code : QString();
            });
    sync.deleteJob(jobs.at(1).id);
    QTRY_VERIFY(refusedWith);
    QCOMPARE(*refusedWith, QStringLiteral("00000106"));

    const QList<QJsonObject> lines = linesOf(DeletionLog::defaultPath());
    QCOMPARE(lines.size(), 2);
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value(QLatin1String("account_id")).toString(), QString());
        QCOMPARE(line.value(QLatin1String("account_name")).toString(), QString());
        QCOMPARE(line.value(QLatin1String("api_host")).toString(), QStringLiteral("127.0.0.1"));
    }
    QSettings().sync();
    for (const QString &written :
         { textOf(DeletionLog::defaultPath()), textUnder(m_settings.path()) }) {
        for (const char *secret : { "hunter2", "admin", "sesame" })
            QVERIFY2(!written.contains(QLatin1String(secret)), secret);
    }
    QVERIFY(!textUnder(m_settings.path()).contains(QLatin1String("deleteRefused")));
}

// The window that asked may be replaced before the server answers (another account chosen, a
// job opened from a notification): the sync that sent the request still writes its answer.
void TestDeletionLog::theAnswerIsRecordedWhenWhoAskedIsGone()
{
    const QList<Job> jobs = finishedJobs(5, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QSignalSpy answered(&watched.sync, &JobSync::deleteFinished);
    {
        // Gone before the event loop could even send the request.
        JobDeletion deletion({ { &watched.sync, jobs.at(3).id } });
        deletion.start();
    }
    QTRY_COMPARE(answered.size(), 1);
    QVERIFY(!watched.server->store().get(jobs.at(3).id));
    const QList<DeletionEntry> attempts = DeletionHistory::attempts(DeletionLog().read().lines);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(DeletionHistory::outcomeText(attempts.at(0)), QStringLiteral("Deleted"));
}

// A directory where the log should be, so that not even root can write it: the delete is done
// all the same, and what reports it says the history lacks it, and why.
void TestDeletionLog::aLogThatCannotBeWrittenIsToldAndTheDeleteGoesOn()
{
    QVERIFY(QDir().mkpath(DeletionLog::defaultPath()));
    const QList<Job> jobs = finishedJobs(5, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    JobDeletion deletion({ { &watched.sync, jobs.at(0).id } });
    QVERIFY(deleteAndWait(deletion));
    QVERIFY(!watched.server->store().get(jobs.at(0).id));
    QCOMPARE(deletion.outcomes().size(), 1);
    QCOMPARE(deletion.outcomes().at(0).kind, JobDeletion::Outcome::Kind::Deleted);
    const QString why = deletion.outcomes().at(0).notRecorded;
    // The error of the call that failed, not whatever errno held by then.
    QVERIFY2(why.contains(QStringLiteral("open: ") + QString::fromLocal8Bit(strerror(EISDIR))),
             qPrintable(why));
    QVERIFY2(why.contains(QDir::toNativeSeparators(DeletionLog::defaultPath())), qPrintable(why));
    // After the count of deleted jobs, in whichever plural form is installed.
    const QString summary = JobDeletion::summary(deletion.outcomes());
    QVERIFY2(
        summary.endsWith(QStringLiteral(" · 1 not recorded in the Deletion History (%1)").arg(why)),
        qPrintable(summary));
}

// A log that is there but cannot be opened is not an empty one. (A directory in its place:
// mode 000 would not stop root, whom the tests may run as.)
void TestDeletionLog::aLogThatCannotBeReadIsSaid()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deletions.jsonl"));
    const DeletionLog log(path);
    QCOMPARE(log.read().unreadable, QString());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("deletions.1.jsonl"))));
    QVERIFY(log.append(entryNumbered(1)));
    const DeletionLog::Contents contents = log.read();
    QVERIFY2(contents.unreadable.startsWith(
                 QDir::toNativeSeparators(dir.filePath(QStringLiteral("deletions.1.jsonl")))),
             qPrintable(contents.unreadable));
    // What could be read still is.
    QCOMPARE(contents.lines.size(), 1);
}

// Two writers (the window and a command-line run) appending at once, each through its own
// DeletionLog: every line whole, none lost.
void TestDeletionLog::concurrentWritersKeepEveryLineWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deletions.jsonl"));
    constexpr int eachWrites = 400;
    const auto write = [&path](int first) {
        const DeletionLog log(path);
        for (int number = first; number < first + eachWrites; ++number) {
            DeletionEntry entry = entryNumbered(number);
            // Long lines, so that unlocked writes would have room to interleave.
            entry.actionName = QString(2000, QLatin1Char('a' + number % 26));
            log.append(entry);
        }
    };
    std::thread one(write, 0);
    std::thread two(write, 100000);
    one.join();
    two.join();
    const DeletionLog::Contents contents = DeletionLog(path).read();
    QCOMPARE(contents.damagedLines, 0);
    QCOMPARE(contents.lines.size(), 2 * eachWrites);
    for (const DeletionEntry &line : contents.lines)
        QCOMPARE(line.actionName,
                 QString(2000, QLatin1Char('a' + (line.jobId.toLongLong() - 2000000000000) % 26)));
}

QTEST_GUILESS_MAIN(TestDeletionLog)
#include "tst_deletionlog.moc"
