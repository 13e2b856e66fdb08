#pragma once

#include "notify/desktopnotifications.h"
#include "notify/joboverview.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The app's place on the desktop, behind one façade: the tray icon (state icon, tooltip, menu)
// and the notifications, which go to the desktop's notification service and, where there is
// none (or it fails), to the tray icon's balloon. Without a system tray the app lives on as a
// window; notifications still go out.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    enum class Tray {
        IfAvailable,
        Never, // --no-tray
    };

    explicit DesktopIntegration(Tray tray = Tray::IfAvailable, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // Whether the desktop offers a system tray (so closing the window can hide it there).
    bool hasTray() const;
    // Why there is no tray icon, in words; empty when there is one.
    QString trayProblem() const;
    void showNotification(const JobNotification &notification);
    // A word from the tray icon itself (that the app lives on in the tray).
    void showHint(const QString &title, const QString &text);
    void setOverview(const JobOverview &overview);
    JobOverview::State state() const { return m_state; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    void setPaused(bool paused);
    void setDoNotDisturb(bool doNotDisturb);

signals:
    // The desktop's tray came up after the app started (at login, say): the icon is there now.
    void trayAppeared();
    // A left click on the tray icon: show the window, or hide it if it is in front.
    void toggleRequested();
    void openRequested();
    // A notification, or a recent job in the menu, was chosen.
    void jobRequested(const QString &accountId, const QString &jobId, bool failuresOnly);
    // A notification that an account needs signing in (or soon will) was chosen.
    void signInRequested(const QString &accountId);
    void pauseRequested(bool paused);
    void refreshRequested();
    void doNotDisturbRequested(bool doNotDisturb);
    void settingsRequested();
    void quitRequested();

private:
    // Looked for every 2 s for two minutes when the tray is missing at start.
    static constexpr int trayWaitsMax = 60;

    void createTray();
    void showInTray(const JobNotification &notification);
    void open(const JobNotification &notification, bool failuresOnly);

    DesktopNotifications m_notifications;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_recentSeparator = nullptr;
    QList<QAction *> m_recentActions;
    QAction *m_pauseAction = nullptr;
    QAction *m_doNotDisturbAction = nullptr;
    Tray m_trayUse;
    JobOverview::State m_state = JobOverview::State::Idle;
    QList<JobOverview::RecentJob> m_recent;
    bool m_paused = false;
    bool m_doNotDisturb = false;
    QTimer m_trayWait;
    int m_trayWaits = 0;
    // What the tray's balloon shows now, for when it is clicked.
    std::optional<JobNotification> m_balloon;
};
