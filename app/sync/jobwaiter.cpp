#include "sync/jobwaiter.h"

#include "platform/logging.h"
#include "sync/jobsync.h"

#include <QPointer>

#include <algorithm>

namespace {

// Whether a later try may get an answer: a server busy, down or out of reach may come back; a
// refused token, a missing scope, a bad id, a redirect elsewhere or an untrusted certificate
// stay as they are however often they are asked.
bool retryingMayCure(const RequestError &error)
{
    switch (error.kind) {
    case RequestError::Kind::RateLimited:
    case RequestError::Kind::Network:
    case RequestError::Kind::Timeout:
    case RequestError::Kind::Decode:
        return true;
    case RequestError::Kind::Server:
        return error.httpStatus >= 500 || error.httpStatus == 408;
    case RequestError::Kind::Unauthorized:
    case RequestError::Kind::Forbidden:
    case RequestError::Kind::NotFound:
    case RequestError::Kind::Tls:
    case RequestError::Kind::Redirected:
    case RequestError::Kind::InvalidJobId:
        return false;
    }
    return false;
}

} // namespace

struct JobWaiter::Poll
{
    // Steps under way: the listing or the look at each job, and each job's request.
    int pending = 1;
    // The first failure that retrying cannot cure, and the first that it may.
    std::optional<RequestError> lasting;
    std::optional<RequestError> transient;
};

JobWaiter::JobWaiter(JobsClient *client, const QStringList &ids, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_waiting(ids)
    , m_interval(JobSync::Intervals {}.hot)
{
    m_waiting.removeDuplicates();
    m_toFetch = QSet<QString>(m_waiting.cbegin(), m_waiting.cend());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobWaiter::poll);
}

void JobWaiter::setInterval(std::chrono::milliseconds hot)
{
    m_interval = std::max(hot, JobSync::minimumIntervals.hot);
}

void JobWaiter::start()
{
    poll();
}

void JobWaiter::poll()
{
    if (m_polling || m_ended)
        return;
    m_timer.stop();
    m_polling = true;
    auto current = std::make_shared<Poll>();
    // The listing only tells about jobs not looked at one by one anyway.
    const bool listingTells
        = std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                      [this](const QString &id) { return !m_toFetch.contains(id); });
    if (listingTells)
        listHotSet(current);
    else
        fetchJobs(current);
}

void JobWaiter::listHotSet(const std::shared_ptr<Poll> &poll)
{
    m_client->fetchAllJobs(
        JobSync::hotFilter,
        [this, self = QPointer<JobWaiter>(this), poll](const JobListResult &result) {
            if (!self)
                return;
            if (result.error) {
                recordError(poll, *result.error);
                stepDone(poll);
                return;
            }
            const QSet<QString> waited(m_waiting.cbegin(), m_waiting.cend());
            QSet<QString> stillHot;
            for (const Job &job : result.jobs) {
                if (!waited.contains(job.id))
                    continue;
                // Listed as hot but no longer active: it finished as the listing was made.
                if (!jobStatusIsActive(job.status) && job.status != JobStatus::Unreadable)
                    continue;
                stillHot.insert(job.id);
                absorbJob(job);
            }
            // Only a listing known to hold every hot job says that one it lacks has left the set.
            if (result.complete && result.unreadableWithoutId == 0) {
                for (const QString &id : std::as_const(m_waiting)) {
                    if (!stillHot.contains(id))
                        m_toFetch.insert(id);
                }
            } else {
                qCInfo(lcSync) << "hot listing incomplete: no waited job taken as finished";
            }
            fetchJobs(poll);
        });
}

void JobWaiter::fetchJobs(const std::shared_ptr<Poll> &poll)
{
    for (const QString &id : std::as_const(m_waiting)) {
        if (!m_toFetch.contains(id))
            continue;
        ++poll->pending;
        m_client->fetchJob(
            id, [this, self = QPointer<JobWaiter>(this), poll, id](const ApiResult<Job> &result) {
                if (!self)
                    return;
                if (result.value) {
                    m_toFetch.remove(id);
                    absorbJob(*result.value);
                } else if (result.error->kind == RequestError::Kind::NotFound) {
                    conclude(id);
                    emit jobGone(id);
                } else {
                    RequestError error = *result.error;
                    if (error.kind == RequestError::Kind::InvalidJobId)
                        error.detail = tr("The id given was “%1”.").arg(id);
                    // Still to be looked at: asked again at the next poll.
                    recordError(poll, error);
                }
                stepDone(poll);
            });
    }
    stepDone(poll);
}

void JobWaiter::absorbJob(const Job &job)
{
    // Read for its id only: where it stands is not known.
    if (job.status == JobStatus::Unreadable)
        return;
    if (jobStatusIsActive(job.status)) {
        const auto seen = m_seen.constFind(job.id);
        if (seen == m_seen.cend() || *seen != job.status) {
            m_seen.insert(job.id, job.status);
            emit jobSeen(job);
        }
        return;
    }
    conclude(job.id);
    emit jobFinished(job);
}

void JobWaiter::conclude(const QString &id)
{
    m_waiting.removeOne(id);
    m_toFetch.remove(id);
    m_seen.remove(id);
}

void JobWaiter::recordError(const std::shared_ptr<Poll> &poll, const RequestError &error)
{
    std::optional<RequestError> &kept = retryingMayCure(error) ? poll->transient : poll->lasting;
    if (!kept)
        kept = error;
}

void JobWaiter::stepDone(const std::shared_ptr<Poll> &poll)
{
    if (--poll->pending == 0)
        finishPoll(*poll);
}

void JobWaiter::finishPoll(const Poll &poll)
{
    m_polling = false;
    if (m_waiting.isEmpty()) {
        m_ended = true;
        emit allDone();
        return;
    }
    if (poll.lasting) {
        m_ended = true;
        qCInfo(lcSync) << "waiting for jobs stopped:" << poll.lasting->message();
        emit stopped(*poll.lasting);
        return;
    }
    if (poll.transient) {
        ++m_failures;
        const std::chrono::milliseconds delay = JobSync::backoffDelay(
            m_failures, poll.transient->retryAfterSeconds, m_random.generateDouble());
        qCInfo(lcSync) << "waiting for jobs: poll failed, retrying in" << delay.count()
                       << "ms:" << poll.transient->message();
        m_timer.start(delay);
        emit retrying(*poll.transient, delay);
        return;
    }
    m_failures = 0;
    m_timer.start(m_interval);
}
