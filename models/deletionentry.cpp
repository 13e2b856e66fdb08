#include "deletionentry.h"

#include "jobjson.h"
#include "resultexport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

// The outcome's name in the log: locale-free, for programs as much as for people.
const char *outcomeKey(DeletionEntry::Outcome outcome)
{
    switch (outcome) {
    case DeletionEntry::Outcome::Requested:
        return "requested";
    case DeletionEntry::Outcome::Deleted:
        return "deleted";
    case DeletionEntry::Outcome::AlreadyGone:
        return "already gone";
    case DeletionEntry::Outcome::Failed:
        return "failed";
    }
    return "requested";
}

std::optional<DeletionEntry::Outcome> outcomeFromKey(const QString &key)
{
    for (const auto outcome :
         { DeletionEntry::Outcome::Requested, DeletionEntry::Outcome::Deleted,
           DeletionEntry::Outcome::AlreadyGone, DeletionEntry::Outcome::Failed }) {
        if (key == QLatin1String(outcomeKey(outcome)))
            return outcome;
    }
    return std::nullopt;
}

// The failure's name in the log, like outcomeKey().
const char *failureKey(DeletionEntry::Failure failure)
{
    switch (failure) {
    case DeletionEntry::Failure::Answered:
        return "answered";
    case DeletionEntry::Failure::Unreachable:
        return "unreachable";
    case DeletionEntry::Failure::TimedOut:
        return "timed out";
    case DeletionEntry::Failure::Tls:
        return "tls";
    case DeletionEntry::Failure::UnreadableAnswer:
        return "unreadable answer";
    case DeletionEntry::Failure::Redirected:
        return "redirected";
    case DeletionEntry::Failure::InvalidJobId:
        return "invalid job id";
    }
    return "answered";
}

DeletionEntry::Failure failureFromKey(const QString &key)
{
    for (const auto failure :
         { DeletionEntry::Failure::Unreachable, DeletionEntry::Failure::TimedOut,
           DeletionEntry::Failure::Tls, DeletionEntry::Failure::UnreadableAnswer,
           DeletionEntry::Failure::Redirected, DeletionEntry::Failure::InvalidJobId }) {
        if (key == QLatin1String(failureKey(failure)))
            return failure;
    }
    return DeletionEntry::Failure::Answered;
}

// What kept an answer from being used, in the reader's language; empty for an answer.
QString failureText(DeletionEntry::Failure failure)
{
    switch (failure) {
    case DeletionEntry::Failure::Answered:
        return QString();
    case DeletionEntry::Failure::Unreachable:
        return QCoreApplication::translate("DeletionHistory", "the server could not be reached");
    case DeletionEntry::Failure::TimedOut:
        return QCoreApplication::translate("DeletionHistory", "the server did not answer in time");
    case DeletionEntry::Failure::Tls:
        return QCoreApplication::translate("DeletionHistory", "the secure connection failed");
    case DeletionEntry::Failure::UnreadableAnswer:
        return QCoreApplication::translate("DeletionHistory", "the answer could not be read");
    case DeletionEntry::Failure::Redirected:
        return QCoreApplication::translate("DeletionHistory",
                                           "a redirect to another server was refused");
    case DeletionEntry::Failure::InvalidJobId:
        return QCoreApplication::translate("DeletionHistory", "not a job id; nothing was sent");
    }
    return QString();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? JobJson::formatTime(time) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// "failed: 1; success: 3"
QString entityCountsText(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(it.key() + QLatin1String(": ") + QString::number(it.value()));
    return parts.join(QLatin1String("; "));
}

} // namespace

DeletionEntry DeletionEntry::about(const Job &job)
{
    DeletionEntry entry;
    entry.jobId = job.id;
    entry.actionName = job.actionName;
    entry.module = job.module;
    entry.status = job.statusText.isEmpty() ? jobStatusToApi(job.status) : job.statusText;
    entry.startTime = job.startTime;
    entry.endTime = job.endTime;
    if (job.details) {
        for (const EntityResult &result : job.details->results)
            ++entry.entityCounts[result.status];
    }
    return entry;
}

namespace DeletionEntryJson {

QJsonObject encode(const DeletionEntry &entry)
{
    QJsonObject counts;
    for (auto it = entry.entityCounts.cbegin(); it != entry.entityCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject object {
        { QStringLiteral("time"), isoTime(entry.time) },
        { QStringLiteral("attempt"), entry.attemptId },
        { QStringLiteral("outcome"), QLatin1String(outcomeKey(entry.outcome)) },
        { QStringLiteral("os_user"), entry.osUser },
        { QStringLiteral("account_name"), entry.accountName },
        { QStringLiteral("account_id"), entry.accountId },
        { QStringLiteral("api_host"), entry.apiHost },
        { QStringLiteral("job_id"), entry.jobId },
        { QStringLiteral("action_name"), entry.actionName },
        { QStringLiteral("module"), entry.module },
        { QStringLiteral("status"), entry.status },
        { QStringLiteral("start_time"), isoTime(entry.startTime) },
        { QStringLiteral("end_time"), isoTime(entry.endTime) },
        { QStringLiteral("entity_counts"), counts },
    };
    if (entry.outcome == DeletionEntry::Outcome::Failed) {
        object.insert(QStringLiteral("http_status"), entry.httpStatus);
        object.insert(QStringLiteral("failure"), QLatin1String(failureKey(entry.failure)));
        object.insert(QStringLiteral("error_code"), entry.errorCode);
        object.insert(QStringLiteral("server_words"), entry.serverWords);
        if (!entry.error.isEmpty())
            object.insert(QStringLiteral("error"), entry.error);
    }
    return object;
}

QByteArray encodeLine(const DeletionEntry &entry)
{
    return QJsonDocument(encode(entry)).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<DeletionEntry> decodeLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const std::optional<DeletionEntry::Outcome> outcome
        = outcomeFromKey(object.value(QLatin1String("outcome")).toString());
    DeletionEntry entry;
    entry.time = timeFrom(object.value(QLatin1String("time")));
    entry.attemptId = object.value(QLatin1String("attempt")).toString();
    entry.jobId = object.value(QLatin1String("job_id")).toString();
    if (!outcome || !entry.time.isValid() || entry.attemptId.isEmpty() || entry.jobId.isEmpty())
        return std::nullopt;
    entry.outcome = *outcome;
    entry.osUser = object.value(QLatin1String("os_user")).toString();
    entry.accountName = object.value(QLatin1String("account_name")).toString();
    entry.accountId = object.value(QLatin1String("account_id")).toString();
    entry.apiHost = object.value(QLatin1String("api_host")).toString();
    entry.actionName = object.value(QLatin1String("action_name")).toString();
    entry.module = object.value(QLatin1String("module")).toString();
    entry.status = object.value(QLatin1String("status")).toString();
    entry.startTime = timeFrom(object.value(QLatin1String("start_time")));
    entry.endTime = timeFrom(object.value(QLatin1String("end_time")));
    const QJsonObject counts = object.value(QLatin1String("entity_counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        entry.entityCounts.insert(it.key(), it->toInt());
    entry.httpStatus = object.value(QLatin1String("http_status")).toInt();
    entry.failure = failureFromKey(object.value(QLatin1String("failure")).toString());
    entry.errorCode = object.value(QLatin1String("error_code")).toString();
    entry.serverWords = object.value(QLatin1String("server_words")).toString();
    entry.error = object.value(QLatin1String("error")).toString();
    return entry;
}

} // namespace DeletionEntryJson

namespace DeletionHistory {

QList<DeletionEntry> attempts(const QList<DeletionEntry> &lines)
{
    QList<DeletionEntry> attempts;
    QHash<QString, qsizetype> byId;
    for (const DeletionEntry &line : lines) {
        const auto known = byId.constFind(line.attemptId);
        if (known == byId.cend()) {
            byId.insert(line.attemptId, attempts.size());
            attempts.append(line);
            continue;
        }
        if (line.outcome == DeletionEntry::Outcome::Requested)
            continue;
        DeletionEntry &attempt = attempts[*known];
        attempt.outcome = line.outcome;
        attempt.httpStatus = line.httpStatus;
        attempt.failure = line.failure;
        attempt.errorCode = line.errorCode;
        attempt.serverWords = line.serverWords;
        attempt.error = line.error;
    }
    std::stable_sort(
        attempts.begin(), attempts.end(),
        [](const DeletionEntry &a, const DeletionEntry &b) { return a.time > b.time; });
    return attempts;
}

QString outcomeText(const DeletionEntry &attempt)
{
    switch (attempt.outcome) {
    case DeletionEntry::Outcome::Requested:
        return QCoreApplication::translate("DeletionHistory", "No answer recorded",
                                           "deletion outcome");
    case DeletionEntry::Outcome::Deleted:
        return QCoreApplication::translate("DeletionHistory", "Deleted", "deletion outcome");
    case DeletionEntry::Outcome::AlreadyGone:
        return QCoreApplication::translate("DeletionHistory", "Already gone", "deletion outcome");
    case DeletionEntry::Outcome::Failed:
        break;
    }
    QStringList why;
    if (attempt.httpStatus > 0)
        why.append(QStringLiteral("HTTP %1").arg(attempt.httpStatus));
    if (const QString failure = failureText(attempt.failure); !failure.isEmpty())
        why.append(failure);
    if (!attempt.errorCode.isEmpty())
        why.append(attempt.errorCode);
    if (!attempt.serverWords.isEmpty())
        why.append(attempt.serverWords);
    if (!attempt.error.isEmpty())
        why.append(attempt.error);
    return why.isEmpty()
        ? QCoreApplication::translate("DeletionHistory", "Failed", "deletion outcome")
        : QCoreApplication::translate("DeletionHistory", "Failed: %1", "deletion outcome")
              .arg(why.join(QLatin1Char(' ')));
}

QStringList headers()
{
    return {
        QStringLiteral("time"),         QStringLiteral("outcome"),     QStringLiteral("job_id"),
        QStringLiteral("action_name"),  QStringLiteral("module"),      QStringLiteral("status"),
        QStringLiteral("start_time"),   QStringLiteral("end_time"),    QStringLiteral("entities"),
        QStringLiteral("account_name"), QStringLiteral("account_id"),  QStringLiteral("api_host"),
        QStringLiteral("os_user"),      QStringLiteral("http_status"), QStringLiteral("error_code"),
        QStringLiteral("error"),        QStringLiteral("attempt"),     QStringLiteral("failure"),
        QStringLiteral("server_words")
    };
}

QStringList cells(const DeletionEntry &attempt)
{
    return { isoTime(attempt.time),
             QLatin1String(outcomeKey(attempt.outcome)),
             attempt.jobId,
             attempt.actionName,
             attempt.module,
             attempt.status,
             isoTime(attempt.startTime),
             isoTime(attempt.endTime),
             entityCountsText(attempt.entityCounts),
             attempt.accountName,
             attempt.accountId,
             attempt.apiHost,
             attempt.osUser,
             attempt.httpStatus > 0 ? QString::number(attempt.httpStatus) : QString(),
             attempt.errorCode,
             attempt.error,
             attempt.attemptId,
             attempt.outcome == DeletionEntry::Outcome::Failed
                 ? QLatin1String(failureKey(attempt.failure))
                 : QString(),
             attempt.serverWords };
}

QByteArray csv(const QList<DeletionEntry> &attempts)
{
    QString out = ResultExport::csvRow(headers());
    for (const DeletionEntry &attempt : attempts)
        out += ResultExport::csvRow(cells(attempt));
    return out.toUtf8();
}

QByteArray json(const QList<DeletionEntry> &attempts)
{
    QJsonArray array;
    for (const DeletionEntry &attempt : attempts)
        array.append(DeletionEntryJson::encode(attempt));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace DeletionHistory
