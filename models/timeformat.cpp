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

QString dateTime(const QDateTime &time, Zone zone)
{
    if (!time.isValid())
        return QString();
    if (zone == Zone::Utc)
        return QCoreApplication::translate("TimeFormat", "%1 UTC")
            .arg(QLocale().toString(time.toUTC(), QLocale::ShortFormat));
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString clockTime(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == now.toLocalTime().date()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : QLocale().toString(local, QLocale::ShortFormat);
}

QString relative(const QDateTime &time, const QDateTime &now, Unit smallest)
{
    if (!time.isValid())
        return QString();
    const qint64 seconds = time.secsTo(now);
    const qint64 magnitude = std::abs(seconds);
    if (magnitude < (smallest == Unit::Minute ? 60 : 10))
        return QCoreApplication::translate("TimeFormat", "just now");
    QString amount;
    if (magnitude < 60)
        amount = QCoreApplication::translate("TimeFormat", "%1 s").arg(magnitude);
    else if (magnitude < 3600)
        amount = QCoreApplication::translate("TimeFormat", "%1 min").arg(magnitude / 60);
    else if (magnitude < 86400)
        amount = QCoreApplication::translate("TimeFormat", "%1 h").arg(magnitude / 3600);
    else
        amount = QCoreApplication::translate("TimeFormat", "%1 d").arg(magnitude / 86400);
    return seconds >= 0 ? QCoreApplication::translate("TimeFormat", "%1 ago").arg(amount)
                        : QCoreApplication::translate("TimeFormat", "in %1").arg(amount);
}

QDateTime relativeChangesAt(const QDateTime &time, const QDateTime &now, Unit smallest)
{
    if (!time.isValid())
        return QDateTime();
    const qint64 seconds = time.secsTo(now);
    if (seconds < 0)
        return now.addSecs(1);
    // The next number of seconds since `time` at which relative() reads differently.
    qint64 next = 0;
    if (seconds < 10 && smallest == Unit::Second)
        next = 10;
    else if (seconds < 60)
        next = smallest == Unit::Second ? seconds + 1 : 60;
    else if (seconds < 3600)
        next = (seconds / 60 + 1) * 60;
    else if (seconds < 86400)
        next = (seconds / 3600 + 1) * 3600;
    else
        next = (seconds / 86400 + 1) * 86400;
    return time.addSecs(next);
}

} // namespace TimeFormat
