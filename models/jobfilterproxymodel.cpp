#include "jobfilterproxymodel.h"

#include "jobtablemodel.h"
#include "textmatch.h"

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_jobs = qobject_cast<const JobTableModel *>(sourceModel);
    Q_ASSERT_X(m_jobs || !sourceModel, "JobFilterProxyModel", "filters a JobTableModel only");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void JobFilterProxyModel::setStatuses(const QSet<JobStatus> &statuses)
{
    if (m_statuses == statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

void JobFilterProxyModel::setModule(const QString &module)
{
    if (m_module == module)
        return;
    m_module = module;
    invalidateFilter();
}

void JobFilterProxyModel::setAction(const QString &action)
{
    if (m_action == action)
        return;
    m_action = action;
    invalidateFilter();
}

void JobFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void JobFilterProxyModel::setStartRange(const QDateTime &from, const QDateTime &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void JobFilterProxyModel::clearFilters()
{
    m_statuses.clear();
    m_module.clear();
    m_action.clear();
    m_text.clear();
    m_from = QDateTime();
    m_to = QDateTime();
    invalidateFilter();
}

bool JobFilterProxyModel::hasFilters() const
{
    return !m_statuses.isEmpty() || !m_module.isEmpty() || !m_action.isEmpty() || !m_text.isEmpty()
        || m_from.isValid() || m_to.isValid();
}

bool JobFilterProxyModel::passesAllButStatus(const Job &job) const
{
    if (!m_module.isEmpty() && TextMatch::compareInsensitive(job.module, m_module) != 0)
        return false;
    if (!m_action.isEmpty() && TextMatch::compareInsensitive(job.actionName, m_action) != 0)
        return false;
    if ((m_from.isValid() && job.startTime < m_from) || (m_to.isValid() && job.startTime > m_to))
        return false;
    return m_text.isEmpty() || TextMatch::containsInsensitive(job.actionName, m_text)
        || TextMatch::containsInsensitive(job.module, m_text)
        || TextMatch::containsInsensitive(job.id, m_text);
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_jobs || sourceParent.isValid())
        return false;
    const Job &job = m_jobs->jobAt(sourceRow);
    return (m_statuses.isEmpty() || m_statuses.contains(job.status)) && passesAllButStatus(job);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(JobTableModel::SortRole);
    const QVariant b = right.data(JobTableModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = TextMatch::compareInsensitive(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Ties by id, numerically, so the order never depends on arrival.
    const QString leftId = m_jobs->jobAt(left.row()).id;
    const QString rightId = m_jobs->jobAt(right.row()).id;
    return leftId.size() != rightId.size() ? leftId.size() < rightId.size() : leftId < rightId;
}

QHash<JobStatus, int> JobFilterProxyModel::statusCounts() const
{
    QHash<JobStatus, int> counts;
    if (!m_jobs)
        return counts;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const Job &job = m_jobs->jobAt(row);
        if (passesAllButStatus(job))
            ++counts[job.status];
    }
    return counts;
}
