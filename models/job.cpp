#include "job.h"

#include <QCoreApplication>

namespace {
struct StatusName
{
    JobStatus status;
    QLatin1String api;
};

constexpr StatusName statusNames[] = {
    { JobStatus::Queued, QLatin1String("QUEUED") },
    { JobStatus::Running, QLatin1String("RUNNING") },
    { JobStatus::Warning, QLatin1String("WARNING") },
    { JobStatus::Completed, QLatin1String("COMPLETED") },
    { JobStatus::Error, QLatin1String("ERROR") },
};
} // namespace

JobStatus jobStatusFromApi(const QString &text)
{
    for (const auto &name : statusNames) {
        if (text == name.api)
            return name.status;
    }
    return JobStatus::Unknown;
}

QString jobStatusToApi(JobStatus status)
{
    for (const auto &name : statusNames) {
        if (status == name.status)
            return name.api;
    }
    return QString();
}

QString jobStatusDisplayName(JobStatus status)
{
    switch (status) {
    case JobStatus::Queued:
        return QCoreApplication::translate("JobStatus", "Queued", "job status");
    case JobStatus::Running:
        return QCoreApplication::translate("JobStatus", "Running", "job status");
    case JobStatus::Warning:
        return QCoreApplication::translate("JobStatus", "Warning", "job status");
    case JobStatus::Completed:
        return QCoreApplication::translate("JobStatus", "Completed", "job status");
    case JobStatus::Error:
        return QCoreApplication::translate("JobStatus", "Error", "job status");
    case JobStatus::Unreadable:
        return QCoreApplication::translate("JobStatus", "Unreadable", "job status");
    case JobStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("JobStatus", "Unknown", "job status");
}

QString jobStatusIconPath(JobStatus status)
{
    switch (status) {
    case JobStatus::Queued:
        return QStringLiteral(":/icons/status-queued.svg");
    case JobStatus::Running:
        return QStringLiteral(":/icons/status-running.svg");
    case JobStatus::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case JobStatus::Completed:
        return QStringLiteral(":/icons/status-completed.svg");
    case JobStatus::Error:
        return QStringLiteral(":/icons/status-error.svg");
    case JobStatus::Unreadable:
        return QStringLiteral(":/icons/status-unreadable.svg");
    case JobStatus::Unknown:
        break;
    }
    return QStringLiteral(":/icons/status-unknown.svg");
}

bool jobStatusIsActive(JobStatus status)
{
    return status == JobStatus::Queued || status == JobStatus::Running;
}

bool EntityResult::operator==(const EntityResult &other) const
{
    return id == other.id && status == other.status && message == other.message;
}

bool JobDetails::operator==(const JobDetails &other) const
{
    return entity == other.entity && results == other.results;
}

bool JobReadProblem::operator==(const JobReadProblem &other) const
{
    return problem == other.problem && rawJson == other.rawJson;
}

bool Job::operator==(const Job &other) const
{
    return id == other.id && startTime == other.startTime && endTime == other.endTime
        && actionName == other.actionName && status == other.status
        && statusText == other.statusText && module == other.module && details == other.details
        && readProblem == other.readProblem;
}
