#pragma once

#include "requesterror.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class JobSync;

// Deletes the jobs an admin confirmed, each once (never retried), and reports what became of
// each: deleted, already gone, or failed with the server's reason. A job leaves the table only
// when the server confirmed the delete or said it was gone.
class JobDeletion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDeletion)

public:
    struct Outcome
    {
        enum class Kind { Deleted, AlreadyGone, Failed };
        QString id;
        Kind kind = Kind::Failed;
        QString reason;
    };

    JobDeletion(JobSync *sync, const QStringList &ids, QObject *parent = nullptr);

    void start();
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    // "2 jobs deleted · 1 already gone · 1 failed"
    static QString summary(const QList<Outcome> &outcomes);

signals:
    void finished(const QList<JobDeletion::Outcome> &outcomes);

private:
    void handleDeleteFinished(const QString &id, const std::optional<RequestError> &error);

    JobSync *m_sync;
    QStringList m_ids;
    QSet<QString> m_waiting;
    QList<Outcome> m_outcomes;
};
