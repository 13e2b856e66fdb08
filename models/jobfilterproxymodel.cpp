#include "jobfilterproxymodel.h"

#include "jobtablemodel.h"
#include "mergedjobmodel.h"
#include "textmatch.h"

#include <algorithm>
#include <numeric>

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_jobs)
        disconnect(m_jobs, nullptr, this, nullptr);
    forgetRanks();
    m_jobs = qobject_cast<const MergedJobModel *>(sourceModel);
    Q_ASSERT_X(m_jobs || !sourceModel, "JobFilterProxyModel", "filters a MergedJobModel only");
    // Connected before the proxy connects its own handlers, so that the ranks are gone before
    // it sorts the rows that changed.
    if (m_jobs) {
        connect(m_jobs, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &JobFilterProxyModel::forgetRanks);
        connect(m_jobs, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &JobFilterProxyModel::forgetRanks);
        connect(m_jobs, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &JobFilterProxyModel::forgetRanks);
        connect(m_jobs, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &JobFilterProxyModel::forgetRanks);
        connect(m_jobs, &QAbstractItemModel::modelAboutToBeReset, this,
                &JobFilterProxyModel::forgetRanks);
        connect(m_jobs, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (m_rankedColumn >= topLeft.column()
                        && m_rankedColumn <= bottomRight.column())
                        forgetRanks();
                });
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void JobFilterProxyModel::setStatuses(const QSet<JobStatus> &statuses)
{
    if (m_statuses == statuses)
        return;
    m_statuses = statuses;
    refilter();
}

void JobFilterProxyModel::setModule(const QString &module)
{
    if (m_module == module)
        return;
    m_module = module;
    refilter();
}

void JobFilterProxyModel::setAction(const QString &action)
{
    if (m_action == action)
        return;
    m_action = action;
    refilter();
}

void JobFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    refilter();
}

void JobFilterProxyModel::setStartRange(const QDateTime &from, const QDateTime &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void JobFilterProxyModel::setIds(const JobIdsByTable &ids)
{
    if (m_ids == ids)
        return;
    m_ids = ids;
    refilter();
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
    refilter();
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
    if (left.column() == m_rankedColumn && !m_ranks.isEmpty())
        return m_ranks.at(left.row()) < m_ranks.at(right.row());
    return lessThanRows(left.row(), right.row(), left.column());
}

bool JobFilterProxyModel::lessThanRows(int left, int right, int column) const
{
    const int order = m_jobs->compareRows(left, right, column);
    if (order != 0)
        return order < 0;
    // Ties by id (and account: ids repeat across tenants), so the order never depends on
    // arrival.
    const int byId = m_jobs->compareRows(left, right, JobTableModel::Id);
    if (byId != 0)
        return byId < 0;
    return m_jobs->compareRows(left, right, JobTableModel::Account) < 0;
}

void JobFilterProxyModel::refilter()
{
    rankAllRows();
    invalidate();
}

// Sorting every row directly, without the proxy's model indexes, costs less than the proxy's
// own sort of them; the keystrokes that follow reuse the ranks.
void JobFilterProxyModel::rankAllRows()
{
    const int column = sortColumn();
    if (!m_jobs || column < 0 || (column == m_rankedColumn && !m_ranks.isEmpty()))
        return;
    QList<int> rows(m_jobs->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [this, column](int left, int right) {
        return lessThanRows(left, right, column);
    });
    m_ranks.resize(rows.size());
    for (int place = 0; place < rows.size(); ++place)
        m_ranks[rows.at(place)] = place;
    m_rankedColumn = column;
}

void JobFilterProxyModel::forgetRanks()
{
    m_ranks.clear();
    m_rankedColumn = -1;
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
