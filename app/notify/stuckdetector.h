#pragma once

#include "job.h"

#include <QDateTime>
#include <QList>

#include <chrono>

class JobTableModel;

// Which queued or running jobs count as stuck: queued or running longer than `factor` times the
// median duration of their action's recent runs, and longer than `minimum`. An action with
// fewer than `historyMinimum` runs has no usual duration, so none of its jobs is stuck. Pure: the
// jobs and the time are handed in; it reads no clock and remembers nothing.
class StuckDetector final
{
public:
    // Runs of an action a verdict needs, and how many of the most recent ones count.
    static constexpr int historyMinimum = 3;
    static constexpr int historyLength = 20;

    struct Stuck
    {
        Job job;
        // How long it has been queued or running, and how long its action usually takes.
        qint64 elapsedSeconds = 0;
        qint64 usualSeconds = 0;
    };

    StuckDetector(int factor, std::chrono::minutes minimum);

    // Those of `active` (jobs still queued or running) that are stuck at `now`; the runs are the
    // finished jobs of `jobs` (an account's table) with a start and an end.
    QList<Stuck> stuckAmong(const QList<Job> &active, const JobTableModel &jobs,
                            const QDateTime &now) const;

private:
    const int m_factor;
    const std::chrono::seconds m_minimum;
};
