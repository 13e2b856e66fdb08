#pragma once

#include <QAbstractTableModel>
#include <QList>

class JobTableModel;
struct Job;

// Job tables one after another as one table: what the window shows, whether one account's jobs
// (a single table) or every account's at once (the Account column tells them apart). The rows
// stay in their tables; nothing is copied, and each table's incremental changes pass through as
// the same small changes, shifted to where the table's rows sit. An index costs no more than one
// of a plain table: sorting 100,000 rows asks for millions of them.
class MergedJobModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergedJobModel)

public:
    struct Location
    {
        const JobTableModel *table = nullptr;
        int row = -1;
    };

    explicit MergedJobModel(QObject *parent = nullptr);

    // Appends the rows of `table`, which must outlive this model.
    void addTable(JobTableModel *table);
    const QList<JobTableModel *> &tables() const { return m_tables; }

    // Without asking every table for its rows: sorting and filtering ask for millions of indexes.
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Which table holds merged `row`, and where in it.
    Location locate(int row) const;
    // Where the rows of `table` begin.
    int offsetOf(const JobTableModel *table) const;
    const Job &jobAt(int row) const;
    // Orders two merged rows by `column` as the tables' SortRole does, cheaply (see
    // JobTableModel::compareJobs); by Account, the accounts' names.
    int compareRows(int left, int right, int column) const;

private:
    QList<JobTableModel *> m_tables;
    // The tables' rows together, as of their last insert or removal.
    int m_rows = 0;
};
