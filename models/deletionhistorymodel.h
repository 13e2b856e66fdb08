#pragma once

#include "deletionentry.h"

#include <QAbstractTableModel>

// The deletion audit trail as a table: one row per attempt (DeletionHistory::attempts), in the
// order given. The log is read whole when the history is opened, never polled.
class DeletionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionHistoryModel)

public:
    enum Column {
        Time,
        Outcome,
        JobId,
        Action,
        Module,
        Status,
        Started,
        Ended,
        Account,
        ApiHost,
        OsUser,
        ColumnCount
    };
    // The raw value a column sorts by: times as QDateTime, the rest as text.
    static constexpr int SortRole = Qt::UserRole;

    explicit DeletionHistoryModel(QObject *parent = nullptr);

    void setAttempts(const QList<DeletionEntry> &attempts);
    const DeletionEntry &attempt(int row) const { return m_attempts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DeletionEntry> m_attempts;
};
