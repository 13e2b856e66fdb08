#include "notify/notifiedlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList keys(int from, int count)
{
    QStringList made;
    for (int i = from; i < from + count; ++i)
        made.append(QStringLiteral("finished:acct-1:%1").arg(2000000000000LL + i));
    return made;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(bytes) == bytes.size();
}

} // namespace

class TestNotifiedLog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void whatIsKeptIsReadBack();
    void aMissingFileIsAnEmptyLog();
    void nothingChangedWritesNothing();
    void onlyTheNewestKeysAreKept();
    void aKeyRememberedAgainKeepsItsPlace();
    void anOldOrDamagedFileLosesNothingElse();

private:
    QString path() const { return m_directory->filePath(QStringLiteral("data/notified")); }

    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestNotifiedLog::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
}

void TestNotifiedLog::whatIsKeptIsReadBack()
{
    const QList<NotifiedLog::Held> held { { JobStatus::Completed, QStringLiteral("acct-1") },
                                          { JobStatus::Warning, QStringLiteral("acct-2") },
                                          { JobStatus::Completed, QString() } };
    {
        NotifiedLog log(path());
        log.remember(keys(0, 3) + QStringList { QStringLiteral("stuck:acct-2:42") });
        for (const NotifiedLog::Held &job : held)
            log.hold(job);
        // Written into a folder that is not there yet.
        log.save();
    }
    QCOMPARE(
        contents(path()),
        QByteArrayLiteral("finished:acct-1:2000000000000\nfinished:acct-1:2000000000001\n"
                          "finished:acct-1:2000000000002\nstuck:acct-2:42\n"
                          "held\tCOMPLETED\tacct-1\nheld\tWARNING\tacct-2\nheld\tCOMPLETED\t"));

    NotifiedLog read(path());
    for (const QString &key : keys(0, 3))
        QVERIFY2(read.contains(key), qPrintable(key));
    QVERIFY(read.contains(QStringLiteral("stuck:acct-2:42")));
    QVERIFY(!read.contains(keys(3, 1).constFirst()));
    QCOMPARE(read.takeHeld(), held);
    QVERIFY(read.takeHeld().isEmpty());

    // What was held and taken is gone from the file too; the keys stay.
    read.save();
    NotifiedLog again(path());
    QVERIFY(again.takeHeld().isEmpty());
    QVERIFY(again.contains(QStringLiteral("stuck:acct-2:42")));
}

void TestNotifiedLog::aMissingFileIsAnEmptyLog()
{
    NotifiedLog log(path());
    QVERIFY(!log.contains(keys(0, 1).constFirst()));
    QVERIFY(log.takeHeld().isEmpty());
}

// Saved after every poll: a poll that told nothing new leaves the file alone.
void TestNotifiedLog::nothingChangedWritesNothing()
{
    {
        NotifiedLog log(path());
        log.takeHeld();
        log.save();
    }
    QVERIFY(!QFile::exists(path()));

    NotifiedLog log(path());
    log.remember(keys(0, 2));
    log.save();
    QVERIFY(QFile::exists(path()));
    QVERIFY(QFile::remove(path()));
    // Already kept: nothing to write.
    log.remember(keys(1, 1));
    log.save();
    QVERIFY(!QFile::exists(path()));
}

void TestNotifiedLog::onlyTheNewestKeysAreKept()
{
    {
        NotifiedLog log(path());
        log.remember(keys(0, NotifiedLog::keptKeys));
        log.remember(keys(NotifiedLog::keptKeys, 10));
        QVERIFY(!log.contains(keys(9, 1).constFirst()));
        QVERIFY(log.contains(keys(10, 1).constFirst()));
        log.save();
    }
    NotifiedLog read(path());
    for (const QString &key : keys(0, 10))
        QVERIFY2(!read.contains(key), qPrintable(key));
    for (const QString &key : keys(10, NotifiedLog::keptKeys))
        QVERIFY2(read.contains(key), qPrintable(key));
    QCOMPARE(contents(path()).count('\n'), NotifiedLog::keptKeys - 1);
}

// Told again (a job of the same key): it is not moved up to be kept longer, nor kept twice.
void TestNotifiedLog::aKeyRememberedAgainKeepsItsPlace()
{
    NotifiedLog log(path());
    log.remember(keys(0, NotifiedLog::keptKeys));
    log.remember(keys(0, 1));
    log.remember(keys(NotifiedLog::keptKeys, 1));
    QVERIFY(!log.contains(keys(0, 1).constFirst()));
    QVERIFY(log.contains(keys(1, 1).constFirst()));
    log.save();
    QCOMPARE(contents(path()).count('\n'), NotifiedLog::keptKeys - 1);
}

// A file from before do not disturb held anything (keys only), bytes that are no UTF-8, a held
// line cut short, a status this version does not know: what can be read is kept.
void TestNotifiedLog::anOldOrDamagedFileLosesNothingElse()
{
    QVERIFY(write(path(),
                  QByteArrayLiteral("finished:acct-1:2000000000000\n"
                                    "\xff\xfe\x00garbage\n"
                                    "\n"
                                    "held\tCOMPLETED\n"
                                    "held\tERROR\tacct-1\n"
                                    "held\tSOMETHING NEW\tacct-2\n"
                                    "stuck:acct-1:2000000000001")));
    NotifiedLog log(path());
    QVERIFY(log.contains(QStringLiteral("finished:acct-1:2000000000000")));
    QVERIFY(log.contains(QStringLiteral("stuck:acct-1:2000000000001")));
    QCOMPARE(log.takeHeld(),
             (QList<NotifiedLog::Held> { { JobStatus::Error, QStringLiteral("acct-1") },
                                         { JobStatus::Unknown, QStringLiteral("acct-2") } }));

    // Written back, the keys it could read are still there.
    log.remember(keys(5, 1));
    log.save();
    NotifiedLog read(path());
    for (const QString &key :
         { QStringLiteral("finished:acct-1:2000000000000"),
           QStringLiteral("stuck:acct-1:2000000000001"), keys(5, 1).constFirst() })
        QVERIFY2(read.contains(key), qPrintable(key));
    QVERIFY(read.takeHeld().isEmpty());

    // Keys only, as written before anything was held: all of them read.
    QVERIFY(write(path(), keys(0, 4).join(QLatin1Char('\n')).toUtf8()));
    NotifiedLog old(path());
    for (const QString &key : keys(0, 4))
        QVERIFY2(old.contains(key), qPrintable(key));
    QVERIFY(old.takeHeld().isEmpty());
}

QTEST_GUILESS_MAIN(TestNotifiedLog)
#include "tst_notifiedlog.moc"
