#include "jobset.h"

namespace {

// Texts decoded from the API are shared (see JobJson), so equal ones are usually one string.
bool sameText(const QString &a, const QString &b)
{
    return a.constData() == b.constData() || a == b;
}

JobFields changedFields(const Job &before, const Job &after)
{
    JobFields fields;
    if (before.status != after.status || !sameText(before.statusText, after.statusText))
        fields |= JobField::Status;
    if (!sameText(before.actionName, after.actionName))
        fields |= JobField::Action;
    if (!sameText(before.module, after.module))
        fields |= JobField::Module;
    if (before.startTime != after.startTime)
        fields |= JobField::Started;
    if (before.endTime != after.endTime)
        fields |= JobField::Finished;
    if (before.readProblem != after.readProblem)
        fields |= JobField::ReadProblem;
    return fields;
}

bool isFollowed(const Job &job)
{
    return jobStatusIsActive(job.status) && !job.readProblem;
}

} // namespace

JobChanges JobSet::merge(const QList<Job> &incoming, bool complete)
{
    JobChanges changes;
    const quint64 merge = ++m_merges;
    for (const Job &received : incoming) {
        auto existing = m_jobs.find(received.id);
        if (existing == m_jobs.end()) {
            Entry &entry = m_jobs[received.id];
            entry.job = received;
            entry.job.details.reset();
            entry.seenIn = merge;
            count(nullptr, &entry.job);
            changes.added.append(entry.job);
            continue;
        }
        // A repeated id in one answer counts once.
        if (existing->seenIn == merge)
            continue;
        existing->seenIn = merge;
        // What was read before stays; only the mark says the last answer could not be read.
        const Job *merged = &received;
        Job marked;
        if (received.status == JobStatus::Unreadable
            && existing->job.status != JobStatus::Unreadable) {
            marked = existing->job;
            marked.readProblem = received.readProblem;
            merged = &marked;
        }
        const JobFields fields = changedFields(existing->job, *merged);
        if (!fields)
            continue;
        const JobStatus previous = existing->job.status;
        count(&existing->job, merged);
        existing->job = *merged;
        existing->job.details.reset();
        changes.updated.append({ existing->job, fields, previous });
    }
    if (complete) {
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            if (it->seenIn == merge) {
                ++it;
                continue;
            }
            changes.removed.append(it.key());
            count(&it->job, nullptr);
            it = m_jobs.erase(it);
        }
    }
    return changes;
}

JobChanges JobSet::remove(const QString &id)
{
    JobChanges changes;
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return changes;
    count(&found->job, nullptr);
    m_jobs.erase(found);
    changes.removed.append(id);
    return changes;
}

const Job *JobSet::find(const QString &id) const
{
    const auto found = m_jobs.constFind(id);
    return found == m_jobs.constEnd() ? nullptr : &found->job;
}

QList<Job> JobSet::newestFirst() const
{
    QList<Job> jobs;
    jobs.reserve(m_jobs.size());
    for (const Entry &entry : m_jobs)
        jobs.append(entry.job);
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) {
        if (a.startTime != b.startTime)
            return a.startTime > b.startTime;
        return a.id.size() != b.id.size() ? a.id.size() > b.id.size() : a.id > b.id;
    });
    return jobs;
}

QStringList JobSet::activeIds() const
{
    return QStringList(m_activeIds.cbegin(), m_activeIds.cend());
}

void JobSet::count(const Job *before, const Job *after)
{
    if (before) {
        m_unreadable -= before->readProblem ? 1 : 0;
        if (isFollowed(*before))
            m_activeIds.remove(before->id);
    }
    if (after) {
        m_unreadable += after->readProblem ? 1 : 0;
        if (isFollowed(*after))
            m_activeIds.insert(after->id);
    }
}
