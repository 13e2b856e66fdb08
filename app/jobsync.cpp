#include "jobsync.h"

#include "logging.h"

JobSync::JobSync(QObject *parent)
    : QObject(parent)
{
    m_refreshTimer.setInterval(std::chrono::seconds(60));
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobSync::refresh);
}

void JobSync::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshTimer.setInterval(interval);
}

void JobSync::refresh()
{
    if (m_refreshing || !hasServer())
        return;
    m_refreshing = true;
    m_refreshTimer.start();
    emit refreshStarted();
    m_client.fetchAllJobs([this](const JobListResult &result) { handleJobList(result); });
}

void JobSync::handleJobList(const JobListResult &result)
{
    m_refreshing = false;
    if (result.error) {
        qCInfo(lcSync) << "refresh failed:" << result.error->message();
        m_lastError = result.error;
        emit refreshFailed(*result.error);
        return;
    }
    m_lastError.reset();
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_model.setJobs(result.jobs);
    emit refreshSucceeded(static_cast<int>(result.jobs.size()));
}
