#include "fixtures/policyfile.h"
#include "platform/autostart.h"
#include "platform/settings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// What the administrator's policy sets shows locked in Settings, with the file it comes from and
// what of it was ignored; what the user may still choose is kept within it.
class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutAPolicyNothingIsLocked();
    void whatThePolicySetsIsLocked();
    void okKeepsTheUsersFasterPollUnderAFloor();

private:
    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("user")));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
}

void TestSettingsDialog::cleanup()
{
    Policy::makeCurrent(Policy());
    // OK under a policy that starts the monitor at login writes the autostart entry.
    if (Autostart::isEnabled())
        QCOMPARE(Autostart::setEnabled(false), std::nullopt);
}

void TestSettingsDialog::withoutAPolicyNothingIsLocked()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("policyNotice")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("pollMinimumLocked")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("notifyErrorLocked")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("startAtLoginLocked")));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("notifyError"))->isEnabled());
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->isEnabled());
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("pollIdle"))->minimum(), 10);
}

void TestSettingsDialog::whatThePolicySetsIsLocked()
{
    // The user had chosen faster polls and no failure notifications.
    Settings::setPollIntervals({ 2s, 15s, 5min });
    NotificationRules quiet;
    quiet.error = false;
    Settings::setNotificationRules(quiet);
    const QString file = applyPolicy(m_dir.filePath(QStringLiteral("etc")),
                                     "[General]\nminimumIdlePollSeconds=120\n"
                                     "alwaysNotifyFailures=true\nstartAtLogin=true\n"
                                     "allowDeleting=perhaps\n");

    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Where it comes from, and what of it was ignored, for the helpdesk.
    const auto *notice = dialog.findChild<QLabel *>(QStringLiteral("policyNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("Your administrator sets some of these settings in %1.\n"
                            "What the file says but cannot be obeyed was ignored (tell your "
                            "helpdesk):\n• %1: allowDeleting: 'perhaps' is neither true nor "
                            "false; ignored")
                 .arg(file));

    // The notice takes room of its own: nothing below it is squeezed.
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        for (const QLabel *label : tabs->currentWidget()->findChildren<QLabel *>()) {
            if (label->wordWrap() && label->isVisible())
                QVERIFY2(label->height() >= label->heightForWidth(label->width())
                             && label->parentWidget()->rect().contains(label->geometry()),
                         qPrintable(label->text()));
        }
    }

    auto *error = dialog.findChild<QCheckBox *>(QStringLiteral("notifyError"));
    QVERIFY(error->isChecked());
    QVERIFY(!error->isEnabled());
    QCOMPARE(error->toolTip(), QStringLiteral("Set by your administrator"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("notifyErrorLocked"))->text(),
             QStringLiteral("Set by your administrator"));
    auto *atLogin = dialog.findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
    // Test mode starts without an autostart entry: checked is the policy's doing.
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(atLogin->isChecked());
    QVERIFY(!atLogin->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("startAtLoginLocked")));
    // Other settings stay the user's.
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("notifyWarning"))->isEnabled());

    // Slower is the user's to choose, faster is not offered.
    auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("pollIdle"));
    QCOMPARE(idle->minimum(), 120);
    QCOMPARE(idle->value(), 120);
    QCOMPARE(idle->toolTip(), QStringLiteral("Set by your administrator"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("pollActive"))->value(), 2);
    // Only what the policy sets is credited to the administrator.
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("pollMinimumLocked"))->text(),
             QStringLiteral("Set by your administrator: otherwise no more often than every "
                            "120 s."));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("pollActive"))->toolTip(), QString());
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("30"));
    idle->interpretText();
    QVERIFY(idle->value() >= 120);
    idle->setValue(300);
    QCOMPARE(dialog.apply(), std::nullopt);
    QCOMPARE(Settings::pollIntervals().idle, 300s);
    // The user's own choice is kept for when the policy no longer forces failures.
    QVERIFY(!Settings::notificationRules().error);
}

void TestSettingsDialog::okKeepsTheUsersFasterPollUnderAFloor()
{
    Settings::setPollIntervals({ 2s, 15s, 5min });
    applyPolicy(m_dir.filePath(QStringLiteral("floor")),
                "[General]\nminimumActivePollSeconds=30\nminimumIdlePollSeconds=120\n");
    SettingsDialog dialog;
    auto *active = dialog.findChild<QSpinBox *>(QStringLiteral("pollActive"));
    QCOMPARE(active->value(), 30);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("pollIdle"))->value(), 120);
    // The user changes the whole list only, and a field at its floor up and back down.
    dialog.findChild<QSpinBox *>(QStringLiteral("pollFull"))->setValue(7);
    active->setValue(45);
    active->setValue(30);
    QCOMPARE(dialog.apply(), std::nullopt);
    QCOMPARE(Settings::pollIntervals().hot, 30s);
    QCOMPARE(Settings::pollIntervals().idle, 120s);
    QCOMPARE(Settings::pollIntervals().full, 7min);
    // Without the policy, the user's own choices are back: OK did not raise them to the floor.
    Policy::makeCurrent(Policy());
    QCOMPARE(Settings::pollIntervals().hot, 2s);
    QCOMPARE(Settings::pollIntervals().idle, 15s);
    QCOMPARE(Settings::pollIntervals().full, 7min);
    // A field the user moved above the floor is their new choice.
    applyPolicy(m_dir.filePath(QStringLiteral("floor")), "[General]\nminimumIdlePollSeconds=120\n");
    SettingsDialog slower;
    slower.findChild<QSpinBox *>(QStringLiteral("pollIdle"))->setValue(200);
    QCOMPARE(slower.apply(), std::nullopt);
    Policy::makeCurrent(Policy());
    QCOMPARE(Settings::pollIntervals().idle, 200s);
    QCOMPARE(Settings::pollIntervals().hot, 2s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
