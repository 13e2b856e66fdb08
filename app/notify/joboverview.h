#pragma once

#include "job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class JobSync;

// Every watched account at a glance, for the tray: one state for the icon, a line or two for
// the tooltip, and the newest jobs for the menu.
struct JobOverview
{
    Q_DECLARE_TR_FUNCTIONS(JobOverview)

public:
    // In the order the icon shows them: the first that applies wins.
    enum class State {
        SignInNeeded, // an account cannot be polled until it is signed in again
        Attention, // a failure or warning was told and not yet looked at
        Offline, // an account's server cannot be reached or keeps failing: its jobs are stale
        Running, // jobs are queued or running
        Idle,
    };

    // One watched sync and what its account's session says beyond it.
    struct Source
    {
        const JobSync *sync = nullptr;
        // Not signed in, or its keychain cannot be read (the session's word).
        bool signInNeeded = false;
    };

    struct RecentJob
    {
        QString accountId;
        QString jobId;
        JobStatus status = JobStatus::Unknown;
        // "Bulk User Creation — Running", with the account's name when there are several.
        QString text;

        bool operator==(const RecentJob &other) const
        {
            return accountId == other.accountId && jobId == other.jobId && status == other.status
                && text == other.text;
        }
    };

    static constexpr int recentCount = 5;

    State state = State::Idle;
    // "3 running · 1 failed in the last hour", then a line for each account in trouble.
    QString summary;
    // Newest first.
    QList<RecentJob> recent;
    // When a failure or warning counted "in the last hour" leaves the hour, so the summary
    // reads differently with the time alone; invalid when none is counted.
    QDateTime changesAt;

    static JobOverview of(const QList<Source> &sources, int unseenProblems, const QDateTime &now);
};
