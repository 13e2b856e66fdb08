#include "jobsclient.h"

#include "logging.h"
#include "tokensource.h"

#include <QElapsedTimer>
#include <QMap>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QUrlQuery>

struct JobsClient::Call
{
    QByteArray method;
    QUrl url;
    BodyCallback done;
    QString tokenUsed;
    bool retried = false;
};

struct JobsClient::Paging
{
    QString filter;
    JobListCallback done;
    // Pages as they arrive, in any order, by their `from`.
    QMap<int, QList<Job>> pages;
    // How many entries each page held, by its `from`: unreadable ones count too.
    QMap<int, int> entries;
    int unreadableWithoutId = 0;
    QSet<QString> seenIds;
    int total = -1;
    int nextFrom = 1;
    int requested = 0;
    int inFlight = 0;
    // An empty, short or repeating page was seen: ask for no more.
    bool ended = false;
    // Some page held an id already seen on another: the pages need de-duplicating.
    bool repeats = false;
    bool finished = false;
    std::optional<RequestError> error;
};

namespace {

// Retry-After is either delta-seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when
        = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(std::max<qint64>(0, now.secsTo(when)));
}

RequestError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return RequestError::Kind::Unauthorized;
    case 403:
        return RequestError::Kind::Forbidden;
    case 404:
        return RequestError::Kind::NotFound;
    case 429:
        return RequestError::Kind::RateLimited;
    default:
        return RequestError::Kind::Server;
    }
}

RequestError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how setTransferTimeout ends a transfer
        return RequestError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return RequestError::Kind::Tls;
    default:
        return RequestError::Kind::Network;
    }
}

RequestError decodeError(const QString &detail)
{
    RequestError error;
    error.kind = RequestError::Kind::Decode;
    error.httpStatus = 200;
    error.detail = detail;
    return error;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

JobsClient::JobsClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void JobsClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    // Tolerate a trailing slash in what the user typed: ".../api/v1/" and ".../api/v1" are one.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

void JobsClient::setTokenSource(TokenSource *source)
{
    if (m_tokenSource)
        m_tokenSource->disconnect(this);
    m_tokenSource = source;
    if (source) {
        connect(source, &TokenSource::refreshed, this, &JobsClient::handleTokenRenewed);
        connect(source, &TokenSource::refreshFailed, this, &JobsClient::handleTokenRefused);
    }
}

void JobsClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

void JobsClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = bytes;
}

void JobsClient::setMaxParallelPages(int pages)
{
    m_maxParallelPages = std::max(1, pages);
}

QUrl JobsClient::jobsUrl(const QString &suffix) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/jobs") + suffix);
    return url;
}

void JobsClient::fetchPage(int from, int limit, const QString &filter, PageCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("from"), QString::number(from));
    if (!filter.isEmpty())
        query.addQueryItem(QStringLiteral("filter"), encoded(filter));
    QUrl url = jobsUrl();
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    send("GET", url, [done](const QByteArray &body, const std::optional<RequestError> &error) {
        if (error) {
            done({ std::nullopt, error });
            return;
        }
        QString problem;
        std::optional<JobPage> page = JobJson::decodeJobPage(body, &problem);
        if (!page)
            done({ std::nullopt, decodeError(problem) });
        else
            done({ std::move(page), std::nullopt });
    });
}

void JobsClient::fetchJob(const QString &id, JobCallback done)
{
    send("GET", jobsUrl(QLatin1Char('/') + encoded(id)),
         [id, done](const QByteArray &body, const std::optional<RequestError> &error) {
             if (error) {
                 done({ std::nullopt, error });
                 return;
             }
             QString problem;
             std::optional<Job> job = JobJson::decodeJobDocument(body, &problem);
             if (job && job->id != id)
                 problem = QStringLiteral("id: asked for %1, got %2").arg(id, job->id);
             if (!job || !problem.isEmpty())
                 done({ std::nullopt, decodeError(problem) });
             else
                 done({ std::move(job), std::nullopt });
         });
}

void JobsClient::deleteJob(const QString &id, DeleteCallback done)
{
    // Any 2xx is a confirmed delete, whatever its body (the contract leaves it open).
    send("DELETE", jobsUrl(QLatin1Char('/') + encoded(id)),
         [done](const QByteArray &, const std::optional<RequestError> &error) { done(error); });
}

void JobsClient::fetchAllJobs(const QString &filter, JobListCallback done)
{
    auto paging = std::make_shared<Paging>();
    paging->filter = filter;
    paging->done = std::move(done);
    requestPages(paging);
}

void JobsClient::requestPages(const std::shared_ptr<Paging> &paging)
{
    // Page 1 alone tells the total; then the pages up to it, several at once. Past the total,
    // or without one, pages go one after another until one comes back empty or short: only
    // such an end proves the listing whole, whatever the total claimed.
    while (!paging->ended && !paging->error && paging->inFlight < m_maxParallelPages
           && paging->requested < maxPages
           && (paging->requested == 0 || paging->inFlight == 0
               || (paging->total >= 0 && paging->nextFrom <= paging->total))) {
        const int from = paging->nextFrom;
        paging->nextFrom += pageSize;
        ++paging->requested;
        ++paging->inFlight;
        fetchPage(from, pageSize, paging->filter,
                  [this, paging, from](const ApiResult<JobPage> &result) {
                      handlePage(paging, from, result);
                  });
    }
    if (paging->inFlight == 0)
        finishPaging(paging);
}

void JobsClient::handlePage(const std::shared_ptr<Paging> &paging, int from,
                            const ApiResult<JobPage> &result)
{
    --paging->inFlight;
    if (paging->finished)
        return;
    if (result.error) {
        paging->error = result.error;
    } else {
        const JobPage &page = *result.value;
        if (from == 1)
            paging->total = page.meta.total;
        int fresh = 0;
        for (const Job &job : page.jobs)
            fresh += paging->seenIds.contains(job.id) ? 0 : 1;
        for (const Job &job : page.jobs)
            paging->seenIds.insert(job.id);
        paging->repeats = paging->repeats || fresh != page.jobs.size();
        // Every way a listing can end, including the ways a misbehaving server would make it
        // go on forever: an empty page, a short page, a page of ids already seen.
        if (page.entries == 0 || page.entries < pageSize || fresh == 0)
            paging->ended = true;
        paging->pages.insert(from, page.jobs);
        paging->entries.insert(from, page.entries);
        paging->unreadableWithoutId += page.unreadableWithoutId;
    }
    requestPages(paging);
}

void JobsClient::finishPaging(const std::shared_ptr<Paging> &paging)
{
    paging->finished = true;
    const int pages = paging->requested;
    if (paging->error) {
        paging->done({ {}, pages, false, paging->error });
        return;
    }
    // In order, up to the first page that ends the listing; each id once.
    QList<Job> jobs;
    jobs.reserve(paging->seenIds.size());
    QSet<QString> ids;
    for (auto page = paging->pages.cbegin(); page != paging->pages.cend(); ++page) {
        qsizetype fresh = page.value().size();
        if (!paging->repeats) {
            jobs.append(page.value());
        } else {
            fresh = 0;
            for (const Job &job : page.value()) {
                if (ids.contains(job.id))
                    continue;
                ids.insert(job.id);
                jobs.append(job);
                ++fresh;
            }
        }
        if (fresh == 0 || paging->entries.value(page.key()) < pageSize)
            break;
    }
    qCDebug(lcNet) << "listed" << jobs.size() << "jobs in" << pages << "pages";
    const bool complete = paging->ended && !paging->repeats;
    paging->done({ jobs, pages, complete, std::nullopt, paging->unreadableWithoutId });
}

void JobsClient::send(const QByteArray &method, const QUrl &url, BodyCallback done)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->url = url;
    call->done = std::move(done);
    dispatch(call);
}

void JobsClient::dispatch(const std::shared_ptr<Call> &call)
{
    if (m_renewing) {
        m_waitingForToken.append(call);
        return;
    }
    if (m_tokenSource && m_tokenSource->canRefresh() && m_tokenSource->isExpired(m_clock.now())) {
        renewToken(call);
        return;
    }
    issue(call);
}

void JobsClient::renewToken(const std::shared_ptr<Call> &waiting)
{
    m_waitingForToken.append(waiting);
    if (m_renewing)
        return;
    m_renewing = true;
    m_tokenSource->refresh();
}

void JobsClient::handleTokenRenewed()
{
    m_renewing = false;
    const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waitingForToken, {});
    for (const std::shared_ptr<Call> &call : waiting)
        issue(call);
}

void JobsClient::handleTokenRefused(const RequestError &error)
{
    m_renewing = false;
    const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waitingForToken, {});
    for (const std::shared_ptr<Call> &call : waiting)
        call->done(QByteArray(), error);
}

void JobsClient::issue(const std::shared_ptr<Call> &call)
{
    QNetworkRequest request(call->url);
    request.setRawHeader("Accept", "application/json");
    call->tokenUsed = m_tokenSource ? m_tokenSource->accessToken() : QString();
    request.setRawHeader("Authorization", "Zoho-oauthtoken " + call->tokenUsed.toUtf8());
    request.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->method);
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [this, reply, tooLarge](qint64 received, qint64) {
                if (received > m_maxResponseBytes && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply, tooLarge, elapsed] {
                qCDebug(lcNet).nospace()
                    << call->method << ' ' << call->url.path() << '?' << call->url.query() << " -> "
                    << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << " in "
                    << elapsed->elapsed() << " ms";
                handleReply(call, reply, *tooLarge);
            });
}

void JobsClient::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool tooLarge)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status == 401 && !call->retried && m_tokenSource && m_tokenSource->canRefresh()) {
        // Once: with the token another call renewed meanwhile, or with a newly renewed one.
        call->retried = true;
        if (m_tokenSource->accessToken() != call->tokenUsed)
            dispatch(call);
        else
            renewToken(call);
        return;
    }
    if (tooLarge) {
        RequestError error;
        error.kind = RequestError::Kind::Decode;
        error.httpStatus = status;
        error.detail
            = tr("The response was larger than %1 MB.").arg(m_maxResponseBytes / (1024 * 1024));
        call->done(QByteArray(), error);
        return;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        call->done(body, std::nullopt);
        return;
    }

    RequestError error;
    error.httpStatus = status;
    // A 2xx whose transfer broke off (reset, truncated) is a network failure, not an answer.
    if (status >= 300) {
        error.kind = kindForStatus(status);
        error.server = JobJson::decodeServerError(body).value_or(ServerError());
        error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock.now());
    } else {
        error.kind = kindForNetworkError(reply->error());
        error.detail = reply->errorString();
    }
    call->done(QByteArray(), error);
}
