#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSharedData>
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

// A part of a job that most jobs do not have, kept out of line: absent, it costs one pointer
// rather than the part's size in every copy of every job. Copies share it (it is never changed
// in place, only replaced). Reads like the std::optional it stands for.
template<typename T> class RarePart
{
public:
    RarePart() = default;
    RarePart(std::nullopt_t) { }
    RarePart(T value)
        : m_value(new Shared(std::move(value)))
    { }
    RarePart(const std::optional<T> &value)
    {
        if (value)
            m_value = new Shared(*value);
    }

    bool has_value() const { return m_value.data() != nullptr; }
    explicit operator bool() const { return has_value(); }
    const T &operator*() const { return m_value->value; }
    const T *operator->() const { return &m_value->value; }
    void reset() { m_value.reset(); }

    bool operator==(const RarePart &other) const
    {
        return m_value == other.m_value || (m_value && other.m_value && **this == *other);
    }
    bool operator!=(const RarePart &other) const { return !(*this == other); }

private:
    struct Shared : QSharedData
    {
        explicit Shared(T part)
            : value(std::move(part))
        { }
        const T value;
    };

    // One pointer (a std::shared_ptr is two).
    QExplicitlySharedDataPointer<Shared> m_value;
};

struct Job
{
    // Numeric-looking but kept as text: ids are longer than any safe integer conversion promises.
    QString id;
    QDateTime startTime;
    // Invalid while the job is QUEUED or RUNNING (the API sends null). Both times are kept in UTC,
    // which QDateTime holds without an allocation.
    QDateTime endTime;
    QString actionName;
    JobStatus status = JobStatus::Unknown;
    // The status exactly as the server wrote it, so an unknown one can still be shown.
    QString statusText;
    QString module;
    // Only GET /jobs/{id} carries details.
    RarePart<JobDetails> details;
    // Set when the last answer that listed the job could not be read. With status Unreadable
    // nothing of it was ever read but its id; otherwise the fields are those last read.
    RarePart<JobReadProblem> readProblem;

    bool operator==(const Job &other) const;
    bool operator!=(const Job &other) const { return !(*this == other); }
};
