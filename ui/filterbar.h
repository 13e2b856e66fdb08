#pragma once

#include "job.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class JobFilterProxyModel;
class JobSync;
class QComboBox;
class QSettings;
class QLineEdit;
class QToolButton;

// Status chips with live counts, module and time pickers and a text search over the job table.
// It only sets the proxy's filters and shows its counts; the rules live in JobFilterProxyModel.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    FilterBar(JobFilterProxyModel *proxy, JobSync *sync, QWidget *parent = nullptr);

    // Ctrl+F lands here; Esc in it clears it.
    QLineEdit *searchField() const { return m_search; }
    void clearFilters();
    // Chips, module and period; a search is for the moment and is not kept.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

private:
    void applyStatuses();
    void applyStartRange();
    void refreshCounts();
    void refreshModules();
    bool eventFilter(QObject *watched, QEvent *event) override;

    JobFilterProxyModel *m_proxy;
    JobSync *m_sync;
    QHash<JobStatus, QToolButton *> m_chips;
    QComboBox *m_module;
    QComboBox *m_period;
    QLineEdit *m_search;
    QToolButton *m_clear;
    // Counting 100,000 jobs costs milliseconds: once per burst of changes, not per row.
    QTimer m_recount;
};
