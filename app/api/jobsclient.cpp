#include "api/jobsclient.h"

#include "api/tokensource.h"
#include "platform/logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QUrlQuery>

#include <limits>
#include <set>

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
    struct Page
    {
        QList<Job> jobs;
        // What the page's data array held, readable or not: where the next page starts.
        int entries = 0;
        int unreadableWithoutId = 0;
    };

    QString filter;
    JobListCallback done;
    ProgressCallback progress;
    // For fetchNewestJobs(): how many jobs are enough (0: all), and the page size asked for.
    int enough = 0;
    int pageLimit = pageSize;
    int answered = 0;
    // Pages as they arrive, in any order, by their `from`.
    QMap<int, Page> pages;
    // Every `from` asked for, and those still to ask for: where an answered page ended.
    QSet<int> asked;
    std::set<int> wanted;
    // Where in the listing each id was seen first (1-based).
    QHash<QString, qint64> positions;
    int total = -1;
    // What page 1 held, when its meta said it was full: the stride of the pages asked for in
    // parallel up to the total. 0: one page after another.
    int step = 0;
    int plannedFrom = 0;
    // The `from` of the first page that ends the listing: nothing past it is asked for.
    int endFrom = std::numeric_limits<int>::max();
    int requested = 0;
    int inFlight = 0;
    // Some id arrived twice: the pages need de-duplicating.
    bool overlapped = false;
    // Some id arrived at another place than before: the listing moved under us, or the server
    // repeats itself.
    bool shifted = false;
    // How far meta.start_index is from the `from` asked for, on the first page with meta: 0,
    // or -1 for a server that counts from 0. Pages that disagree with it are misplaced: where
    // their jobs sit is unknown.
    std::optional<qint64> startOffset;
    bool misplaced = false;
    bool finished = false;
    std::optional<RequestError> error;

    // How many entries the pages in hand hold from the top without a gap.
    qint64 reachedWithoutGap() const
    {
        qint64 reached = 1;
        for (auto page = pages.cbegin(); page != pages.cend() && page.key() <= reached; ++page)
            reached = std::max(reached, qint64(page.key()) + page.value().entries);
        return reached - 1;
    }
};

namespace {

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

// Retry-After is either delta-seconds or an HTTP date; either way, at most the longest wait.
int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    const qint64 longest = JobsClient::longestWait.count();
    if (isDigits(text)) {
        // Any number of digits: one too long for an integer is still a long wait.
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        return static_cast<int>(ok ? std::min(seconds, longest) : longest);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(std::clamp<qint64>(now.secsTo(when), 0, longest));
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

// Job ids go into URLs as they are: digits only (the contract's ids are numbers kept as text).
bool isJobId(const QString &id)
{
    return isDigits(id.toLatin1());
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
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

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
    if (!isJobId(id)) {
        refuseJobId(id, [done](const RequestError &error) { done({ std::nullopt, error }); });
        return;
    }
    send("GET", jobsUrl(QLatin1Char('/') + id),
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
    if (!isJobId(id)) {
        refuseJobId(id, [done](const RequestError &error) { done(error); });
        return;
    }
    // Any 2xx is a confirmed delete, whatever its body (the contract leaves it open).
    send("DELETE", jobsUrl(QLatin1Char('/') + id),
         [done](const QByteArray &, const std::optional<RequestError> &error) { done(error); });
}

void JobsClient::refuseJobId(const QString &id, std::function<void(const RequestError &)> done)
{
    qCWarning(lcNet) << "not sending a job id that is not a number:" << id;
    // Later, as an answer would come: callers need not expect to be called back from within.
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] { done(RequestError::of(RequestError::Kind::InvalidJobId, {})); },
        Qt::QueuedConnection);
}

void JobsClient::fetchAllJobs(const QString &filter, JobListCallback done,
                              ProgressCallback progress)
{
    startPaging(filter, 0, std::move(done), std::move(progress));
}

void JobsClient::fetchNewestJobs(const QString &filter, int count, JobListCallback done,
                                 ProgressCallback progress)
{
    startPaging(filter, std::max(1, count), std::move(done), std::move(progress));
}

void JobsClient::startPaging(const QString &filter, int count, JobListCallback done,
                             ProgressCallback progress)
{
    auto paging = std::make_shared<Paging>();
    paging->filter = filter;
    paging->done = std::move(done);
    paging->progress = std::move(progress);
    paging->enough = count;
    paging->pageLimit = count > 0 ? std::min(count, pageSize) : pageSize;
    requestPages(paging);
}

void JobsClient::requestPages(const std::shared_ptr<Paging> &paging)
{
    while (!paging->error && paging->inFlight < m_maxParallelPages && paging->requested < maxPages
           && (paging->enough == 0 || paging->reachedWithoutGap() < paging->enough)) {
        const std::optional<int> from = nextPageFrom(*paging);
        // A page that starts past the jobs wanted holds none of them.
        if (!from || (paging->enough > 0 && *from > paging->enough))
            break;
        paging->asked.insert(*from);
        ++paging->requested;
        ++paging->inFlight;
        fetchPage(*from, paging->pageLimit, paging->filter,
                  [this, paging, from = *from](const ApiResult<JobPage> &result) {
                      handlePage(paging, from, result);
                  });
    }
    if (paging->inFlight == 0)
        finishPaging(paging);
}

std::optional<int> JobsClient::nextPageFrom(Paging &paging)
{
    // Page 1 alone tells the page size and the total; then the pages up to the total, several
    // at once, and after each page the one starting where it ended. Past the total, or without
    // one, that is one after another until a page ends the listing: only such an end proves it
    // whole, whatever the total claimed.
    if (paging.requested == 0)
        return 1;
    while (!paging.wanted.empty()
           && (paging.asked.contains(*paging.wanted.begin())
               || *paging.wanted.begin() >= paging.endFrom))
        paging.wanted.erase(paging.wanted.begin());
    if (paging.step > 0) {
        while (paging.asked.contains(paging.plannedFrom)
               && paging.plannedFrom <= paging.total - paging.step)
            paging.plannedFrom += paging.step;
        if (!paging.asked.contains(paging.plannedFrom) && paging.plannedFrom <= paging.total
            && paging.plannedFrom < paging.endFrom
            && (paging.wanted.empty() || paging.plannedFrom < *paging.wanted.begin()))
            return paging.plannedFrom;
    }
    if (paging.wanted.empty())
        return std::nullopt;
    return *paging.wanted.begin();
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
        if (page.meta.total >= 0) {
            const qint64 offset = qint64(page.meta.startIndex) - from;
            if (!paging->startOffset)
                paging->startOffset = offset;
            paging->misplaced = paging->misplaced || offset != *paging->startOffset;
        }
        // Pages may overlap (a server whose page size changed): an id seen again at the same
        // place is the same answer twice. Where unreadable entries were left out, places are
        // not known and any id seen again counts as moved.
        const bool placesKnown = page.jobs.size() == page.entries;
        int fresh = 0;
        int moved = 0;
        for (qsizetype i = 0; i < page.jobs.size(); ++i) {
            const qint64 place = from + i;
            const auto seen = paging->positions.constFind(page.jobs.at(i).id);
            if (seen == paging->positions.cend()) {
                ++fresh;
                paging->positions.insert(page.jobs.at(i).id, place);
            } else if (!placesKnown || *seen != place) {
                ++moved;
            }
        }
        paging->overlapped = paging->overlapped || fresh != page.jobs.size();
        paging->shifted = paging->shifted || moved > 0;
        // A server may hand out fewer jobs than asked for (and say so in meta.limit), or more:
        // a page is full when it holds what its own limit promised, up to what was asked.
        // Without that promise (no meta, a limit of 0) only an empty page ends the listing.
        const int promised = page.meta.limit > 0 ? std::min(page.meta.limit, paging->pageLimit) : 0;
        // Every way a listing can end, including the ways a misbehaving server would make it
        // go on forever: an empty page, a short page, a page of ids already seen elsewhere.
        const bool ends = page.entries == 0 || page.entries < promised
            || (!page.jobs.isEmpty() && fresh == 0 && moved > 0)
            || from > std::numeric_limits<int>::max() - page.entries;
        if (ends) {
            paging->endFrom = std::min(paging->endFrom, from);
        } else {
            paging->wanted.insert(from + page.entries);
            if (from == 1 && promised > 0) {
                paging->step = page.entries;
                paging->plannedFrom = 1 + page.entries;
            }
        }
        if (from == 1)
            paging->total = page.meta.total;
        paging->pages.insert(from, { page.jobs, page.entries, page.unreadableWithoutId });
        ++paging->answered;
        if (paging->progress) {
            const int expected = paging->step > 0 && paging->total > 0
                ? int((qint64(paging->total) + paging->step - 1) / paging->step)
                : 0;
            // The page that proves the end may lie one past what the total foretold.
            paging->progress(paging->answered, std::max(expected, paging->answered));
        }
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
    // In order, up to the page that ends the listing; each id once. A page that starts past
    // where those before it ended (a gap the page cap left) leaves the listing incomplete.
    QList<Job> jobs;
    jobs.reserve(paging->positions.size());
    QSet<QString> ids;
    qint64 reached = 1;
    bool gapless = true;
    int unreadableWithoutId = 0;
    // Each page is let go of as soon as its jobs are in the list: the pages and the list are
    // never held whole at the same time.
    for (auto page = paging->pages.begin();
         page != paging->pages.end() && page.key() <= paging->endFrom; ++page) {
        gapless = gapless && page.key() <= reached;
        reached = std::max(reached, qint64(page.key()) + page.value().entries);
        unreadableWithoutId += page.value().unreadableWithoutId;
        QList<Job> pageJobs = std::exchange(page.value().jobs, {});
        if (!paging->overlapped) {
            jobs.append(std::move(pageJobs));
            continue;
        }
        for (Job &job : pageJobs) {
            if (ids.contains(job.id))
                continue;
            ids.insert(job.id);
            jobs.append(std::move(job));
        }
    }
    paging->pages.clear();
    paging->positions.clear();
    qCDebug(lcNet) << "listed" << jobs.size() << "jobs in" << pages << "pages";
    const bool ended = paging->endFrom != std::numeric_limits<int>::max();
    const bool complete = ended && gapless && !paging->shifted && !paging->misplaced;
    paging->done(
        { std::move(jobs), pages, complete, std::nullopt, unreadableWithoutId, paging->total });
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
        error.detail = tr("The response was larger than %1 MB.")
                           .arg(QLocale().toString(m_maxResponseBytes / (1024 * 1024)));
        call->done(QByteArray(), error);
        return;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        call->done(body, std::nullopt);
        return;
    }

    RequestError error;
    error.httpStatus = status;
    if (reply->error() == QNetworkReply::InsecureRedirectError) {
        error.kind = RequestError::Kind::Redirected;
        qCWarning(lcNet) << "refused a redirect from" << call->url.host() << "to"
                         << reply->header(QNetworkRequest::LocationHeader).toUrl().host();
    } else if (status >= 300) {
        error.kind = kindForStatus(status);
        error.server = JobJson::decodeServerError(body).value_or(ServerError());
        error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock.now());
    } else {
        // A 2xx whose transfer broke off (reset, truncated) is a network failure, not an answer.
        error.kind = kindForNetworkError(reply->error());
        error.detail = reply->errorString();
    }
    call->done(QByteArray(), error);
}
