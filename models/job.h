#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The five statuses the API documents; anything else is kept as Unknown with its raw text.
// Unreadable is ours: a job the server listed whose fields could not be read (only its id).
enum class JobStatus { Queued, Running, Warning, Completed, Error, Unknown, Unreadable };

JobStatus jobStatusFromApi(const QString &text);
QString jobStatusToApi(JobStatus status);
// The word a user sees for a status, translated.
QString jobStatusDisplayName(JobStatus status);
bool jobStatusIsActive(JobStatus status);
// The resource path of the status's icon (a shape as well as a colour, so never colour alone).
QString jobStatusIconPath(JobStatus status);

struct EntityResult
{
    QString id;
    QString status;
    QString message;

    bool operator==(const EntityResult &other) const;
};

struct JobDetails
{
    QString entity;
    QList<EntityResult> results;

    bool operator==(const JobDetails &other) const;
};

// Why a job the server sent could not be read, and what exactly it sent (compact JSON).
struct JobReadProblem
{
    QString problem;
    QByteArray rawJson;

    bool operator==(const JobReadProblem &other) const;
    bool operator!=(const JobReadProblem &other) const { return !(*this == other); }
};

struct Job
{
    // Numeric-looking but kept as text: ids are longer than any safe integer conversion promises.
    QString id;
    QDateTime startTime;
    // Invalid while the job is QUEUED or RUNNING (the API sends null).
    QDateTime endTime;
    QString actionName;
    JobStatus status = JobStatus::Unknown;
    // The status exactly as the server wrote it, so an unknown one can still be shown.
    QString statusText;
    QString module;
    // Only GET /jobs/{id} carries details.
    std::optional<JobDetails> details;
    // Set when the last answer that listed the job could not be read. With status Unreadable
    // nothing of it was ever read but its id; otherwise the fields are those last read.
    std::optional<JobReadProblem> readProblem;

    bool operator==(const Job &other) const;
    bool operator!=(const Job &other) const { return !(*this == other); }
};
