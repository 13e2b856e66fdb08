#include "fixtures/jobfixture.h"
#include "sync/jobcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

const QDateTime syncedAt(QDate(2025, 4, 4), QTime(14, 5, 30, 250), Qt::UTC);

// Jobs as varied as a listing brings: active ones without an end, a status this version does
// not know, text beyond ASCII.
QList<Job> variedJobs()
{
    Job unknown = makeJob(3);
    unknown.status = JobStatus::Unknown;
    unknown.statusText = QStringLiteral("PAUSED");
    Job accented = makeJob(4, JobStatus::Error);
    accented.actionName = QStringLiteral("Création d'utilisateurs « Müller » ✓");
    return { makeJob(1, JobStatus::Running), makeJob(2, JobStatus::Queued), unknown, accented,
             makeJob(5, JobStatus::Warning) };
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The job list kept on disk for each account, so the window fills at once on start and offline.
class TestJobCache final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aSavedListComesBackAsItWas();
    void detailsAndReadMarksAreNotKept();
    void aJobNeverReadIsNotKept();
    void eachAccountHasAFileOfItsOwn();
    void anyAccountNameMakesAFileInTheDirectory();
    void nothingSavedLoadsNothing();
    void aDamagedFileLosesNothingElse_data();
    void aDamagedFileLosesNothingElse();
    void aListLargerThanOneWriteComesBack();
    void theCacheOfVersionOneIsReplaced();
    void theDirectoryIsMadeWhenMissing();
    void aPlaceThatCannotBeWrittenSaysSo();

private:
    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestJobCache::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
}

void TestJobCache::aSavedListComesBackAsItWas()
{
    const JobCache cache(m_directory->path());
    QVERIFY(cache.save(QStringLiteral("Production"), { variedJobs(), syncedAt }));
    const std::optional<JobCache::Snapshot> loaded = cache.load(QStringLiteral("Production"));
    QVERIFY(loaded);
    QCOMPARE(loaded->jobs, variedJobs());
    QCOMPARE(loaded->syncedAt, syncedAt);
    // Saved again with fewer jobs: only those.
    QVERIFY(cache.save(QStringLiteral("Production"), { makeJobs(2), syncedAt.addSecs(60) }));
    QCOMPARE(cache.load(QStringLiteral("Production")).value().jobs, makeJobs(2));
    QCOMPARE(cache.load(QStringLiteral("Production")).value().syncedAt, syncedAt.addSecs(60));
    // And an account that has no jobs.
    QVERIFY(cache.save(QStringLiteral("Production"), { {}, syncedAt }));
    QVERIFY(cache.load(QStringLiteral("Production")));
    QVERIFY(cache.load(QStringLiteral("Production")).value().jobs.isEmpty());
}

// The cache is the list: one job's details are its detail view's, and a job read before but
// unreadable in the last answer is kept as it was read.
void TestJobCache::detailsAndReadMarksAreNotKept()
{
    Job detailed = makeJob(1);
    detailed.details = JobDetails { QStringLiteral("user"),
                                    { { QStringLiteral("u1"), QStringLiteral("SUCCESS"),
                                        QStringLiteral("Created") } } };
    Job marked = makeJob(2, JobStatus::Running);
    marked.readProblem = unreadableJob(2).readProblem;
    const JobCache cache(m_directory->path());
    QVERIFY(cache.save(QStringLiteral("Lab"), { { detailed, marked }, syncedAt }));
    const QByteArray file = readFile(cache.fileFor(QStringLiteral("Lab")));
    QVERIFY(!file.contains("Created"));
    QCOMPARE(cache.load(QStringLiteral("Lab")).value().jobs,
             (QList<Job> { makeJob(1), makeJob(2, JobStatus::Running) }));
}

// Listed by the server but never read (only its id is known): not kept, and it costs the
// account none of its other jobs.
void TestJobCache::aJobNeverReadIsNotKept()
{
    const JobCache cache(m_directory->path());
    QVERIFY(cache.save(QStringLiteral("Lab"),
                       { { makeJob(1), unreadableJob(2), makeJob(3) }, syncedAt }));
    QCOMPARE(cache.load(QStringLiteral("Lab")).value().jobs,
             (QList<Job> { makeJob(1), makeJob(3) }));
}

void TestJobCache::eachAccountHasAFileOfItsOwn()
{
    const JobCache cache(m_directory->path());
    QVERIFY(cache.save(QStringLiteral("Production"), { makeJobs(3), syncedAt }));
    QVERIFY(cache.save(QStringLiteral("Lab"), { { makeJob(7) }, syncedAt.addSecs(-600) }));
    QVERIFY(cache.fileFor(QStringLiteral("Production")) != cache.fileFor(QStringLiteral("Lab")));
    QCOMPARE(QDir(m_directory->path()).entryList(QDir::Files).size(), 2);
    QCOMPARE(cache.load(QStringLiteral("Production")).value().jobs, makeJobs(3));
    QCOMPARE(cache.load(QStringLiteral("Lab")).value().jobs, QList<Job> { makeJob(7) });
    QCOMPARE(cache.load(QStringLiteral("Lab")).value().syncedAt, syncedAt.addSecs(-600));
    // Names differ in case only: two accounts.
    QVERIFY(!cache.load(QStringLiteral("lab")));
    // Another cache over the same directory (the next start) reads the same.
    QCOMPARE(JobCache(m_directory->path()).load(QStringLiteral("Lab")).value().jobs,
             QList<Job> { makeJob(7) });

    // One account's file in another's place is not taken for its.
    QVERIFY(QFile::remove(cache.fileFor(QStringLiteral("Lab"))));
    QVERIFY(QFile::copy(cache.fileFor(QStringLiteral("Production")),
                        cache.fileFor(QStringLiteral("Lab"))));
    QVERIFY(!cache.load(QStringLiteral("Lab")));
    QCOMPARE(cache.load(QStringLiteral("Production")).value().jobs, makeJobs(3));
}

void TestJobCache::anyAccountNameMakesAFileInTheDirectory()
{
    const JobCache cache(m_directory->path());
    for (const QString &name : { QStringLiteral("../../etc/passwd"), QStringLiteral("a/b\\c:d*?"),
                                 QStringLiteral("Ünïcødé ✓"), QString(), QStringLiteral("..") }) {
        const QFileInfo file(cache.fileFor(name));
        QCOMPARE(file.absolutePath(), QDir(m_directory->path()).absolutePath());
        QVERIFY2(cache.save(name, { makeJobs(1), syncedAt }), qPrintable(name));
        QCOMPARE(cache.load(name).value().jobs, makeJobs(1));
    }
    QCOMPARE(QDir(m_directory->path()).entryList(QDir::Files).size(), 5);
}

void TestJobCache::nothingSavedLoadsNothing()
{
    const JobCache cache(m_directory->filePath(QStringLiteral("never-made")));
    QVERIFY(!cache.load(QStringLiteral("Production")));
    QVERIFY(!QFileInfo::exists(m_directory->filePath(QStringLiteral("never-made"))));
}

void TestJobCache::aDamagedFileLosesNothingElse_data()
{
    QTest::addColumn<QByteArray>("contents");
    const QTemporaryDir directory;
    const JobCache cache(directory.path());
    QVERIFY(cache.save(QStringLiteral("Lab"), { makeJobs(3), syncedAt }));
    const QByteArray saved = readFile(cache.fileFor(QStringLiteral("Lab")));
    const auto damaged = [&saved](const QByteArray &before, const QByteArray &after) {
        QByteArray contents = saved;
        contents.replace(before, after);
        if (contents == saved)
            qFatal("%s is not in the saved cache", before.constData());
        return contents;
    };
    // Where a job's start time is written: milliseconds since the epoch, little-endian.
    const auto startTimeOf = [](const Job &job) {
        const qint64 ms = qToLittleEndian(job.startTime.toMSecsSinceEpoch());
        return QByteArray(reinterpret_cast<const char *>(&ms), sizeof ms);
    };
    QByteArray otherVersion = saved;
    ++otherVersion[8];
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << saved.left(saved.size() / 2);
    QTest::newRow("one byte short") << saved.chopped(1);
    QTest::newRow("more after the end") << saved + QByteArrayLiteral("\x01");
    QTest::newRow("not a cache") << QByteArrayLiteral("\x00\x01 garbage");
    QTest::newRow("another format version") << otherVersion;
    QTest::newRow("one job damaged") << damaged(startTimeOf(makeJob(2)), QByteArray(8, '\x7f'));
    QTest::newRow("the JSON of version 1") << QByteArrayLiteral(
        R"({"version":1,"account":"Lab","synced_at":"2025-04-04T14:05:30.250Z",)"
        R"("jobs":[]})");
}

// A damaged cache is not half-loaded: it is as if there were none, the other accounts' caches
// are read as ever, and the next save puts it right.
void TestJobCache::aDamagedFileLosesNothingElse()
{
    QFETCH(QByteArray, contents);
    const JobCache cache(m_directory->path());
    QVERIFY(cache.save(QStringLiteral("Production"), { variedJobs(), syncedAt }));
    QVERIFY(cache.save(QStringLiteral("Lab"), { makeJobs(3), syncedAt }));
    QVERIFY(writeFile(cache.fileFor(QStringLiteral("Lab")), contents));
    QVERIFY(!cache.load(QStringLiteral("Lab")));
    QCOMPARE(cache.load(QStringLiteral("Production")).value().jobs, variedJobs());
    QVERIFY(cache.save(QStringLiteral("Lab"), { makeJobs(2), syncedAt }));
    QCOMPARE(cache.load(QStringLiteral("Lab")).value().jobs, makeJobs(2));
}

// Written as it goes, in pieces: every piece lands, in order, and texts shared by thousands of
// jobs come back as the same texts.
void TestJobCache::aListLargerThanOneWriteComesBack()
{
    QList<Job> jobs;
    for (int n = 1; n <= 5000; ++n) {
        Job job = makeJob(n, n % 3 == 0 ? JobStatus::Error : JobStatus::Completed);
        job.actionName = QStringLiteral("Action %1").arg(n % 40);
        job.module = n % 2 ? QStringLiteral("Management") : QStringLiteral("Reports ✓");
        jobs.append(job);
    }
    jobs[4321].status = JobStatus::Running;
    jobs[4321].statusText = QStringLiteral("RUNNING");
    jobs[4321].endTime = QDateTime();
    const JobCache cache(m_directory->path());
    QVERIFY(cache.save(QStringLiteral("Production"), { jobs, syncedAt }));
    QVERIFY(QFileInfo(cache.fileFor(QStringLiteral("Production"))).size() > 64 * 1024);
    const std::optional<JobCache::Snapshot> loaded = cache.load(QStringLiteral("Production"));
    QVERIFY(loaded);
    QCOMPARE(loaded->jobs, jobs);
    QCOMPARE(loaded->syncedAt, syncedAt);
}

// The JSON file that version 1 wrote is not read (the next sync fills the window) and goes
// when the account's jobs are next saved.
void TestJobCache::theCacheOfVersionOneIsReplaced()
{
    const JobCache cache(m_directory->path());
    QString oldFile = cache.fileFor(QStringLiteral("Lab"));
    oldFile.replace(QStringLiteral(".cache"), QStringLiteral(".json"));
    QVERIFY(writeFile(oldFile,
                      R"({"version":1,"account":"Lab","synced_at":"2025-04-04T14:05:30.250Z",)"
                      R"("jobs":[]})"));
    QVERIFY(!cache.load(QStringLiteral("Lab")));
    QVERIFY(cache.save(QStringLiteral("Lab"), { makeJobs(2), syncedAt }));
    QVERIFY(!QFileInfo::exists(oldFile));
    QCOMPARE(QDir(m_directory->path()).entryList(QDir::Files).size(), 1);
    QCOMPARE(cache.load(QStringLiteral("Lab")).value().jobs, makeJobs(2));
}

void TestJobCache::theDirectoryIsMadeWhenMissing()
{
    const QString nested = m_directory->filePath(QStringLiteral("data/cache"));
    const JobCache cache(nested);
    QVERIFY(cache.save(QStringLiteral("Lab"), { makeJobs(2), syncedAt }));
    QVERIFY(QFileInfo(nested).isDir());
    QCOMPARE(cache.load(QStringLiteral("Lab")).value().jobs, makeJobs(2));
}

// Where the directory should be there is a file: nothing is written, and the caller hears so.
void TestJobCache::aPlaceThatCannotBeWrittenSaysSo()
{
    const QString blocked = m_directory->filePath(QStringLiteral("cache"));
    QVERIFY(writeFile(blocked, "not a directory"));
    const JobCache cache(blocked);
    QVERIFY(!cache.save(QStringLiteral("Lab"), { makeJobs(2), syncedAt }));
    QVERIFY(!cache.load(QStringLiteral("Lab")));
    QCOMPARE(readFile(blocked), QByteArray("not a directory"));
}

QTEST_GUILESS_MAIN(TestJobCache)
#include "tst_jobcache.moc"
