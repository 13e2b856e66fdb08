#include "timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace TimeFormat {

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return QCoreApplication::translate("TimeFormat", "%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("TimeFormat", "%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return QCoreApplication::translate("TimeFormat", "%1 min %2 s").arg(minutes).arg(secs);
    return QCoreApplication::translate("TimeFormat", "%1 s").arg(secs);
}

QString localDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace TimeFormat
