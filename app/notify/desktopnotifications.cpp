#include "notify/desktopnotifications.h"

#include "platform/desktopentry.h"
#include "platform/logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QGuiApplication>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

const QString defaultAction = QStringLiteral("default");
const QString openAction = QStringLiteral("open");
const QString failuresAction = QStringLiteral("failures");
const QString signInAction = QStringLiteral("signin");
constexpr int capabilitiesTimeoutMs = 2000;

// Servers that offer "body-markup" read the body as markup; ours is plain text.
QString escaped(QString text)
{
    return text.replace(u'&', QLatin1String("&amp;"))
        .replace(u'<', QLatin1String("&lt;"))
        .replace(u'>', QLatin1String("&gt;"));
}

// Empty for what the specification has no category for.
QString category(const JobNotification &notification)
{
    switch (notification.kind) {
    case JobNotification::Kind::SignInNeeded:
    case JobNotification::Kind::KeychainProblem:
    case JobNotification::Kind::TokenExpiring:
        return QString();
    case JobNotification::Kind::Unreachable:
        return QStringLiteral("network.error");
    case JobNotification::Kind::WatchingAgain:
        return QStringLiteral("network.connected");
    default:
        break;
    }
    if (notification.isCritical() || notification.hasFailures)
        return QStringLiteral("transfer.error");
    // A stuck job has not completed.
    if (notification.kind == JobNotification::Kind::Stuck)
        return QStringLiteral("transfer");
    return QStringLiteral("transfer.complete");
}

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                SLOT(handleActionInvoked(uint, QString)));
    bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                SLOT(handleNotificationClosed(uint, uint)));
    // A service that restarts (or another that takes over) numbers its notifications anew:
    // the ids of ours mean nothing to it, and it may read markup differently.
    auto *owner
        = new QDBusServiceWatcher(service, bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(owner, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] {
        m_shown.clear();
        m_bodyMarkup.reset();
        m_capabilitiesAsked = false;
    });
}

void DesktopNotifications::askCapabilities()
{
    const QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface,
                                                                QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(
        // A service that holds the name but does not answer is not waited for long.
        QDBusConnection::sessionBus().asyncCall(message, capabilitiesTimeoutMs), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QStringList> reply = *call;
            // Without an answer, escaping is the safe guess: most services read markup.
            m_bodyMarkup = reply.isError() || reply.value().contains(QStringLiteral("body-markup"));
            for (const JobNotification &notification : std::exchange(m_waiting, {}))
                send(notification);
        });
}

void DesktopNotifications::show(const JobNotification &notification)
{
    if (m_bodyMarkup) {
        send(notification);
        return;
    }
    m_waiting.append(notification);
    if (!m_capabilitiesAsked) {
        m_capabilitiesAsked = true;
        askCapabilities();
    }
}

void DesktopNotifications::send(const JobNotification &notification)
{
    QStringList actions;
    if (notification.opensSignIn()) {
        actions << defaultAction << tr("Sign In…") << signInAction << tr("Sign In…");
    } else {
        actions << defaultAction << tr("Open") << openAction << tr("Open");
        if (notification.hasFailures)
            actions << failuresAction << tr("Show Failures");
    }
    QVariantMap hints {
        // The specification wants a BYTE: 1 normal, 2 critical.
        { QStringLiteral("urgency"),
          QVariant::fromValue(uchar(notification.isCritical() ? 2 : 1)) },
        { QStringLiteral("desktop-entry"), DesktopEntry::id() },
    };
    if (const QString kind = category(notification); !kind.isEmpty())
        hints.insert(QStringLiteral("category"), kind);
    QDBusMessage message
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    // The icon is the installed one, named by the application id.
    message << QGuiApplication::applicationDisplayName() << uint(0) << DesktopEntry::id()
            << notification.summary
            << (*m_bodyMarkup ? escaped(notification.body) : notification.body) << actions << hints
            << int(-1);
    qCDebug(lcNotify) << "Notify" << notification.key << notification.summary << notification.body;

    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isError()) {
                    qCInfo(lcNotify) << "the notification service did not show" << notification.key
                                     << reply.error().name() << reply.error().message();
                    emit showFailed(notification);
                    return;
                }
                m_shown.insert(reply.value(), notification);
            });
}

void DesktopNotifications::handleActionInvoked(uint id, const QString &actionKey)
{
    if (!m_shown.contains(id))
        return;
    // A copy: a receiver may show another notification and so change m_shown.
    const JobNotification notification = m_shown.value(id);
    qCDebug(lcNotify) << "action" << actionKey << "on" << notification.key;
    if (actionKey == failuresAction)
        emit activated(notification, true);
    else if (actionKey == defaultAction || actionKey == openAction || actionKey == signInAction)
        emit activated(notification, false);
}

void DesktopNotifications::handleNotificationClosed(uint id, uint reason)
{
    if (m_shown.remove(id))
        qCDebug(lcNotify) << "notification" << id << "closed, reason" << reason;
}
