#pragma once

#include "job.h"
#include "platform/settings.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class AdvancedFilter;
class JobFilterProxyModel;
class MergedJobModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// Status chips with live counts, module, action and time pickers, a text search, the
// "Advanced" SCIM filter and saved presets over the job table. It only sets the proxy's filters
// and shows its counts; the rules live in JobFilterProxyModel and AdvancedFilter.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    // `proxy` filters `jobs`; the pickers offer the modules and actions of `jobs`.
    FilterBar(const MergedJobModel *jobs, JobFilterProxyModel *proxy, AdvancedFilter *advanced,
              QWidget *parent = nullptr);

    // Ctrl+F lands here; Esc in it clears it.
    QLineEdit *searchField() const { return m_search; }
    void clearFilters();
    // Jobs started from `from` to `to` (inclusive), offered in the period picker as `text` until
    // another such range replaces it. Like the search it is for the moment: it is not kept.
    void showStartedBetween(const QDateTime &from, const QDateTime &to, const QString &text);
    JobFilters filters() const;
    void setFilters(const JobFilters &filters);
    // The filters but the search, which is for the moment and is not kept.
    void saveSettings() const;
    void restoreSettings();

private:
    void applyStatuses();
    void applyStartRange();
    void applyAdvanced();
    void checkAdvanced();
    void showAdvancedState();
    void refreshCounts();
    void refreshPickers();
    void showPresetMenu();
    void savePreset();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    const MergedJobModel *m_jobs;
    JobFilterProxyModel *m_proxy;
    AdvancedFilter *m_advanced;
    QHash<JobStatus, QToolButton *> m_chips;
    QComboBox *m_module;
    QComboBox *m_action;
    QComboBox *m_period;
    QLineEdit *m_search;
    QToolButton *m_advancedToggle;
    QToolButton *m_presets;
    QToolButton *m_clear;
    QWidget *m_advancedRow;
    QLineEdit *m_advancedField;
    QToolButton *m_advancedApply;
    QLabel *m_advancedStatus;
    // Counting 100,000 jobs costs milliseconds: once per burst of changes, not per row, and
    // not while the bar is hidden (the window in the tray): then once it is shown again.
    QTimer m_recount;
    QTimer m_repick;
    bool m_countsStale = false;
    bool m_pickersStale = false;
};
