#pragma once

#include "api/requesterror.h"
#include "clock.h"
#include "job.h"
#include "jobjson.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;
class TokenSource;

// What one call brought back: a value, or why there is none.
template<typename T> struct ApiResult
{
    std::optional<T> value;
    std::optional<RequestError> error;
};

struct JobListResult
{
    // Newest first, as the server ordered them, each id once.
    QList<Job> jobs;
    // How many page requests it took.
    int pages = 0;
    // True when the listing is known to hold every job: it ended on an empty page or one shorter
    // than its own meta.limit, no page started past where those before it ended, no id turned
    // up in two places and every page sat where it was asked for (meta.start_index). An
    // incomplete listing (repeated or misplaced pages, the page cap) says nothing about jobs it
    // did not reach: none may be taken as deleted.
    bool complete = false;
    // Set when the list could not be fetched completely; `jobs` is then empty.
    std::optional<RequestError> error;
    // Entries without a readable id (see JobPage): not in `jobs`, and not told apart.
    int unreadableWithoutId = 0;
    // How many jobs the first page said there are (meta.total_no_of_objects); -1 without meta.
    int total = -1;
};

// Speaks the Identity360 Jobs API over one QNetworkAccessManager and hands callers typed
// results, never replies. Its requests carry the access token, so they follow redirects only
// within the same origin; one to another host is refused and answered Redirected. It takes its
// access token from a TokenSource: an expired token is renewed before a call, and a call answered
// 401 is retried once with a renewed token; while a renewal is under way every other call waits for
// it.
class JobsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsClient)

public:
    using JobListCallback = std::function<void(const JobListResult &)>;
    using PageCallback = std::function<void(const ApiResult<JobPage> &)>;
    using JobCallback = std::function<void(const ApiResult<Job> &)>;
    // No error: the server confirmed the delete.
    using DeleteCallback = std::function<void(const std::optional<RequestError> &)>;
    // As the pages of a listing come in: how many have, and how many the server's total makes
    // it (0 while that is not known).
    using ProgressCallback = std::function<void(int pagesAnswered, int pagesExpected)>;

    // What every list call asks for; the server may answer with smaller pages.
    static constexpr int pageSize = 200;
    // Paging always ends: at the latest after this many pages (2,000,000 jobs).
    static constexpr int maxPages = 10000;
    // The longest a server may make us wait (Retry-After), and any wait derived from it.
    static constexpr std::chrono::seconds longestWait { 3600 };

    explicit JobsClient(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // The API root, e.g. https://id360.manageengine.com/api/v1.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Not owned.
    void setTokenSource(TokenSource *source);
    void setTransferTimeout(std::chrono::milliseconds timeout);
    void setMaxResponseBytes(qint64 bytes);
    void setMaxParallelPages(int pages);

    // One page of GET /jobs; `from` is 1-based, `filter` a SCIM expression or empty.
    void fetchPage(int from, int limit, const QString &filter, PageCallback done);
    // Every page of GET /jobs, up to MaxParallelPages at once, de-duplicated. `done` runs once.
    void fetchAllJobs(const QString &filter, JobListCallback done, ProgressCallback progress = {});
    // The newest `count` jobs (or all, when there are fewer), paged as fetchAllJobs() pages but
    // asking for no page past them: the listing may hold a few more than `count`, and it is
    // complete only when it reached the end.
    void fetchNewestJobs(const QString &filter, int count, JobListCallback done,
                         ProgressCallback progress = {});
    // GET /jobs/{id}, with the job's details. An id that is not all digits is never sent: it
    // is answered InvalidJobId.
    void fetchJob(const QString &id, JobCallback done);
    // DELETE /jobs/{id}, the id as for fetchJob. Answered NotFound when the job was already gone.
    void deleteJob(const QString &id, DeleteCallback done);

private:
    struct Call;
    struct Paging;
    using BodyCallback
        = std::function<void(const QByteArray &body, const std::optional<RequestError> &error)>;

    void refuseJobId(const QString &id, std::function<void(const RequestError &)> done);
    void send(const QByteArray &method, const QUrl &url, BodyCallback done);
    void dispatch(const std::shared_ptr<Call> &call);
    void issue(const std::shared_ptr<Call> &call);
    void handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool tooLarge);
    void renewToken(const std::shared_ptr<Call> &waiting);
    void handleTokenRenewed();
    void handleTokenRefused(const RequestError &error);

    void startPaging(const QString &filter, int count, JobListCallback done,
                     ProgressCallback progress);
    void requestPages(const std::shared_ptr<Paging> &paging);
    static std::optional<int> nextPageFrom(Paging &paging);
    void handlePage(const std::shared_ptr<Paging> &paging, int from,
                    const ApiResult<JobPage> &result);
    void finishPaging(const std::shared_ptr<Paging> &paging);
    QUrl jobsUrl(const QString &suffix = QString()) const;

    const Clock &m_clock;
    // A child, not a member: QObject disconnects this object's slots before it deletes its
    // children, so replies aborted during destruction cannot call back into a dead client.
    QNetworkAccessManager *m_network = new QNetworkAccessManager(this);
    QUrl m_baseUrl;
    QPointer<TokenSource> m_tokenSource;
    bool m_renewing = false;
    QList<std::shared_ptr<Call>> m_waitingForToken;
    std::chrono::milliseconds m_transferTimeout { 30000 };
    qint64 m_maxResponseBytes = 64 * 1024 * 1024;
    int m_maxParallelPages = 4;
};
