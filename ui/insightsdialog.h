#pragma once

#include "jobinsights.h"

#include <QDialog>
#include <QTimer>

class Clock;
class InsightsTableModel;
class MergedJobModel;
class QComboBox;
class QSortFilterProxyModel;
class QTableView;

// The jobs an Insights row (or one day's bar of it) stands for: what the job table is to show.
struct InsightsSelection
{
    InsightsGrouping grouping = InsightsGrouping::Action;
    QString name;
    // Start times from `from` up to `to`, inclusive; no `to` for a row's whole period.
    QDateTime from;
    QDateTime to;
    // The range in words, for the filter bar's period picker: "Since 1 Nov 2026", "On 7 Apr 2025".
    QString rangeText;
};

// View → Insights: per action or per module, over the last 7, 30 or 90 days, the numbers of
// JobInsights in a sortable table with a bar chart of runs and failures by day in each row.
// A window of its own beside the main one, not modal, so that the job table it filters stays in
// view. It recomputes whenever the jobs change while it is shown (once per burst of changes).
class InsightsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsDialog)

public:
    // `jobs` and `clock` must outlive the dialog; `clock` says what "today" is.
    InsightsDialog(const MergedJobModel *jobs, const Clock &clock, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

signals:
    // A row or a day's bar was clicked.
    void jobsRequested(const InsightsSelection &selection);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int periodDays() const;
    InsightsGrouping grouping() const;
    void recompute();
    void scheduleRecompute();
    void requestJobsAt(const QPoint &position);

    const MergedJobModel *m_jobs;
    const Clock &m_clock;
    QComboBox *m_period;
    QComboBox *m_grouping;
    InsightsTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    // The period the table shows, for the days its bars stand for.
    InsightsPeriod m_shownPeriod;
    QTimer m_recompute;
};
