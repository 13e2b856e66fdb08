#pragma once

#include "clock.h"
#include "notify/jobnotification.h"
#include "notify/notifiedlog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <chrono>

class JobSync;

// What the admin wants to be told, kept in the settings (Settings::notificationRules()).
struct NotificationRules
{
    bool completed = true;
    bool warning = true;
    bool error = true;
    // Compared without regard to case.
    QStringList mutedModules;
    QStringList mutedActions;
    // Holds everything but errors.
    bool doNotDisturb = false;
    // A job QUEUED or RUNNING longer than `stuckFactor` times the median duration of its
    // action's recent runs, and at least `stuckMinimum`, is told once.
    bool stuck = true;
    int stuckFactor = 3;
    std::chrono::minutes stuckMinimum { 10 };
    // An action failing far more often today than usual (FailureSpikes), once a day per action.
    bool failureSpikes = true;
    // An account that stops being watched (WatchingNotifier): sign-in needed, a server that
    // has not answered for `unreachableAfter`, and its recovery.
    bool accountProblems = true;
    std::chrono::minutes unreachableAfter { 10 };

    bool operator==(const NotificationRules &other) const;
};

// Decides what to tell the admin about the jobs of every watched sync, and when:
// - a job seen finishing while the app runs — never one that had already finished by the first
//   good poll (a cache from before the app started is history, not news) — if its status is
//   switched on and neither its module nor its action is muted;
// - four or more finishing in one poll become one summary;
// - a job stuck far longer than usual for its action (StuckDetector), once;
// - an action failing far more often today than usual (FailureSpikes), once a day, looked for
//   only when a job of it was seen failing (so an idle poll costs nothing);
// - nothing twice: the keys of what was told are kept across restarts (NotifiedLog);
// - do not disturb holds everything but errors, and tells what it held as one summary when it
//   ends.
// What it decides is handed out by notificationReady(); showing it is the desktop's business.
class JobNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    // This many or more in one poll are told as one summary.
    static constexpr int burstThreshold = 4;

    // `logFile` keeps what was told (NotifiedLog), across restarts.
    explicit JobNotifier(const QString &logFile, const Clock &clock = Clock::system(),
                         QObject *parent = nullptr);

    // Watches `sync` until it is destroyed; watching it again changes nothing.
    void watch(JobSync *sync);
    void setRules(const NotificationRules &rules);
    const NotificationRules &rules() const { return m_rules; }

    // Failures and warnings told since the admin last looked (markSeen()): the tray's "not yet
    // looked at".
    int unseenProblems() const { return m_unseenProblems; }
    void markSeen();

signals:
    void notificationReady(const JobNotification &notification);
    void unseenProblemsChanged(int count);

private:
    struct Watched
    {
        // The first good poll is over: what finishes from now on is news.
        bool live = false;
        // Finished in the poll under way, told when it ends.
        QList<Job> finished;
        QDateTime lastStuckCheck;
    };

    void handleJobFinished(JobSync *sync, const Job &job);
    void handlePollEnded(JobSync *sync, bool succeeded);
    void checkStuck(JobSync *sync);
    void checkFailureSpikes(JobSync *sync, const QSet<QString> &failedActions);
    bool wanted(const Job &job) const;
    JobNotification finishedNotification(const JobSync *sync, const Job &job) const;
    JobNotification burstNotification(const JobSync *sync, const QList<Job> &jobs) const;
    QString accountLine(const JobSync *sync) const;
    // `coveredKeys`: the jobs it tells of; `problems`: how many of them failed or warned.
    void tell(const JobNotification &notification, const QStringList &coveredKeys, int problems);
    void hold(const Job &job, const QString &accountId, const QString &key);
    void tellHeld();

    const Clock &m_clock;
    NotificationRules m_rules;
    QHash<JobSync *, Watched> m_watched;
    // What was told, and what do not disturb held: a restart meanwhile loses none.
    NotifiedLog m_log;
    int m_unseenProblems = 0;
};
