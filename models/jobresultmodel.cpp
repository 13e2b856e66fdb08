#include "jobresultmodel.h"

#include "servertext.h"
#include "textmatch.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>

JobResultModel::JobResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int JobResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int JobResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JobResultModel::isError(const EntityResult &result)
{
    return result.status.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) == 0
        || result.status.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0;
}

QVariant JobResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const EntityResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return ServerText::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Entity:
            return result.id;
        case Status:
            if (isError(result))
                return tr("Error", "entity result");
            if (result.status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0)
                return tr("Success", "entity result");
            return result.status;
        case Message:
            return result.message;
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        if (index.column() != Status)
            return QVariant();
        return QIcon(isError(result) ? QStringLiteral(":/icons/status-error.svg")
                                     : QStringLiteral(":/icons/status-completed.svg"));
    case IsErrorRole:
        return isError(result);
    default:
        return QVariant();
    }
}

QVariant JobResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return QVariant();
    return columnTitle(Column(section));
}

QString JobResultModel::columnTitle(Column column)
{
    switch (column) {
    case Entity:
        return tr("Entity ID");
    case Status:
        return tr("Result");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return QString();
}

void JobResultModel::Summary::add(const EntityResult &result, int direction)
{
    if (isError(result))
        failed += direction;
    else if (result.status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0)
        succeeded += direction;
    else
        other += direction;
}

JobResultModel::Summary JobResultModel::summarize(const QList<EntityResult> &results)
{
    Summary summary;
    for (const EntityResult &result : results)
        summary.add(result);
    return summary;
}

void JobResultModel::setResults(const QList<EntityResult> &results)
{
    const auto old = m_results.size();
    const bool grows = results.size() >= old
        && std::equal(m_results.cbegin(), m_results.cend(), results.cbegin());
    if (grows) {
        if (results.size() == old)
            return;
        beginInsertRows(QModelIndex(), static_cast<int>(old), static_cast<int>(results.size()) - 1);
        for (auto i = old; i < results.size(); ++i) {
            m_results.append(results.at(i));
            m_summary.add(results.at(i));
        }
        endInsertRows();
        return;
    }
    // Another job, or results rewritten: start over.
    beginResetModel();
    m_results = results;
    m_summary = summarize(m_results);
    endResetModel();
}

QString JobResultModel::summaryText() const
{
    return summaryText(m_summary);
}

QString JobResultModel::summaryText(const Summary &summary)
{
    QString text = tr("%n succeeded", nullptr, summary.succeeded) + QStringLiteral(" · ")
        + tr("%n failed", nullptr, summary.failed);
    if (summary.other > 0)
        text += QStringLiteral(" · ") + tr("%n other", nullptr, summary.other);
    return text;
}

QString JobResultModel::resultsLine(const JobDetails &details)
{
    // Said first by the notifications: their translations keep their context.
    const Summary summary = summarize(details.results);
    const int total = int(details.results.size());
    const bool users = details.entity.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0;
    const bool groups = details.entity.compare(QLatin1String("Group"), Qt::CaseInsensitive) == 0;
    if (summary.failed > 0) {
        const QString failed = QLocale().toString(summary.failed);
        if (users)
            return QCoreApplication::translate("JobNotifier", "%1 of %n user(s) failed", nullptr,
                                               total)
                .arg(failed);
        if (groups)
            return QCoreApplication::translate("JobNotifier", "%1 of %n group(s) failed", nullptr,
                                               total)
                .arg(failed);
        return QCoreApplication::translate("JobNotifier", "%1 of %n entity(ies) failed", nullptr,
                                           total)
            .arg(failed);
    }
    if (users)
        return QCoreApplication::translate("JobNotifier", "All %n user(s) succeeded", nullptr,
                                           total);
    if (groups)
        return QCoreApplication::translate("JobNotifier", "All %n group(s) succeeded", nullptr,
                                           total);
    return QCoreApplication::translate("JobNotifier", "All %n entity(ies) succeeded", nullptr,
                                       total);
}

JobResultFilterModel::JobResultFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void JobResultFilterModel::setErrorsOnly(bool errorsOnly)
{
    if (m_errorsOnly == errorsOnly)
        return;
    m_errorsOnly = errorsOnly;
    invalidateFilter();
}

void JobResultFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool JobResultFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *results = qobject_cast<const JobResultModel *>(sourceModel());
    if (!results || sourceParent.isValid())
        return false;
    const EntityResult &result = results->results().at(sourceRow);
    if (m_errorsOnly && !JobResultModel::isError(result))
        return false;
    return m_search.isEmpty() || TextMatch::containsInsensitive(result.id, m_search)
        || TextMatch::containsInsensitive(result.message, m_search);
}
