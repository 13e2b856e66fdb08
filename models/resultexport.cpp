#include "resultexport.h"

#include "jobjson.h"

#include <QJsonDocument>

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
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
    QStringList lines;
    for (const EntityResult &result : results) {
        QString message = result.message;
        message.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines.append(result.id + QLatin1Char('\t') + result.status + QLatin1Char('\t') + message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ResultExport
