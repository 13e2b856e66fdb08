#pragma once

#include "job.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

class JobTableModel;
class MergedJobModel;

// The calendar days an Insights view looks over: `days` of them, ending with the one `now` is in,
// as days begin in `zone` (the user's, unless a test says otherwise).
class InsightsPeriod
{
public:
    InsightsPeriod(const QDateTime &now, int days,
                   const QTimeZone &zone = QTimeZone::systemTimeZone());

    int days() const { return static_cast<int>(m_dayStarts.size()) - 1; }
    QDate day(int index) const { return m_firstDay.addDays(index); }
    // When day `index` begins; dayStart(days()) is when the period's last day ends.
    QDateTime dayStart(int index) const;
    // The day `time` falls on (0 is the first), or -1 outside the period.
    int dayOf(const QDateTime &time) const;

private:
    QDate m_firstDay;
    // Milliseconds since the epoch at which each day begins, and the last one ends.
    QList<qint64> m_dayStarts;
};

enum class InsightsGrouping { Action, Module };

// The order of Insights rows: by name case-insensitively, names differing only in case apart.
bool insightsNamedBefore(const QString &a, const QString &b);

// What the jobs of one action (or one module) did over a period. A job belongs to the period by
// its start time; rates are of the runs that ended (completed, warned or failed), durations of
// the runs that finished.
struct InsightsRow
{
    QString name;
    int runs = 0;
    int ended = 0;
    int failures = 0;
    int warnings = 0;
    // Nearest rank, so always a duration some run actually took; absent with no finished run.
    std::optional<qint64> medianSeconds;
    std::optional<qint64> p90Seconds;
    // Only jobs whose per-entity results are known (details read) count here.
    int jobsWithEntityResults = 0;
    int failedEntities = 0;
    // Per day of the period, oldest first.
    QList<int> runsByDay;
    QList<int> failuresByDay;

    // 0 to 1; 0 with no ended run.
    double failureRate() const { return ended ? double(failures) / ended : 0.0; }
    double warningRate() const { return ended ? double(warnings) / ended : 0.0; }
    bool operator==(const InsightsRow &other) const;
    bool operator!=(const InsightsRow &other) const { return !(*this == other); }
};

// Adds jobs up into one row per action (or module), in one pass: what recomputing the Insights
// over 100,000 jobs costs is one look-up of a shared name and a few sums per job.
class JobInsights
{
public:
    JobInsights(const InsightsPeriod &period, InsightsGrouping grouping);

    void add(const Job &job);
    // Every job of `table`, or of every table `jobs` shows.
    void addAll(const JobTableModel &table);
    void addAll(const MergedJobModel &jobs);
    // Sorted by insightsNamedBefore().
    QList<InsightsRow> rows() const;

private:
    struct Group
    {
        InsightsRow row;
        QList<qint64> durations;
    };

    Group &groupFor(const QString &name);

    InsightsPeriod m_period;
    InsightsGrouping m_grouping;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_groupByName;
    // The names decoded from the API are shared strings: the last one seen is found without
    // hashing it, which most jobs of a long listing are.
    QString m_lastName;
    qsizetype m_lastGroup = -1;
};
