#include "notify/watchingnotifier.h"

#include "accounts/accountsession.h"
#include "sync/jobsync.h"

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

WatchingNotifier::WatchingNotifier(QObject *parent)
    : QObject(parent)
{ }

void WatchingNotifier::watch(AccountSession *session)
{
    if (m_watched.contains(session))
        return;
    m_watched.insert(session);
    connect(session, &AccountSession::stateChanged, this, [this, session] { check(session); });
    connect(session->sync(), &JobSync::stateChanged, this, [this, session] { check(session); });
    // Not at the state Synced, which a retry sets before it knows the answer.
    connect(session->sync(), &JobSync::pollSucceeded, this,
            [this, id = session->account().id] { m_toldSignIn.remove(id); });
    connect(session, &QObject::destroyed, this, [this, session] { m_watched.remove(session); });
    check(session);
}

void WatchingNotifier::check(const AccountSession *session)
{
    const std::optional<QString> problem = signInProblem(session);
    const QString accountId = session->account().id;
    if (!problem || m_toldSignIn.contains(accountId))
        return;
    m_toldSignIn.insert(accountId);
    JobNotification notification;
    notification.kind = JobNotification::Kind::SignInNeeded;
    notification.key = QStringLiteral("signin:%1").arg(accountId);
    notification.accountId = accountId;
    notification.summary
        = tr("%1: sign in again to keep watching jobs").arg(session->account().name);
    notification.body = *problem;
    emit notificationReady(notification);
}
