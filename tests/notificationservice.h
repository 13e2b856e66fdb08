#pragma once

#include <QDBusConnection>
#include <QDBusError>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// One Notify call as the service received it, with the id it answered.
struct NotifyCall
{
    uint id = 0;
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; // key, label, key, label, …
    QVariantMap hints;
    int expireTimeout = 0;
};

// A notification service of the test's own: owns org.freedesktop.Notifications on the session
// bus while it lives, records every Notify call and answers with ids 1, 2, 3, …; the test plays
// the admin through invokeAction() and close(). It talks through a bus connection of its own, so
// the code under test reaches it through the bus daemon as it would a real server. The name
// must be free: in the headless session, run on a PrivateBus (privatebus.h).
// A test that includes this header lists it in its target's sources, for moc.
class NotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(NotificationService)

public:
    // NotificationClosed's reasons, from the specification.
    enum CloseReason : uint { Expired = 1, Dismissed = 2, ClosedByCall = 3, Undefined = 4 };

    // Like most servers, it reads the body as markup unless told otherwise.
    explicit NotificationService(const QStringList &capabilities
                                 = { QStringLiteral("actions"), QStringLiteral("body"),
                                     QStringLiteral("body-markup") })
        : m_capabilities(capabilities)
        , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName()))
    {
        if (!m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                  QDBusConnection::ExportScriptableSlots
                                      | QDBusConnection::ExportScriptableSignals)
            || !m_bus.registerService(serviceName()))
            qFatal("the test's notification service could not own %s: %s",
                   qPrintable(serviceName()), qPrintable(m_bus.lastError().message()));
    }

    ~NotificationService() override
    {
        // Synchronous: once this returns, the bus knows the name is free.
        m_bus.unregisterService(serviceName());
        m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(connectionName());
    }

    const QList<NotifyCall> &calls() const { return m_calls; }

    // The admin clicked the notification ("default") or one of its actions.
    void invokeAction(uint id, const QString &actionKey) { emit ActionInvoked(id, actionKey); }
    void close(uint id, CloseReason reason) { emit NotificationClosed(id, reason); }

    // The D-Bus interface; only the bus calls these.
public slots:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints,
                             int expireTimeout)
    {
        const uint id = uint(m_calls.size()) + 1;
        m_calls.append(
            { id, appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout });
        return id;
    }
    Q_SCRIPTABLE QStringList GetCapabilities() const { return m_capabilities; }
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version,
                                              QString &specVersion) const
    {
        vendor = QStringLiteral("id360-jobmon tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("notificationservice");
    }
    Q_SCRIPTABLE void CloseNotification(uint id) { close(id, ClosedByCall); }

signals:
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);

private:
    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString connectionName() { return QStringLiteral("jobmon-test-notification-service"); }

    QStringList m_capabilities;
    QDBusConnection m_bus;
    QList<NotifyCall> m_calls;
};
