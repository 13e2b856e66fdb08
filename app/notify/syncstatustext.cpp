#include "notify/syncstatustext.h"

#include "accounts/accountsession.h"
#include "servertext.h"
#include "sync/jobsync.h"
#include "timeformat.h"

#include <QLocale>

#include <algorithm>

namespace {

// A wait in whole seconds, rounded up: "Next try in 1 s" until the try.
QString roundedUp(std::chrono::milliseconds time)
{
    return TimeFormat::duration((time.count() + 999) / 1000);
}

bool isRegular(const JobSync *sync)
{
    return sync->state() == JobSync::State::Starting || sync->state() == JobSync::State::Synced;
}

} // namespace

SyncStatusText::SyncStatusText(const QList<JobSync *> &syncs, const QString &accountProblem)
    : m_syncs(syncs)
    , m_accountProblem(accountProblem)
{
    Q_ASSERT_X(!m_syncs.isEmpty(), "SyncStatusText", "speaks of one sync at least");
}

SyncStatusText::Summary SyncStatusText::summary(const QDateTime &now) const
{
    Summary summary;
    summary.showRetry = std::any_of(m_syncs.cbegin(), m_syncs.cend(), [](const JobSync *sync) {
        return sync->state() == JobSync::State::Offline || sync->state() == JobSync::State::Failing
            || sync->state() == JobSync::State::SignInNeeded;
    });
    if (!showsSeveral() && !m_accountProblem.isEmpty()) {
        summary.text = tr("Waiting for sign-in");
        return summary;
    }
    if (allPaused()) {
        summary.text = paused(showsSeveral() ? nullptr : m_syncs.constFirst());
        return summary;
    }
    for (const JobSync *sync : m_syncs) {
        const QString said = trouble(sync);
        if (said.isEmpty())
            continue;
        summary.text = about(sync, said);
        if (sync->lastError())
            summary.toolTip = ServerText::toolTip(sync->lastError()->message());
        return summary;
    }
    if (oldestSuccess().isValid()) {
        Summary current = synced(now);
        current.showRetry = summary.showRetry;
        return current;
    }
    if (!hasServer())
        summary.text = tr("No account to watch yet.");
    else if (std::any_of(m_syncs.cbegin(), m_syncs.cend(),
                         [](const JobSync *sync) { return sync->isPolling(); }))
        summary.text = loadingJobs();
    else
        summary.text = tr("Not synced yet");
    return summary;
}

SyncStatusText::Summary SyncStatusText::synced(const QDateTime &now) const
{
    Summary summary;
    // In minutes: the idle polls come a minute apart, and a text that changed every second
    // would wake the app every second to say it.
    summary.text = tr("%n job(s) · synced %1", nullptr, jobCount())
                       .arg(TimeFormat::relative(oldestSuccess(), now, TimeFormat::Unit::Minute));
    int unreadable = 0;
    for (const JobSync *sync : m_syncs)
        unreadable += sync->unreadableCount();
    if (unreadable > 0)
        summary.text
            += QStringLiteral(" · ") + tr("%n job(s) could not be read", nullptr, unreadable);
    QStringList lines;
    for (const JobSync *sync : m_syncs) {
        if (sync->lastSuccess().isValid())
            lines.append(
                about(sync, tr("Last synced %1").arg(TimeFormat::dateTime(sync->lastSuccess()))));
    }
    summary.toolTip = ServerText::toolTip(lines.join(QLatin1Char('\n')));
    summary.changesAt
        = TimeFormat::relativeChangesAt(oldestSuccess(), now, TimeFormat::Unit::Minute);
    return summary;
}

QString SyncStatusText::loading() const
{
    return !oldestSuccess().isValid() && m_accountProblem.isEmpty() ? loadingJobs() : QString();
}

QString SyncStatusText::polling(const QDateTime &now) const
{
    if (!hasServer())
        return QString();
    if (!showsSeveral() || allPaused())
        return pollingOf(m_syncs.constFirst(), now);
    for (const JobSync *sync : m_syncs) {
        if (!isRegular(sync))
            return about(sync, pollingOf(sync, now));
    }
    int active = 0;
    const JobSync *pacing = m_syncs.constFirst();
    for (const JobSync *sync : m_syncs) {
        const int activeHere = sync->jobs().activeCount();
        if (activeHere > 0 && active == 0)
            pacing = sync;
        active += activeHere;
    }
    return pace(pacing, active);
}

QDateTime SyncStatusText::pollingChangesAt(const QDateTime &now) const
{
    QDateTime soonest;
    for (const JobSync *sync : m_syncs) {
        const std::optional<std::chrono::milliseconds> next = sync->timeToNextPoll();
        // Only "Next try in 5 s" counts down; a wait the server asked for says a clock time.
        if ((sync->state() != JobSync::State::Failing && sync->state() != JobSync::State::Offline)
            || !next || (sync->lastError() && sync->lastError()->retryAfterSeconds >= 0))
            continue;
        // Said in whole seconds rounded up: it reads differently once the wait drops below the
        // whole second it shows.
        const QDateTime changes = now.addMSecs((next->count() + 999) % 1000 + 1);
        if (!soonest.isValid() || changes < soonest)
            soonest = changes;
    }
    return soonest;
}

QString SyncStatusText::staleNotice() const
{
    QList<const JobSync *> stale;
    for (const JobSync *sync : m_syncs) {
        if (sync->hasServer() && sync->isStale() && sync->jobs().size() > 0)
            stale.append(sync);
    }
    if (stale.isEmpty())
        return QString();
    if (showsSeveral()) {
        QStringList names;
        for (const JobSync *sync : std::as_const(stale))
            names.append(sync->model()->accountName());
        return tr("Not current: the jobs of %1 are from the last time the server "
                  "answered. They update when it answers again.")
            .arg(QLocale().createSeparatedList(names));
    }
    const JobSync *sync = stale.constFirst();
    return sync->lastSuccess().isValid()
        ? tr("Not current: these are the jobs as of %1. They update when the server answers "
             "again.")
              .arg(TimeFormat::dateTime(sync->lastSuccess()))
        : tr("Not current: these are the jobs from the last time the server answered. They "
             "update when it answers again.");
}

QString SyncStatusText::source() const
{
    if (showsSeveral())
        return tr("%n account(s)", nullptr, int(m_syncs.size()));
    if (hasServer())
        return m_syncs.constFirst()->serverUrl().toDisplayString();
    return QString();
}

QString SyncStatusText::about(const JobSync *sync, const QString &text) const
{
    if (!showsSeveral())
        return text;
    return tr("%1: %2", "account: what is said about it").arg(sync->model()->accountName(), text);
}

int SyncStatusText::jobCount() const
{
    int count = 0;
    for (const JobSync *sync : m_syncs)
        count += sync->jobs().size();
    return count;
}

QDateTime SyncStatusText::oldestSuccess() const
{
    QDateTime oldest;
    for (const JobSync *sync : m_syncs) {
        if (sync->lastSuccess().isValid() && (!oldest.isValid() || sync->lastSuccess() < oldest))
            oldest = sync->lastSuccess();
    }
    return oldest;
}

QString SyncStatusText::accountState(const AccountSession *session)
{
    if (!session)
        return QString();
    switch (session->state()) {
    case AccountSession::State::Opening:
        return tr("opening");
    case AccountSession::State::SignInNeeded:
        return tr("sign-in needed");
    case AccountSession::State::KeychainProblem:
        return tr("keychain problem");
    case AccountSession::State::Open:
        break;
    }
    switch (session->sync()->state()) {
    case JobSync::State::Starting:
        return tr("connecting");
    case JobSync::State::Offline:
        return tr("offline");
    case JobSync::State::Failing:
        return tr("server errors");
    case JobSync::State::SignInNeeded:
        return tr("sign-in needed");
    case JobSync::State::Paused:
        return tr("paused");
    case JobSync::State::Synced:
        break;
    }
    return QString();
}

bool SyncStatusText::hasServer() const
{
    return std::any_of(m_syncs.cbegin(), m_syncs.cend(),
                       [](const JobSync *sync) { return sync->hasServer(); });
}

bool SyncStatusText::allPaused() const
{
    return std::all_of(m_syncs.cbegin(), m_syncs.cend(),
                       [](const JobSync *sync) { return sync->state() == JobSync::State::Paused; });
}

QString SyncStatusText::trouble(const JobSync *sync)
{
    switch (sync->state()) {
    case JobSync::State::Paused:
        return paused(sync);
    case JobSync::State::Offline:
        if (!sync->lastError())
            return tr("Offline: the network is down. %1").arg(keptJobs(sync)).trimmed();
        [[fallthrough]];
    case JobSync::State::Failing:
    case JobSync::State::SignInNeeded: {
        if (!sync->lastError())
            return QString();
        QString said = sync->lastError()->message();
        // Network errors come without a full stop; the sentence after them needs one.
        if (!said.endsWith(QLatin1Char('.')))
            said += QLatin1Char('.');
        return tr("Refresh failed: %1 %2").arg(said, keptJobs(sync)).trimmed();
    }
    case JobSync::State::Starting:
    case JobSync::State::Synced:
        break;
    }
    return QString();
}

// Polling paused, and from when the jobs shown are (of `keptFrom`; none among several).
QString SyncStatusText::paused(const JobSync *keptFrom)
{
    return tr("Polling paused. %1").arg(keptFrom ? keptJobs(keptFrom) : QString()).trimmed();
}

QString SyncStatusText::keptJobs(const JobSync *sync)
{
    if (!sync->lastSuccess().isValid())
        return QString();
    return tr("Showing the jobs from %1.")
        .arg(QLocale().toString(sync->lastSuccess().toLocalTime().time(), QLocale::ShortFormat));
}

QString SyncStatusText::pollingOf(const JobSync *sync, const QDateTime &now)
{
    const std::optional<std::chrono::milliseconds> next = sync->timeToNextPoll();
    switch (sync->state()) {
    case JobSync::State::Paused:
        return tr("Polling paused");
    case JobSync::State::SignInNeeded:
        return tr("Polling stopped: sign-in needed");
    case JobSync::State::Offline:
    case JobSync::State::Failing:
        if (!next)
            return tr("Waiting for the network");
        if (sync->lastError() && sync->lastError()->retryAfterSeconds >= 0)
            return tr("Server asked to wait; next try at %1")
                .arg(TimeFormat::clockTime(now.addMSecs(next->count()), now));
        return tr("Next try in %1").arg(roundedUp(*next));
    case JobSync::State::Starting:
    case JobSync::State::Synced:
        break;
    }
    return pace(sync, sync->jobs().activeCount());
}

// How often `pacing` asks, and for what.
QString SyncStatusText::pace(const JobSync *pacing, int activeJobs)
{
    if (activeJobs > 0)
        return tr("Following %n active job(s) every %1", nullptr, activeJobs)
            .arg(roundedUp(pacing->regularInterval()));
    return tr("Checking for new jobs every %1").arg(roundedUp(pacing->regularInterval()));
}

QString SyncStatusText::loadingJobs()
{
    return tr("Loading jobs…");
}
