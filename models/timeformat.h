#pragma once

#include <QDateTime>
#include <QString>

namespace TimeFormat {

enum class Zone { Local, Utc };
// The smallest unit relative() speaks in: below ten seconds, or below a minute, "just now".
enum class Unit { Second, Minute };

// "45 s", "2 min 13 s", "1 h 5 min", "3 d 4 h": two units at most, the way people read them.
QString duration(qint64 seconds);
// A point in time in the user's locale, short form, in local time or in UTC (then marked so).
QString dateTime(const QDateTime &time, Zone zone = Zone::Local);
// A moment as a clock says it, in the user's locale, short form, in local time: "11:02" on the
// day `now` is in, with its date on another day.
QString clockTime(const QDateTime &time, const QDateTime &now);
// "just now", "45 s ago", "3 min ago", "2 h ago", "4 d ago"; "in 2 min" for the future.
QString relative(const QDateTime &time, const QDateTime &now, Unit smallest = Unit::Second);
// The first moment after `now` at which relative() says something else of `time`, so that a
// text is said again only when it changes: "just now" turns "1 min ago" a minute after `time`,
// "3 min ago" turns "4 min ago" at the next whole minute. For a time in the future, a second on.
QDateTime relativeChangesAt(const QDateTime &time, const QDateTime &now,
                            Unit smallest = Unit::Second);

} // namespace TimeFormat
