#include "sync/jobdeletion.h"

#include "sync/jobsync.h"

JobDeletion::JobDeletion(const QList<Target> &jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{ }

void JobDeletion::start()
{
    for (const Target &job : std::as_const(m_jobs))
        m_waiting[job.sync].insert(job.id);
    // Each job as its sync knows it now, not as the admin saw it: polls go on while the
    // confirmation is open. One the last answer could not be read in is never deleted (what
    // it is may not be what was confirmed), and one gone meanwhile is not asked for again.
    for (auto waiting = m_waiting.begin(); waiting != m_waiting.end();) {
        JobSync *sync = waiting.key();
        for (auto id = waiting->begin(); id != waiting->end();) {
            const Job *current = sync->jobs().find(*id);
            if (current && !current->readProblem) {
                ++id;
                continue;
            }
            if (current)
                record(sync, *id, Outcome::Kind::Failed,
                       tr("could not be read in the last answer; not deleted"));
            else
                record(sync, *id, Outcome::Kind::AlreadyGone);
            id = waiting->erase(id);
        }
        waiting = waiting->isEmpty() ? m_waiting.erase(waiting) : std::next(waiting);
    }
    if (m_waiting.isEmpty()) {
        emit finished(m_outcomes);
        return;
    }
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        JobSync *sync = it.key();
        connect(sync, &JobSync::deleteFinished, this,
                [this, sync](const QString &id, const std::optional<RequestError> &error) {
                    handleDeleteFinished(sync, id, error);
                });
        connect(sync, &JobSync::deletionNotRecorded, this,
                [this, sync](const QString &id, const QString &why) {
                    if (m_waiting.value(sync).contains(id))
                        m_notRecorded[sync].insert(id, why);
                });
    }
    // A copy: answers may come while the requests are still being sent.
    const QHash<JobSync *, QSet<QString>> sending = m_waiting;
    for (auto it = sending.cbegin(); it != sending.cend(); ++it) {
        for (const QString &id : it.value())
            it.key()->deleteJob(id);
    }
}

void JobDeletion::handleDeleteFinished(JobSync *sync, const QString &id,
                                       const std::optional<RequestError> &error)
{
    const auto waiting = m_waiting.find(sync);
    if (waiting == m_waiting.end() || !waiting->remove(id))
        return;
    if (waiting->isEmpty()) {
        m_waiting.erase(waiting);
        disconnect(sync, nullptr, this, nullptr);
    }
    if (!error)
        record(sync, id, Outcome::Kind::Deleted);
    else if (error->kind == RequestError::Kind::NotFound)
        record(sync, id, Outcome::Kind::AlreadyGone);
    else
        record(sync, id, Outcome::Kind::Failed, error->message());
    if (m_waiting.isEmpty())
        emit finished(m_outcomes);
}

void JobDeletion::record(const JobSync *sync, const QString &id, Outcome::Kind kind,
                         const QString &reason)
{
    m_outcomes.append(
        { id, sync->model()->accountName(), kind, reason, m_notRecorded[sync].take(id) });
}

QString JobDeletion::summary(const QList<Outcome> &outcomes)
{
    int deleted = 0;
    int gone = 0;
    int failed = 0;
    int notRecorded = 0;
    QString whyNotRecorded;
    for (const Outcome &outcome : outcomes) {
        if (!outcome.notRecorded.isEmpty()) {
            ++notRecorded;
            whyNotRecorded = outcome.notRecorded;
        }
        switch (outcome.kind) {
        case Outcome::Kind::Deleted:
            ++deleted;
            break;
        case Outcome::Kind::AlreadyGone:
            ++gone;
            break;
        case Outcome::Kind::Failed:
            ++failed;
            break;
        }
    }
    QStringList parts;
    if (deleted > 0 || outcomes.isEmpty())
        parts.append(tr("%n job(s) deleted", nullptr, deleted));
    if (gone > 0)
        parts.append(tr("%n already gone", nullptr, gone));
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    if (notRecorded > 0)
        parts.append(tr("%n not recorded in the Deletion History (%1)", nullptr, notRecorded)
                         .arg(whyNotRecorded));
    return parts.join(QStringLiteral(" · "));
}
