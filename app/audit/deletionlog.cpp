#include "audit/deletionlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

Q_LOGGING_CATEGORY(lcAudit, "jobmon.audit")

QString osUser()
{
    if (const passwd *user = getpwuid(geteuid()); user && user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
    return qEnvironmentVariable("USER");
}

// Closes the descriptor whichever way append() leaves.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

DeletionLog::DeletionLog(const QString &path, const Clock &clock, qint64 capBytes)
    : m_path(path)
    , m_clock(clock)
    , m_capBytes(capBytes)
{ }

QString DeletionLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/deletions.jsonl");
}

DeletionEntry DeletionLog::requested(const Where &where, const Job &job) const
{
    DeletionEntry entry = DeletionEntry::about(job);
    entry.time = m_clock.now().toUTC();
    entry.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.osUser = osUser();
    entry.accountName = where.accountName;
    entry.accountId = where.accountId;
    entry.apiHost = where.apiBaseUrl.host();
    append(entry);
    return entry;
}

void DeletionLog::answered(const DeletionEntry &requested,
                           const std::optional<RequestError> &error) const
{
    DeletionEntry entry = requested;
    entry.time = m_clock.now().toUTC();
    if (!error) {
        entry.outcome = DeletionEntry::Outcome::Deleted;
    } else if (error->kind == RequestError::Kind::NotFound) {
        entry.outcome = DeletionEntry::Outcome::AlreadyGone;
    } else {
        entry.outcome = DeletionEntry::Outcome::Failed;
        entry.httpStatus = error->httpStatus;
        entry.errorCode = error->server.code;
        entry.error = error->message();
    }
    append(entry);
}

bool DeletionLog::append(const DeletionEntry &entry) const
{
    const QByteArray line = DeletionEntryJson::encodeLine(entry);
    const QByteArray path = QFile::encodeName(m_path);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Another process may rotate between open and lock: then the file opened is no longer the
    // one named, and it is opened again.
    for (int tries = 0; tries < 5; ++tries) {
        Descriptor file { ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
                                 0600) };
        if (file.fd < 0 || ::flock(file.fd, LOCK_EX) != 0)
            break;
        struct stat opened = {};
        struct stat named = {};
        if (::fstat(file.fd, &opened) != 0)
            break;
        if (::stat(path.constData(), &named) != 0 || named.st_ino != opened.st_ino
            || named.st_dev != opened.st_dev)
            continue;
        if (opened.st_size > 0 && opened.st_size + line.size() > m_capBytes) {
            rotate();
            continue;
        }
        if (::write(file.fd, line.constData(), size_t(line.size())) == ssize_t(line.size()))
            return true;
        break;
    }
    qCWarning(lcAudit, "could not append to %s: %s", qUtf8Printable(m_path), strerror(errno));
    return false;
}

QString DeletionLog::rotatedPath(int number) const
{
    QString rotated = m_path;
    const qsizetype dot = rotated.lastIndexOf(QLatin1Char('.'));
    return rotated.insert(dot < 0 ? rotated.size() : dot,
                          QLatin1Char('.') + QString::number(number));
}

void DeletionLog::rotate() const
{
    QFile::remove(rotatedPath(KeptOlderFiles));
    for (int number = KeptOlderFiles - 1; number >= 1; --number)
        QFile::rename(rotatedPath(number), rotatedPath(number + 1));
    QFile::rename(m_path, rotatedPath(1));
}

DeletionLog::Contents DeletionLog::read() const
{
    Contents contents;
    QStringList paths;
    for (int number = KeptOlderFiles; number >= 1; --number)
        paths.append(rotatedPath(number));
    paths.append(m_path);
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            if (const std::optional<DeletionEntry> entry = DeletionEntryJson::decodeLine(line))
                contents.lines.append(*entry);
            else
                ++contents.damagedLines;
        }
    }
    return contents;
}
