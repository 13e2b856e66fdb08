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
// dropped. A line left without its line feed (a short write, a file cut by another program) is
// ended before the next is written, so it damages no good line. Reading skips a damaged line,
// counting it, and keeps the rest. A line that cannot be written never stops a delete: its
// writer is told why, to tell the admin.
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
        // Why a file that is there could not be read (its path and the system's words); empty
        // when every file there was read. The lines of the others are still in `lines`.
        QString unreadable;
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
    // returns it, for answered(). Only the API's host is kept of its URL. When the line could
    // not be written, why is in `whyNotWritten`, if given, as for append().
    DeletionEntry requested(const Where &where, const Job &job,
                            QString *whyNotWritten = nullptr) const;
    // Completes `requested` with the server's answer: none (deleted), 404 (already gone) or
    // another error (failed, its status, code and words as the server sent them); false as
    // append().
    bool answered(const DeletionEntry &requested, const std::optional<RequestError> &error,
                  QString *whyNotWritten = nullptr) const;
    // A line as it is; false, said on jobmon.audit and in `whyNotWritten` (if given: the file
    // and the system's words for the call that failed), when it could not be written.
    bool append(const DeletionEntry &entry, QString *whyNotWritten = nullptr) const;

    // The rotated files and the current one, oldest first.
    Contents read() const;

private:
    QString rotatedPath(int number) const;
    void rotate() const;

    QString m_path;
    const Clock &m_clock;
    qint64 m_capBytes;
};
