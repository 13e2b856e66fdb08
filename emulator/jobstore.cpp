#include "jobstore.h"

#include "jobgenerator.h"
#include "scimscan.h"

const QString &JobStore::intern(const QString &text)
{
    const auto found = m_texts.constFind(text);
    return found != m_texts.constEnd() ? *found : *m_texts.insert(text);
}

void JobStore::setStatus(Job &job, JobStatus status)
{
    job.status = status;
    job.statusText = intern(jobStatusToApi(status));
}

JobStore::JobStore(const QList<Job> &jobs, quint32 seed, const Simulation &simulation,
                   const QDateTime &now)
    : m_seed(seed)
    , m_random(seed)
    , m_simulation(simulation)
    , m_lastAdvance(now)
{
    m_ordered.reserve(jobs.size());
    m_byId.reserve(jobs.size());
    for (const Job &job : jobs) {
        RecordPtr record = plan(job, now);
        m_ordered.append(record);
        m_byId.insert(job.id, record);
        if (jobStatusIsActive(job.status))
            m_active.append(record);
        m_nextId = std::max(m_nextId, job.id.toLongLong() + 1);
    }
}

JobStore::RecordPtr JobStore::plan(const Job &job, const QDateTime &now)
{
    // Derived from the seed and the id alone, so a job's plan does not depend on its neighbours.
    QRandomGenerator random(m_seed ^ static_cast<quint32>(qHash(job.id)) ^ 0x5eedu);
    const JobGenerator::ActionKind &kind = JobGenerator::actionKind(job.actionName);
    auto record = std::make_shared<Record>();
    record->job = job;
    record->job.details.reset();
    // A few texts shared by thousands of jobs: one copy each, so a filter scan stays in cache.
    record->job.actionName = intern(job.actionName);
    record->job.module = intern(job.module);
    record->job.statusText = intern(job.statusText);
    if (!kind.bulk)
        record->entityCount = 1;
    else if (random.bounded(10) == 0)
        record->entityCount = random.bounded(1000, 5001);
    else
        record->entityCount = random.bounded(3, 501);

    const qint64 runMs = kind.bulk ? random.bounded(20000, 240000) : random.bounded(3000, 15000);
    switch (job.status) {
    case JobStatus::Queued:
        record->outcome = randomOutcome(random);
        record->runStart = std::max(job.startTime, now).addMSecs(random.bounded(3000, 20000));
        record->runMs = runMs;
        break;
    case JobStatus::Running:
        // It has run since it started and goes on for a while yet.
        record->outcome = randomOutcome(random);
        record->runStart = job.startTime;
        record->runMs = std::max<qint64>(0, job.startTime.msecsTo(now)) + runMs;
        break;
    default:
        record->outcome = job.status;
        record->runStart = job.startTime;
        record->runMs = job.endTime.isValid() ? job.startTime.msecsTo(job.endTime) : runMs;
        break;
    }
    return record;
}

JobStatus JobStore::randomOutcome(QRandomGenerator &random) const
{
    const double roll = random.generateDouble();
    if (roll < m_simulation.errorRate)
        return JobStatus::Error;
    if (roll < m_simulation.errorRate + m_simulation.warningRate)
        return JobStatus::Warning;
    return JobStatus::Completed;
}

JobStore::Page JobStore::list(const ScimFilter &filter, int from, int limit) const
{
    Page page;
    const int first = from - 1;
    if (filter.matchesEverything()) {
        page.total = size();
        for (int i = first; i < std::min(size(), first + limit); ++i)
            page.jobs.append(m_ordered.at(i)->job);
        return page;
    }
    ScimScan scan(filter);
    for (const RecordPtr &record : m_ordered) {
        const bool match = scan.matches(record->job);
        // Tested in this order the branch is predictable outside the page's own window; a
        // branch on `match` itself would be mispredicted for every other job.
        if (page.jobs.size() < limit && page.total >= first && match)
            page.jobs.append(record->job);
        page.total += match;
    }
    return page;
}

std::optional<Job> JobStore::get(const QString &id) const
{
    const RecordPtr record = m_byId.value(id);
    if (!record)
        return std::nullopt;
    Job job = record->job;
    QList<EntityResult> results;
    if (job.status != JobStatus::Queued) {
        results = JobGenerator::plannedResults(job, record->outcome, record->entityCount, m_seed);
        if (job.status == JobStatus::Running) {
            // Results fill in as the job runs.
            const qint64 elapsed = record->runStart.msecsTo(m_lastAdvance);
            const double done = record->runMs > 0
                ? std::clamp(double(elapsed) / double(record->runMs), 0.0, 1.0)
                : 1.0;
            results.resize(static_cast<qsizetype>(done * results.size()));
        }
    }
    job.details = JobDetails { QString::fromLatin1(JobGenerator::actionKind(job.actionName).entity),
                               results };
    return job;
}

bool JobStore::remove(const QString &id)
{
    const RecordPtr record = m_byId.take(id);
    if (!record)
        return false;
    m_ordered.removeOne(record);
    m_active.removeOne(record);
    return true;
}

void JobStore::insertNewest(const RecordPtr &record)
{
    m_ordered.prepend(record);
    m_byId.insert(record->job.id, record);
    if (jobStatusIsActive(record->job.status))
        m_active.append(record);
}

Job JobStore::add(const NewJob &request, const QDateTime &now)
{
    const JobGenerator::ActionKind &kind = request.actionName.isEmpty()
        ? JobGenerator::randomActionKind(m_random)
        : JobGenerator::actionKind(request.actionName);
    Job job;
    job.id = QString::number(m_nextId++);
    job.actionName
        = request.actionName.isEmpty() ? QString::fromLatin1(kind.name) : request.actionName;
    job.module = request.module.isEmpty() ? QString::fromLatin1(kind.module) : request.module;
    job.statusText = request.statusText.isEmpty() ? QStringLiteral("QUEUED") : request.statusText;
    job.status = jobStatusFromApi(job.statusText);
    job.startTime = now;

    RecordPtr record = plan(job, now);
    if (request.outcome != JobStatus::Unknown)
        record->outcome = request.outcome;
    if (request.entityCount >= 0)
        record->entityCount = request.entityCount;
    if (request.runMs >= 0)
        record->runMs = request.runMs;
    if (job.status == JobStatus::Running) {
        record->runStart = now;
    } else if (job.status != JobStatus::Queued && job.status != JobStatus::Unknown) {
        // Added as finished: it ran until now.
        record->job.startTime = now.addMSecs(-record->runMs);
        record->job.endTime = now;
        record->runStart = record->job.startTime;
    }
    insertNewest(record);
    return record->job;
}

void JobStore::advance(const QDateTime &now)
{
    if (m_simulation.enabled && now > m_lastAdvance) {
        // Counted from the start rather than summed per step, so rounding never loses a job.
        m_simulatedMs += m_lastAdvance.msecsTo(now);
        const auto due = static_cast<qint64>(
            m_simulation.arrivalsPerMinute * double(m_simulatedMs) / 60000.0 + 1e-9);
        for (; m_arrivals < due; ++m_arrivals) {
            NewJob arrival;
            arrival.outcome = randomOutcome(m_random);
            add(arrival, now);
        }
    }
    m_lastAdvance = std::max(m_lastAdvance, now);

    for (qsizetype i = m_active.size() - 1; i >= 0; --i) {
        Record &record = *m_active.at(i);
        if (record.job.status == JobStatus::Queued && now >= record.runStart)
            setStatus(record.job, JobStatus::Running);
        if (record.job.status == JobStatus::Running
            && now >= record.runStart.addMSecs(record.runMs)) {
            setStatus(record.job, record.outcome);
            record.job.endTime = record.runStart.addMSecs(record.runMs);
            m_active.remove(i);
        }
    }
}
