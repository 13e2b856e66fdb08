#include "jobgenerator.h"

#include <QRandomGenerator>

namespace {

struct Action
{
    const char *name;
    const char *module;
    bool bulk;
};

constexpr Action actions[] = {
    { "Bulk User Creation", "Management", true },
    { "Single User Creation", "Management", false },
    { "Bulk User Modification", "Management", true },
    { "Single User Modification", "Management", false },
    { "Bulk Group Modification", "Management", true },
    { "Bulk Group Creation", "Management", true },
    { "Bulk User Deletion", "Management", true },
    { "Bulk Password Reset", "Management", true },
    { "Scheduled User Provisioning", "Automation", true },
    { "Scheduled Group Membership Update", "Automation", true },
};
constexpr int actionCount = sizeof(actions) / sizeof(actions[0]);

constexpr JobStatus headStatuses[] = { JobStatus::Queued, JobStatus::Running, JobStatus::Error,
                                       JobStatus::Warning, JobStatus::Completed };

JobStatus finishedStatus(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 72)
        return JobStatus::Completed;
    if (roll < 88)
        return JobStatus::Warning;
    return JobStatus::Error;
}

} // namespace

namespace JobGenerator {

QList<Job> generate(int count, quint32 seed, const QDateTime &now)
{
    QRandomGenerator random(seed);
    QList<Job> jobs;
    jobs.reserve(count);
    const qint64 firstId = 2000000000000;
    // Walk back in time from `now`: each job starts a little before the one after it.
    QDateTime start = now.toUTC().addSecs(-random.bounded(5, 40));
    for (int i = 0; i < count; ++i) {
        const Action &action = actions[random.bounded(actionCount)];
        Job job;
        job.id = QString::number(firstId + count - i);
        job.actionName = QString::fromLatin1(action.name);
        job.module = QString::fromLatin1(action.module);
        job.startTime = start.addMSecs(-random.bounded(1000));
        if (i < 5)
            job.status = headStatuses[i];
        else if (i < 12 && random.bounded(4) == 0)
            job.status = random.bounded(2) ? JobStatus::Running : JobStatus::Queued;
        else
            job.status = finishedStatus(random);
        job.statusText = jobStatusToApi(job.status);
        if (!jobStatusIsActive(job.status)) {
            const int seconds = action.bulk ? random.bounded(20, 1200) : random.bounded(2, 12);
            job.endTime = job.startTime.addSecs(seconds).addMSecs(random.bounded(1000));
            if (job.endTime > now)
                job.endTime = now;
        }
        jobs.append(job);
        // Recent jobs come close together, older ones spread over days.
        start = start.addSecs(i < 12 ? -random.bounded(30, 900) : -random.bounded(60, 3 * 3600));
    }
    return jobs;
}

} // namespace JobGenerator
