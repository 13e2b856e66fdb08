#pragma once

#include "job.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

class JobTableModel;

// What the filter bar asks of the job table: statuses, module, action, free text (over action,
// module and id), a start-time range, a set of ids. Sorts stably on every column by the raw
// SortRole, ties broken by id, so equal rows never swap places between polls.
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
    // Only these jobs (the server's answer to an advanced filter); nullopt: any.
    void setIds(const std::optional<QSet<QString>> &ids);
    void clearFilters();
    bool hasFilters() const;

    // How many jobs of each status pass every filter but the status one: what the status
    // chips show, so that choosing a status never hides how many the others have.
    QHash<JobStatus, int> statusCounts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool passesAllButStatus(const Job &job) const;

    const JobTableModel *m_jobs = nullptr;
    QSet<JobStatus> m_statuses;
    QString m_module;
    QString m_action;
    QString m_text;
    QDateTime m_from;
    QDateTime m_to;
    std::optional<QSet<QString>> m_ids;
};
