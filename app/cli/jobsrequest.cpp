#include "cli/jobsrequest.h"

#include "jobjson.h"

#include <QRegularExpression>

namespace {

const JobStatus listedStatuses[] = { JobStatus::Queued, JobStatus::Running, JobStatus::Completed,
                                     JobStatus::Warning, JobStatus::Error };

// A string value in a SCIM filter: quoted, with its quotes and backslashes escaped.
QString scimString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

namespace JobsArguments {

std::optional<std::chrono::seconds> duration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhdw]?)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit
        = match.captured(2).isEmpty() ? QLatin1Char('s') : match.captured(2).at(0).toLower();
    qint64 perUnit = 1;
    switch (unit.unicode()) {
    case 'm':
        perUnit = 60;
        break;
    case 'h':
        perUnit = 3600;
        break;
    case 'd':
        perUnit = 86400;
        break;
    case 'w':
        perUnit = 7 * 86400;
        break;
    default:
        break;
    }
    return std::chrono::seconds(count * perUnit);
}

std::optional<QDateTime> since(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    // "2h": a duration back from now; a number alone is not one here (it reads like a year).
    static const QRegularExpression ago(QStringLiteral("^\\d{1,9}[smhdw]$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (ago.match(trimmed).hasMatch()) {
        // Before the year 1 is no time a job ran, nor one the API can write.
        const QDateTime since = now.addSecs(-duration(trimmed)->count());
        return since.isValid() && since.toUTC().date().year() >= 1 ? std::optional<QDateTime>(since)
                                                                   : std::nullopt;
    }
    // (Qt reads a date from the start of a longer text too.)
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        date.isValid() && trimmed.size() == 10)
        return date.startOfDay();
    QString dateTime = trimmed;
    // "2026-11-01 08:00" reads as "2026-11-01T08:00".
    if (dateTime.size() > 10 && dateTime.at(10) == QLatin1Char(' '))
        dateTime[10] = QLatin1Char('T');
    const QDateTime time = QDateTime::fromString(dateTime, Qt::ISODate);
    if (!time.isValid() || dateTime.size() <= 10)
        return std::nullopt;
    return time;
}

std::optional<QList<JobStatus>> statuses(const QString &text, QString *unknown)
{
    QList<JobStatus> chosen;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = name.trimmed();
        const JobStatus status = jobStatusFromApi(word.toUpper());
        if (std::find(std::begin(listedStatuses), std::end(listedStatuses), status)
            == std::end(listedStatuses)) {
            *unknown = word;
            return std::nullopt;
        }
        if (!chosen.contains(status))
            chosen.append(status);
    }
    if (chosen.isEmpty()) {
        *unknown = text;
        return std::nullopt;
    }
    return chosen;
}

QStringList statusNames()
{
    QStringList names;
    for (const JobStatus status : listedStatuses)
        names.append(jobStatusToApi(status).toLower());
    return names;
}

QString scimFilter(const JobsRequest &request)
{
    QStringList parts;
    if (!request.statuses.isEmpty()) {
        QStringList any;
        for (const JobStatus status : request.statuses)
            any.append(QStringLiteral("status eq ") + scimString(jobStatusToApi(status)));
        parts.append(any.size() == 1
                         ? any.constFirst()
                         : QLatin1Char('(') + any.join(QLatin1String(" or ")) + QLatin1Char(')'));
    }
    if (!request.module.isEmpty())
        parts.append(QStringLiteral("module eq ") + scimString(request.module));
    if (!request.action.isEmpty())
        parts.append(QStringLiteral("action_name co ") + scimString(request.action));
    if (request.since.isValid())
        parts.append(QStringLiteral("start_time ge ")
                     + scimString(JobJson::formatTime(request.since)));
    if (!request.filter.trimmed().isEmpty())
        parts.append(QLatin1Char('(') + request.filter.trimmed() + QLatin1Char(')'));
    return parts.join(QLatin1String(" and "));
}

} // namespace JobsArguments
