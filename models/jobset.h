#pragma once

#include "job.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

// What a job's listing fields can change in.
enum class JobField {
    Status = 0x1,
    Action = 0x2,
    Module = 0x4,
    Started = 0x8,
    Finished = 0x10,
    // Whether the last answer could be read, and why not.
    ReadProblem = 0x20,
};
Q_DECLARE_FLAGS(JobFields, JobField)
Q_DECLARE_OPERATORS_FOR_FLAGS(JobFields)

struct JobUpdate
{
    Job job;
    JobFields fields;
    JobStatus previousStatus = JobStatus::Unknown;

    bool isTransition() const { return fields.testFlag(JobField::Status); }
};

// One step from the jobs a view shows to the jobs it should show.
struct JobChanges
{
    QList<Job> added;
    QList<JobUpdate> updated;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

// The jobs of one account as last heard from the server, keyed by id. Merging an answer into
// it says exactly what changed, so views update incrementally and transitions can be noticed.
// Details are not kept here: they belong to one job's detail view.
class JobSet
{
public:
    // `complete`: the answer lists every job there is, so jobs missing from it are gone.
    // Otherwise (one page, the hot set) jobs it does not mention are left alone. An unreadable
    // job (status Unreadable) is listed all the same: it is never taken as gone, and a job read
    // before keeps what was read, only marked with the problem; the next readable answer
    // replaces it.
    JobChanges merge(const QList<Job> &incoming, bool complete);
    JobChanges remove(const QString &id);

    const Job *find(const QString &id) const;
    int size() const { return static_cast<int>(m_jobs.size()); }
    // Newest first by start time; ties by id, so the order is stable.
    QList<Job> newestFirst() const;
    // Ids of the jobs still QUEUED or RUNNING, as the last answer read them: one that could not
    // be read is not followed (its status is only what an earlier answer said).
    QStringList activeIds() const;
    int activeCount() const { return static_cast<int>(m_activeIds.size()); }
    bool hasActive() const { return !m_activeIds.isEmpty(); }
    // Jobs the last answer that listed them could not be read in.
    int unreadableCount() const { return m_unreadable; }

private:
    struct Entry
    {
        Job job;
        // The merge that last mentioned the job: what a complete merge did not reach is gone.
        quint64 seenIn = 0;
        // Where the last complete answer listed it (an index into m_listOrder).
        qsizetype listPosition = -1;
    };

    // The entry `received` is about, found cheaply when answers come in the order the last
    // complete one did; `next` is where in that order to look first, and is moved on past it.
    Entry *entryFor(const Job &received, qsizetype *next);
    void removeAt(qsizetype slot, JobChanges *changes);
    // Keeps the counts above as a job comes (`before` null), changes, or goes (`after` null):
    // asked after every poll, they cost what changed, not how many jobs there are.
    void count(const Job *before, const Job *after);

    QList<Entry> m_jobs;
    QHash<QString, qsizetype> m_slotById;
    // The slots of m_jobs in the order the last complete answer listed them. The server's order
    // is stable between answers, so the next one is mostly compared entry by entry, not looked up.
    QList<qsizetype> m_listOrder;
    quint64 m_merges = 0;
    QSet<QString> m_activeIds;
    int m_unreadable = 0;
};
