#include "jobdeletion.h"

#include "jobsync.h"

JobDeletion::JobDeletion(JobSync *sync, const QStringList &ids, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_ids(ids)
{ }

void JobDeletion::start()
{
    m_waiting = QSet<QString>(m_ids.cbegin(), m_ids.cend());
    if (m_waiting.isEmpty()) {
        emit finished(m_outcomes);
        return;
    }
    connect(m_sync, &JobSync::deleteFinished, this, &JobDeletion::handleDeleteFinished);
    for (const QString &id : std::as_const(m_waiting))
        m_sync->deleteJob(id);
}

void JobDeletion::handleDeleteFinished(const QString &id, const std::optional<RequestError> &error)
{
    if (!m_waiting.remove(id))
        return;
    Outcome outcome;
    outcome.id = id;
    if (!error)
        outcome.kind = Outcome::Kind::Deleted;
    else if (error->kind == RequestError::Kind::NotFound)
        outcome.kind = Outcome::Kind::AlreadyGone;
    else
        outcome.reason = error->message();
    m_outcomes.append(outcome);
    if (m_waiting.isEmpty()) {
        disconnect(m_sync, nullptr, this, nullptr);
        emit finished(m_outcomes);
    }
}

QString JobDeletion::summary(const QList<Outcome> &outcomes)
{
    int deleted = 0;
    int gone = 0;
    int failed = 0;
    for (const Outcome &outcome : outcomes) {
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
    return parts.join(QStringLiteral(" · "));
}
