#pragma once

#include "accounts/watchedaccounts.h"
#include "desktopintegration.h"
#include "notify/jobnotifier.h"
#include "notify/watchingnotifier.h"
#include "sync/nowticker.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class AccountManager;
class JobCache;
class JobSync;
class MainWindow;
class TokenSource;

// The app as the admin meets it. What the window shows and what feeds it: one of the stored
// accounts or all of them at once (every account is watched once one is shown), a server that
// is not an account (the demo's embedded emulator, --server), or nothing yet (the first-run
// face). Choosing another account replaces the window, so each window is bound to its syncs for
// its whole life. Around it, the desktop: notifications for every watched sync (JobNotifier) and
// for every account that stops being watched (WatchingNotifier), the tray icon with the state of
// them all, a window that hides to the tray, and jobs opened from a notification, the tray's menu
// or a second start.
class Shell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Shell)

public:
    // A server that is not a stored account, for this run only.
    struct Server
    {
        QUrl apiBaseUrl;
        QString accessToken;
        // Names it in the cache and in the jobs it opens ("demo", the URL).
        QString id;
        // Its jobs are kept on disk between runs (not the demo's, which are new every time).
        bool cached = true;
        // What serves it, kept alive as long as it is shown (the demo's emulator).
        std::shared_ptr<QObject> host;
    };
    // Starts the demo's server; nothing when it cannot.
    using DemoFactory = std::function<std::optional<Server>(std::optional<quint32> seed)>;

    Shell(AccountManager *accounts, const JobCache *cache, DemoFactory demo = {},
          DesktopIntegration::Tray tray = DesktopIntegration::Tray::IfAvailable,
          QObject *parent = nullptr);
    ~Shell() override;

    // `accountId` may be AccountSelector::allAccountsId(); an account no longer stored shows the
    // first one.
    void showAccount(const QString &accountId);
    // The demo is named "Demo", any other server (--server) by its host.
    bool showDemo(std::optional<quint32> seed);
    void showServer(const Server &server);
    void showNothing();
    // The next window starts hidden in the tray (--minimized), when there is a tray.
    void setStartHidden(bool hidden) { m_startHidden = hidden; }

    // Shows the window in front, and counts what it shows as looked at.
    void raiseWindow();
    // Shows job `jobId` of account (or server) `accountId` in the window, with only its
    // failures when asked; an empty job id just shows the window on that account.
    void openJob(const QString &accountId, const QString &jobId, bool failuresOnly);
    // Shows account `accountId` in the window and opens its sign-in (in the accounts dialog);
    // while a dialog of the window is open, only raises the window.
    void openSignIn(const QString &accountId);
    // What a start asked for (a second start's, handed over by SingleInstance, or this one's
    // --job): job `jobId` of the account named `accountName`, or of whichever shown or watched
    // account lists it; without a job, the window raised when `raise` is set (a second start in
    // the tray, --minimized, leaves it as it is).
    void handleStartRequest(const QString &accountName, const QString &jobId, bool raise);
    void saveCaches() const;

    MainWindow *window() const { return m_window.get(); }
    DesktopIntegration *desktop() { return &m_desktop; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct JobToOpen
    {
        // Empty: whichever account lists the job.
        QString accountId;
        QString jobId;
        bool failuresOnly = false;
        QDeadlineTimer expires { QDeadlineTimer::Forever };
    };

    bool shows(const QString &accountId) const;
    void openServer(const Server &server, const QString &name);
    void open(const QList<JobSync *> &syncs, const QString &accountId);
    void liveInTrayIfWatching();
    void closeWindow();
    // Every sync the app watches: each account's, and the demo's or --server's.
    QList<JobSync *> watchedSyncs() const;
    void watch(JobSync *sync);
    void showOverview();
    void applySettings();
    // What to tell and what to hold, for the job news, the account problems and the tray alike.
    void applyNotificationRules(const NotificationRules &rules);
    void applyPollIntervals(const QList<JobSync *> &syncs);
    void setPaused(bool paused);
    void setDoNotDisturb(bool doNotDisturb);

    AccountManager *m_accounts;
    const JobCache *m_cache;
    DemoFactory m_demo;
    QString m_shownAccount;
    bool m_startHidden = false;
    DesktopIntegration m_desktop;
    JobNotifier m_notifier;
    QSet<JobSync *> m_watched;
    // Running jobs' durations count up while the window is shown.
    NowTicker m_ticker;
    // Coalesces the many changes of one poll into one look at every job.
    QTimer m_overviewTimer;
    // "In the last hour" moves on without any poll: set for when the overview says it will.
    QTimer m_overviewClock;
    // A job to open once the dialog in front is closed (the window cannot be replaced under it).
    std::optional<JobToOpen> m_openAfterDialog;
    QTimer m_dialogWait;
    // A job to select once its account's next poll lists it (a first start with --job).
    std::optional<JobToOpen> m_selectWhenListed;
    // Destroyed after the window that shows them.
    WatchedAccounts m_sessions;
    // Tells when an account stops being watched (sign-in needed, no answer) and starts again.
    WatchingNotifier m_watching;
    std::shared_ptr<QObject> m_host;
    std::unique_ptr<TokenSource> m_token;
    std::unique_ptr<JobSync> m_sync;
    std::unique_ptr<MainWindow> m_window;
};
