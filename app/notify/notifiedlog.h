#pragma once

#include "job.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What the admin was already told, kept across restarts in a file of its own: the keys of what
// was told ("finished:ACCOUNT:ID", "stuck:…"), the newest `keptKeys` of them, and the jobs that
// do not disturb held, still to be summed up when it ends. Read when made, written by save().
class NotifiedLog final
{
    Q_DISABLE_COPY_MOVE(NotifiedLog)

public:
    // Enough to outlast any job list: what was told is never told again.
    static constexpr int keptKeys = 5000;

    // A job held by do not disturb: its status and account, all the summary needs.
    struct Held
    {
        JobStatus status = JobStatus::Completed;
        QString accountId;

        bool operator==(const Held &other) const
        {
            return status == other.status && accountId == other.accountId;
        }
    };

    // A file that is missing or cannot be read is an empty log.
    explicit NotifiedLog(const QString &file);

    bool contains(const QString &key) const { return m_keys.contains(key); }
    // Keys already kept stay where they are; past `keptKeys` the oldest are forgotten.
    void remember(const QStringList &keys);
    void hold(const Held &held);
    // What was held, oldest first; the log holds nothing after.
    QList<Held> takeHeld();
    // Writes the file if anything changed since it was read or last written; a failure is
    // logged, and the next save tries again.
    void save();

private:
    const QString m_file;
    // Oldest first.
    QStringList m_keyOrder;
    QSet<QString> m_keys;
    QList<Held> m_held;
    bool m_changed = false;
};
