#pragma once

#include "api/requesterror.h"
#include "jobresultmodel.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

class JobsClient;

// The job the admin is looking at: its details (per-entity results) fetched when it is chosen,
// refreshed while it runs, with a state for every moment (loading, shown, failed). The detail
// pane only shows what this holds.
class JobInspector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobInspector)

public:
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit JobInspector(QObject *parent = nullptr);

    // Shows job `id` of the server `client` talks to (job ids repeat across accounts); an empty
    // id shows nothing.
    void inspect(JobsClient *client, const QString &id);
    void reload();
    static constexpr std::chrono::milliseconds defaultRefreshInterval { 5000 };
    // How often a running job's details are fetched again (default 5 s).
    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const { return m_refresh.intervalAsDuration(); }
    // Refreshes a running job no more often than the syncs poll running jobs (`activePoll`, as
    // the settings and the administrator's policy have it), nor than the default.
    void followActivePolling(std::chrono::milliseconds activePoll);
    // While paused (nobody can see the details: the window is hidden) a running job is not
    // fetched again; resumed, it is fetched at once if a refresh fell due meanwhile.
    void setPaused(bool paused);

    QString jobId() const { return m_id; }
    State state() const { return m_state; }
    // The job as last fetched (with details), once loaded.
    const std::optional<Job> &job() const { return m_job; }
    const std::optional<RequestError> &error() const { return m_error; }
    JobResultModel *results() { return &m_results; }

signals:
    void stateChanged(JobInspector::State state);
    void jobLoaded(const Job &job);

private:
    void fetch();
    // The next refresh of a running job: after the interval, or on resuming.
    void refreshLater();
    void setState(State state);

    JobsClient *m_client = nullptr;
    JobResultModel m_results;
    QTimer m_refresh;
    bool m_paused = false;
    bool m_refreshDue = false;
    QString m_id;
    State m_state = State::Empty;
    std::optional<Job> m_job;
    std::optional<RequestError> m_error;
    // Answers for a job no longer inspected are dropped.
    quint64 m_generation = 0;
};
