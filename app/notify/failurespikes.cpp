#include "notify/failurespikes.h"

#include "jobinsights.h"

bool FailureSpikes::Spike::operator==(const Spike &other) const
{
    return action == other.action && runsToday == other.runsToday
        && failedToday == other.failedToday && usualRuns == other.usualRuns
        && usualFailures == other.usualFailures;
}

QList<FailureSpikes::Spike> FailureSpikes::among(const QSet<QString> &actions,
                                                 const JobTableModel &jobs, const QDateTime &now,
                                                 const QTimeZone &zone)
{
    QList<Spike> spikes;
    if (actions.isEmpty())
        return spikes;
    // Today is the period's last day; the days before it are the usual ones.
    JobInsights insights(InsightsPeriod(now, usualDays + 1, zone), InsightsGrouping::Action);
    insights.addAll(jobs);
    for (const InsightsRow &row : insights.rows()) {
        if (!actions.contains(row.name))
            continue;
        Spike spike;
        spike.action = row.name;
        spike.runsToday = row.runsByDay.constLast();
        spike.failedToday = row.failuresByDay.constLast();
        spike.usualRuns = row.runs - spike.runsToday;
        spike.usualFailures = row.failures - spike.failedToday;
        // failedToday / runsToday >= factor * usualFailures / usualRuns, without dividing.
        if (spike.failedToday >= minimumFailures
            && qint64(spike.failedToday) * spike.usualRuns
                >= qint64(factor) * spike.usualFailures * spike.runsToday)
            spikes.append(spike);
    }
    return spikes;
}
