#pragma once

#include "job.h"
#include "requesterror.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

struct JobListResult
{
    // Newest first, as the server ordered them, each id once.
    QList<Job> jobs;
    // How many page requests it took.
    int pages = 0;
    // Set when the list could not be fetched completely; `jobs` is then empty.
    std::optional<RequestError> error;
};

// Speaks the Identity360 Jobs API over one QNetworkAccessManager and hands callers typed
// results, never replies.
class JobsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsClient)

public:
    using JobListCallback = std::function<void(const JobListResult &)>;

    static constexpr int pageSize = 200;
    // Paging always ends: at the latest after this many pages (2,000,000 jobs).
    static constexpr int maxPages = 10000;

    explicit JobsClient(QObject *parent = nullptr);

    // The API root, e.g. https://id360.manageengine.com/api/v1.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token);
    void setTransferTimeout(std::chrono::milliseconds timeout);
    void setMaxResponseBytes(qint64 bytes);

    // Every page of GET /jobs, one after another, de-duplicated. `done` runs once.
    void fetchAllJobs(JobListCallback done);

private:
    struct Paging;
    using ReplyCallback
        = std::function<void(const QByteArray &body, const std::optional<RequestError> &error)>;

    void fetchNextPage(const std::shared_ptr<Paging> &paging);
    void get(const QUrl &url, ReplyCallback done);
    QUrl jobsUrl(const QUrlQuery &query) const;

    // A child, not a member: QObject disconnects this object's slots before it deletes its
    // children, so replies aborted during destruction cannot call back into a dead client.
    QNetworkAccessManager *m_network = new QNetworkAccessManager(this);
    QUrl m_baseUrl;
    QString m_accessToken;
    std::chrono::milliseconds m_transferTimeout { 30000 };
    qint64 m_maxResponseBytes = 64 * 1024 * 1024;
};
