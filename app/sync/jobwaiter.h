#pragma once

#include "api/jobsclient.h"
#include "job.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

// Follows the given jobs until each has finished, as cheaply as the window does: one look at
// each job first (GET /jobs/{id}), then every `hot` interval one listing of the jobs still
// QUEUED or RUNNING (JobSync's hot set, whatever the number of jobs waited for); a waited job
// that a complete listing no longer holds is looked at once more, for its final status and
// details. An incomplete or failed listing concludes nothing. Failures back off as JobSync's
// do (honouring Retry-After) and the waiting goes on; only what retrying cannot cure stops it:
// a 401 the client's renewal did not cure, a 403, a job id that is not a number, a redirect to
// another host, an untrusted connection, an API that is not there (the listing answered 404)
// or another 4xx. Never two polls at once. Knows nothing of terminals: what it learns, it
// signals.
class JobWaiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobWaiter)

public:
    // `client` is not owned. Each id counts once, however often it is given.
    JobWaiter(JobsClient *client, const QStringList &ids, QObject *parent = nullptr);

    // How often the hot set is listed; default JobSync::Intervals{}.hot, at least
    // JobSync::minimumIntervals.hot.
    void setInterval(std::chrono::milliseconds hot);
    std::chrono::milliseconds interval() const { return m_interval; }
    void start();
    // What the timer does, now: tests call it rather than wait.
    void runScheduledPoll() { poll(); }
    // The ids not finished or gone yet, in the order given.
    QStringList waitingFor() const { return m_waiting; }
    bool isPolling() const { return m_polling; }

signals:
    // The first answer for an id that is still QUEUED or RUNNING, and each change between them.
    void jobSeen(const Job &job);
    // Once per id: it left QUEUED and RUNNING (COMPLETED, WARNING, ERROR or a status not known
    // here), with its details.
    void jobFinished(const Job &job);
    // Once per id: the server does not know it (404), it was never there or was deleted.
    void jobGone(const QString &id);
    // Transient (offline, 5xx, 429, an answer that could not be read): the next try is `delay`
    // away.
    void retrying(const RequestError &error, std::chrono::milliseconds delay);
    // Nothing more can be learnt; its message says what happened and, where it can, what to do.
    // Nothing is polled after it.
    void stopped(const RequestError &error);
    // Every id finished or gone. Nothing is polled after it.
    void allDone();

private:
    struct Poll;

    void poll();
    void listHotSet(const std::shared_ptr<Poll> &poll);
    void fetchJobs(const std::shared_ptr<Poll> &poll);
    void absorbJob(const Job &job);
    void conclude(const QString &id);
    void recordError(const std::shared_ptr<Poll> &poll, const RequestError &error);
    void stepDone(const std::shared_ptr<Poll> &poll);
    void finishPoll(const Poll &poll);

    JobsClient *m_client;
    // Still waited for, in the order given.
    QStringList m_waiting;
    // Waited ids to look at one by one in the next poll: at first all, then those a complete hot
    // listing no longer held, until an answer about them came.
    QSet<QString> m_toFetch;
    // The status each waited job was last seen in, while QUEUED or RUNNING.
    QHash<QString, JobStatus> m_seen;
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    QRandomGenerator m_random { QRandomGenerator::system()->generate() };
    int m_failures = 0;
    bool m_polling = false;
    bool m_ended = false;
};
