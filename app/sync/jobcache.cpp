#include "sync/jobcache.h"

#include "platform/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>
#include <limits>

// The layout, all numbers little-endian:
//   magic "I360JOBS", u32 version, string account, i64 synced_at (ms since the epoch, UTC),
//   u32 number of jobs, then for each job: u8 1, string id, i64 start_time, i64 end_time, text
//   action_name, text status, text module then u8 0, and nothing after it.
// A string is u32 byte count + UTF-8. A text is one that repeats across jobs: u32 index into
// the texts seen so far in the file, where the next index is followed by the string it stands
// for. So a shared text is written and decoded once, and comes back shared. A time that is not
// set (a job not finished, never synced) is the lowest i64.
namespace {

constexpr char magic[] = { 'I', '3', '6', '0', 'J', 'O', 'B', 'S' };
constexpr quint32 formatVersion = 2;
constexpr qint64 noTime = std::numeric_limits<qint64>::min();
// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years a job's times are read in.
constexpr qint64 earliestTime = -62135596800000;
constexpr qint64 latestTime = 253402300799999;
constexpr quint8 jobFollows = 1;
constexpr quint8 noMoreJobs = 0;
// Written to the file in pieces about this big.
constexpr qsizetype writeChunk = 64 * 1024;

class CacheWriter
{
public:
    void putByte(quint8 value) { m_buffer.append(char(value)); }
    void putNumber(quint32 value) { putRaw(qToLittleEndian(value)); }
    void putTime(const QDateTime &time)
    {
        putRaw(qToLittleEndian(time.isValid() ? time.toMSecsSinceEpoch() : noTime));
    }
    void putString(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        putNumber(quint32(utf8.size()));
        m_buffer.append(utf8);
    }
    void putText(const QString &text)
    {
        const auto known = m_texts.constFind(text);
        if (known != m_texts.cend())
            return putNumber(*known);
        const auto index = quint32(m_texts.size());
        m_texts.insert(text, index);
        putNumber(index);
        putString(text);
    }
    // Hands what is buffered to `file` once there is enough of it (or `always`). A write that
    // fails is remembered by the QSaveFile, whose commit() then fails.
    void flushTo(QSaveFile &file, bool always)
    {
        if (!always && m_buffer.size() < writeChunk)
            return;
        file.write(m_buffer);
        m_buffer.clear();
    }

private:
    template<typename T> void putRaw(T value)
    {
        m_buffer.append(reinterpret_cast<const char *>(&value), sizeof value);
    }

    QByteArray m_buffer;
    QHash<QString, quint32> m_texts;
};

// Reads what CacheWriter wrote; any read past the end or out of bounds fails the whole reader.
class CacheReader
{
public:
    explicit CacheReader(const QByteArray &contents)
        : m_next(contents.constData())
        , m_end(contents.constData() + contents.size())
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_next == m_end; }

    bool takeMagic()
    {
        if (!has(sizeof magic) || std::memcmp(m_next, magic, sizeof magic) != 0)
            return fail();
        m_next += sizeof magic;
        return true;
    }
    quint8 takeByte() { return has(1) ? quint8(*m_next++) : (fail(), 0); }
    quint32 takeNumber() { return takeRaw<quint32>(); }
    // An invalid time for "not set"; nothing (and the reader failed) for a time outside the
    // years a job is read in.
    std::optional<QDateTime> takeTime()
    {
        const auto ms = takeRaw<qint64>();
        if (ms == noTime)
            return QDateTime();
        if (ms < earliestTime || ms > latestTime)
            return fail(), std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    QString takeString()
    {
        const quint32 size = takeNumber();
        if (!has(size))
            return fail(), QString();
        const QString text = QString::fromUtf8(m_next, size);
        m_next += size;
        return text;
    }
    // A repeated text, and the status it says (worked out once per text).
    std::pair<QString, JobStatus> takeText()
    {
        const quint32 index = takeNumber();
        if (index < quint32(m_texts.size()))
            return m_texts.at(index);
        if (index != quint32(m_texts.size()))
            return fail(), std::pair { QString(), JobStatus::Unknown };
        const QString text = takeString();
        m_texts.append({ text, jobStatusFromApi(text) });
        return m_texts.constLast();
    }

private:
    bool has(qsizetype bytes) const { return m_ok && m_end - m_next >= bytes; }
    bool fail()
    {
        m_ok = false;
        m_next = m_end;
        return false;
    }
    template<typename T> T takeRaw()
    {
        if (!has(sizeof(T)))
            return fail(), T();
        T value;
        std::memcpy(&value, m_next, sizeof value);
        m_next += sizeof value;
        return qFromLittleEndian(value);
    }

    const char *m_next;
    const char *m_end;
    bool m_ok = true;
    QList<std::pair<QString, JobStatus>> m_texts;
};

std::optional<Job> takeJob(CacheReader &reader)
{
    Job job;
    job.id = reader.takeString();
    const std::optional<QDateTime> start = reader.takeTime();
    const std::optional<QDateTime> end = reader.takeTime();
    job.actionName = reader.takeText().first;
    std::tie(job.statusText, job.status) = reader.takeText();
    job.module = reader.takeText().first;
    if (!reader.ok() || job.id.isEmpty() || !start || !start->isValid())
        return std::nullopt;
    job.startTime = *start;
    job.endTime = *end;
    return job;
}

// The account name may hold any character; the file name must not.
QString fileStem(const QString &directory, const QString &account)
{
    const QByteArray key
        = QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return directory + QStringLiteral("/jobs-") + QString::fromLatin1(key);
}

std::nullopt_t damaged()
{
    qCWarning(lcSync) << "ignoring a damaged job cache";
    return std::nullopt;
}

} // namespace

JobCache::JobCache(const QString &directory)
    : m_directory(directory)
{ }

QString JobCache::fileFor(const QString &account) const
{
    return fileStem(m_directory, account) + QStringLiteral(".cache");
}

bool JobCache::save(const QString &account, const Snapshot &snapshot) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    // Written aside and renamed into place: a crash never leaves half a cache.
    QSaveFile file(fileFor(account));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    CacheWriter writer;
    for (const char byte : magic)
        writer.putByte(quint8(byte));
    writer.putNumber(formatVersion);
    writer.putString(account);
    writer.putTime(snapshot.syncedAt);
    writer.putNumber(
        quint32(std::count_if(snapshot.jobs.cbegin(), snapshot.jobs.cend(),
                              [](const Job &job) { return job.status != JobStatus::Unreadable; })));
    for (const Job &job : snapshot.jobs) {
        // What was never read is not kept; what was read before is kept as it was read.
        if (job.status == JobStatus::Unreadable)
            continue;
        writer.putByte(jobFollows);
        writer.putString(job.id);
        writer.putTime(job.startTime);
        writer.putTime(job.endTime);
        writer.putText(job.actionName);
        writer.putText(job.statusText);
        writer.putText(job.module);
        writer.flushTo(file, false);
    }
    writer.putByte(noMoreJobs);
    writer.flushTo(file, true);
    const bool saved = file.commit();
    if (saved) // The JSON cache that versions before 2 wrote: this one replaces it.
        QFile::remove(fileStem(m_directory, account) + QStringLiteral(".json"));
    else
        qCWarning(lcSync) << "could not write the job cache" << file.fileName()
                          << file.errorString();
    return saved;
}

std::optional<JobCache::Snapshot> JobCache::load(const QString &account) const
{
    QFile file(fileFor(account));
    if (!file.open(QIODevice::ReadOnly)) {
        StartupTrace::reached(StartupTrace::Phase::CacheLoaded, 0);
        return std::nullopt;
    }
    std::optional<Snapshot> snapshot = decode(file.readAll(), account);
    StartupTrace::reached(StartupTrace::Phase::CacheLoaded, snapshot ? snapshot->jobs.size() : 0);
    return snapshot;
}

std::optional<JobCache::Snapshot> JobCache::decode(const QByteArray &contents,
                                                   const QString &account)
{
    CacheReader reader(contents);
    if (!reader.takeMagic() || reader.takeNumber() != formatVersion
        || reader.takeString() != account)
        return std::nullopt;
    Snapshot snapshot;
    const std::optional<QDateTime> syncedAt = reader.takeTime();
    const quint32 count = reader.takeNumber();
    if (!syncedAt || !reader.ok())
        return std::nullopt;
    snapshot.syncedAt = *syncedAt;
    // A job takes this many bytes at least: a damaged count cannot reserve more than the file
    // could hold.
    constexpr qsizetype smallestJob = 1 + 4 + 8 + 8 + 3 * 4;
    snapshot.jobs.reserve(std::min<qsizetype>(count, contents.size() / smallestJob));
    for (quint8 next = reader.takeByte(); next != noMoreJobs; next = reader.takeByte()) {
        std::optional<Job> job = next == jobFollows ? takeJob(reader) : std::nullopt;
        if (!job)
            return damaged();
        snapshot.jobs.append(std::move(*job));
    }
    if (!reader.ok() || !reader.atEnd() || snapshot.jobs.size() != count)
        return damaged();
    return snapshot;
}
