#include "notify/stuckdetector.h"

#include "jobtablemodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

StuckDetector::StuckDetector(int factor, std::chrono::minutes minimum)
    : m_factor(factor)
    , m_minimum(minimum)
{ }

QList<StuckDetector::Stuck> StuckDetector::stuckAmong(const QList<Job> &active,
                                                      const JobTableModel &jobs,
                                                      const QDateTime &now) const
{
    // Only a job queued or running longer than the minimum can be stuck: while none is, the
    // history (every job of the table) is not read at all.
    QList<Job> candidates;
    QSet<QString> actions;
    for (const Job &job : active) {
        if (job.startTime.secsTo(now) > m_minimum.count()) {
            candidates.append(job);
            actions.insert(job.actionName);
        }
    }
    if (candidates.isEmpty())
        return {};
    // The runs of those actions: when each ended, how long it took.
    QHash<QString, QList<std::pair<QDateTime, qint64>>> runs;
    for (int row = 0; row < jobs.jobCount(); ++row) {
        const Job &job = jobs.jobAt(row);
        if (job.endTime.isValid() && job.startTime.isValid() && actions.contains(job.actionName)
            && !jobStatusIsActive(job.status))
            runs[job.actionName].append({ job.endTime, job.startTime.secsTo(job.endTime) });
    }
    QList<Stuck> stuck;
    for (const Job &job : std::as_const(candidates)) {
        QList<std::pair<QDateTime, qint64>> &history = runs[job.actionName];
        if (history.size() < historyMinimum)
            continue;
        std::sort(history.begin(), history.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<qint64> durations;
        for (qsizetype i = 0; i < std::min<qsizetype>(history.size(), historyLength); ++i)
            durations.append(history.at(i).second);
        std::sort(durations.begin(), durations.end());
        const qint64 median = durations.at(durations.size() / 2);
        const qint64 limit = std::max<qint64>(m_factor * median, m_minimum.count());
        const qint64 elapsed = job.startTime.secsTo(now);
        if (elapsed > limit)
            stuck.append({ job, elapsed, median });
    }
    return stuck;
}
