#pragma once

#include "job.h"

#include <QString>

// One thing to tell the admin about a job (or, for a burst, about several), or about an account
// no longer watched: what the notification says and what activating it opens. Built by
// JobNotifier and WatchingNotifier, shown by the desktop's notification service or, without one,
// by the tray icon.
struct JobNotification
{
    enum class Kind {
        Finished, // one job completed, warned or failed
        Burst, // several finished in one poll: one summary
        Stuck, // a job queued or running far longer than usual
        FailureSpike, // an action's runs failed far more often today than usual: opens the account
        SignInNeeded, // an account stopped being watched until it is signed in again: opens its
                      // sign-in
        Unreachable, // an account's server has not answered for a while: opens the account
        WatchingAgain, // and answers again: opens the account
        KeychainProblem, // the keychain could not be read, so accounts cannot be opened: opens
                         // the first
        TokenExpiring, // a pasted access token probably runs out soon: opens its sign-in
    };

    Kind kind = Kind::Finished;
    // Never shown twice: not after a restart, not after a wake. "finished:ACCOUNT:ID", …
    QString key;
    // The job to open: its account ("" for the demo or --server) and id; empty for a burst and
    // for an account's state.
    QString accountId;
    QString jobId;
    // The job's status; for a burst, the worst of them.
    JobStatus status = JobStatus::Completed;
    QString summary;
    QString body;
    // Some entity failed (or the job errored): "Show failures" opens it with errors only.
    bool hasFailures = false;

    // Activating it opens the account's sign-in rather than a job.
    bool opensSignIn() const { return kind == Kind::SignInNeeded || kind == Kind::TokenExpiring; }
    // ERROR goes out with critical urgency, and so does a monitor that stopped watching.
    bool isCritical() const { return status == JobStatus::Error || kind == Kind::SignInNeeded; }
};
