#include "resultexport.h"

#include "jobjson.h"
#include "jobresultmodel.h"
#include "servertext.h"

#include <QJsonDocument>

namespace {

QString csvCell(const QString &text)
{
    QString field = ServerText::spreadsheetCell(text);
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r')) {
        field.replace(QLatin1Char('"'), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString tabSeparatedCell(const QString &text)
{
    QString field = ServerText::spreadsheetCell(text);
    for (const QChar separator : { u'\t', u'\n', u'\r' })
        field.replace(separator, QLatin1Char(' '));
    return field;
}

QStringList cellsOf(const EntityResult &result)
{
    return { result.id, result.status, result.message };
}

} // namespace

namespace ResultExport {

QList<EntityResult> chosen(const QList<EntityResult> &results, bool errorsOnly)
{
    if (!errorsOnly)
        return results;
    QList<EntityResult> failed;
    std::copy_if(results.cbegin(), results.cend(), std::back_inserter(failed),
                 &JobResultModel::isError);
    return failed;
}

QString csvRow(const QStringList &cells)
{
    QStringList fields;
    for (const QString &cell : cells)
        fields.append(csvCell(cell));
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString tabSeparatedRow(const QStringList &cells)
{
    QStringList fields;
    for (const QString &cell : cells)
        fields.append(tabSeparatedCell(cell));
    return fields.join(QLatin1Char('\t'));
}

QByteArray csv(const QList<EntityResult> &results)
{
    QString out = QStringLiteral("Entity ID,Result,Message\r\n");
    for (const EntityResult &result : results)
        out += csvRow(cellsOf(result));
    return out.toUtf8();
}

QByteArray json(const Job &job, const QList<EntityResult> &results)
{
    Job exported = job;
    exported.details = JobDetails { job.details ? job.details->entity : QString(), results };
    return QJsonDocument(JobJson::encodeJob(exported)).toJson(QJsonDocument::Indented);
}

QString tabSeparated(const QList<EntityResult> &results)
{
    // One line per result, one cell per field.
    QStringList lines;
    for (const EntityResult &result : results)
        lines.append(tabSeparatedRow(cellsOf(result)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ResultExport
