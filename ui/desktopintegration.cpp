#include "desktopintegration.h"

#include "servertext.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace {

QString iconFor(JobOverview::State state)
{
    switch (state) {
    case JobOverview::State::SignInNeeded:
        return QStringLiteral(":/icons/tray-signin.svg");
    case JobOverview::State::Attention:
        return QStringLiteral(":/icons/tray-attention.svg");
    case JobOverview::State::Offline:
        return QStringLiteral(":/icons/tray-offline.svg");
    case JobOverview::State::Running:
        return QStringLiteral(":/icons/tray-running.svg");
    case JobOverview::State::Idle:
        break;
    }
    return QStringLiteral(":/icons/tray-idle.svg");
}

} // namespace

DesktopIntegration::DesktopIntegration(Tray tray, QObject *parent)
    : QObject(parent)
    , m_trayUse(tray)
{
    connect(&m_notifications, &DesktopNotifications::activated, this, &DesktopIntegration::open);
    connect(&m_notifications, &DesktopNotifications::showFailed, this,
            &DesktopIntegration::showInTray);
    if (tray == Tray::Never)
        return;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        createTray();
        return;
    }
    // At login the panel's tray may come up after the monitor: looked for a while longer.
    m_trayWait.setInterval(std::chrono::seconds(2));
    connect(&m_trayWait, &QTimer::timeout, this, [this] {
        if (QSystemTrayIcon::isSystemTrayAvailable() || ++m_trayWaits >= trayWaitsMax) {
            m_trayWait.stop();
            if (QSystemTrayIcon::isSystemTrayAvailable()) {
                createTray();
                emit trayAppeared();
            }
        }
    });
    m_trayWait.start();
}

void DesktopIntegration::createTray()
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *openWindow = m_menu->addAction(tr("&Open Job Monitor"));
    openWindow->setObjectName(QStringLiteral("trayOpen"));
    connect(openWindow, &QAction::triggered, this, &DesktopIntegration::openRequested);
    m_menu->setDefaultAction(openWindow);
    m_recentSeparator = m_menu->addSeparator();
    m_menu->addSeparator();
    m_pauseAction = m_menu->addAction(tr("&Pause Polling"));
    m_pauseAction->setObjectName(QStringLiteral("trayPause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setChecked(m_paused);
    connect(m_pauseAction, &QAction::toggled, this, &DesktopIntegration::pauseRequested);
    QAction *refresh = m_menu->addAction(tr("&Refresh Now"));
    refresh->setObjectName(QStringLiteral("trayRefresh"));
    connect(refresh, &QAction::triggered, this, &DesktopIntegration::refreshRequested);
    m_doNotDisturbAction = m_menu->addAction(tr("&Do Not Disturb"));
    m_doNotDisturbAction->setObjectName(QStringLiteral("trayDoNotDisturb"));
    m_doNotDisturbAction->setCheckable(true);
    m_doNotDisturbAction->setChecked(m_doNotDisturb);
    m_doNotDisturbAction->setToolTip(tr("Hold every notification but failures"));
    connect(m_doNotDisturbAction, &QAction::toggled, this,
            &DesktopIntegration::doNotDisturbRequested);
    m_menu->addSeparator();
    QAction *settings = m_menu->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("traySettings"));
    connect(settings, &QAction::triggered, this, &DesktopIntegration::settingsRequested);
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &DesktopIntegration::quitRequested);

    m_tray = new QSystemTrayIcon(QIcon(iconFor(m_state)), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    emit toggleRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_balloon)
            open(*m_balloon, false);
    });
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration()
{
    delete m_menu;
}

bool DesktopIntegration::hasTray() const
{
    return m_tray != nullptr;
}

QString DesktopIntegration::trayProblem() const
{
    if (m_tray)
        return QString();
    if (m_trayUse == Tray::Never)
        return tr("The tray icon is off (the monitor was started with --no-tray): closing the "
                  "window quits, and notifications still go out.");
    return tr("This desktop offers no system tray (some Wayland desktops do not), so there is no "
              "tray icon: closing the window quits, and notifications still go out.");
}

void DesktopIntegration::showNotification(const JobNotification &notification)
{
    // Without a service, or when it fails, the tray icon says it (showFailed()).
    m_notifications.show(notification);
}

void DesktopIntegration::showHint(const QString &title, const QString &text)
{
    if (!m_tray)
        return;
    m_balloon.reset();
    m_tray->showMessage(title, text, QSystemTrayIcon::Information);
}

void DesktopIntegration::showInTray(const JobNotification &notification)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    m_balloon = notification;
    m_tray->showMessage(notification.summary, notification.body,
                        notification.isCritical() ? QSystemTrayIcon::Critical
                                                  : QSystemTrayIcon::Information);
}

void DesktopIntegration::open(const JobNotification &notification, bool failuresOnly)
{
    if (notification.opensSignIn()) {
        emit signInRequested(notification.accountId);
        return;
    }
    emit jobRequested(notification.accountId, notification.jobId, failuresOnly);
}

void DesktopIntegration::setOverview(const JobOverview &overview)
{
    const bool stateChanged = m_state != overview.state;
    m_state = overview.state;
    if (!m_tray)
        return;
    // Only what changed: an open menu or tooltip does not flicker at every poll.
    if (stateChanged)
        m_tray->setIcon(QIcon(iconFor(overview.state)));
    // Plain text both ways: a tooltip that the tray shows itself reads markup only when its
    // first line (ours) looks like some, and a StatusNotifierItem's title is never markup.
    const QString toolTip
        = QApplication::applicationDisplayName() + QLatin1Char('\n') + overview.summary;
    if (m_tray->toolTip() != toolTip)
        m_tray->setToolTip(toolTip);
    if (overview.recent == m_recent)
        return;
    m_recent = overview.recent;
    qDeleteAll(m_recentActions);
    m_recentActions.clear();
    QAction *before = m_menu->actions().value(m_menu->actions().indexOf(m_recentSeparator) + 1);
    for (const JobOverview::RecentJob &job : overview.recent) {
        auto *action = new QAction(QIcon(jobStatusIconPath(job.status)),
                                   ServerText::menuText(job.text), m_menu);
        action->setObjectName(QStringLiteral("trayJob:%1").arg(job.jobId));
        connect(action, &QAction::triggered, this,
                [this, accountId = job.accountId, jobId = job.jobId] {
                    emit jobRequested(accountId, jobId, false);
                });
        m_menu->insertAction(before, action);
        m_recentActions.append(action);
    }
}

void DesktopIntegration::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_pauseAction)
        return;
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
}

void DesktopIntegration::setDoNotDisturb(bool doNotDisturb)
{
    m_doNotDisturb = doNotDisturb;
    if (!m_doNotDisturbAction)
        return;
    const QSignalBlocker blocker(m_doNotDisturbAction);
    m_doNotDisturbAction->setChecked(doNotDisturb);
}
