#include "fixtures/notificationservice.h"
#include "fixtures/privatebus.h"
#include "notify/desktopnotifications.h"
#include "platform/desktopentry.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

namespace {

// Before QTEST_GUILESS_MAIN's application, so QtDBus only ever sees this bus.
PrivateBus privateBus;

JobNotification finished(const QString &jobId, JobStatus status, bool hasFailures)
{
    JobNotification notification;
    notification.key = QStringLiteral("finished::") + jobId;
    notification.jobId = jobId;
    notification.status = status;
    notification.summary = QStringLiteral("Bulk Disable Users: ") + jobStatusDisplayName(status);
    notification.body = QStringLiteral("2 of 250 <users> failed & 1 warned");
    notification.hasFailures = hasFailures;
    return notification;
}

QString keyOf(const QList<QVariant> &signalArguments)
{
    return signalArguments.at(0).value<JobNotification>().key;
}

} // namespace

class TestDesktopNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notifyCarriesTheJob_data();
    void notifyCarriesTheJob();
    void actionsActivateTheirJob_data();
    void actionsActivateTheirJob();
    void actionsOnOtherIdsAreIgnored();
    void withoutServiceShowFails();
    void aServiceWithoutMarkupGetsPlainText();
    void aRestartedServiceOwnsNoneOfOurIds();
};

void TestDesktopNotifications::initTestCase()
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Identity360 Job Monitor"));
}

void TestDesktopNotifications::notifyCarriesTheJob_data()
{
    QTest::addColumn<JobStatus>("status");
    QTest::addColumn<bool>("hasFailures");
    QTest::addColumn<uchar>("urgency");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("actions");

    const QStringList open { QStringLiteral("default"), QStringLiteral("Open"),
                             QStringLiteral("open"), QStringLiteral("Open") };
    const QStringList openOrFailures
        = open + QStringList { QStringLiteral("failures"), QStringLiteral("Show Failures") };
    QTest::newRow("error") << JobStatus::Error << true << uchar(2)
                           << QStringLiteral("transfer.error") << openOrFailures;
    QTest::newRow("completed") << JobStatus::Completed << false << uchar(1)
                               << QStringLiteral("transfer.complete") << open;
    QTest::newRow("warning, some failed") << JobStatus::Warning << true << uchar(1)
                                          << QStringLiteral("transfer.error") << openOrFailures;
}

void TestDesktopNotifications::notifyCarriesTheJob()
{
    QFETCH(JobStatus, status);
    QFETCH(bool, hasFailures);
    QFETCH(uchar, urgency);
    QFETCH(QString, category);
    QFETCH(QStringList, actions);

    NotificationService service;
    DesktopNotifications notifications;
    QSignalSpy failed(&notifications, &DesktopNotifications::showFailed);

    const JobNotification notification = finished(QStringLiteral("42"), status, hasFailures);
    notifications.show(notification);
    QTRY_COMPARE(service.calls().size(), 1);
    const NotifyCall &call = service.calls().constFirst();
    QCOMPARE(call.appName, QStringLiteral("Identity360 Job Monitor"));
    QCOMPARE(call.replacesId, 0u);
    // The desktop finds the icon and the app (its settings for notifications) by the id.
    QCOMPARE(call.appIcon, DesktopEntry::id());
    QCOMPARE(call.summary, notification.summary);
    QCOMPARE(call.body, QStringLiteral("2 of 250 &lt;users&gt; failed &amp; 1 warned"));
    QCOMPARE(call.actions, actions);
    QCOMPARE(call.expireTimeout, -1);

    // A BYTE on the wire, not an INT32: servers ignore an urgency of the wrong type.
    const QVariant urgencyHint = call.hints.value(QStringLiteral("urgency"));
    QCOMPARE(urgencyHint.metaType(), QMetaType::fromType<uchar>());
    QCOMPARE(urgencyHint.value<uchar>(), urgency);
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), DesktopEntry::id());
    QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), category);
    QCOMPARE(failed.size(), 0);
}

void TestDesktopNotifications::actionsActivateTheirJob_data()
{
    QTest::addColumn<QString>("actionKey");
    QTest::addColumn<bool>("failuresOnly");

    QTest::newRow("clicked") << QStringLiteral("default") << false;
    QTest::newRow("Open") << QStringLiteral("open") << false;
    QTest::newRow("Show Failures") << QStringLiteral("failures") << true;
}

void TestDesktopNotifications::actionsActivateTheirJob()
{
    QFETCH(QString, actionKey);
    QFETCH(bool, failuresOnly);

    NotificationService service;
    DesktopNotifications notifications;
    QSignalSpy activated(&notifications, &DesktopNotifications::activated);
    notifications.show(finished(QStringLiteral("41"), JobStatus::Completed, false));
    notifications.show(finished(QStringLiteral("42"), JobStatus::Error, true));
    QTRY_COMPARE(service.calls().size(), 2);

    service.invokeAction(service.calls().at(1).id, actionKey);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(keyOf(activated.at(0)), QStringLiteral("finished::42"));
    QCOMPARE(activated.at(0).at(1).toBool(), failuresOnly);
}

// The service's signals reach every client: only our own, still open notifications count.
// Each case is followed by an action that does count; D-Bus keeps their order, so once that
// one arrived, the other was seen and ignored.
void TestDesktopNotifications::actionsOnOtherIdsAreIgnored()
{
    NotificationService service;
    DesktopNotifications notifications;
    QSignalSpy activated(&notifications, &DesktopNotifications::activated);
    notifications.show(finished(QStringLiteral("41"), JobStatus::Completed, false));
    notifications.show(finished(QStringLiteral("42"), JobStatus::Completed, false));
    QTRY_COMPARE(service.calls().size(), 2);
    const uint first = service.calls().at(0).id;
    const uint second = service.calls().at(1).id;

    service.invokeAction(second + 100, QStringLiteral("default"));
    service.invokeAction(first, QStringLiteral("default"));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(keyOf(activated.at(0)), QStringLiteral("finished::41"));

    service.close(first, NotificationService::Dismissed);
    service.invokeAction(first, QStringLiteral("default"));
    service.invokeAction(second, QStringLiteral("default"));
    QTRY_COMPARE(activated.size(), 2);
    QCOMPARE(keyOf(activated.at(1)), QStringLiteral("finished::42"));
}

void TestDesktopNotifications::withoutServiceShowFails()
{
    DesktopNotifications notifications;
    QSignalSpy failed(&notifications, &DesktopNotifications::showFailed);

    notifications.show(finished(QStringLiteral("42"), JobStatus::Error, true));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(keyOf(failed.at(0)), QStringLiteral("finished::42"));
}

void TestDesktopNotifications::aServiceWithoutMarkupGetsPlainText()
{
    NotificationService service({ QStringLiteral("actions"), QStringLiteral("body") });
    DesktopNotifications notifications;
    notifications.show(finished(QStringLiteral("42"), JobStatus::Error, true));
    QTRY_COMPARE(service.calls().size(), 1);
    QCOMPARE(service.calls().constFirst().body,
             QStringLiteral("2 of 250 <users> failed & 1 warned"));
}

// The service restarts and numbers its notifications from 1 again: a click on its new number 1
// is not a click on the job we showed under that number before.
void TestDesktopNotifications::aRestartedServiceOwnsNoneOfOurIds()
{
    DesktopNotifications notifications;
    QSignalSpy activated(&notifications, &DesktopNotifications::activated);
    uint earlier = 0;
    {
        NotificationService service;
        notifications.show(finished(QStringLiteral("41"), JobStatus::Completed, false));
        QTRY_COMPARE(service.calls().size(), 1);
        earlier = service.calls().constFirst().id;
    }
    NotificationService restarted;
    restarted.invokeAction(earlier, QStringLiteral("default"));
    notifications.show(finished(QStringLiteral("42"), JobStatus::Completed, false));
    QTRY_COMPARE(restarted.calls().size(), 1);
    QCOMPARE(restarted.calls().constFirst().id, earlier);
    restarted.invokeAction(restarted.calls().constFirst().id, QStringLiteral("default"));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(keyOf(activated.at(0)), QStringLiteral("finished::42"));
}

QTEST_GUILESS_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
