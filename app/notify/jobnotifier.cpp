#include "notify/jobnotifier.h"

#include "jobresultmodel.h"
#include "notify/failurespikes.h"
#include "notify/stuckdetector.h"
#include "platform/policy.h"
#include "sync/jobsync.h"
#include "textmatch.h"
#include "timeformat.h"

#include <QSet>

#include <algorithm>

namespace {

// Stuck jobs are a matter of minutes: looked for at most this often per sync.
constexpr std::chrono::seconds stuckCheckInterval { 60 };

bool listed(const QStringList &names, const QString &name)
{
    return std::any_of(names.cbegin(), names.cend(), [&name](const QString &listedName) {
        return TextMatch::compareInsensitive(listedName, name) == 0;
    });
}

int severity(JobStatus status)
{
    switch (status) {
    case JobStatus::Error:
        return 2;
    case JobStatus::Warning:
        return 1;
    default:
        return 0;
    }
}

// "3 completed · 1 with warnings · 1 failed"
QString countsLine(const QHash<JobStatus, int> &counts)
{
    QStringList parts;
    if (const int completed = counts.value(JobStatus::Completed); completed > 0)
        parts.append(JobNotifier::tr("%n completed", nullptr, completed));
    if (const int warnings = counts.value(JobStatus::Warning); warnings > 0)
        parts.append(JobNotifier::tr("%n with warnings", nullptr, warnings));
    if (const int errors = counts.value(JobStatus::Error); errors > 0)
        parts.append(JobNotifier::tr("%n failed", nullptr, errors));
    return parts.join(QStringLiteral(" · "));
}

// What is remembered of a job once told: "finished:ACCOUNT:ID", "stuck:ACCOUNT:ID".
QString keyOf(const char *what, const JobSync *sync, const QString &jobId)
{
    return QStringLiteral("%1:%2:%3").arg(QLatin1String(what), sync->accountId(), jobId);
}

} // namespace

bool NotificationRules::operator==(const NotificationRules &other) const
{
    return completed == other.completed && warning == other.warning && error == other.error
        && mutedModules == other.mutedModules && mutedActions == other.mutedActions
        && doNotDisturb == other.doNotDisturb && stuck == other.stuck
        && stuckFactor == other.stuckFactor && stuckMinimum == other.stuckMinimum
        && failureSpikes == other.failureSpikes && accountProblems == other.accountProblems
        && unreachableAfter == other.unreachableAfter;
}

JobNotifier::JobNotifier(const QString &logFile, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_log(logFile)
{ }

void JobNotifier::watch(JobSync *sync)
{
    if (m_watched.contains(sync))
        return;
    Watched watched;
    // A sync that has answered well already is past its history.
    watched.live = sync->lastSuccess().isValid();
    m_watched.insert(sync, watched);
    connect(sync, &JobSync::jobFinished, this,
            [this, sync](const Job &job) { handleJobFinished(sync, job); });
    connect(sync, &JobSync::pollSucceeded, this, [this, sync] { handlePollEnded(sync, true); });
    connect(sync, &JobSync::pollFailed, this, [this, sync] { handlePollEnded(sync, false); });
    // A session opened again brings a new sync, maybe at the same address.
    connect(sync, &QObject::destroyed, this, [this, sync] { m_watched.remove(sync); });
}

void JobNotifier::setRules(const NotificationRules &rules)
{
    m_rules = rules;
    // Quiet over (now, or while the app was not running): what it held is told.
    if (!m_rules.doNotDisturb) {
        tellHeld();
        m_log.save();
    }
}

void JobNotifier::markSeen()
{
    if (m_unseenProblems == 0)
        return;
    m_unseenProblems = 0;
    emit unseenProblemsChanged(0);
}

void JobNotifier::handleJobFinished(JobSync *sync, const Job &job)
{
    Watched &watched = m_watched[sync];
    if (!watched.live)
        return;
    const auto same = [&job](const Job &other) { return other.id == job.id; };
    watched.finished.erase(std::remove_if(watched.finished.begin(), watched.finished.end(), same),
                           watched.finished.end());
    watched.finished.append(job);
}

void JobNotifier::handlePollEnded(JobSync *sync, bool succeeded)
{
    Watched &watched = m_watched[sync];
    if (!watched.live) {
        watched.live = succeeded;
        return;
    }
    QList<Job> news;
    QStringList keys;
    QSet<QString> failedActions;
    for (const Job &job : std::exchange(watched.finished, {})) {
        // A muted module's failures do not count towards a spike, as they are not told either.
        if (job.status == JobStatus::Error && !listed(m_rules.mutedModules, job.module))
            failedActions.insert(job.actionName);
        const QString key = keyOf("finished", sync, job.id);
        if (!wanted(job) || m_log.contains(key))
            continue;
        if (m_rules.doNotDisturb && job.status != JobStatus::Error) {
            hold(job, sync->accountId(), key);
            continue;
        }
        news.append(job);
        keys.append(key);
    }
    if (news.size() >= burstThreshold) {
        const int problems = int(std::count_if(
            news.cbegin(), news.cend(), [](const Job &job) { return severity(job.status) > 0; }));
        tell(burstNotification(sync, news), keys, problems);
    } else {
        for (qsizetype i = 0; i < news.size(); ++i)
            tell(finishedNotification(sync, news.at(i)), { keys.at(i) },
                 severity(news.at(i).status) > 0 ? 1 : 0);
    }
    if (succeeded) {
        checkStuck(sync);
        checkFailureSpikes(sync, failedActions);
    }
    m_log.save();
}

bool JobNotifier::wanted(const Job &job) const
{
    // The administrator's policy may make every failure told: no rule of the user's holds one.
    if (job.status == JobStatus::Error && Policy::current().failureNotificationsForced())
        return true;
    const bool switchedOn = (job.status == JobStatus::Completed && m_rules.completed)
        || (job.status == JobStatus::Warning && m_rules.warning)
        || (job.status == JobStatus::Error && m_rules.error);
    return switchedOn && !listed(m_rules.mutedModules, job.module)
        && !listed(m_rules.mutedActions, job.actionName);
}

QString JobNotifier::accountLine(const JobSync *sync) const
{
    if (m_watched.size() < 2)
        return QString();
    return tr("Account: %1").arg(sync->model()->accountName());
}

JobNotification JobNotifier::finishedNotification(const JobSync *sync, const Job &job) const
{
    JobNotification notification;
    notification.kind = JobNotification::Kind::Finished;
    notification.key = keyOf("finished", sync, job.id);
    notification.accountId = sync->accountId();
    notification.jobId = job.id;
    notification.status = job.status;
    switch (job.status) {
    case JobStatus::Error:
        notification.summary = tr("%1 failed").arg(job.actionName);
        break;
    case JobStatus::Warning:
        notification.summary = tr("%1 finished with warnings").arg(job.actionName);
        break;
    default:
        notification.summary = tr("%1 completed").arg(job.actionName);
        break;
    }
    QStringList lines;
    int failed = 0;
    if (job.details && !job.details->results.isEmpty()) {
        lines.append(JobResultModel::resultsLine(*job.details));
        failed = JobResultModel::summarize(job.details->results).failed;
    }
    if (job.startTime.isValid() && job.endTime.isValid())
        lines.append(tr("Took %1").arg(TimeFormat::duration(job.startTime.secsTo(job.endTime))));
    if (const QString account = accountLine(sync); !account.isEmpty())
        lines.append(account);
    notification.body = lines.join(QLatin1Char('\n'));
    notification.hasFailures = job.status == JobStatus::Error || failed > 0;
    return notification;
}

JobNotification JobNotifier::burstNotification(const JobSync *sync, const QList<Job> &jobs) const
{
    JobNotification notification;
    notification.kind = JobNotification::Kind::Burst;
    notification.key = keyOf("burst", sync, jobs.constFirst().id);
    notification.accountId = sync->accountId();
    QHash<JobStatus, int> counts;
    for (const Job &job : jobs) {
        ++counts[job.status];
        if (severity(job.status) > severity(notification.status))
            notification.status = job.status;
    }
    notification.summary = tr("%n job(s) finished", nullptr, int(jobs.size()));
    QStringList lines { countsLine(counts) };
    if (const QString account = accountLine(sync); !account.isEmpty())
        lines.append(account);
    notification.body = lines.join(QLatin1Char('\n'));
    notification.hasFailures = counts.value(JobStatus::Error) > 0;
    return notification;
}

void JobNotifier::checkStuck(JobSync *sync)
{
    Watched &watched = m_watched[sync];
    const QDateTime now = m_clock.now();
    if (!m_rules.stuck || m_rules.doNotDisturb
        || (watched.lastStuckCheck.isValid()
            && watched.lastStuckCheck.secsTo(now) < stuckCheckInterval.count()))
        return;
    watched.lastStuckCheck = now;
    QList<Job> active;
    for (const QString &id : sync->jobs().activeIds())
        active.append(*sync->jobs().find(id));
    if (active.isEmpty())
        return;
    const StuckDetector detector(m_rules.stuckFactor, m_rules.stuckMinimum);
    for (const StuckDetector::Stuck &stuck : detector.stuckAmong(active, *sync->model(), now)) {
        const Job &job = stuck.job;
        const QString key = keyOf("stuck", sync, job.id);
        if (m_log.contains(key) || listed(m_rules.mutedModules, job.module)
            || listed(m_rules.mutedActions, job.actionName))
            continue;
        JobNotification notification;
        notification.kind = JobNotification::Kind::Stuck;
        notification.key = key;
        notification.accountId = sync->accountId();
        notification.jobId = job.id;
        notification.status = job.status;
        notification.summary = tr("%1 may be stuck").arg(job.actionName);
        QStringList lines { (job.status == JobStatus::Queued
                                 ? tr("Queued for %1; it usually takes %2.")
                                 : tr("Running for %1; it usually takes %2."))
                                .arg(TimeFormat::duration(stuck.elapsedSeconds),
                                     TimeFormat::duration(stuck.usualSeconds)) };
        if (const QString account = accountLine(sync); !account.isEmpty())
            lines.append(account);
        notification.body = lines.join(QLatin1Char('\n'));
        tell(notification, { key }, 0);
    }
}

void JobNotifier::checkFailureSpikes(JobSync *sync, const QSet<QString> &failedActions)
{
    if (!m_rules.failureSpikes || failedActions.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    const QString today = now.toLocalTime().date().toString(Qt::ISODate);
    for (const FailureSpikes::Spike &spike :
         FailureSpikes::among(failedActions, *sync->model(), now)) {
        // Once a day per action: "spike:ACCOUNT:DAY:ACTION".
        const QString key = keyOf("spike", sync, today + QLatin1Char(':') + spike.action);
        if (m_log.contains(key) || listed(m_rules.mutedActions, spike.action))
            continue;
        QString usually;
        if (spike.usualFailures > 0)
            usually
                = tr("usually 1 in %1").arg(qRound(double(spike.usualRuns) / spike.usualFailures));
        else if (spike.usualRuns > 0)
            usually = tr("usually none");
        else
            usually = tr("no runs in the %n days before", nullptr, FailureSpikes::usualDays);
        JobNotification notification;
        notification.kind = JobNotification::Kind::FailureSpike;
        notification.key = key;
        notification.accountId = sync->accountId();
        // Critical, but not one job's failures to show: Open is the only action.
        notification.status = JobStatus::Error;
        notification.summary = tr("%1: %2 of %3 runs failed today, %4")
                                   .arg(spike.action, QString::number(spike.failedToday),
                                        QString::number(spike.runsToday), usually);
        notification.body = accountLine(sync);
        tell(notification, { key }, 0);
    }
}

void JobNotifier::tell(const JobNotification &notification, const QStringList &coveredKeys,
                       int problems)
{
    m_log.remember(coveredKeys);
    if (problems > 0) {
        m_unseenProblems += problems;
        emit unseenProblemsChanged(m_unseenProblems);
    }
    emit notificationReady(notification);
}

void JobNotifier::hold(const Job &job, const QString &accountId, const QString &key)
{
    m_log.remember({ key });
    m_log.hold({ job.status, accountId });
    // Quiet, but the tray still shows that something went wrong.
    if (severity(job.status) > 0) {
        ++m_unseenProblems;
        emit unseenProblemsChanged(m_unseenProblems);
    }
}

void JobNotifier::tellHeld()
{
    const QList<NotifiedLog::Held> held = m_log.takeHeld();
    if (held.isEmpty())
        return;
    JobNotification notification;
    notification.kind = JobNotification::Kind::Burst;
    notification.key = QStringLiteral("held:%1").arg(m_clock.now().toMSecsSinceEpoch());
    QHash<JobStatus, int> counts;
    QSet<QString> accounts;
    for (const NotifiedLog::Held &job : held) {
        ++counts[job.status];
        accounts.insert(job.accountId);
        if (severity(job.status) > severity(notification.status))
            notification.status = job.status;
    }
    // One account's jobs open on that account; several leave the window as it is.
    if (accounts.size() == 1)
        notification.accountId = *accounts.cbegin();
    notification.summary
        = tr("%n job(s) finished while you were not to be disturbed", nullptr, int(held.size()));
    notification.body = countsLine(counts);
    // Its problems were counted as they were held.
    tell(notification, {}, 0);
}
