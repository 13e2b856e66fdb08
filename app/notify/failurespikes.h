#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

class JobTableModel;

// Actions whose runs today fail far more often than usual: at least `minimumFailures` failed
// today, and today's failure rate is at least `factor` times the rate of the `usualDays` days
// before today (an action that never ran before today has no usual rate: its failures alone
// decide). Rates here are of runs, as the admin reads "6 of 8 runs failed today". Pure: the jobs,
// the time and the zone the days begin in are handed in; it remembers nothing.
class FailureSpikes final
{
public:
    static constexpr int minimumFailures = 3;
    static constexpr int factor = 3;
    static constexpr int usualDays = 30;

    struct Spike
    {
        QString action;
        int runsToday = 0;
        int failedToday = 0;
        // Over the `usualDays` days before today.
        int usualRuns = 0;
        int usualFailures = 0;

        bool operator==(const Spike &other) const;
    };

    // The spikes among `actions` (compared exactly) in the jobs of `jobs` on the day of `now`.
    static QList<Spike> among(const QSet<QString> &actions, const JobTableModel &jobs,
                              const QDateTime &now,
                              const QTimeZone &zone = QTimeZone::systemTimeZone());
};
