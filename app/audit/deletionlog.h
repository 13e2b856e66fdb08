#pragma once

#include "api/requesterror.h"
#include "clock.h"
#include "deletionentry.h"

#include <QString>
#include <QUrl>

// The deletion audit trail: <AppDataLocation>/deletions.jsonl, one JSON line per DeletionEntry,
// appended and never rewritten. Each line is one write(2) to a file opened with O_APPEND, under
// an flock, so the window and command-line runs may append at once. Past the cap (4 MiB) the
// file is rotated: deletions.jsonl → deletions.1.jsonl → … → deletions.3.jsonl, the oldest
// dropped. Reading skips a damaged line, counting it, and keeps the rest.
class DeletionLog final
{
public:
    static constexpr qint64 DefaultCapBytes = 4 * 1024 * 1024;
    static constexpr int KeptOlderFiles = 3;

    struct Contents
    {
        // Oldest first, as written.
        QList<DeletionEntry> lines;
        int damagedLines = 0;
    };
    // Where an attempt's job is deleted: its account (empty names for the demo and --server)
    // and its server.
    struct Where
    {
        QString accountName;
        QString accountId;
        QUrl apiBaseUrl;
    };

    explicit DeletionLog(const QString &path = defaultPath(), const Clock &clock = Clock::system(),
                         qint64 capBytes = DefaultCapBytes);

    static QString defaultPath();
    QString path() const { return m_path; }

    // Writes the Requested line for deleting `job` (call it before sending the request) and
    // returns it, for answered().
    DeletionEntry requested(const Where &where, const Job &job) const;
    // Completes `requested` with the server's answer: none (deleted), 404 (already gone) or
    // another error (failed, its code and words).
    void answered(const DeletionEntry &requested, const std::optional<RequestError> &error) const;
    // A line as it is; false, said on jobmon.audit, when it could not be written.
    bool append(const DeletionEntry &entry) const;

    // The rotated files and the current one, oldest first.
    Contents read() const;

private:
    QString rotatedPath(int number) const;
    void rotate() const;

    QString m_path;
    const Clock &m_clock;
    qint64 m_capBytes;
};
