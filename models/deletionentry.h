#pragma once

#include "job.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// One line of the deletion audit trail: a job as it was shown when its delete was asked for,
// who asked where, and what became of it. The line written before the request is sent says
// Requested; the one that completes it, sharing its attempt id, says the outcome. Never a
// token or secret: nothing here comes from a sign-in but the account's name and id.
struct DeletionEntry
{
    enum class Outcome { Requested, Deleted, AlreadyGone, Failed };
    // Why a Failed delete failed, besides an HTTP status: no answer that could be used.
    enum class Failure {
        Answered,
        Unreachable,
        TimedOut,
        Tls,
        UnreadableAnswer,
        Redirected,
        InvalidJobId
    };

    // UTC.
    QDateTime time;
    QString attemptId;
    Outcome outcome = Outcome::Requested;
    QString osUser;
    // Empty for the demo and --server.
    QString accountName;
    QString accountId;
    QString apiHost;
    QString jobId;
    QString actionName;
    QString module;
    // As the server wrote it.
    QString status;
    QDateTime startTime;
    QDateTime endTime;
    // Entities by their result status, where the job's details were known.
    QMap<QString, int> entityCounts;
    // For Failed, as data in no one's language (the words are shown in the reader's): the HTTP
    // status (0 when no server answered), what kept an answer from being used, and the API's
    // error code and words, verbatim.
    int httpStatus = 0;
    Failure failure = Failure::Answered;
    QString errorCode;
    QString serverWords;
    // What lines written before serverWords said instead: a sentence in their writer's language.
    // Read, never written for a new line.
    QString error;

    // The facts of `job` as shown now; the rest is the caller's.
    static DeletionEntry about(const Job &job);
};

namespace DeletionEntryJson {
QJsonObject encode(const DeletionEntry &entry);
// One compact JSON object and a line feed.
QByteArray encodeLine(const DeletionEntry &entry);
// Nothing for a line that is not such an object (damaged, cut short, another program's).
std::optional<DeletionEntry> decodeLine(const QByteArray &line);
} // namespace DeletionEntryJson

namespace DeletionHistory {
// One entry per attempt, newest first: the Requested line's facts with the outcome, time of
// answer aside, of the line that completed it; still Requested when none did. A completion
// whose request is not in `lines` (rotated away) stands for its attempt alone.
QList<DeletionEntry> attempts(const QList<DeletionEntry> &lines);
// "Deleted", "Already gone", "Failed: HTTP 403 00000106 …", "No answer recorded": in the
// reader's language, around the server's words as it sent them.
QString outcomeText(const DeletionEntry &attempt);
// The column titles and one row's cells, as the table, CSV and the command line show them
// (times in ISO 8601 UTC, locale-free).
QStringList headers();
QStringList cells(const DeletionEntry &attempt);
// Exports of attempts: CSV with formula-safe cells (ResultExport::csvRow), JSON an array of
// the entries' own objects.
QByteArray csv(const QList<DeletionEntry> &attempts);
QByteArray json(const QList<DeletionEntry> &attempts);
} // namespace DeletionHistory
