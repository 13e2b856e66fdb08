#include "jobtablemodel.h"

#include "servertext.h"
#include "textmatch.h"
#include "timeformat.h"

namespace {

// The columns that show each field; Duration follows from status and both times.
QList<int> columnsShowing(JobFields fields)
{
    QList<int> columns;
    if (fields & (JobFields(JobField::Status) | JobField::ReadProblem))
        columns.append(JobTableModel::Status);
    if (fields.testFlag(JobField::Action))
        columns.append(JobTableModel::Action);
    if (fields.testFlag(JobField::Module))
        columns.append(JobTableModel::Module);
    if (fields.testFlag(JobField::Started))
        columns.append(JobTableModel::Started);
    if (fields.testFlag(JobField::Finished))
        columns.append(JobTableModel::Finished);
    if (fields & (JobFields(JobField::Status) | JobField::Started | JobField::Finished))
        columns.append(JobTableModel::Duration);
    return columns;
}

// A job still waiting in the queue has not run for any time at all; of an unreadable one
// nothing is known.
bool hasDuration(const Job &job)
{
    return !(job.status == JobStatus::Queued && !job.endTime.isValid())
        && job.status != JobStatus::Unreadable;
}

bool countsUp(const Job &job)
{
    return hasDuration(job) && !job.endTime.isValid();
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const JobStatus status :
         { JobStatus::Queued, JobStatus::Running, JobStatus::Warning, JobStatus::Completed,
           JobStatus::Error, JobStatus::Unknown, JobStatus::Unreadable })
        m_statusIcons[static_cast<int>(status)] = QIcon(jobStatusIconPath(status));
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && job.status == JobStatus::Unreadable)
            return ServerText::toolTip(
                tr("The server sent this job in a form that could not be read: %1")
                    .arg(job.readProblem->problem));
        if (index.column() == Status && job.readProblem)
            return ServerText::toolTip(
                tr("Could not be read in the last answer (%1); shown as last read.")
                    .arg(job.readProblem->problem));
        if (index.column() == Status && job.status == JobStatus::Unknown)
            return ServerText::toolTip(
                tr("The server reported a status this version does not know: %1")
                    .arg(job.statusText));
        if (index.column() == Started && job.startTime.isValid())
            return TimeFormat::relative(job.startTime, m_now);
        if (index.column() == Finished && job.endTime.isValid())
            return TimeFormat::relative(job.endTime, m_now);
        return ServerText::toolTip(displayData(job, index.column()).toString());
    case Qt::DecorationRole:
        if (index.column() == Status)
            return m_statusIcons[static_cast<int>(job.status)];
        return QVariant();
    case SortRole:
        return sortData(job, index.column());
    default:
        return QVariant();
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Action:
        return tr("Action");
    case Module:
        return tr("Module");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case Duration:
        return tr("Duration");
    case Id:
        return tr("ID");
    case Account:
        return tr("Account");
    default:
        return QVariant();
    }
}

QVariant JobTableModel::displayData(const Job &job, int column) const
{
    switch (column) {
    case Status:
        if (job.status == JobStatus::Unknown)
            return tr("Unknown (%1)", "job status").arg(job.statusText);
        return jobStatusDisplayName(job.status);
    case Action:
        return job.actionName;
    case Module:
        return job.module;
    case Started:
        return TimeFormat::dateTime(job.startTime, m_zone);
    case Finished:
        return TimeFormat::dateTime(job.endTime, m_zone);
    case Duration:
        if (!hasDuration(job))
            return QString();
        return TimeFormat::duration(durationSeconds(job));
    case Id:
        return job.id;
    case Account:
        return m_accountName;
    default:
        return QVariant();
    }
}

QVariant JobTableModel::sortData(const Job &job, int column) const
{
    switch (column) {
    case Action:
    case Module:
    case Account:
        return displayData(job, column);
    case Id:
        // Numeric order without converting: shorter ids are smaller.
        return job.id.rightJustified(32, QLatin1Char('0'));
    default:
        return numericSortKey(job, column);
    }
}

qint64 JobTableModel::numericSortKey(const Job &job, int column) const
{
    switch (column) {
    case Status:
        return static_cast<qint64>(job.status);
    case Started:
        // A job whose start could not be read sorts with the newest: where the admin looks.
        return job.startTime.isValid() ? job.startTime.toMSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::max();
    case Finished:
        // Unfinished jobs sort after every finished one.
        return job.endTime.isValid() ? job.endTime.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::max();
    case Duration:
        return durationSeconds(job);
    default:
        return 0;
    }
}

int JobTableModel::compareJobs(const Job &a, const Job &b, int column) const
{
    switch (column) {
    case Action:
        return TextMatch::compareInsensitive(a.actionName, b.actionName);
    case Module:
        return TextMatch::compareInsensitive(a.module, b.module);
    case Id:
        if (a.id.size() != b.id.size())
            return a.id.size() < b.id.size() ? -1 : 1;
        return a.id.compare(b.id);
    default: {
        const qint64 x = numericSortKey(a, column);
        const qint64 y = numericSortKey(b, column);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    }
}

qint64 JobTableModel::durationSeconds(const Job &job) const
{
    if (!hasDuration(job))
        return 0;
    return job.startTime.secsTo(job.endTime.isValid() ? job.endTime : m_now);
}

void JobTableModel::applyChanges(const JobChanges &changes)
{
    removeJobs(changes.removed);

    for (const JobUpdate &update : changes.updated) {
        const int row = m_rowById.value(update.job.id, -1);
        if (row < 0)
            continue;
        m_jobs[row] = update.job;
        if (countsUp(update.job))
            m_runningIds.insert(update.job.id);
        else
            m_runningIds.remove(update.job.id);
        for (const int column : columnsShowing(update.fields)) {
            const QModelIndex cell = index(row, column);
            emit dataChanged(cell, cell);
        }
    }

    // Positions in changes.added, not copies: the first answer adds every job there is.
    QList<qsizetype> added;
    for (qsizetype i = 0; i < changes.added.size(); ++i) {
        if (!m_rowById.contains(changes.added.at(i).id))
            added.append(i);
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_jobs.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    m_jobs.reserve(m_jobs.size() + added.size());
    m_rowById.reserve(m_jobs.size() + added.size());
    for (const qsizetype i : std::as_const(added)) {
        const Job &job = changes.added.at(i);
        m_rowById.insert(job.id, static_cast<int>(m_jobs.size()));
        if (countsUp(job))
            m_runningIds.insert(job.id);
        m_jobs.append(job);
    }
    endInsertRows();
}

void JobTableModel::removeJobs(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = m_rowById.value(id, -1);
        if (row >= 0)
            rows.append(row);
        m_runningIds.remove(id);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, one contiguous range at a time, so earlier rows keep their numbers.
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1)
            first = rows.at(--i);
        --i;
        beginRemoveRows(QModelIndex(), first, last);
        m_jobs.remove(first, last - first + 1);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        rebuildIndex();
}

void JobTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_jobs.size());
    for (int row = 0; row < m_jobs.size(); ++row)
        m_rowById.insert(m_jobs.at(row).id, row);
}

void JobTableModel::setTimeZone(TimeFormat::Zone zone)
{
    if (m_zone == zone)
        return;
    m_zone = zone;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, Started), index(rowCount() - 1, Finished),
                         { Qt::DisplayRole, Qt::ToolTipRole });
}

void JobTableModel::setAccountName(const QString &name)
{
    if (m_accountName == name)
        return;
    m_accountName = name;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, Account), index(rowCount() - 1, Account));
}

void JobTableModel::setCurrentTime(const QDateTime &now)
{
    m_now = now;
    for (const QString &id : std::as_const(m_runningIds)) {
        const QModelIndex cell = index(m_rowById.value(id), Duration);
        emit dataChanged(cell, cell, { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
    }
}
