#pragma once

#include <QDateTime>
#include <QString>

namespace TimeFormat {
// "45 s", "2 min 13 s", "1 h 5 min", "3 d 4 h": two units at most, the way people read them.
QString duration(qint64 seconds);
// A point in time in the user's locale and local time zone, short form.
QString localDateTime(const QDateTime &time);
} // namespace TimeFormat
