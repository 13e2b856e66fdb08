#pragma once

#include "api/jobsclient.h"
#include "audit/deletionlog.h"
#include "clock.h"
#include "jobset.h"
#include "jobtablemodel.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class JobCache;

// Keeps one account's jobs in step with the server, as cheaply as it can:
// - while any job is QUEUED or RUNNING, polls only those (the hot set) every `hot` interval,
//   and fetches each job once, with its details, when it leaves the hot set;
// - otherwise fetches only the newest page every `idle` interval, since new jobs arrive there;
// - reconciles the whole list every `full` interval, cheaply: finished jobs do not change and new
//   ones arrive on the newest page, so when the newest page brings no job unknown here and the
//   server counts (meta.total_no_of_objects) as many jobs as are held, nothing came or went
//   unseen and that page is all it takes. Every job is listed when they disagree (jobs deleted
//   elsewhere, added and deleted in one interval), on refreshNow(), at the first poll and after
//   a failed one, while any job could not be read, after a newest page that held nothing but
//   new jobs (more may lie beyond it), while the server's total cannot be trusted (no meta, or
//   a total the last listing did not bear out) and at the latest every `listEverythingEvery`.
// Never two polls at once. Failures back off exponentially with jitter up to five minutes and
// honour Retry-After; a 401 that a token renewal cannot cure stops polling in SignInNeeded.
// Bad answers never empty or corrupt the job set: it changes only through a good answer.
class JobSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSync)

public:
    enum class State {
        Starting, // nothing heard from the server yet
        Synced,
        Offline, // the server cannot be reached; the last good jobs are kept, marked stale
        Failing, // the server answers with errors; backing off
        SignInNeeded, // the server refuses the credentials; polling stopped
        Paused,
    };
    Q_ENUM(State)
    enum class PollKind { Full, Newest, Hot };
    Q_ENUM(PollKind)

    struct Intervals
    {
        std::chrono::milliseconds hot { 3000 };
        std::chrono::milliseconds idle { 60000 };
        std::chrono::milliseconds full { 600000 };
    };
    // Saner than any setting: Zoho and the server deserve some rest.
    static constexpr Intervals minimumIntervals { std::chrono::milliseconds(1000),
                                                  std::chrono::milliseconds(10000),
                                                  std::chrono::milliseconds(60000) };
    static constexpr std::chrono::milliseconds backoffBase { 2000 };
    static constexpr std::chrono::milliseconds backoffCap { 300000 };
    // A job first seen already finished is news if it ended at most this long (clocks differ)
    // before the last listing that could have shown it finished; up to this many in one poll
    // are fetched with their details.
    static constexpr std::chrono::seconds cameAndWentSlack { 300 };
    static constexpr int cameAndWentDetailed = 8;
    // What a Hot poll lists: every job that has not finished (JobWaiter lists the same).
    static const QString hotFilter;
    // However well the newest page and the total agree, every job is listed this often.
    static constexpr std::chrono::hours listEverythingEvery { 24 };
    // Jobs changed that only a check (not a listing of every job) saw reach the cache this often.
    static constexpr std::chrono::hours saveCacheEvery { 1 };

    // Whose jobs these are: a stored account's (AccountSession's), or those of a server watched
    // for this run only (the demo, --server), whose id is a name and nothing more.
    enum class Owner { StoredAccount, ThisRunOnly };

    // `account` names the account in the cache.
    explicit JobSync(const QString &account, const Clock &clock = Clock::system(),
                     Owner owner = Owner::StoredAccount, QObject *parent = nullptr);
    ~JobSync() override;

    // The id of the account whose jobs these are (as given, also the cache's name for them).
    QString accountId() const { return m_account; }
    // The same for a stored account's jobs; empty for a server of this run only, which is
    // neither learned about in the settings nor named in the deletion audit trail.
    QString storedAccountId() const;
    JobsClient *client() { return &m_client; }
    JobTableModel *model() { return &m_model; }
    const JobTableModel *model() const { return &m_model; }
    const JobSet &jobs() const { return m_jobs; }
    // Jobs the server sent that could not be read: those kept by id (shown as such) and the
    // entries without a readable id that the last full listing held.
    int unreadableCount() const { return m_jobs.unreadableCount() + m_unreadableWithoutId; }

    void setIntervals(const Intervals &intervals);
    // Only for tests: settles the jitter of the back-off.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    void setCache(const JobCache *cache) { m_cache = cache; }

    bool hasServer() const { return m_client.baseUrl().isValid(); }
    QUrl serverUrl() const { return m_client.baseUrl(); }
    State state() const { return m_state; }
    // True while the jobs shown come from the cache or from before a failed poll.
    bool isStale() const { return m_stale; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    const std::optional<RequestError> &lastError() const { return m_lastError; }
    bool isPolling() const { return m_polling; }
    // The poll the timer is set for, and when.
    PollKind nextPollKind() const { return m_nextKind; }
    std::chrono::milliseconds nextPollDelay() const { return m_nextDelay; }
    // How long until the timer polls; nullopt while no poll is due (paused, polling, offline
    // by the system's word, sign-in needed).
    std::optional<std::chrono::milliseconds> timeToNextPoll() const;
    // Of the current intervals, the one that paces the polls now.
    std::chrono::milliseconds regularInterval() const;

    // Shows the cached jobs (if any), then reconciles with the server.
    void start();
    // A full reconcile now, or right after the poll under way. Also the way out of
    // SignInNeeded and Failing once the cause is fixed.
    void refreshNow();
    // What the timer would do, now: after a wake from sleep, and in tests, which never wait.
    void runScheduledPoll() { poll(m_nextKind); }
    void setPaused(bool paused);
    // Wired to QNetworkInformation where it is available.
    void setNetworkAvailable(bool available);
    // False while the system says there is no network.
    bool isNetworkAvailable() const { return m_networkAvailable; }
    // Never retried: the outcome is reported by deleteFinished(). The deletion audit trail has
    // the request before it is sent and its answer as soon as it comes, whoever still listens;
    // a line it could not take is told by deletionNotRecorded(), and the delete goes on.
    void deleteJob(const QString &id);
    void saveCache() const;

    // The wait before retrying after `failures` failures in a row: exponential from two
    // seconds to five minutes, spread by `jitter` (0..1 maps to ×0.8..×1.2), and never shorter
    // than the server's Retry-After (which JobsClient keeps to JobsClient::longestWait). No
    // poll is ever scheduled further off than that.
    static std::chrono::milliseconds backoffDelay(int failures, int retryAfterSeconds,
                                                  double jitter);

signals:
    void jobsChanged(const JobChanges &changes);
    void jobTransitioned(const Job &job, JobStatus from, JobStatus to);
    // A job left the hot set, or arrived already finished after the first good poll; `job`
    // carries its details, fetched once.
    void jobFinished(const Job &job);
    void stateChanged(JobSync::State state);
    void pollStarted(JobSync::PollKind kind);
    void pollSucceeded(JobSync::PollKind kind);
    void pollFailed(const RequestError &error);
    // No error: deleted. NotFound: it was already gone (and is removed here too).
    void deleteFinished(const QString &id, const std::optional<RequestError> &error);
    // The request to delete job `id`, or its answer, is not in the deletion audit trail: `why`.
    void deletionNotRecorded(const QString &id, const QString &why);

private:
    struct Poll;

    void poll(PollKind kind);
    // A Full poll's two ways: the newest page and the total checked against the jobs held, or
    // every job listed (also when the check disagrees).
    bool mustListEverything() const;
    void checkNewest(const std::shared_ptr<Poll> &poll);
    void listEverything(const std::shared_ptr<Poll> &poll);
    void fetchDetails(const std::shared_ptr<Poll> &poll, const QString &id);
    void absorb(const JobChanges &changes, const std::shared_ptr<Poll> &poll,
                const QString &detailedId = QString());
    void stepDone(const std::shared_ptr<Poll> &poll);
    void finishPoll(const std::shared_ptr<Poll> &poll);
    void scheduleNext();
    void schedule(PollKind kind, std::chrono::milliseconds delay);
    void setState(State state);

    QString m_account;
    const Clock &m_clock;
    Owner m_owner;
    DeletionLog m_deletionLog { DeletionLog::defaultPath(), m_clock };
    JobSet m_jobs;
    JobTableModel m_model;
    Intervals m_intervals;
    const JobCache *m_cache = nullptr;
    QTimer m_timer;
    QRandomGenerator m_random { QRandomGenerator::system()->generate() };
    State m_state = State::Starting;
    PollKind m_nextKind = PollKind::Full;
    std::chrono::milliseconds m_nextDelay { 0 };
    bool m_polling = false;
    bool m_fullPending = false;
    bool m_paused = false;
    bool m_networkAvailable = true;
    bool m_stale = true;
    int m_failures = 0;
    QDateTime m_lastSuccess;
    QDateTime m_lastFull;
    // When the last complete listing of every job was sent, and whether the next Full poll
    // must list every job whatever the check would say.
    QDateTime m_lastListedAll;
    bool m_listEverything = true;
    // The server's total matched what the last complete listing held.
    bool m_totalTrusted = false;
    // Jobs changed since the cache was last written after a poll, and when that was.
    bool m_changedSinceSave = false;
    QDateTime m_lastSave;
    // When the last good Full or Newest poll was sent, by our clock.
    QDateTime m_lastListing;
    std::optional<RequestError> m_lastError;
    int m_unreadableWithoutId = 0;
    // Last, so it is destroyed first: no reply can call back into a half-destroyed JobSync.
    JobsClient m_client;
};
