#include "platform/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Settings::ColorScheme)

namespace {

QDateTime pastedAt()
{
    return QDateTime(QDate(2026, 11, 30), QTime(11, 4), Qt::UTC);
}

// What an earlier version left in the settings file, name by name, for the preferences below.
const QList<std::pair<QString, QVariant>> &storedByAnEarlierVersion()
{
    static const QList<std::pair<QString, QVariant>> stored {
        { QStringLiteral("polling/activeMs"), qint64(7000) },
        { QStringLiteral("polling/idleMs"), qint64(45000) },
        { QStringLiteral("polling/fullMs"), qint64(1200000) },
        { QStringLiteral("notifications/completed"), false },
        { QStringLiteral("notifications/warning"), true },
        { QStringLiteral("notifications/error"), true },
        { QStringLiteral("notifications/mutedModules"),
          QStringList { QStringLiteral("Automation") } },
        { QStringLiteral("notifications/mutedActions"),
          QStringList { QStringLiteral("Bulk User Creation"), QStringLiteral("Group Sync") } },
        { QStringLiteral("notifications/doNotDisturb"), true },
        { QStringLiteral("notifications/stuck"), false },
        { QStringLiteral("notifications/stuckFactor"), 5 },
        { QStringLiteral("notifications/stuckMinimumMinutes"), qint64(30) },
        { QStringLiteral("notifications/accountProblems"), false },
        { QStringLiteral("notifications/unreachableMinutes"), qint64(25) },
        { QStringLiteral("lastAccount"), QStringLiteral("6f1c2e4a-account") },
        { QStringLiteral("tray/closeHintShown"), true },
        { QStringLiteral("appearance"), QStringLiteral("dark") },
        { QStringLiteral("filters/statuses"),
          QStringList { QStringLiteral("ERROR"), QStringLiteral("WARNING") } },
        { QStringLiteral("filters/module"), QStringLiteral("Management") },
        { QStringLiteral("filters/action"), QString() },
        { QStringLiteral("filters/period"), 2 },
        { QStringLiteral("filters/text"), QString() },
        { QStringLiteral("filters/advanced"), QStringLiteral(R"(module eq "Management")") },
        { QStringLiteral("filterPresets/size"), 2 },
        { QStringLiteral("filterPresets/1/name"), QStringLiteral("Failures") },
        { QStringLiteral("filterPresets/1/statuses"), QStringList { QStringLiteral("ERROR") } },
        { QStringLiteral("filterPresets/1/module"), QString() },
        { QStringLiteral("filterPresets/1/action"), QString() },
        { QStringLiteral("filterPresets/1/period"), 0 },
        { QStringLiteral("filterPresets/1/text"), QString() },
        { QStringLiteral("filterPresets/1/advanced"), QString() },
        { QStringLiteral("filterPresets/2/name"), QStringLiteral("Lab this week") },
        { QStringLiteral("filterPresets/2/statuses"), QStringList() },
        { QStringLiteral("filterPresets/2/module"), QString() },
        { QStringLiteral("filterPresets/2/action"), QStringLiteral("Bulk User Creation") },
        { QStringLiteral("filterPresets/2/period"), 3 },
        { QStringLiteral("filterPresets/2/text"), QStringLiteral("lab") },
        { QStringLiteral("filterPresets/2/advanced"), QString() },
        { QStringLiteral("mainWindow/geometry"), QByteArray("geometry bytes") },
        { QStringLiteral("mainWindow/state"), QByteArray("toolbar bytes") },
        { QStringLiteral("mainWindow/splitter"), QByteArray("splitter bytes") },
        { QStringLiteral("mainWindow/jobColumns"), QByteArray("one account's columns") },
        { QStringLiteral("mainWindow/allAccountsJobColumns"), QByteArray("all accounts' columns") },
        { QStringLiteral("accessTokens/6f1c2e4a-account/pastedAt"), pastedAt() },
        { QStringLiteral("accessTokens/6f1c2e4a-account/lifetimeSeconds"), qint64(1800) },
    };
    return stored;
}

// The same preferences as the app reads them.
JobSync::Intervals intervals()
{
    return { 7s, 45s, 20min };
}

NotificationRules rules()
{
    NotificationRules rules;
    rules.completed = false;
    rules.mutedModules = QStringList { QStringLiteral("Automation") };
    rules.mutedActions
        = QStringList { QStringLiteral("Bulk User Creation"), QStringLiteral("Group Sync") };
    rules.doNotDisturb = true;
    rules.stuck = false;
    rules.stuckFactor = 5;
    rules.stuckMinimum = 30min;
    rules.accountProblems = false;
    rules.unreachableAfter = 25min;
    return rules;
}

JobFilters filters()
{
    JobFilters filters;
    filters.statuses = QStringList { QStringLiteral("ERROR"), QStringLiteral("WARNING") };
    filters.module = QStringLiteral("Management");
    filters.period = 2;
    filters.advanced = QStringLiteral(R"(module eq "Management")");
    return filters;
}

QList<FilterPreset> presets()
{
    FilterPreset failures { QStringLiteral("Failures"), {} };
    failures.filters.statuses = QStringList { QStringLiteral("ERROR") };
    FilterPreset lab { QStringLiteral("Lab this week"), {} };
    lab.filters.action = QStringLiteral("Bulk User Creation");
    lab.filters.period = 3;
    lab.filters.text = QStringLiteral("lab");
    return { failures, lab };
}

Settings::WindowLayout windowLayout(bool allAccounts)
{
    return { "geometry bytes", "toolbar bytes", "splitter bytes",
             allAccounts ? "all accounts' columns" : "one account's columns" };
}

bool operator==(const Settings::WindowLayout &left, const Settings::WindowLayout &right)
{
    return left.geometry == right.geometry && left.state == right.state
        && left.splitter == right.splitter && left.columns == right.columns;
}

} // namespace

// Every name the app keeps in the settings: what an admin set with an earlier version must
// still be read, and what this version writes must be found under the same names.
class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void readsWhatAnEarlierVersionWrote();
    void writesUnderTheNamesAnEarlierVersionRead();
    void colorSchemes_data();
    void colorSchemes();
    void pollIntervalsKeepTheirFloorAndDefaults();
    void accountProblemsAreToldByDefaultAfterTenMinutes();
    void aPastedTokenLivesZohosHourUnlessAnAnswerSaidOtherwise();

private:
    QTemporaryDir m_settings;
};

void TestSettings::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestSettings::cleanup()
{
    QSettings().clear();
}

void TestSettings::readsWhatAnEarlierVersionWrote()
{
    QSettings stored;
    for (const auto &[name, value] : storedByAnEarlierVersion())
        stored.setValue(name, value);
    stored.sync();

    const JobSync::Intervals read = Settings::pollIntervals();
    QCOMPARE(read.hot, intervals().hot);
    QCOMPARE(read.idle, intervals().idle);
    QCOMPARE(read.full, intervals().full);
    QVERIFY(Settings::notificationRules() == rules());
    QCOMPARE(Settings::lastAccount(), QStringLiteral("6f1c2e4a-account"));
    QVERIFY(Settings::closeHintShown());
    QCOMPARE(Settings::colorScheme(), Settings::ColorScheme::Dark);
    QVERIFY(Settings::lastFilters() == filters());
    const QList<FilterPreset> readPresets = Settings::filterPresets();
    QCOMPARE(readPresets.size(), presets().size());
    for (qsizetype i = 0; i < readPresets.size(); ++i) {
        QCOMPARE(readPresets.at(i).name, presets().at(i).name);
        QVERIFY(readPresets.at(i).filters == presets().at(i).filters);
    }
    QVERIFY(Settings::windowLayout(false) == windowLayout(false));
    QVERIFY(Settings::windowLayout(true) == windowLayout(true));
    const Settings::PastedToken pasted = Settings::pastedToken(QStringLiteral("6f1c2e4a-account"));
    QCOMPARE(pasted.pastedAt, pastedAt());
    QCOMPARE(pasted.lifetime, 30min);
}

void TestSettings::writesUnderTheNamesAnEarlierVersionRead()
{
    Settings::setPollIntervals(intervals());
    Settings::setNotificationRules(rules());
    Settings::setLastAccount(QStringLiteral("6f1c2e4a-account"));
    Settings::markCloseHintShown();
    Settings::setColorScheme(Settings::ColorScheme::Dark);
    Settings::setLastFilters(filters());
    Settings::setFilterPresets(presets());
    Settings::setWindowLayout(false, windowLayout(false));
    Settings::setWindowLayout(true, windowLayout(true));
    Settings::setTokenPasted(QStringLiteral("6f1c2e4a-account"), pastedAt());
    Settings::setTokenLifetime(QStringLiteral("6f1c2e4a-account"), 30min);

    const QSettings stored;
    for (const auto &[name, value] : storedByAnEarlierVersion())
        QCOMPARE(stored.value(name), value);
    // What this version adds (earlier ones read it as its default, on).
    QCOMPARE(stored.value(QStringLiteral("notifications/failureSpikes")), QVariant(true));
    // And under no other name.
    QCOMPARE(stored.allKeys().size(), storedByAnEarlierVersion().size() + 1);
}

void TestSettings::colorSchemes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<Settings::ColorScheme>("scheme");
    QTest::newRow("system") << QStringLiteral("system") << Settings::ColorScheme::System;
    QTest::newRow("light") << QStringLiteral("light") << Settings::ColorScheme::Light;
    QTest::newRow("dark") << QStringLiteral("dark") << Settings::ColorScheme::Dark;
    QTest::newRow("never chosen") << QString() << Settings::ColorScheme::System;
    QTest::newRow("unknown") << QStringLiteral("sepia") << Settings::ColorScheme::System;
}

void TestSettings::colorSchemes()
{
    QFETCH(QString, stored);
    QFETCH(Settings::ColorScheme, scheme);
    if (!stored.isNull())
        QSettings().setValue(QStringLiteral("appearance"), stored);
    QCOMPARE(Settings::colorScheme(), scheme);
}

void TestSettings::pollIntervalsKeepTheirFloorAndDefaults()
{
    QSettings stored;
    stored.setValue(QStringLiteral("polling/activeMs"), qint64(10));
    stored.setValue(QStringLiteral("polling/idleMs"), QStringLiteral("often"));
    const JobSync::Intervals read = Settings::pollIntervals();
    QCOMPARE(read.hot, JobSync::minimumIntervals.hot);
    QCOMPARE(read.idle, JobSync::Intervals().idle);
    QCOMPARE(read.full, JobSync::Intervals().full);
}

// Never set: an account that stops being watched is told, a server after ten minutes without an
// answer; a threshold out of bounds is brought back within them.
void TestSettings::accountProblemsAreToldByDefaultAfterTenMinutes()
{
    QVERIFY(Settings::notificationRules().accountProblems);
    QCOMPARE(Settings::notificationRules().unreachableAfter, 10min);
    QSettings().setValue(QStringLiteral("notifications/unreachableMinutes"), qint64(0));
    QCOMPARE(Settings::notificationRules().unreachableAfter, 1min);
    QSettings().setValue(QStringLiteral("notifications/unreachableMinutes"), qint64(100000));
    QCOMPARE(Settings::notificationRules().unreachableAfter, 24h);
}

void TestSettings::aPastedTokenLivesZohosHourUnlessAnAnswerSaidOtherwise()
{
    const QString id = QStringLiteral("6f1c2e4a-account");
    QVERIFY(!Settings::pastedToken(id).pastedAt.isValid());
    Settings::setTokenPasted(id, pastedAt());
    QCOMPARE(Settings::pastedToken(id).pastedAt, pastedAt());
    QCOMPARE(Settings::pastedToken(id).lifetime, 1h);
    QSettings().setValue(QStringLiteral("accessTokens/6f1c2e4a-account/lifetimeSeconds"), 0);
    QCOMPARE(Settings::pastedToken(id).lifetime, 1h);
    Settings::setTokenLifetime(id, 600s);
    QCOMPARE(Settings::pastedToken(id).lifetime, 10min);
    QVERIFY(!Settings::pastedToken(QStringLiteral("another")).pastedAt.isValid());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
