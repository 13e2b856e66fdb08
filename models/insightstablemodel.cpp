#include "insightstablemodel.h"

#include "timeformat.h"

#include <QLocale>

InsightsTableModel::InsightsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int InsightsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InsightsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InsightsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const InsightsRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::AccessibleTextRole:
        return index.column() == Trend ? QVariant(trendText(row))
                                       : displayData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Trend ? QVariant(trendText(row)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return sortData(row, index.column());
    default:
        return QVariant();
    }
}

QVariant InsightsTableModel::displayData(const InsightsRow &row, int column) const
{
    const QLocale locale;
    const QString unknown = QStringLiteral("—");
    switch (column) {
    case Name:
        return row.name;
    case Runs:
        return locale.toString(row.runs);
    case FailureRate:
        return row.ended ? locale.toString(row.failureRate() * 100.0, 'f', 1) + locale.percent()
                         : unknown;
    case WarningRate:
        return row.ended ? locale.toString(row.warningRate() * 100.0, 'f', 1) + locale.percent()
                         : unknown;
    case MedianDuration:
        return row.medianSeconds ? TimeFormat::duration(*row.medianSeconds) : unknown;
    case P90Duration:
        return row.p90Seconds ? TimeFormat::duration(*row.p90Seconds) : unknown;
    case FailedEntities:
        return row.jobsWithEntityResults ? locale.toString(row.failedEntities) : unknown;
    default:
        return QVariant();
    }
}

QVariant InsightsTableModel::sortData(const InsightsRow &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.toCaseFolded();
    case Runs:
    case Trend:
        return row.runs;
    case FailureRate:
        return row.ended ? row.failureRate() : -1.0;
    case WarningRate:
        return row.ended ? row.warningRate() : -1.0;
    case MedianDuration:
        return row.medianSeconds.value_or(-1);
    case P90Duration:
        return row.p90Seconds.value_or(-1);
    case FailedEntities:
        return row.jobsWithEntityResults ? row.failedEntities : -1;
    default:
        return QVariant();
    }
}

QString InsightsTableModel::trendText(const InsightsRow &row) const
{
    const QLocale locale;
    QStringList days;
    for (qsizetype day = 0; day < row.runsByDay.size(); ++day) {
        days.append(tr("%1: runs %2, failed %3", "one day of the Insights chart")
                        .arg(locale.toString(m_firstDay.addDays(day), QLocale::ShortFormat),
                             locale.toString(row.runsByDay.at(day)),
                             locale.toString(row.failuresByDay.at(day))));
    }
    return tr("Runs and failures by day: %1").arg(days.join(QStringLiteral("; ")));
}

QVariant InsightsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return m_grouping == InsightsGrouping::Action ? tr("Action") : tr("Module");
    case Runs:
        return tr("Runs");
    case FailureRate:
        return tr("Failure rate");
    case WarningRate:
        return tr("Warning rate");
    case MedianDuration:
        return tr("Median duration");
    case P90Duration:
        return tr("90th percentile");
    case FailedEntities:
        return tr("Failed entities");
    case Trend:
        return tr("By day");
    default:
        return QVariant();
    }
}

void InsightsTableModel::replaceRow(int at, const InsightsRow &row)
{
    if (m_rows.at(at) == row)
        return;
    m_rows[at] = row;
    emit dataChanged(index(at, Runs), index(at, ColumnCount - 1));
}

void InsightsTableModel::setRows(const QList<InsightsRow> &rows, InsightsGrouping grouping,
                                 const InsightsPeriod &period)
{
    if (period.day(0) != m_firstDay) {
        m_firstDay = period.day(0);
        // Every trend's words name the days.
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Trend), index(rowCount() - 1, Trend));
    }
    if (grouping != m_grouping) {
        m_grouping = grouping;
        emit headerDataChanged(Qt::Horizontal, Name, Name);
    }
    // Both lists are sorted by name: walk them side by side.
    int at = 0;
    for (const InsightsRow &row : rows) {
        int past = at;
        while (past < m_rows.size() && insightsNamedBefore(m_rows.at(past).name, row.name))
            ++past;
        if (past > at) {
            beginRemoveRows(QModelIndex(), at, past - 1);
            m_rows.remove(at, past - at);
            endRemoveRows();
        }
        if (at < m_rows.size() && m_rows.at(at).name == row.name) {
            replaceRow(at, row);
        } else {
            beginInsertRows(QModelIndex(), at, at);
            m_rows.insert(at, row);
            endInsertRows();
        }
        ++at;
    }
    if (at < m_rows.size()) {
        beginRemoveRows(QModelIndex(), at, static_cast<int>(m_rows.size()) - 1);
        m_rows.remove(at, m_rows.size() - at);
        endRemoveRows();
    }
}
