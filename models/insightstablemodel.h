#pragma once

#include "jobinsights.h"

#include <QAbstractTableModel>
#include <QList>

// The Insights of one period as a table, one row per action (or module), sorted by name; a
// sorting proxy orders it by any column through SortRole. setRows() updates it in place: rows
// that stay keep their place and change only the cells whose numbers changed, so a selection
// survives a recompute. It never resets.
class InsightsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsTableModel)

public:
    enum Column {
        Name,
        Runs,
        FailureRate,
        WarningRate,
        MedianDuration,
        P90Duration,
        FailedEntities,
        // Runs and failures by day: drawn by the view, said in words by AccessibleTextRole.
        Trend,
        ColumnCount
    };
    enum Role {
        // A value that sorts correctly for the column: a number, a name.
        SortRole = Qt::UserRole + 1,
    };

    explicit InsightsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // `rows` as JobInsights::rows() gives them for `period`; `grouping` names the first column.
    void setRows(const QList<InsightsRow> &rows, InsightsGrouping grouping,
                 const InsightsPeriod &period);
    const InsightsRow &rowAt(int row) const { return m_rows.at(row); }

private:
    QVariant displayData(const InsightsRow &row, int column) const;
    QVariant sortData(const InsightsRow &row, int column) const;
    QString trendText(const InsightsRow &row) const;
    void replaceRow(int at, const InsightsRow &row);

    QList<InsightsRow> m_rows;
    InsightsGrouping m_grouping = InsightsGrouping::Action;
    // The day the trends begin with.
    QDate m_firstDay;
};
