#include "resultexport.h"

#include "jobjson.h"
#include "servertext.h"

#include <QJsonDocument>

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray field = ServerText::spreadsheetCell(text).toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')
        || field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

} // namespace

namespace ResultExport {

QByteArray csv(const QList<EntityResult> &results)
{
    QByteArray out = "Entity ID,Result,Message\r\n";
    for (const EntityResult &result : results)
        out += csvField(result.id) + ',' + csvField(result.status) + ',' + csvField(result.message)
            + "\r\n";
    return out;
}

QByteArray json(const Job &job, const QList<EntityResult> &results)
{
    Job exported = job;
    exported.details = JobDetails { job.details ? job.details->entity : QString(), results };
    return QJsonDocument(JobJson::encodeJob(exported)).toJson(QJsonDocument::Indented);
}

QString tabSeparated(const QList<EntityResult> &results)
{
    // One line per result, one cell per field: what would split them becomes a space.
    const auto cell = [](const QString &text) {
        QString field = ServerText::spreadsheetCell(text);
        for (const QChar separator : { u'\t', u'\n', u'\r' })
            field.replace(separator, QLatin1Char(' '));
        return field;
    };
    QStringList lines;
    for (const EntityResult &result : results)
        lines.append(cell(result.id) + QLatin1Char('\t') + cell(result.status) + QLatin1Char('\t')
                     + cell(result.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ResultExport
