#include "jobinsights.h"

#include "jobresultmodel.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"

#include <algorithm>
#include <cmath>

namespace {

// The smallest duration that `share` (0 to 1) of the sorted durations do not exceed.
qint64 nearestRank(const QList<qint64> &sorted, double share)
{
    const auto rank = static_cast<qsizetype>(std::ceil(share * double(sorted.size())));
    return sorted.at(std::max<qsizetype>(rank, 1) - 1);
}

} // namespace

bool insightsNamedBefore(const QString &a, const QString &b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

InsightsPeriod::InsightsPeriod(const QDateTime &now, int days, const QTimeZone &zone)
    : m_firstDay(now.toTimeZone(zone).date().addDays(1 - days))
{
    m_dayStarts.reserve(days + 1);
    for (int day = 0; day <= days; ++day)
        m_dayStarts.append(
            QDateTime(m_firstDay.addDays(day), QTime(0, 0), zone).toMSecsSinceEpoch());
}

QDateTime InsightsPeriod::dayStart(int index) const
{
    return QDateTime::fromMSecsSinceEpoch(m_dayStarts.at(index), Qt::UTC);
}

int InsightsPeriod::dayOf(const QDateTime &time) const
{
    if (!time.isValid())
        return -1;
    const qint64 msecs = time.toMSecsSinceEpoch();
    if (msecs < m_dayStarts.constFirst() || msecs >= m_dayStarts.constLast())
        return -1;
    const auto after = std::upper_bound(m_dayStarts.cbegin(), m_dayStarts.cend(), msecs);
    return static_cast<int>(after - m_dayStarts.cbegin()) - 1;
}

bool InsightsRow::operator==(const InsightsRow &other) const
{
    return name == other.name && runs == other.runs && ended == other.ended
        && failures == other.failures && warnings == other.warnings
        && medianSeconds == other.medianSeconds && p90Seconds == other.p90Seconds
        && jobsWithEntityResults == other.jobsWithEntityResults
        && failedEntities == other.failedEntities && runsByDay == other.runsByDay
        && failuresByDay == other.failuresByDay;
}

JobInsights::JobInsights(const InsightsPeriod &period, InsightsGrouping grouping)
    : m_period(period)
    , m_grouping(grouping)
{ }

JobInsights::Group &JobInsights::groupFor(const QString &name)
{
    if (m_lastGroup >= 0 && (name.constData() == m_lastName.constData() || name == m_lastName))
        return m_groups[m_lastGroup];
    auto found = m_groupByName.constFind(name);
    if (found == m_groupByName.cend()) {
        Group &group = m_groups.emplace_back();
        group.row.name = name;
        group.row.runsByDay.fill(0, m_period.days());
        group.row.failuresByDay.fill(0, m_period.days());
        found = m_groupByName.insert(name, m_groups.size() - 1);
    }
    m_lastName = name;
    m_lastGroup = *found;
    return m_groups[m_lastGroup];
}

void JobInsights::add(const Job &job)
{
    const int day = m_period.dayOf(job.startTime);
    if (day < 0)
        return;
    Group &group = groupFor(m_grouping == InsightsGrouping::Action ? job.actionName : job.module);
    InsightsRow &row = group.row;
    ++row.runs;
    ++row.runsByDay[day];
    switch (job.status) {
    case JobStatus::Error:
        ++row.failures;
        ++row.failuresByDay[day];
        ++row.ended;
        break;
    case JobStatus::Warning:
        ++row.warnings;
        ++row.ended;
        break;
    case JobStatus::Completed:
        ++row.ended;
        break;
    default:
        break;
    }
    if (job.endTime.isValid())
        group.durations.append(job.startTime.secsTo(job.endTime));
    if (job.details) {
        ++row.jobsWithEntityResults;
        for (const EntityResult &result : job.details->results)
            row.failedEntities += JobResultModel::isError(result) ? 1 : 0;
    }
}

void JobInsights::addAll(const JobTableModel &table)
{
    for (int row = 0, rows = table.jobCount(); row < rows; ++row)
        add(table.jobAt(row));
}

void JobInsights::addAll(const MergedJobModel &jobs)
{
    for (const JobTableModel *table : jobs.tables())
        addAll(*table);
}

QList<InsightsRow> JobInsights::rows() const
{
    QList<InsightsRow> rows;
    rows.reserve(m_groups.size());
    for (const Group &group : m_groups) {
        InsightsRow &row = rows.emplace_back(group.row);
        if (group.durations.isEmpty())
            continue;
        QList<qint64> sorted = group.durations;
        std::sort(sorted.begin(), sorted.end());
        row.medianSeconds = nearestRank(sorted, 0.5);
        row.p90Seconds = nearestRank(sorted, 0.9);
    }
    std::sort(rows.begin(), rows.end(), [](const InsightsRow &a, const InsightsRow &b) {
        return insightsNamedBefore(a.name, b.name);
    });
    return rows;
}
