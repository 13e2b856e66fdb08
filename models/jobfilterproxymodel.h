#pragma once

#include "job.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

class JobTableModel;
class MergedJobModel;

// Per job table (per account), the ids of its jobs to show; a table not listed shows all.
using JobIdsByTable = QHash<const JobTableModel *, QSet<QString>>;

// What the filter bar asks of the jobs (a MergedJobModel): statuses, module, action, free text
// (over action, module and id, and the account where there are several), a start-time range, the
// ids a server matched. Sorts stably on every column by the raw SortRole, ties broken by id and
// account, so equal rows never swap places between polls.
class JobFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxyModel)

public:
    explicit JobFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Empty: every status.
    void setStatuses(const QSet<JobStatus> &statuses);
    // Empty: any. Compared case-insensitively, whole text.
    void setModule(const QString &module);
    void setAction(const QString &action);
    void setText(const QString &text);
    // Invalid ends are open.
    void setStartRange(const QDateTime &from, const QDateTime &to);
    // Only these jobs (the servers' answers to an advanced filter); empty: any.
    void setIds(const JobIdsByTable &ids);
    void clearFilters();
    bool hasFilters() const;

    // How many jobs of each status pass every filter but the status one: what the status
    // chips show, so that choosing a status never hides how many the others have.
    QHash<JobStatus, int> statusCounts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool passesAllButStatus(const Job &job, const JobTableModel *table) const;
    bool lessThanRows(int left, int right, int column) const;
    // A filter changed: what passes is found and sorted again.
    void refilter();
    void rankAllRows();
    void forgetRanks();

    // Each source row's place among all rows sorted by m_rankedColumn (ascending). A filter
    // change then sorts what passes by comparing two numbers, not two jobs: most of a
    // keystroke's cost at 100,000 jobs. Forgotten, before the proxy hears of it, whenever the
    // jobs change in a way that could move a row.
    QList<int> m_ranks;
    int m_rankedColumn = -1;

    const MergedJobModel *m_jobs = nullptr;
    QSet<JobStatus> m_statuses;
    QString m_module;
    QString m_action;
    QString m_text;
    QDateTime m_from;
    QDateTime m_to;
    JobIdsByTable m_ids;
};
