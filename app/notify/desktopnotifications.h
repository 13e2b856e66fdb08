#pragma once

#include "notify/jobnotification.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

// Notifications through the desktop's notification service (org.freedesktop.Notifications on
// the D-Bus session bus), with the actions "Open" and, when something failed, "Show Failures";
// what opens an account's sign-in has "Sign In…" instead.
// Calls never block: a failure, or no service at all, arrives later as showFailed(). A service
// that D-Bus starts on demand is started by the first notification.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    explicit DesktopNotifications(QObject *parent = nullptr);

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
    // Asks the service (a new one, maybe) whether it reads the body as markup; what is to be
    // shown waits for the answer.
    void askCapabilities();
    void send(const JobNotification &notification);

    // What is on screen now, by the service's id; a service that restarts counts anew.
    QHash<uint, JobNotification> m_shown;
    // Unknown until the service said; meanwhile notifications wait.
    std::optional<bool> m_bodyMarkup;
    bool m_capabilitiesAsked = false;
    QList<JobNotification> m_waiting;
};
