#include "notify/watchingnotifier.h"

#include "accounts/accountsession.h"
#include "sync/jobsync.h"

#include <QLocale>

#include <optional>

namespace {

// Why `session`'s account cannot be watched until it is signed in again, in the admin's words;
// nothing while it can be (or while the admin signed it out).
std::optional<QString> signInProblem(const AccountSession *session)
{
    if (session->state() == AccountSession::State::SignInNeeded)
        return session->account().credential == Account::Credential::None
            ? std::nullopt
            : std::optional<QString>(session->problem());
    if (session->state() == AccountSession::State::Open
        && session->sync()->state() == JobSync::State::SignInNeeded) {
        const std::optional<RequestError> &error = session->sync()->lastError();
        return error ? error->message() : QString();
    }
    return std::nullopt;
}

// "11:02", or with its date when that was another day.
QString clockTime(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == now.toLocalTime().date()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

WatchingNotifier::WatchingNotifier(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_unreachableTimer.setSingleShot(true);
    connect(&m_unreachableTimer, &QTimer::timeout, this, &WatchingNotifier::checkUnreachable);
}

void WatchingNotifier::watch(AccountSession *session)
{
    if (m_watched.contains(session))
        return;
    m_watched.insert(session);
    JobSync *sync = session->sync();
    connect(session, &AccountSession::stateChanged, this,
            [this, session] { checkSession(session); });
    connect(sync, &JobSync::stateChanged, this, [this, session] { checkSession(session); });
    connect(sync, &JobSync::pollFailed, this,
            [this, session](const RequestError &error) { handlePollFailed(session, error); });
    // Not at the state Synced, which a retry sets before it knows the answer.
    connect(sync, &JobSync::pollSucceeded, this, [this, session] { handlePollSucceeded(session); });
    connect(sync, &JobSync::jobFinished, this, [this, id = session->account().id] {
        if (m_episodes.value(id).unreachableTold)
            ++m_episodes[id].finishedMeanwhile;
    });
    connect(session, &QObject::destroyed, this, [this, session] { m_watched.remove(session); });
    checkSession(session);
}

void WatchingNotifier::setRules(const NotificationRules &rules)
{
    m_rules = rules;
    // Switched on, quiet over, or a new threshold: what goes on now may be due.
    for (const AccountSession *session : std::as_const(m_watched))
        checkSession(session);
    checkUnreachable();
}

void WatchingNotifier::checkSession(const AccountSession *session)
{
    if (session->state() == AccountSession::State::KeychainProblem && !m_keychainTold
        && m_rules.accountProblems && !m_rules.doNotDisturb) {
        m_keychainTold = true;
        tell(session, JobNotification::Kind::KeychainProblem, "keychain",
             tr("Jobs are not watched: the keychain could not be read"), session->problem());
    }
    const std::optional<QString> problem = signInProblem(session);
    Episode &episode = m_episodes[session->account().id];
    if (!problem || episode.signInTold || !m_rules.accountProblems)
        return;
    episode.signInTold = true;
    tell(session, JobNotification::Kind::SignInNeeded, "signin",
         tr("%1: sign in again to keep watching jobs").arg(session->account().name), *problem);
}

void WatchingNotifier::handlePollFailed(const AccountSession *session, const RequestError &error)
{
    if (error.kind == RequestError::Kind::Unauthorized)
        return;
    Episode &episode = m_episodes[session->account().id];
    if (!episode.unreachableSince.isValid())
        episode.unreachableSince = m_clock.now();
    checkUnreachable();
}

void WatchingNotifier::handlePollSucceeded(const AccountSession *session)
{
    const Episode episode = m_episodes.take(session->account().id);
    if (!episode.unreachableTold || !m_rules.accountProblems || m_rules.doNotDisturb)
        return;
    tell(session, JobNotification::Kind::WatchingAgain, "watching",
         tr("%1: watching again").arg(session->account().name),
         episode.finishedMeanwhile > 0
             ? tr("Jobs finished meanwhile: %1").arg(episode.finishedMeanwhile)
             : tr("No job finished meanwhile"));
}

void WatchingNotifier::checkUnreachable()
{
    m_unreachableTimer.stop();
    if (!m_rules.accountProblems || m_rules.doNotDisturb)
        return;
    const QDateTime now = m_clock.now();
    // The next outage to reach the threshold, for the timer.
    std::optional<qint64> soonestMs;
    for (const AccountSession *session : std::as_const(m_watched)) {
        Episode &episode = m_episodes[session->account().id];
        const JobSync *sync = session->sync();
        // Offline by the system's word: the outage is the network's, and counts anew after it.
        if (!sync->isNetworkAvailable())
            episode.unreachableSince = QDateTime();
        const bool failing
            = sync->state() == JobSync::State::Offline || sync->state() == JobSync::State::Failing;
        if (!failing || !episode.unreachableSince.isValid() || episode.unreachableTold)
            continue;
        const QDateTime due = episode.unreachableSince.addSecs(
            std::chrono::seconds(m_rules.unreachableAfter).count());
        if (now < due) {
            soonestMs = std::min(soonestMs.value_or(now.msecsTo(due)), now.msecsTo(due));
            continue;
        }
        episode.unreachableTold = true;
        tell(session, JobNotification::Kind::Unreachable, "unreachable",
             tr("%1: no answer from Identity360 since %2")
                 .arg(session->account().name, clockTime(episode.unreachableSince, now)),
             sync->lastError() ? sync->lastError()->message() : QString());
    }
    if (soonestMs)
        m_unreachableTimer.start(std::chrono::milliseconds(*soonestMs));
}

void WatchingNotifier::tell(const AccountSession *session, JobNotification::Kind kind,
                            const char *what, const QString &summary, const QString &body)
{
    JobNotification notification;
    notification.kind = kind;
    notification.key = QStringLiteral("%1:%2").arg(QLatin1String(what), session->account().id);
    notification.accountId = session->account().id;
    notification.summary = summary;
    notification.body = body;
    emit notificationReady(notification);
}
