#pragma once

#include "deletionhistorymodel.h"

#include <QDialog>
#include <QSortFilterProxyModel>

class DeletionLog;
class QLineEdit;
class QTableView;

// Job → Deletion History…: the deletion audit trail as read when opened, one row per attempt,
// newest first, searchable in every column and sortable; what is shown can be exported as CSV
// or JSON (DeletionHistory::csv/json).
class DeletionHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionHistoryDialog)

public:
    explicit DeletionHistoryDialog(const DeletionLog &log, QWidget *parent = nullptr);

private:
    // The attempts shown, in the order shown.
    QList<DeletionEntry> shownAttempts() const;
    void exportShown(bool json);

    DeletionHistoryModel m_model;
    QSortFilterProxyModel m_shown;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};
