#pragma once

#include "job.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The per-entity results of one job ("2000000000012 — ERROR — Email already exists").
// While a job runs its results only grow: setResults() then appends rows instead of resetting,
// so the view keeps its selection and scroll position.
class JobResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobResultModel)

public:
    enum Column { Entity, Status, Message, ColumnCount };
    enum Role { IsErrorRole = Qt::UserRole + 1 };

    struct Summary
    {
        int succeeded = 0;
        int failed = 0;
        int other = 0;

        // Counts `result` in (direction 1) or out (-1).
        void add(const EntityResult &result, int direction = 1);
    };

    explicit JobResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setResults(const QList<EntityResult> &results);
    const QList<EntityResult> &results() const { return m_results; }
    const Summary &summary() const { return m_summary; }
    // "248 succeeded · 2 failed"
    QString summaryText() const;

    static bool isError(const EntityResult &result);
    static Summary summarize(const QList<EntityResult> &results);
    static QString summaryText(const Summary &summary);
    // "2 of 250 users failed", "All 12 groups succeeded": what the results say, in a sentence.
    static QString resultsLine(const JobDetails &details);
    static QString columnTitle(Column column);

private:
    QList<EntityResult> m_results;
    Summary m_summary;
};

// Errors only, and a search over entity id and message.
class JobResultFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobResultFilterModel)

public:
    explicit JobResultFilterModel(QObject *parent = nullptr);

    void setErrorsOnly(bool errorsOnly);
    bool errorsOnly() const { return m_errorsOnly; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_errorsOnly = false;
    QString m_search;
};
