#include "jobset.h"

#include <QSet>

namespace {

JobFields changedFields(const Job &before, const Job &after)
{
    JobFields fields;
    if (before.status != after.status || before.statusText != after.statusText)
        fields |= JobField::Status;
    if (before.actionName != after.actionName)
        fields |= JobField::Action;
    if (before.module != after.module)
        fields |= JobField::Module;
    if (before.startTime != after.startTime)
        fields |= JobField::Started;
    if (before.endTime != after.endTime)
        fields |= JobField::Finished;
    return fields;
}

} // namespace

JobChanges JobSet::merge(const QList<Job> &incoming, bool complete)
{
    JobChanges changes;
    QSet<QString> seen;
    seen.reserve(incoming.size());
    for (const Job &received : incoming) {
        if (seen.contains(received.id))
            continue;
        seen.insert(received.id);
        Job job = received;
        job.details.reset();
        const auto existing = m_jobs.find(job.id);
        if (existing == m_jobs.end()) {
            m_jobs.insert(job.id, job);
            changes.added.append(job);
            continue;
        }
        const JobFields fields = changedFields(*existing, job);
        if (!fields)
            continue;
        changes.updated.append({ job, fields, existing->status });
        *existing = job;
    }
    if (complete) {
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            if (seen.contains(it.key())) {
                ++it;
                continue;
            }
            changes.removed.append(it.key());
            it = m_jobs.erase(it);
        }
    }
    return changes;
}

JobChanges JobSet::remove(const QString &id)
{
    JobChanges changes;
    if (m_jobs.remove(id) > 0)
        changes.removed.append(id);
    return changes;
}

const Job *JobSet::find(const QString &id) const
{
    const auto found = m_jobs.constFind(id);
    return found == m_jobs.constEnd() ? nullptr : &*found;
}

QList<Job> JobSet::newestFirst() const
{
    QList<Job> jobs = m_jobs.values();
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) {
        if (a.startTime != b.startTime)
            return a.startTime > b.startTime;
        return a.id.size() != b.id.size() ? a.id.size() > b.id.size() : a.id > b.id;
    });
    return jobs;
}

QStringList JobSet::activeIds() const
{
    QStringList ids;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (jobStatusIsActive(it->status))
            ids.append(it.key());
    }
    return ids;
}
