#pragma once

#include "jobnotification.h"

#include <QHash>
#include <QObject>

// Notifications through the desktop's notification service (org.freedesktop.Notifications on
// the D-Bus session bus), with the actions "Open" and, when something failed, "Show Failures".
// Calls never block: a failure, or no service at all, arrives later as showFailed().
class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Whether a service owns org.freedesktop.Notifications on the session bus right now (one
    // quick round trip to the bus daemon).
    bool isAvailable() const;
    void show(const JobNotification &notification);

signals:
    // The admin clicked the notification or one of its actions.
    void activated(const JobNotification &notification, bool failuresOnly);
    // The service refused it or nobody answered: show it some other way.
    void showFailed(const JobNotification &notification);

private slots:
    // Slots, because QDBusConnection::connect() takes only SLOT() signatures.
    void handleActionInvoked(uint id, const QString &actionKey);
    void handleNotificationClosed(uint id, uint reason);

private:
    // What is on screen now, by the service's id.
    QHash<uint, JobNotification> m_shown;
};
