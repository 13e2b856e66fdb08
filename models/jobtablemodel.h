#pragma once

#include "job.h"
#include "jobset.h"
#include "timeformat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

// The jobs of one server (one account) as rows in arrival order; sorting and filtering belong to
// proxies, showing several accounts at once to MergedJobModel.
// applyChanges() updates it incrementally: rows are inserted and removed in ranges and
// dataChanged is emitted only for the cells that changed, so selection, current index and
// scroll position survive every poll. It never resets.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    // Account tells the accounts apart where several are shown at once.
    enum Column { Status, Action, Module, Started, Finished, Duration, Id, Account, ColumnCount };
    enum Role {
        // A value that sorts correctly for the column: an enum order, a time, a number.
        SortRole = Qt::UserRole + 1,
    };

    explicit JobTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void applyChanges(const JobChanges &changes);
    const Job &jobAt(int row) const { return m_jobs.at(row); }
    // rowCount() without the call through the model's interface, for loops over every row.
    int jobCount() const { return static_cast<int>(m_jobs.size()); }
    int rowOfJob(const QString &id) const { return m_rowById.value(id, -1); }

    // Orders two jobs by `column` as SortRole does, without building QVariants: what a sorting
    // proxy over 100,000 rows can afford. Negative, zero or positive. Every job of a table has
    // the same account, so by Account all compare equal.
    int compareJobs(const Job &a, const Job &b, int column) const;

    // The account's name, for the Account column.
    void setAccountName(const QString &name);
    QString accountName() const { return m_accountName; }

    // Start and end times in local time (the default) or UTC.
    void setTimeZone(TimeFormat::Zone zone);
    // Running jobs show their duration up to this time; the owner advances it (clock injection).
    // Only their Duration cells change.
    void setCurrentTime(const QDateTime &now);
    // Whether a shown duration moves on with the time: a job runs, and has not ended.
    bool hasRunningJobs() const { return !m_runningIds.isEmpty(); }

private:
    QVariant displayData(const Job &job, int column) const;
    QVariant sortData(const Job &job, int column) const;
    qint64 numericSortKey(const Job &job, int column) const;
    qint64 durationSeconds(const Job &job) const;
    void removeJobs(const QStringList &ids);
    void rebuildIndex();

    QList<Job> m_jobs;
    QHash<QString, int> m_rowById;
    // The jobs whose duration counts up: setCurrentTime() touches these rows only.
    QSet<QString> m_runningIds;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    TimeFormat::Zone m_zone = TimeFormat::Zone::Local;
    QString m_accountName;
    QIcon m_statusIcons[static_cast<int>(JobStatus::Unreadable) + 1];
};
