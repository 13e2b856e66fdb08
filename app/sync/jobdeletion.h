#pragma once

#include "api/requesterror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class JobSync;

// Deletes the jobs an admin confirmed, each once (never retried), and reports what became of
// each: deleted, already gone, or failed with the server's reason. A job leaves the table only
// when its server confirmed the delete or said it was gone. Nothing is sent for a job that is
// no longer listed when start() runs (already gone) or that the last answer could not be read
// in (failed, saying so). The jobs may belong to several
// accounts, each deleted through its own sync.
class JobDeletion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDeletion)

public:
    struct Target
    {
        JobSync *sync = nullptr;
        QString id;
    };
    struct Outcome
    {
        enum class Kind { Deleted, AlreadyGone, Failed };
        QString id;
        // The name of the job's account (empty for the demo and --server).
        QString account;
        Kind kind = Kind::Failed;
        QString reason;
        // Why the attempt is not (wholly) in the deletion audit trail; empty when it is.
        QString notRecorded {};
    };

    explicit JobDeletion(const QList<Target> &jobs, QObject *parent = nullptr);

    void start();
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    // "2 jobs deleted · 1 already gone · 1 failed", and how many are not in the deletion audit
    // trail, and why.
    static QString summary(const QList<Outcome> &outcomes);

signals:
    void finished(const QList<JobDeletion::Outcome> &outcomes);

private:
    void handleDeleteFinished(JobSync *sync, const QString &id,
                              const std::optional<RequestError> &error);
    void record(const JobSync *sync, const QString &id, Outcome::Kind kind,
                const QString &reason = QString());

    QList<Target> m_jobs;
    // By sync, the ids still waiting for an answer.
    QHash<JobSync *, QSet<QString>> m_waiting;
    QList<Outcome> m_outcomes;
    // By sync and id, why the deletion audit trail lacks the attempt (JobSync writes it).
    QHash<const JobSync *, QHash<QString, QString>> m_notRecorded;
};
