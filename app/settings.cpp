#include "settings.h"

#include <QSettings>

namespace {

const QString hotKey = QStringLiteral("polling/activeMs");
const QString idleKey = QStringLiteral("polling/idleMs");
const QString fullKey = QStringLiteral("polling/fullMs");

std::chrono::milliseconds read(const QSettings &settings, const QString &key,
                               std::chrono::milliseconds fallback,
                               std::chrono::milliseconds minimum)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok ? std::max(std::chrono::milliseconds(value), minimum) : fallback;
}

} // namespace

namespace Settings {

JobSync::Intervals pollIntervals()
{
    const QSettings settings;
    const JobSync::Intervals defaults;
    const JobSync::Intervals &minimum = JobSync::minimumIntervals;
    return { read(settings, hotKey, defaults.hot, minimum.hot),
             read(settings, idleKey, defaults.idle, minimum.idle),
             read(settings, fullKey, defaults.full, minimum.full) };
}

void setPollIntervals(const JobSync::Intervals &intervals)
{
    QSettings settings;
    settings.setValue(hotKey, qint64(intervals.hot.count()));
    settings.setValue(idleKey, qint64(intervals.idle.count()));
    settings.setValue(fullKey, qint64(intervals.full.count()));
}

} // namespace Settings
