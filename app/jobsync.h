#pragma once

#include "jobsclient.h"
#include "jobtablemodel.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

// Keeps the job table in step with the server: refreshes on demand and on a timer, applies
// each good answer to the model and keeps the last good data when an answer is bad.
class JobSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSync)

public:
    explicit JobSync(QObject *parent = nullptr);

    JobsClient *client() { return &m_client; }

    JobTableModel *model() { return &m_model; }
    bool hasServer() const { return m_client.baseUrl().isValid(); }
    QUrl serverUrl() const { return m_client.baseUrl(); }
    bool isRefreshing() const { return m_refreshing; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    const std::optional<RequestError> &lastError() const { return m_lastError; }

    void setRefreshInterval(std::chrono::milliseconds interval);
    // Fetches the whole list now, unless a refresh is already under way.
    void refresh();

signals:
    void refreshStarted();
    void refreshSucceeded(int jobCount);
    // The table still shows the last good data.
    void refreshFailed(const RequestError &error);

private:
    void handleJobList(const JobListResult &result);

    JobTableModel m_model;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    QDateTime m_lastSuccess;
    std::optional<RequestError> m_lastError;
    // Last, so it is destroyed first: no reply can call back into a half-destroyed JobSync.
    JobsClient m_client;
};
