#include "platform/settings.h"

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

NotificationRules notificationRules()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("notifications"));
    const NotificationRules defaults;
    NotificationRules rules;
    rules.completed = settings.value(QStringLiteral("completed"), defaults.completed).toBool();
    rules.warning = settings.value(QStringLiteral("warning"), defaults.warning).toBool();
    rules.error = settings.value(QStringLiteral("error"), defaults.error).toBool();
    rules.mutedModules = settings.value(QStringLiteral("mutedModules")).toStringList();
    rules.mutedActions = settings.value(QStringLiteral("mutedActions")).toStringList();
    rules.doNotDisturb
        = settings.value(QStringLiteral("doNotDisturb"), defaults.doNotDisturb).toBool();
    rules.stuck = settings.value(QStringLiteral("stuck"), defaults.stuck).toBool();
    rules.stuckFactor
        = std::max(2, settings.value(QStringLiteral("stuckFactor"), defaults.stuckFactor).toInt());
    rules.stuckMinimum = std::chrono::minutes(std::max<qint64>(
        1,
        settings.value(QStringLiteral("stuckMinimumMinutes"), qint64(defaults.stuckMinimum.count()))
            .toLongLong()));
    return rules;
}

void setNotificationRules(const NotificationRules &rules)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("notifications"));
    settings.setValue(QStringLiteral("completed"), rules.completed);
    settings.setValue(QStringLiteral("warning"), rules.warning);
    settings.setValue(QStringLiteral("error"), rules.error);
    settings.setValue(QStringLiteral("mutedModules"), rules.mutedModules);
    settings.setValue(QStringLiteral("mutedActions"), rules.mutedActions);
    settings.setValue(QStringLiteral("doNotDisturb"), rules.doNotDisturb);
    settings.setValue(QStringLiteral("stuck"), rules.stuck);
    settings.setValue(QStringLiteral("stuckFactor"), rules.stuckFactor);
    settings.setValue(QStringLiteral("stuckMinimumMinutes"), qint64(rules.stuckMinimum.count()));
}

} // namespace Settings
