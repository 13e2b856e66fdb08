#include "notify/watchingnotifier.h"

#include "accounts/accountsession.h"
#include "platform/settings.h"
#include "sync/jobsync.h"
#include "timeformat.h"

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

} // namespace

WatchingNotifier::WatchingNotifier(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_dueTimer.setSingleShot(true);
    connect(&m_dueTimer, &QTimer::timeout, this, &WatchingNotifier::checkDue);
}

void WatchingNotifier::watch(AccountSession *session)
{
    if (m_watched.contains(session))
        return;
    m_watched.insert(session);
    JobSync *sync = session->sync();
    connect(session, &AccountSession::stateChanged, this, [this, session] {
        checkSession(session);
        // Opened with a pasted token: when it runs out is due now.
        checkDue();
    });
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
    checkDue();
}

void WatchingNotifier::setRules(const NotificationRules &rules)
{
    m_rules = rules;
    // Switched on, quiet over, or a new threshold: what goes on now may be due.
    for (const AccountSession *session : std::as_const(m_watched))
        checkSession(session);
    checkDue();
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
    checkDue();
}

void WatchingNotifier::handlePollSucceeded(const AccountSession *session)
{
    const Episode episode = m_episodes.take(session->account().id);
    if (!episode.unreachableTold || !m_rules.accountProblems || m_rules.doNotDisturb)
        return;
    tell(session, JobNotification::Kind::WatchingAgain, "watching",
         tr("%1: watching again").arg(session->account().name),
         episode.finishedMeanwhile > 0
             ? tr("%n job(s) finished meanwhile", nullptr, episode.finishedMeanwhile)
             : tr("No job finished meanwhile"));
}

void WatchingNotifier::checkDue()
{
    m_dueTimer.stop();
    if (!m_rules.accountProblems || m_rules.doNotDisturb)
        return;
    const QDateTime now = m_clock.now();
    // The next outage to reach the threshold or token to run out, for the timer.
    std::optional<qint64> soonestMs;
    const auto later = [&soonestMs, &now](const QDateTime &due) {
        soonestMs = std::min(soonestMs.value_or(now.msecsTo(due)), now.msecsTo(due));
    };
    for (const AccountSession *session : std::as_const(m_watched)) {
        if (const std::optional<QDateTime> due = checkExpiry(session, now))
            later(*due);
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
            later(due);
            continue;
        }
        episode.unreachableTold = true;
        tell(
            session, JobNotification::Kind::Unreachable, "unreachable",
            tr("%1: no answer from Identity360 since %2")
                .arg(session->account().name, TimeFormat::clockTime(episode.unreachableSince, now)),
            sync->lastError() ? sync->lastError()->message() : QString());
    }
    if (soonestMs)
        m_dueTimer.start(std::chrono::milliseconds(*soonestMs));
}

std::optional<QDateTime> WatchingNotifier::checkExpiry(const AccountSession *session,
                                                       const QDateTime &now)
{
    if (session->account().credential != Account::Credential::AccessToken
        || session->state() != AccountSession::State::Open)
        return std::nullopt;
    const QString accountId = session->account().id;
    const Settings::PastedToken pasted = Settings::pastedToken(accountId);
    if (!pasted.pastedAt.isValid() || m_expiryTold.value(accountId) == pasted.pastedAt)
        return std::nullopt;
    const QDateTime expires = pasted.pastedAt.addSecs(pasted.lifetime.count());
    const QDateTime due = expires.addSecs(-std::chrono::seconds(expiryWarning).count());
    // Run out already: the server says so, and the sign-in needed is told.
    if (now >= expires)
        return std::nullopt;
    if (now < due)
        return due;
    m_expiryTold.insert(accountId, pasted.pastedAt);
    tell(session, JobNotification::Kind::TokenExpiring, "expiring",
         tr("%1: the access token probably expires at %2 — sign in to keep watching")
             .arg(session->account().name, TimeFormat::clockTime(expires, now)),
         tr("A pasted access token cannot be renewed. Signing in with the browser or a Self "
            "Client code keeps the account watched without you."));
    return std::nullopt;
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
