#include "audit/deletionlog.h"

#include <QCoreApplication>
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

DeletionEntry::Failure failureOf(RequestError::Kind kind)
{
    switch (kind) {
    case RequestError::Kind::Network:
        return DeletionEntry::Failure::Unreachable;
    case RequestError::Kind::Timeout:
        return DeletionEntry::Failure::TimedOut;
    case RequestError::Kind::Tls:
        return DeletionEntry::Failure::Tls;
    case RequestError::Kind::Decode:
        return DeletionEntry::Failure::UnreadableAnswer;
    case RequestError::Kind::Redirected:
        return DeletionEntry::Failure::Redirected;
    case RequestError::Kind::InvalidJobId:
        return DeletionEntry::Failure::InvalidJobId;
    case RequestError::Kind::Unauthorized:
    case RequestError::Kind::Forbidden:
    case RequestError::Kind::NotFound:
    case RequestError::Kind::RateLimited:
    case RequestError::Kind::Server:
        break;
    }
    return DeletionEntry::Failure::Answered;
}

// "open: Permission denied", for the call that failed with `error` (an errno).
QString failedCall(const char *call, int error)
{
    return QLatin1String(call) + QLatin1String(": ") + QString::fromLocal8Bit(strerror(error));
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

DeletionEntry DeletionLog::requested(const Where &where, const Job &job,
                                     QString *whyNotWritten) const
{
    DeletionEntry entry = DeletionEntry::about(job);
    entry.time = m_clock.now().toUTC();
    entry.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.osUser = osUser();
    entry.accountName = where.accountName;
    entry.accountId = where.accountId;
    entry.apiHost = where.apiBaseUrl.host();
    append(entry, whyNotWritten);
    return entry;
}

bool DeletionLog::answered(const DeletionEntry &requested, const std::optional<RequestError> &error,
                           QString *whyNotWritten) const
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
        entry.failure = failureOf(error->kind);
        entry.errorCode = error->server.code;
        entry.serverWords
            = error->server.detail.isEmpty() ? error->server.title : error->server.detail;
    }
    return append(entry, whyNotWritten);
}

bool DeletionLog::append(const DeletionEntry &entry, QString *whyNotWritten) const
{
    const QByteArray line = DeletionEntryJson::encodeLine(entry);
    const QByteArray path = QFile::encodeName(m_path);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString failure = QCoreApplication::translate("DeletionLog",
                                                  "another program replaced the file at every try");
    // Another process may rotate between open and lock: then the file opened is no longer the
    // one named, and it is opened again.
    for (int tries = 0; tries < 5; ++tries) {
        Descriptor file { ::open(path.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600) };
        if (file.fd < 0) {
            failure = failedCall("open", errno);
            break;
        }
        if (::flock(file.fd, LOCK_EX) != 0) {
            failure = failedCall("flock", errno);
            break;
        }
        struct stat opened = {};
        struct stat named = {};
        if (::fstat(file.fd, &opened) != 0) {
            failure = failedCall("fstat", errno);
            break;
        }
        if (::stat(path.constData(), &named) != 0 || named.st_ino != opened.st_ino
            || named.st_dev != opened.st_dev)
            continue;
        // A fragment without its line feed (a short write, a file cut short) is ended first:
        // joined to it, this line would be damaged too.
        char last = '\n';
        if (opened.st_size > 0 && ::pread(file.fd, &last, 1, opened.st_size - 1) != 1) {
            failure = failedCall("pread", errno);
            break;
        }
        const QByteArray written = last == '\n' ? line : '\n' + line;
        if (opened.st_size > 0 && opened.st_size + written.size() > m_capBytes) {
            rotate();
            continue;
        }
        const ssize_t wrote = ::write(file.fd, written.constData(), size_t(written.size()));
        if (wrote == ssize_t(written.size()))
            return true;
        failure = wrote < 0
            ? failedCall("write", errno)
            : QCoreApplication::translate("DeletionLog", "write: %1 of %2 bytes written")
                  .arg(wrote)
                  .arg(written.size());
        // Not a fragment for the next line to be joined to.
        if (wrote > 0 && ::ftruncate(file.fd, opened.st_size) != 0)
            qCWarning(lcAudit, "could not cut %s back after a short write: %s",
                      qUtf8Printable(m_path), strerror(errno));
        break;
    }
    failure = QDir::toNativeSeparators(m_path) + QLatin1String(": ") + failure;
    qCWarning(lcAudit, "could not append: %s", qUtf8Printable(failure));
    if (whyNotWritten)
        *whyNotWritten = failure;
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
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            contents.unreadable
                = QDir::toNativeSeparators(path) + QLatin1String(": ") + file.errorString();
            continue;
        }
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
