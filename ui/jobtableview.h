#pragma once

#include "mergedjobmodel.h"

#include <QTableView>

class JobFilterProxyModel;

// The jobs as the admin reads them: `jobs` sorted and filtered by `proxy`, newest first, whole
// rows selected; each column as wide as what it usually shows, the Account column only where
// several accounts are shown; a header menu to hide and show columns, and their layout kept
// apart for one account and for all. Its context menu holds the actions added to it.
class JobTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableView)

public:
    // `proxy` must already filter `jobs`, whose tables are all added.
    JobTableView(MergedJobModel *jobs, JobFilterProxyModel *proxy, QWidget *parent = nullptr);

    // The job in the current row; none (no table) when there is no current row.
    MergedJobModel::Location currentJob() const;
    QList<MergedJobModel::Location> selectedJobs() const;
    // Whether the filters let `job` show.
    bool shows(const MergedJobModel::Location &job) const;
    // Makes `job` the current and only selected row, scrolled into view.
    void select(const MergedJobModel::Location &job);

    // The columns' order, widths, hidden ones and the sort, as Qt saves them.
    QByteArray columnsState() const;
    void restoreColumns(const QByteArray &state);

signals:
    // Another job is current, or the current one became readable or unreadable.
    void currentJobChanged();
    // The selection changed, or a job's status did.
    void selectedJobsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool showsSeveral() const { return m_jobs->tables().size() > 1; }
    QModelIndex indexOf(const MergedJobModel::Location &job) const;
    void fitColumns();
    void showJobMenu(const QPoint &position);
    void showColumnMenu(const QPoint &position);

    MergedJobModel *m_jobs;
    JobFilterProxyModel *m_proxy;
};
