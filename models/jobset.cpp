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

JobSet::Entry *JobSet::entryFor(const Job &received, qsizetype *next)
{
    if (*next < m_listOrder.size()) {
        const qsizetype slot = m_listOrder.at(*next);
        if (slot < m_jobs.size() && m_jobs.at(slot).job.id == received.id) {
            ++*next;
            return &m_jobs[slot];
        }
    }
    const auto found = m_slotById.constFind(received.id);
    if (found == m_slotById.cend())
        return nullptr;
    Entry &entry = m_jobs[*found];
    // The answers part ways here (a job came or went): go on from where the last one had it.
    if (entry.listPosition >= 0)
        *next = entry.listPosition + 1;
    return &entry;
}

JobChanges JobSet::merge(const QList<Job> &incoming, bool complete)
{
    JobChanges changes;
    const quint64 merge = ++m_merges;
    // The first answer (or the cache) brings every job: room for them at once, not by doubling.
    if (m_jobs.isEmpty()) {
        m_jobs.reserve(incoming.size());
        m_slotById.reserve(incoming.size());
        changes.added.reserve(incoming.size());
    }
    QList<qsizetype> listOrder;
    if (complete)
        listOrder.reserve(incoming.size());
    qsizetype next = 0;
    for (const Job &received : incoming) {
        Entry *existing = entryFor(received, &next);
        if (!existing) {
            const qsizetype slot = m_jobs.size();
            m_slotById.insert(received.id, slot);
            Entry &entry = m_jobs.emplace_back();
            entry.job = received;
            entry.job.details.reset();
            entry.seenIn = merge;
            if (complete)
                listOrder.append(slot);
            count(nullptr, &entry.job);
            changes.added.append(entry.job);
            continue;
        }
        // A repeated id in one answer counts once.
        if (existing->seenIn == merge)
            continue;
        existing->seenIn = merge;
        if (complete)
            listOrder.append(existing - m_jobs.data());
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
        for (qsizetype position = 0; position < listOrder.size(); ++position)
            m_jobs[listOrder.at(position)].listPosition = position;
        m_listOrder = std::move(listOrder);
        // From the back, so that the entry moved into a freed slot has been looked at already.
        for (qsizetype slot = m_jobs.size() - 1; slot >= 0; --slot) {
            if (m_jobs.at(slot).seenIn != merge)
                removeAt(slot, &changes);
        }
    }
    return changes;
}

// The last entry takes the freed slot: no other entry moves.
void JobSet::removeAt(qsizetype slot, JobChanges *changes)
{
    changes->removed.append(m_jobs.at(slot).job.id);
    count(&m_jobs.at(slot).job, nullptr);
    m_slotById.remove(m_jobs.at(slot).job.id);
    const qsizetype last = m_jobs.size() - 1;
    if (slot != last) {
        Entry &moved = m_jobs[slot];
        moved = std::move(m_jobs[last]);
        m_slotById[moved.job.id] = slot;
        if (moved.listPosition >= 0)
            m_listOrder[moved.listPosition] = slot;
    }
    m_jobs.removeLast();
}

JobChanges JobSet::remove(const QString &id)
{
    JobChanges changes;
    const auto found = m_slotById.constFind(id);
    if (found != m_slotById.cend())
        removeAt(*found, &changes);
    return changes;
}

const Job *JobSet::find(const QString &id) const
{
    const auto found = m_slotById.constFind(id);
    return found == m_slotById.cend() ? nullptr : &m_jobs.at(*found).job;
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
