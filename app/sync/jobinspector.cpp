#include "sync/jobinspector.h"

#include "api/jobsclient.h"

#include <QPointer>

JobInspector::JobInspector(QObject *parent)
    : QObject(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(defaultRefreshInterval);
    connect(&m_refresh, &QTimer::timeout, this, &JobInspector::fetch);
}

void JobInspector::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refresh.setInterval(interval);
}

void JobInspector::followActivePolling(std::chrono::milliseconds activePoll)
{
    setRefreshInterval(std::max(defaultRefreshInterval, activePoll));
}

void JobInspector::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused && m_refresh.isActive()) {
        m_refresh.stop();
        m_refreshDue = true;
    } else if (!paused && std::exchange(m_refreshDue, false)) {
        fetch();
    }
}

void JobInspector::refreshLater()
{
    if (m_paused)
        m_refreshDue = true;
    else
        m_refresh.start();
}

void JobInspector::inspect(JobsClient *client, const QString &id)
{
    if (client == m_client && id == m_id)
        return;
    ++m_generation;
    m_refresh.stop();
    m_refreshDue = false;
    m_client = id.isEmpty() ? nullptr : client;
    m_id = id;
    m_job.reset();
    m_error.reset();
    m_results.setResults({});
    if (id.isEmpty()) {
        setState(State::Empty);
        return;
    }
    setState(State::Loading);
    fetch();
}

void JobInspector::reload()
{
    if (m_id.isEmpty())
        return;
    m_refresh.stop();
    m_refreshDue = false;
    if (!m_job)
        setState(State::Loading);
    fetch();
}

void JobInspector::fetch()
{
    const quint64 generation = m_generation;
    // The client belongs to the account's sync, which outlives the window this inspector is
    // part of: an answer may come after the inspector is gone.
    m_client->fetchJob(
        m_id,
        [this, self = QPointer<JobInspector>(this), generation](const ApiResult<Job> &result) {
            if (!self || generation != m_generation)
                return;
            if (result.error) {
                m_error = result.error;
                // A failed refresh keeps what is shown; only a first load fails in place.
                if (!m_job)
                    setState(State::Failed);
                else
                    refreshLater();
                return;
            }
            m_error.reset();
            m_job = result.value;
            m_results.setResults(m_job->details ? m_job->details->results : QList<EntityResult>());
            setState(State::Loaded);
            emit jobLoaded(*m_job);
            if (jobStatusIsActive(m_job->status))
                refreshLater();
        });
}

void JobInspector::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
