#include "deletionhistorymodel.h"

#include "timeformat.h"

DeletionHistoryModel::DeletionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeletionHistoryModel::setAttempts(const QList<DeletionEntry> &attempts)
{
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

int DeletionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int DeletionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeletionEntry &attempt = m_attempts.at(index.row());
    const auto shownTime = [role](const QDateTime &time) -> QVariant {
        if (role == SortRole)
            return time;
        return time.isValid() ? TimeFormat::dateTime(time) : QString();
    };
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return shownTime(attempt.time);
    case Outcome:
        return DeletionHistory::outcomeText(attempt);
    case JobId:
        return attempt.jobId;
    case Action:
        return attempt.actionName;
    case Module:
        return attempt.module;
    case Status:
        return attempt.status;
    case Started:
        return shownTime(attempt.startTime);
    case Ended:
        return shownTime(attempt.endTime);
    case Account:
        return attempt.accountName;
    case ApiHost:
        return attempt.apiHost;
    case OsUser:
        return attempt.osUser;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeletionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Outcome:
        return tr("Outcome");
    case JobId:
        return tr("Job ID");
    case Action:
        return tr("Action");
    case Module:
        return tr("Module");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case Account:
        return tr("Account");
    case ApiHost:
        return tr("API host");
    case OsUser:
        return tr("User");
    case ColumnCount:
        break;
    }
    return {};
}
