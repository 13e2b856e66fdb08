#include "jobfilterproxymodel.h"

#include "jobtablemodel.h"
#include "mergedjobmodel.h"
#include "textmatch.h"

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_jobs = qobject_cast<const MergedJobModel *>(sourceModel);
    Q_ASSERT_X(m_jobs || !sourceModel, "JobFilterProxyModel", "filters a MergedJobModel only");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void JobFilterProxyModel::setStatuses(const QSet<JobStatus> &statuses)
{
    if (m_statuses == statuses)
        return;
    m_statuses = statuses;
    invalidate();
}

void JobFilterProxyModel::setModule(const QString &module)
{
    if (m_module == module)
        return;
    m_module = module;
    invalidate();
}

void JobFilterProxyModel::setAction(const QString &action)
{
    if (m_action == action)
        return;
    m_action = action;
    invalidate();
}

void JobFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidate();
}

void JobFilterProxyModel::setStartRange(const QDateTime &from, const QDateTime &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    invalidate();
}

void JobFilterProxyModel::setIds(const JobIdsByTable &ids)
{
    if (m_ids == ids)
        return;
    m_ids = ids;
    invalidate();
}

void JobFilterProxyModel::clearFilters()
{
    m_statuses.clear();
    m_module.clear();
    m_action.clear();
    m_text.clear();
    m_from = QDateTime();
    m_to = QDateTime();
    m_ids.clear();
    invalidate();
}

bool JobFilterProxyModel::hasFilters() const
{
    return !m_statuses.isEmpty() || !m_module.isEmpty() || !m_action.isEmpty() || !m_text.isEmpty()
        || m_from.isValid() || m_to.isValid() || !m_ids.isEmpty();
}

bool JobFilterProxyModel::passesAllButStatus(const Job &job, const JobTableModel *table) const
{
    if (!m_module.isEmpty() && TextMatch::compareInsensitive(job.module, m_module) != 0)
        return false;
    if (!m_action.isEmpty() && TextMatch::compareInsensitive(job.actionName, m_action) != 0)
        return false;
    if ((m_from.isValid() && job.startTime < m_from) || (m_to.isValid() && job.startTime > m_to))
        return false;
    if (!m_ids.isEmpty()) {
        const auto ids = m_ids.constFind(table);
        if (ids != m_ids.cend() && !ids->contains(job.id))
            return false;
    }
    return m_text.isEmpty() || TextMatch::containsInsensitive(job.actionName, m_text)
        || TextMatch::containsInsensitive(job.module, m_text)
        || TextMatch::containsInsensitive(job.id, m_text)
        // Where several accounts are shown, by whose job it is too.
        || (m_jobs->tables().size() > 1
            && TextMatch::containsInsensitive(table->accountName(), m_text));
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_jobs || sourceParent.isValid())
        return false;
    const MergedJobModel::Location location = m_jobs->locate(sourceRow);
    const Job &job = location.table->jobAt(location.row);
    return (m_statuses.isEmpty() || m_statuses.contains(job.status))
        && passesAllButStatus(job, location.table);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = m_jobs->compareRows(left.row(), right.row(), left.column());
    if (order != 0)
        return order < 0;
    // Ties by id (and account: ids repeat across tenants), so the order never depends on
    // arrival.
    const int byId = m_jobs->compareRows(left.row(), right.row(), JobTableModel::Id);
    if (byId != 0)
        return byId < 0;
    return m_jobs->compareRows(left.row(), right.row(), JobTableModel::Account) < 0;
}

QHash<JobStatus, int> JobFilterProxyModel::statusCounts() const
{
    QHash<JobStatus, int> counts;
    if (!m_jobs)
        return counts;
    for (const JobTableModel *table : m_jobs->tables()) {
        for (int row = 0; row < table->jobCount(); ++row) {
            const Job &job = table->jobAt(row);
            if (passesAllButStatus(job, table))
                ++counts[job.status];
        }
    }
    return counts;
}
