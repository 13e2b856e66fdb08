#include "jobgenerator.h"

#include <QHash>
#include <QRandomGenerator>

namespace {

using JobGenerator::ActionKind;

constexpr ActionKind actionKinds[] = {
    { "Bulk User Creation", "Management", "User", "User created successfully", true },
    { "Single User Creation", "Management", "User", "User created successfully", false },
    { "Bulk User Modification", "Management", "User", "User modified successfully", true },
    { "Single User Modification", "Management", "User", "User modified successfully", false },
    { "Bulk Group Modification", "Management", "Group", "Group modified successfully", true },
    { "Bulk Group Creation", "Management", "Group", "Group created successfully", true },
    { "Bulk User Deletion", "Management", "User", "User deleted successfully", true },
    { "Bulk Password Reset", "Management", "User", "Password reset successfully", true },
    { "Scheduled User Provisioning", "Automation", "User", "User provisioned successfully", true },
    { "Scheduled Group Membership Update", "Automation", "Group", "Membership updated successfully",
      true },
};
constexpr int actionKindCount = sizeof(actionKinds) / sizeof(actionKinds[0]);

constexpr const char *userErrors[] = {
    "Email already exists",
    "Invalid manager",
    "Username already exists",
    "Password does not meet the complexity requirements",
    "Required attribute 'department' is missing",
    "Insufficient privileges on the target OU",
    "User not found in the directory",
};
constexpr const char *groupErrors[] = {
    "Group not found",
    "Member not found",
    "Group name already exists",
    "Insufficient privileges on the group",
};

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

const ActionKind &actionKind(const QString &actionName)
{
    for (const ActionKind &kind : actionKinds) {
        if (actionName == QLatin1String(kind.name))
            return kind;
    }
    return actionKinds[0];
}

const ActionKind &randomActionKind(QRandomGenerator &random)
{
    return actionKinds[random.bounded(actionKindCount)];
}

QList<Job> generate(int count, quint32 seed, const QDateTime &now)
{
    QRandomGenerator random(seed);
    QList<Job> jobs;
    jobs.reserve(count);
    const qint64 firstId = 2000000000000;
    // Walk back in time from `now`: each job starts a little before the one after it.
    QDateTime start = now.toUTC().addSecs(-random.bounded(5, 40));
    for (int i = 0; i < count; ++i) {
        const ActionKind &action = randomActionKind(random);
        Job job;
        job.id = QString::number(firstId + count - i);
        job.actionName = QString::fromLatin1(action.name);
        job.module = QString::fromLatin1(action.module);
        job.startTime = start.addMSecs(-random.bounded(1000));
        if (i < 5)
            job.status = headStatuses[i];
        // A few more recent ones still running or waiting, as on a busy tenant.
        else if (i < 12 && random.bounded(4) == 0 && job.startTime.secsTo(now) < 15 * 60)
            job.status = random.bounded(2) ? JobStatus::Running : JobStatus::Queued;
        else
            job.status = finishedStatus(random);
        job.statusText = jobStatusToApi(job.status);
        if (!jobStatusIsActive(job.status)) {
            const int seconds = action.bulk ? random.bounded(20, 1200) : random.bounded(2, 12);
            job.endTime = std::min(job.startTime.addSecs(seconds).addMSecs(random.bounded(1000)),
                                   now.toUTC());
        }
        jobs.append(job);
        // Recent jobs come close together, older ones spread over days.
        start = start.addSecs(i < 12 ? -random.bounded(30, 900) : -random.bounded(60, 3 * 3600));
    }
    return jobs;
}

QList<EntityResult> plannedResults(const Job &job, JobStatus outcome, int count, quint32 seed)
{
    QRandomGenerator random(seed ^ static_cast<quint32>(qHash(job.id)));
    const ActionKind &kind = actionKind(job.actionName);
    const bool groups = qstrcmp(kind.entity, "Group") == 0;

    // How many of the entities fail, by outcome.
    int failures = 0;
    if (outcome == JobStatus::Warning && count > 1)
        failures = 1 + random.bounded(std::max(1, count * 3 / 10));
    else if (outcome == JobStatus::Error)
        failures = random.bounded(2) ? count : (count * (70 + random.bounded(30)) + 99) / 100;

    QList<EntityResult> results;
    results.reserve(count);
    const qint64 firstEntity = 2100000000000 + (job.id.right(6).toLongLong() * 10000);
    int failuresLeft = failures;
    for (int i = 0; i < count; ++i) {
        // Spread the failures over the run instead of bunching them at the start.
        const bool fails = failuresLeft > 0 && random.bounded(count - i) < failuresLeft;
        EntityResult result;
        result.id = QString::number(firstEntity + i);
        if (fails) {
            --failuresLeft;
            result.status = QStringLiteral("ERROR");
            result.message = QString::fromLatin1(
                groups ? groupErrors[random.bounded(int(std::size(groupErrors)))]
                       : userErrors[random.bounded(int(std::size(userErrors)))]);
        } else {
            result.status = QStringLiteral("SUCCESS");
            result.message = QString::fromLatin1(kind.successMessage);
        }
        results.append(result);
    }
    // A single-entity job can still end with a warning: it worked, with a caveat.
    if (outcome == JobStatus::Warning && count == 1)
        results.first().message += QStringLiteral("; the welcome e-mail could not be sent");
    return results;
}

} // namespace JobGenerator
