#include "mergedjobmodel.h"

#include "jobtablemodel.h"
#include "textmatch.h"

MergedJobModel::MergedJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MergedJobModel::addTable(JobTableModel *table)
{
    const int first = rowCount();
    if (table->rowCount() > 0)
        beginInsertRows(QModelIndex(), first, first + table->rowCount() - 1);
    m_tables.append(table);
    m_rows += table->jobCount();
    if (table->rowCount() > 0)
        endInsertRows();

    // A JobTableModel never resets and never moves rows: inserts, removals and changed cells
    // are all it says.
    connect(table, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, table](const QModelIndex &, int from, int to) {
                const int offset = offsetOf(table);
                beginInsertRows(QModelIndex(), offset + from, offset + to);
            });
    connect(table, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int from, int to) {
                m_rows += to - from + 1;
                endInsertRows();
            });
    connect(table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, table](const QModelIndex &, int from, int to) {
                const int offset = offsetOf(table);
                beginRemoveRows(QModelIndex(), offset + from, offset + to);
            });
    connect(table, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int from, int to) {
                m_rows -= to - from + 1;
                endRemoveRows();
            });
    connect(table, &QAbstractItemModel::dataChanged, this,
            [this, table](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                          const QList<int> &roles) {
                const int offset = offsetOf(table);
                emit dataChanged(index(offset + topLeft.row(), topLeft.column()),
                                 index(offset + bottomRight.row(), bottomRight.column()), roles);
            });
}

int MergedJobModel::offsetOf(const JobTableModel *table) const
{
    int offset = 0;
    for (const JobTableModel *earlier : m_tables) {
        if (earlier == table)
            break;
        offset += earlier->jobCount();
    }
    return offset;
}

QModelIndex MergedJobModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows || column < 0
        || column >= JobTableModel::ColumnCount)
        return QModelIndex();
    return createIndex(row, column);
}

int MergedJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MergedJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : JobTableModel::ColumnCount;
}

QVariant MergedJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Location location = locate(index.row());
    return location.table->data(location.table->index(location.row, index.column()), role);
}

QVariant MergedJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && !m_tables.isEmpty())
        return m_tables.constFirst()->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

MergedJobModel::Location MergedJobModel::locate(int row) const
{
    for (const JobTableModel *table : m_tables) {
        const int rows = table->jobCount();
        if (row < rows)
            return { table, row };
        row -= rows;
    }
    return {};
}

const Job &MergedJobModel::jobAt(int row) const
{
    const Location location = locate(row);
    Q_ASSERT_X(location.table, "MergedJobModel::jobAt", "row out of range");
    return location.table->jobAt(location.row);
}

int MergedJobModel::compareRows(int left, int right, int column) const
{
    const Location a = locate(left);
    const Location b = locate(right);
    if (column == JobTableModel::Account)
        return a.table == b.table
            ? 0
            : TextMatch::compareInsensitive(a.table->accountName(), b.table->accountName());
    return a.table->compareJobs(a.table->jobAt(a.row), b.table->jobAt(b.row), column);
}
