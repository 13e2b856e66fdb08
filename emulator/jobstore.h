#pragma once

#include "job.h"
#include "scimfilter.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

#include <memory>
#include <optional>

// The emulator's jobs and how they live: newest first, each with a plan (how many entities,
// when it starts running, how long it runs, how it ends) from which its status, end_time and
// per-entity results follow at any moment. advance() moves every unfinished job along its plan
// and, when simulating, lets new jobs arrive.
class JobStore
{
public:
    struct Simulation
    {
        bool enabled = false;
        double arrivalsPerMinute = 2.0;
        // Shares of new jobs that end WARNING and ERROR; the rest end COMPLETED.
        double warningRate = 0.2;
        double errorRate = 0.1;
    };

    // What POST /_emulator/jobs may say about a new job; everything left out is planned.
    struct NewJob
    {
        QString actionName;
        QString module;
        // QUEUED unless told otherwise; any text, so unknown statuses can be served too.
        QString statusText;
        // The status it ends with; Unknown lets the simulation's rates decide.
        JobStatus outcome = JobStatus::Unknown;
        int entityCount = -1;
        qint64 runMs = -1;
    };

    struct Page
    {
        QList<Job> jobs;
        int total = 0;
    };

    JobStore(const QList<Job> &jobs, quint32 seed, const Simulation &simulation,
             const QDateTime &now);

    // Jobs matching `filter`, newest first, from the 1-based position `from`.
    Page list(const ScimFilter &filter, int from, int limit) const;
    // The job with its details as they stand now.
    std::optional<Job> get(const QString &id) const;
    bool remove(const QString &id);
    Job add(const NewJob &request, const QDateTime &now);
    int size() const { return static_cast<int>(m_ordered.size()); }

    void advance(const QDateTime &now);

private:
    struct Record
    {
        Job job;
        int entityCount = 0;
        QDateTime runStart;
        qint64 runMs = 0;
        JobStatus outcome = JobStatus::Completed;
    };
    using RecordPtr = std::shared_ptr<Record>;

    RecordPtr plan(const Job &job, const QDateTime &now);
    const QString &intern(const QString &text);
    void setStatus(Job &job, JobStatus status);
    JobStatus randomOutcome(QRandomGenerator &random) const;
    void insertNewest(const RecordPtr &record);

    quint32 m_seed;
    QRandomGenerator m_random;
    Simulation m_simulation;
    QList<RecordPtr> m_ordered;
    QHash<QString, RecordPtr> m_byId;
    // Jobs still QUEUED or RUNNING, so advance() never walks the whole history.
    QList<RecordPtr> m_active;
    QSet<QString> m_texts;
    QDateTime m_lastAdvance;
    qint64 m_simulatedMs = 0;
    qint64 m_arrivals = 0;
    qint64 m_nextId = 2000000000001;
};
