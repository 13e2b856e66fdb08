#pragma once

#include "clock.h"
#include "notify/jobnotification.h"
#include "notify/jobnotifier.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

class AccountSession;
struct RequestError;

// Tells the admin when an account stops being watched, so that a monitor hidden in the tray
// never looks as if it watched while it does not:
// - an account that needs signing in again (its server refuses the token after a renewal, its
//   refresh token is refused or revoked, the keychain no longer holds its sign-in) — not one
//   the admin signed out, which stopped by their choice — with the way to sign in; do not
//   disturb does not hold it, since a monitor that cannot sign in silences everything else;
// - a server that has not answered for longer than the rules' threshold, measured by a timer
//   of its own from the first failed poll (while the system says there is no network, nothing
//   counts), and, once it answers again, that watching goes on and how many jobs finished
//   meanwhile (JobNotifier tells of each);
// - a keychain that cannot be read (locked, missing), so accounts cannot be opened: once per
//   start, with what to do;
// - a pasted access token that probably runs out within five minutes (pasted when the settings
//   say, living as long as the account's last token answer said, else Zoho's hour), with the
//   way to sign in: once per paste.
// Each is told once per episode, and an episode ends when a poll succeeds again. The time is
// the clock's: a test moves it and runs checkDue() as the timer would.
// What it decides is handed out by notificationReady(), like JobNotifier's news.
class WatchingNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchingNotifier)

public:
    explicit WatchingNotifier(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Watches `session` (and its sync) until it is destroyed; watching it again changes nothing.
    // A session opened again for the same account goes on in the same episode.
    void watch(AccountSession *session);
    // Uses accountProblems, unreachableAfter and doNotDisturb; what goes on already is told
    // when the new rules want it.
    void setRules(const NotificationRules &rules);
    // A pasted token is told of this long before it probably runs out.
    static constexpr std::chrono::minutes expiryWarning { 5 };

    // What the timer does when something is due by the clock: tells of every account whose
    // server has not answered for longer than the threshold and of every pasted token about to
    // run out, and sets the timer for the next.
    void checkDue();

signals:
    void notificationReady(const JobNotification &notification);

private:
    // What was told of an account since its last good poll.
    struct Episode
    {
        bool signInTold = false;
        // The first failed poll of an outage, by our clock; invalid while none failed.
        QDateTime unreachableSince;
        bool unreachableTold = false;
        int finishedMeanwhile = 0;
    };

    // Whether `session` needs signing in again, or its keychain failed.
    void checkSession(const AccountSession *session);
    void handlePollFailed(const AccountSession *session, const RequestError &error);
    void handlePollSucceeded(const AccountSession *session);
    // Tells when `session`'s pasted token runs out within expiryWarning; when it will, the
    // time to look again.
    std::optional<QDateTime> checkExpiry(const AccountSession *session, const QDateTime &now);
    // `what` names it in the key: "signin:ACCOUNT", …
    void tell(const AccountSession *session, JobNotification::Kind kind, const char *what,
              const QString &summary, const QString &body);

    const Clock &m_clock;
    NotificationRules m_rules;
    QSet<AccountSession *> m_watched;
    QHash<QString, Episode> m_episodes;
    bool m_keychainTold = false;
    // By account: when the pasted token told of was pasted (a new paste is told again).
    QHash<QString, QDateTime> m_expiryTold;
    QTimer m_dueTimer;
};
