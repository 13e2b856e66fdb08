#pragma once

#include "notify/jobnotification.h"

#include <QObject>
#include <QSet>

class AccountSession;

// Tells the admin when an account stops being watched, so that a monitor hidden in the tray
// never looks as if it watched while it does not. An account needs signing in again when its
// server refuses the token (after a renewal), its refresh token is refused or revoked, or the
// keychain no longer holds its sign-in: told once per episode, with the way to sign in. An
// episode ends when a poll of the account succeeds again. An account the admin signed out is
// not told of: that watching stopped is their choice.
// What it decides is handed out by notificationReady(), like JobNotifier's news; do not disturb
// does not hold it, since a monitor that cannot sign in silences everything else.
class WatchingNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchingNotifier)

public:
    explicit WatchingNotifier(QObject *parent = nullptr);

    // Watches `session` (and its sync) until it is destroyed; watching it again changes nothing.
    // A session opened again for the same account goes on in the same episode.
    void watch(AccountSession *session);

signals:
    void notificationReady(const JobNotification &notification);

private:
    void check(const AccountSession *session);

    QSet<AccountSession *> m_watched;
    // Accounts told that they need signing in, until their next good poll.
    QSet<QString> m_toldSignIn;
};
