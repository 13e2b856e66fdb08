#include "platform/settings.h"

#include "platform/policy.h"

#include <QSettings>

#include <algorithm>

namespace {

// The names as earlier versions wrote them (tst_settings holds them to it): never rename one.
// Within the notification rules' group and each set of filters, the fields' names are below.
const QString hotKey = QStringLiteral("polling/activeMs");
const QString idleKey = QStringLiteral("polling/idleMs");
const QString fullKey = QStringLiteral("polling/fullMs");
const QString notificationsGroup = QStringLiteral("notifications");
const QString lastAccountKey = QStringLiteral("lastAccount");
const QString closeHintKey = QStringLiteral("tray/closeHintShown");
const QString colorSchemeKey = QStringLiteral("appearance");
const QString lastFiltersGroup = QStringLiteral("filters");
const QString presetsArray = QStringLiteral("filterPresets");
const QString presetNameKey = QStringLiteral("name");
const QString windowGroup = QStringLiteral("mainWindow");
const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("state");
const QString splitterKey = QStringLiteral("splitter");
const QString oneAccountColumnsKey = QStringLiteral("jobColumns");
const QString allAccountsColumnsKey = QStringLiteral("allAccountsJobColumns");
// Per account id: accessTokens/ID/pastedAt, accessTokens/ID/lifetimeSeconds.
const QString accessTokensGroup = QStringLiteral("accessTokens");
const QString signInScopesGroup = QStringLiteral("signInScopes");
const QString grantedScopesKey = QStringLiteral("granted");
const QString deleteRefusedKey = QStringLiteral("deleteRefused");
const QString pastedAtKey = QStringLiteral("pastedAt");
const QString lifetimeKey = QStringLiteral("lifetimeSeconds");

// As stored under colorSchemeKey, in the order of Settings::ColorScheme.
const QString colorSchemeNames[]
    = { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };

std::chrono::milliseconds read(const QSettings &settings, const QString &key,
                               std::chrono::milliseconds fallback,
                               std::chrono::milliseconds minimum)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok ? std::max(std::chrono::milliseconds(value), minimum) : fallback;
}

// The fields of a JobFilters, in the group or array entry `settings` is in.
void writeFilters(QSettings &settings, const JobFilters &filters)
{
    settings.setValue(QStringLiteral("statuses"), filters.statuses);
    settings.setValue(QStringLiteral("module"), filters.module);
    settings.setValue(QStringLiteral("action"), filters.action);
    settings.setValue(QStringLiteral("period"), filters.period);
    settings.setValue(QStringLiteral("text"), filters.text);
    settings.setValue(QStringLiteral("advanced"), filters.advanced);
}

JobFilters readFilters(const QSettings &settings)
{
    JobFilters filters;
    filters.statuses = settings.value(QStringLiteral("statuses")).toStringList();
    filters.module = settings.value(QStringLiteral("module")).toString();
    filters.action = settings.value(QStringLiteral("action")).toString();
    filters.period = settings.value(QStringLiteral("period")).toInt();
    filters.text = settings.value(QStringLiteral("text")).toString();
    filters.advanced = settings.value(QStringLiteral("advanced")).toString();
    return filters;
}

} // namespace

bool JobFilters::operator==(const JobFilters &other) const
{
    return statuses == other.statuses && module == other.module && action == other.action
        && period == other.period && text == other.text && advanced == other.advanced;
}

namespace Settings {

JobSync::Intervals pollIntervals()
{
    const JobSync::Intervals chosen = chosenPollIntervals();
    // The administrator's minimum holds for what the user chose and for the defaults alike.
    const JobSync::Intervals minimum = Policy::current().minimumIntervals();
    return { std::max(chosen.hot, minimum.hot), std::max(chosen.idle, minimum.idle),
             std::max(chosen.full, minimum.full) };
}

JobSync::Intervals chosenPollIntervals()
{
    const QSettings settings;
    const JobSync::Intervals defaults;
    const JobSync::Intervals &least = JobSync::minimumIntervals;
    return { read(settings, hotKey, defaults.hot, least.hot),
             read(settings, idleKey, defaults.idle, least.idle),
             read(settings, fullKey, defaults.full, least.full) };
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
    settings.beginGroup(notificationsGroup);
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
    rules.failureSpikes
        = settings.value(QStringLiteral("failureSpikes"), defaults.failureSpikes).toBool();
    rules.accountProblems
        = settings.value(QStringLiteral("accountProblems"), defaults.accountProblems).toBool();
    rules.unreachableAfter = std::chrono::minutes(std::clamp<qint64>(
        settings
            .value(QStringLiteral("unreachableMinutes"), qint64(defaults.unreachableAfter.count()))
            .toLongLong(),
        1, 24 * 60));
    return rules;
}

void setNotificationRules(const NotificationRules &rules)
{
    QSettings settings;
    settings.beginGroup(notificationsGroup);
    settings.setValue(QStringLiteral("completed"), rules.completed);
    settings.setValue(QStringLiteral("warning"), rules.warning);
    settings.setValue(QStringLiteral("error"), rules.error);
    settings.setValue(QStringLiteral("mutedModules"), rules.mutedModules);
    settings.setValue(QStringLiteral("mutedActions"), rules.mutedActions);
    settings.setValue(QStringLiteral("doNotDisturb"), rules.doNotDisturb);
    settings.setValue(QStringLiteral("stuck"), rules.stuck);
    settings.setValue(QStringLiteral("stuckFactor"), rules.stuckFactor);
    settings.setValue(QStringLiteral("stuckMinimumMinutes"), qint64(rules.stuckMinimum.count()));
    settings.setValue(QStringLiteral("failureSpikes"), rules.failureSpikes);
    settings.setValue(QStringLiteral("accountProblems"), rules.accountProblems);
    settings.setValue(QStringLiteral("unreachableMinutes"), qint64(rules.unreachableAfter.count()));
}

QString lastAccount()
{
    return QSettings().value(lastAccountKey).toString();
}

void setLastAccount(const QString &accountId)
{
    QSettings().setValue(lastAccountKey, accountId);
}

WindowLayout windowLayout(bool allAccounts)
{
    QSettings settings;
    settings.beginGroup(windowGroup);
    return {
        settings.value(geometryKey).toByteArray(), settings.value(windowStateKey).toByteArray(),
        settings.value(splitterKey).toByteArray(),
        settings.value(allAccounts ? allAccountsColumnsKey : oneAccountColumnsKey).toByteArray()
    };
}

void setWindowLayout(bool allAccounts, const WindowLayout &layout)
{
    QSettings settings;
    settings.beginGroup(windowGroup);
    settings.setValue(geometryKey, layout.geometry);
    settings.setValue(windowStateKey, layout.state);
    settings.setValue(splitterKey, layout.splitter);
    settings.setValue(allAccounts ? allAccountsColumnsKey : oneAccountColumnsKey, layout.columns);
}

bool closeHintShown()
{
    return QSettings().value(closeHintKey).toBool();
}

void markCloseHintShown()
{
    QSettings().setValue(closeHintKey, true);
}

ColorScheme colorScheme()
{
    const QString name = QSettings().value(colorSchemeKey).toString();
    if (name == colorSchemeNames[int(ColorScheme::Dark)])
        return ColorScheme::Dark;
    if (name == colorSchemeNames[int(ColorScheme::Light)])
        return ColorScheme::Light;
    return ColorScheme::System;
}

void setColorScheme(ColorScheme scheme)
{
    QSettings().setValue(colorSchemeKey, colorSchemeNames[int(scheme)]);
}

JobFilters lastFilters()
{
    QSettings settings;
    settings.beginGroup(lastFiltersGroup);
    return readFilters(settings);
}

void setLastFilters(const JobFilters &filters)
{
    QSettings settings;
    settings.beginGroup(lastFiltersGroup);
    writeFilters(settings, filters);
}

QList<FilterPreset> filterPresets()
{
    QSettings settings;
    QList<FilterPreset> presets;
    const int count = settings.beginReadArray(presetsArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        presets.append({ settings.value(presetNameKey).toString(), readFilters(settings) });
    }
    settings.endArray();
    return presets;
}

void setFilterPresets(const QList<FilterPreset> &presets)
{
    QSettings settings;
    settings.remove(presetsArray);
    settings.beginWriteArray(presetsArray, int(presets.size()));
    for (int i = 0; i < presets.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(presetNameKey, presets.at(i).name);
        writeFilters(settings, presets.at(i).filters);
    }
    settings.endArray();
}

PastedToken pastedToken(const QString &accountId)
{
    QSettings settings;
    settings.beginGroup(accessTokensGroup);
    settings.beginGroup(accountId);
    PastedToken pasted;
    pasted.pastedAt = settings.value(pastedAtKey).toDateTime();
    const qint64 lifetime
        = settings.value(lifetimeKey, qint64(pasted.lifetime.count())).toLongLong();
    // A token answer that said nothing sensible leaves Zoho's hour.
    if (lifetime > 0)
        pasted.lifetime = std::chrono::seconds(lifetime);
    return pasted;
}

void setTokenPasted(const QString &accountId, const QDateTime &at)
{
    QSettings settings;
    settings.beginGroup(accessTokensGroup);
    settings.beginGroup(accountId);
    settings.setValue(pastedAtKey, at);
}

void setTokenLifetime(const QString &accountId, std::chrono::seconds lifetime)
{
    QSettings settings;
    settings.beginGroup(accessTokensGroup);
    settings.beginGroup(accountId);
    settings.setValue(lifetimeKey, qint64(lifetime.count()));
}

void forgetTokenTimes(const QString &accountId)
{
    QSettings settings;
    settings.beginGroup(accessTokensGroup);
    settings.remove(accountId);
}

SignInScopes signInScopes(const QString &accountId)
{
    QSettings settings;
    // Another process (the window, a command) may have learned something since.
    settings.sync();
    settings.beginGroup(signInScopesGroup);
    settings.beginGroup(accountId);
    return { settings.value(grantedScopesKey).toString(),
             settings.value(deleteRefusedKey, false).toBool() };
}

void setSignedIn(const QString &accountId, const QString &grantedScopes)
{
    QSettings settings;
    settings.beginGroup(signInScopesGroup);
    settings.remove(accountId);
    if (!grantedScopes.isEmpty())
        settings.setValue(accountId + QLatin1Char('/') + grantedScopesKey, grantedScopes);
}

void setDeleteRefused(const QString &accountId)
{
    QSettings settings;
    settings.beginGroup(signInScopesGroup);
    settings.beginGroup(accountId);
    settings.setValue(deleteRefusedKey, true);
}

void forgetSignInScopes(const QString &accountId)
{
    QSettings settings;
    settings.beginGroup(signInScopesGroup);
    settings.remove(accountId);
}

} // namespace Settings
