#include "notify/joboverview.h"

#include "sync/jobsync.h"

JobOverview JobOverview::of(const QList<Source> &sources, int unseenProblems, const QDateTime &now)
{
    JobOverview overview;
    const bool several = sources.size() > 1;
    const QDateTime hourAgo = now.addSecs(-3600);
    int running = 0;
    int queued = 0;
    int failed = 0;
    int warned = 0;
    bool signInNeeded = false;
    bool offline = false;
    QStringList troubles;
    // The newest few, kept sorted by start time while every job passes once.
    QList<std::pair<const Job *, const JobSync *>> newest;
    for (const Source &source : sources) {
        const JobSync *sync = source.sync;
        const QString name = sync->model()->accountName();
        const auto about
            = [&](const QString &text) { return several ? tr("%1: %2").arg(name, text) : text; };
        if (source.signInNeeded || sync->state() == JobSync::State::SignInNeeded) {
            signInNeeded = true;
            troubles.append(about(tr("sign-in needed")));
        } else if (sync->state() == JobSync::State::Offline) {
            offline = true;
            troubles.append(about(tr("offline")));
        } else if (sync->state() == JobSync::State::Failing) {
            offline = true;
            troubles.append(about(tr("server errors")));
        } else if (sync->state() == JobSync::State::Paused) {
            troubles.append(about(tr("polling paused")));
        }
        const JobTableModel *table = sync->model();
        for (int row = 0; row < table->jobCount(); ++row) {
            const Job &job = table->jobAt(row);
            switch (job.status) {
            case JobStatus::Running:
                ++running;
                break;
            case JobStatus::Queued:
                ++queued;
                break;
            case JobStatus::Error:
            case JobStatus::Warning:
                if (job.endTime < hourAgo)
                    break;
                ++(job.status == JobStatus::Error ? failed : warned);
                if (const QDateTime leaves = job.endTime.addSecs(3600).addMSecs(1);
                    !overview.changesAt.isValid() || leaves < overview.changesAt)
                    overview.changesAt = leaves;
                break;
            default:
                break;
            }
            if (newest.size() < recentCount
                || job.startTime > newest.constLast().first->startTime) {
                const auto at
                    = std::find_if(newest.begin(), newest.end(), [&job](const auto &kept) {
                          return job.startTime > kept.first->startTime;
                      });
                newest.insert(at, { &job, sync });
                if (newest.size() > recentCount)
                    newest.removeLast();
            }
        }
    }

    QStringList counts;
    if (running > 0)
        counts.append(tr("%n running", nullptr, running));
    if (queued > 0)
        counts.append(tr("%n queued", nullptr, queued));
    if (failed > 0)
        counts.append(tr("%n failed in the last hour", nullptr, failed));
    if (warned > 0)
        counts.append(tr("%n with warnings in the last hour", nullptr, warned));
    QStringList lines { counts.isEmpty() ? tr("Nothing running")
                                         : counts.join(QStringLiteral(" · ")) };
    lines += troubles;
    overview.summary = lines.join(QLatin1Char('\n'));

    if (signInNeeded)
        overview.state = State::SignInNeeded;
    else if (unseenProblems > 0)
        overview.state = State::Attention;
    else if (offline)
        overview.state = State::Offline;
    else if (running + queued > 0)
        overview.state = State::Running;

    for (const auto &[job, sync] : newest) {
        const QString status = job->status == JobStatus::Unknown
            ? job->statusText
            : jobStatusDisplayName(job->status);
        // Of a job never read only the id is known.
        const QString what
            = job->status == JobStatus::Unreadable ? tr("Job %1").arg(job->id) : job->actionName;
        QString text = tr("%1 — %2").arg(what, status);
        if (several)
            text = tr("%1 (%2)").arg(text, sync->model()->accountName());
        overview.recent.append({ sync->accountId(), job->id, job->status, text });
    }
    return overview;
}
