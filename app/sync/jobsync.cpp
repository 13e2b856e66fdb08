#include "sync/jobsync.h"

#include "accounts/deleteaccess.h"
#include "platform/heap.h"
#include "platform/logging.h"
#include "sync/jobcache.h"

#include <QSet>

const QString JobSync::hotFilter = QStringLiteral(R"(status eq "QUEUED" or status eq "RUNNING")");

namespace {

bool isConnectionProblem(const RequestError &error)
{
    return error.kind == RequestError::Kind::Network || error.kind == RequestError::Kind::Timeout;
}

} // namespace

struct JobSync::Poll
{
    PollKind kind = PollKind::Full;
    // When it was sent, by our clock.
    QDateTime sentAt;
    // Requests still under way for this poll.
    int pending = 0;
    std::optional<RequestError> error;
    QSet<QString> detailsRequested;
    // A Full poll that listed every job, completely.
    bool listedEverything = false;
};

JobSync::JobSync(const QString &account, const Clock &clock, Owner owner, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_clock(clock)
    , m_owner(owner)
    , m_client(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(m_nextKind); });
}

JobSync::~JobSync() = default;

QString JobSync::storedAccountId() const
{
    return m_owner == Owner::StoredAccount ? m_account : QString();
}

void JobSync::setIntervals(const Intervals &intervals)
{
    m_intervals.hot = std::max(intervals.hot, minimumIntervals.hot);
    m_intervals.idle = std::max(intervals.idle, minimumIntervals.idle);
    m_intervals.full = std::max(intervals.full, minimumIntervals.full);
}

std::chrono::milliseconds JobSync::backoffDelay(int failures, int retryAfterSeconds, double jitter)
{
    const int doublings = std::clamp(failures - 1, 0, 20);
    const double exponential = std::min(double(backoffCap.count()),
                                        double(backoffBase.count()) * double(1 << doublings));
    const auto spread
        = static_cast<qint64>(exponential * (0.8 + 0.4 * std::clamp(jitter, 0.0, 1.0)));
    const auto asked = std::chrono::seconds(std::max(0, retryAfterSeconds));
    return std::min<std::chrono::milliseconds>(
        std::max<std::chrono::milliseconds>(
            std::chrono::milliseconds(std::min<qint64>(spread, backoffCap.count())), asked),
        JobsClient::longestWait);
}

void JobSync::start()
{
    if (m_cache) {
        if (const std::optional<JobCache::Snapshot> snapshot = m_cache->load(m_account)) {
            absorb(m_jobs.merge(snapshot->jobs, true), nullptr);
            qCInfo(lcSync) << "showing" << snapshot->jobs.size() << "cached jobs from"
                           << snapshot->syncedAt;
        }
    }
    poll(PollKind::Full);
}

void JobSync::refreshNow()
{
    if (m_state == State::SignInNeeded || m_state == State::Failing || m_state == State::Offline)
        m_failures = 0;
    if (m_state == State::SignInNeeded)
        setState(m_stale ? State::Starting : State::Synced);
    // Asked for by the admin (or back from offline): every job, not a check.
    m_listEverything = true;
    if (m_polling) {
        m_fullPending = true;
        return;
    }
    poll(PollKind::Full);
}

void JobSync::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer.stop();
        setState(State::Paused);
    } else {
        setState(m_stale ? State::Starting : State::Synced);
        poll(m_nextKind);
    }
}

void JobSync::setNetworkAvailable(bool available)
{
    if (m_networkAvailable == available)
        return;
    m_networkAvailable = available;
    if (!available) {
        m_timer.stop();
        m_stale = true;
        setState(State::Offline);
        return;
    }
    // Back from offline: find out at once what happened meanwhile.
    m_failures = 0;
    refreshNow();
}

void JobSync::poll(PollKind kind)
{
    if (m_polling) {
        m_fullPending = m_fullPending || kind == PollKind::Full;
        return;
    }
    if (!hasServer() || m_paused || !m_networkAvailable || m_state == State::SignInNeeded)
        return;
    m_timer.stop();
    m_polling = true;
    m_fullPending = false;
    auto current = std::make_shared<Poll>();
    current->kind = kind;
    current->sentAt = m_clock.now();
    current->pending = 1;
    emit pollStarted(kind);

    switch (kind) {
    case PollKind::Full:
        if (mustListEverything())
            listEverything(current);
        else
            checkNewest(current);
        break;
    case PollKind::Newest:
        m_client.fetchPage(
            1, JobsClient::pageSize, QString(), [this, current](const ApiResult<JobPage> &result) {
                if (result.error) {
                    current->error = result.error;
                } else {
                    const JobChanges changes = m_jobs.merge(result.value->jobs, false);
                    // Nothing but new jobs: more may have come than one page holds.
                    if (!result.value->jobs.isEmpty()
                        && changes.added.size() == result.value->jobs.size())
                        m_listEverything = true;
                    absorb(changes, current);
                }
                stepDone(current);
            });
        break;
    case PollKind::Hot: {
        const QStringList wereActive = m_jobs.activeIds();
        m_client.fetchAllJobs(hotFilter, [this, current, wereActive](const JobListResult &result) {
            if (result.error) {
                current->error = result.error;
            } else {
                absorb(m_jobs.merge(result.jobs, false), current);
                QSet<QString> stillActive;
                for (const Job &job : result.jobs)
                    stillActive.insert(job.id);
                // Gone from the hot set: finished (or deleted). One look at each, with details.
                for (const QString &id : wereActive) {
                    if (!stillActive.contains(id))
                        fetchDetails(current, id);
                }
            }
            stepDone(current);
        });
        break;
    }
    }
}

bool JobSync::mustListEverything() const
{
    return m_listEverything || !m_totalTrusted
        || m_lastListedAll.secsTo(m_clock.now())
        >= std::chrono::seconds(listEverythingEvery).count()
        || m_jobs.unreadableCount() > 0 || m_unreadableWithoutId > 0;
}

void JobSync::checkNewest(const std::shared_ptr<Poll> &poll)
{
    m_client.fetchPage(1, JobsClient::pageSize, QString(),
                       [this, poll](const ApiResult<JobPage> &result) {
                           if (result.error) {
                               poll->error = result.error;
                               stepDone(poll);
                               return;
                           }
                           const JobPage &page = *result.value;
                           const JobChanges changes = m_jobs.merge(page.jobs, false);
                           const bool agrees = changes.added.isEmpty()
                               && page.unreadableWithoutId == 0 && page.meta.total == m_jobs.size();
                           qCDebug(lcSync) << "newest page and total" << page.meta.total
                                           << (agrees ? "agree with" : "disagree with")
                                           << m_jobs.size() << "jobs held";
                           absorb(changes, poll);
                           if (!agrees) {
                               ++poll->pending;
                               listEverything(poll);
                           }
                           stepDone(poll);
                       });
}

void JobSync::listEverything(const std::shared_ptr<Poll> &poll)
{
    m_client.fetchAllJobs(QString(), [this, poll](const JobListResult &result) {
        if (result.error) {
            poll->error = result.error;
        } else {
            // An entry without a readable id may be any job: with one, none is taken as gone.
            m_unreadableWithoutId = result.unreadableWithoutId;
            const bool complete = result.complete && result.unreadableWithoutId == 0;
            absorb(m_jobs.merge(result.jobs, complete), poll);
            if (complete) {
                poll->listedEverything = true;
                m_lastListedAll = poll->sentAt;
                m_listEverything = false;
                m_totalTrusted = result.total == result.jobs.size();
            }
        }
        stepDone(poll);
    });
}

void JobSync::fetchDetails(const std::shared_ptr<Poll> &poll, const QString &id)
{
    if (poll->detailsRequested.contains(id))
        return;
    poll->detailsRequested.insert(id);
    ++poll->pending;
    m_client.fetchJob(id, [this, poll, id](const ApiResult<Job> &result) {
        if (result.value) {
            absorb(m_jobs.merge({ *result.value }, false), poll, id);
            if (!jobStatusIsActive(result.value->status))
                emit jobFinished(*result.value);
        } else if (result.error->kind == RequestError::Kind::NotFound) {
            absorb(m_jobs.remove(id), poll);
        } else {
            poll->error = result.error;
            // Known to have finished (a list said so), it is not asked about again: its end is
            // told without the details rather than not at all.
            if (const Job *listed = m_jobs.find(id); listed && !jobStatusIsActive(listed->status))
                emit jobFinished(*listed);
        }
        stepDone(poll);
    });
}

void JobSync::absorb(const JobChanges &changes, const std::shared_ptr<Poll> &poll,
                     const QString &detailedId)
{
    if (changes.isEmpty())
        return;
    m_changedSinceSave = true;
    m_model.applyChanges(changes);
    emit jobsChanged(changes);
    // A job that came and went between two polls is seen only finished. After the first good
    // listing (before it, everything is history), one that ended after the last listing that
    // could have shown it finished was asked for (a Full or Newest poll: the hot set lists only
    // what still runs), give or take the clocks' difference, is fetched once with its details
    // all the same; an old one that reappears (a listing that skipped it) is not. Many at once
    // (back from a long time offline) are reported without details: they are told as one
    // summary, which needs none.
    // One read for the first time after it was listed unreadable arrives as well.
    if (poll && m_lastListing.isValid()) {
        QList<const Job *> cameAndWent;
        const auto consider = [&](const Job &job) {
            if (!jobStatusIsActive(job.status) && job.status != JobStatus::Unreadable
                && job.id != detailedId
                && job.endTime >= m_lastListing.addSecs(-cameAndWentSlack.count()))
                cameAndWent.append(&job);
        };
        for (const Job &job : changes.added)
            consider(job);
        for (const JobUpdate &update : changes.updated) {
            if (update.previousStatus == JobStatus::Unreadable)
                consider(update.job);
        }
        for (const Job *job : std::as_const(cameAndWent)) {
            if (cameAndWent.size() > cameAndWentDetailed)
                emit jobFinished(*job);
            else
                fetchDetails(poll, job->id);
        }
    }
    for (const JobUpdate &update : changes.updated) {
        if (!update.isTransition())
            continue;
        emit jobTransitioned(update.job, update.previousStatus, update.job.status);
        // Seen leaving the hot set in a list: fetch it once, with its details.
        if (poll && jobStatusIsActive(update.previousStatus)
            && !jobStatusIsActive(update.job.status) && update.job.id != detailedId)
            fetchDetails(poll, update.job.id);
    }
}

void JobSync::stepDone(const std::shared_ptr<Poll> &poll)
{
    if (--poll->pending == 0)
        finishPoll(poll);
}

void JobSync::finishPoll(const std::shared_ptr<Poll> &poll)
{
    m_polling = false;
    if (poll->error) {
        const RequestError &error = *poll->error;
        m_lastError = error;
        qCInfo(lcSync) << "poll failed:" << error.message();
        if (error.kind == RequestError::Kind::Unauthorized) {
            m_timer.stop();
            setState(State::SignInNeeded);
            emit pollFailed(error);
            return;
        }
        ++m_failures;
        m_listEverything = true;
        if (isConnectionProblem(error))
            m_stale = true;
        // Retried as a full reconcile: after a gap, only the whole list is sure to be right.
        // Scheduled before anyone hears of the failure, so they can tell when the next try is.
        schedule(m_fullPending ? PollKind::Full : poll->kind,
                 backoffDelay(m_failures, error.retryAfterSeconds, m_random.generateDouble()));
        setState(isConnectionProblem(error) ? State::Offline : State::Failing);
        emit pollFailed(error);
        return;
    }

    m_failures = 0;
    m_lastError.reset();
    m_lastSuccess = m_clock.now();
    if (poll->kind != PollKind::Hot)
        m_lastListing = poll->sentAt;
    m_stale = false;
    if (poll->kind == PollKind::Full) {
        m_lastFull = m_lastSuccess;
        // Writing 100,000 jobs costs far more than a check: after a listing of every job the
        // cache is written when jobs changed, after a check at most once in `saveCacheEvery`
        // (and when the app quits: the Shell saves every cache).
        const bool save = m_changedSinceSave
            && (poll->listedEverything || !m_lastSave.isValid()
                || m_lastSave.secsTo(m_lastSuccess)
                    >= std::chrono::seconds(saveCacheEvery).count());
        if (save) {
            m_changedSinceSave = false;
            m_lastSave = m_lastSuccess;
            saveCache();
        }
        // The listing, the merge and the cache's save were the biggest things held.
        if (poll->listedEverything || save)
            Heap::returnFreedMemory();
    }
    setState(m_paused ? State::Paused : State::Synced);
    scheduleNext();
    emit pollSucceeded(poll->kind);
}

std::optional<std::chrono::milliseconds> JobSync::timeToNextPoll() const
{
    if (!m_timer.isActive())
        return std::nullopt;
    return m_timer.remainingTimeAsDuration();
}

std::chrono::milliseconds JobSync::regularInterval() const
{
    return m_jobs.hasActive() ? m_intervals.hot : m_intervals.idle;
}

void JobSync::scheduleNext()
{
    if (m_fullPending) {
        schedule(PollKind::Full, std::chrono::milliseconds(0));
        return;
    }
    const qint64 sinceFull
        = m_lastFull.isValid() ? m_lastFull.msecsTo(m_clock.now()) : m_intervals.full.count();
    const auto untilFull
        = std::chrono::milliseconds(std::max<qint64>(0, m_intervals.full.count() - sinceFull));
    const bool hot = m_jobs.hasActive();
    const std::chrono::milliseconds regular = hot ? m_intervals.hot : m_intervals.idle;
    if (untilFull <= regular)
        schedule(PollKind::Full, untilFull);
    else
        schedule(hot ? PollKind::Hot : PollKind::Newest, regular);
}

void JobSync::schedule(PollKind kind, std::chrono::milliseconds delay)
{
    m_nextKind = kind;
    // QTimer counts in an int of milliseconds: a longer delay would wrap into a short one.
    m_nextDelay = std::min<std::chrono::milliseconds>(delay, JobsClient::longestWait);
    if (m_paused || !m_networkAvailable || m_state == State::SignInNeeded)
        return;
    m_timer.start(m_nextDelay);
}

void JobSync::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void JobSync::deleteJob(const QString &id)
{
    const Job *shown = m_jobs.find(id);
    Job unknown;
    unknown.id = id;
    const QString storedAccount = storedAccountId();
    const DeletionLog::Where where { storedAccount.isEmpty() ? QString() : m_model.accountName(),
                                     storedAccount, m_client.baseUrl() };
    QString whyNotRecorded;
    const DeletionEntry requested
        = m_deletionLog.requested(where, shown ? *shown : unknown, &whyNotRecorded);
    if (!whyNotRecorded.isEmpty())
        emit deletionNotRecorded(id, whyNotRecorded);
    m_client.deleteJob(id, [this, id, requested](const std::optional<RequestError> &error) {
        // Here, not with whoever asked: the window that did may be gone by now.
        if (QString why; !m_deletionLog.answered(requested, error, &why))
            emit deletionNotRecorded(id, why);
        // A 404 means someone else deleted it first: gone either way.
        if (!error || error->kind == RequestError::Kind::NotFound)
            absorb(m_jobs.remove(id), nullptr);
        else
            DeleteAccess::learnFrom(storedAccountId(), *error);
        emit deleteFinished(id, error);
    });
}

void JobSync::saveCache() const
{
    if (!m_cache || !m_lastSuccess.isValid())
        return;
    m_cache->save(m_account, { m_jobs.newestFirst(), m_lastSuccess });
}
