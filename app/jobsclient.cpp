#include "jobsclient.h"

#include "jobjson.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QUrlQuery>

struct JobsClient::Paging
{
    JobListCallback done;
    QList<Job> jobs;
    QSet<QString> seenIds;
    int from = 1;
    int pages = 0;
};

namespace {

// Retry-After is either delta-seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value)
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
    return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
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

} // namespace

JobsClient::JobsClient(QObject *parent)
    : QObject(parent)
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

void JobsClient::setAccessToken(const QString &token)
{
    m_accessToken = token;
}

void JobsClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

void JobsClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = bytes;
}

QUrl JobsClient::jobsUrl(const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/jobs"));
    url.setQuery(query);
    return url;
}

void JobsClient::fetchAllJobs(JobListCallback done)
{
    auto paging = std::make_shared<Paging>();
    paging->done = std::move(done);
    fetchNextPage(paging);
}

void JobsClient::fetchNextPage(const std::shared_ptr<Paging> &paging)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("from"), QString::number(paging->from));
    ++paging->pages;
    get(jobsUrl(query),
        [this, paging](const QByteArray &body, const std::optional<RequestError> &error) {
            if (error) {
                paging->done({ {}, paging->pages, error });
                return;
            }
            QString decodeError;
            const std::optional<JobPage> page = JobJson::decodeJobPage(body, &decodeError);
            if (!page) {
                RequestError failure;
                failure.kind = RequestError::Kind::Decode;
                failure.httpStatus = 200;
                failure.detail = decodeError;
                paging->done({ {}, paging->pages, failure });
                return;
            }

            int fresh = 0;
            for (const Job &job : page->jobs) {
                if (paging->seenIds.contains(job.id))
                    continue;
                paging->seenIds.insert(job.id);
                paging->jobs.append(job);
                ++fresh;
            }
            paging->from += static_cast<int>(page->jobs.size());

            // Every way a listing can end, including the ways a misbehaving server would make it
            // go on forever: an empty page, a page of ids already seen, the total reached, the cap.
            const bool totalReached
                = page->meta.total >= 0 && paging->jobs.size() >= page->meta.total;
            if (page->jobs.isEmpty() || fresh == 0 || totalReached || paging->pages >= maxPages) {
                qCDebug(lcNet) << "listed" << paging->jobs.size() << "jobs in" << paging->pages
                               << "pages";
                paging->done({ paging->jobs, paging->pages, std::nullopt });
                return;
            }
            fetchNextPage(paging);
        });
}

void JobsClient::get(const QUrl &url, ReplyCallback done)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Zoho-oauthtoken " + m_accessToken.toUtf8());
    request.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));

    QNetworkReply *reply = m_network->get(request);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto tooLarge = std::make_shared<bool>(false);

    connect(reply, &QNetworkReply::downloadProgress, reply,
            [this, reply, tooLarge](qint64 received, qint64) {
                if (received > m_maxResponseBytes && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, elapsed, tooLarge, done] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCDebug(lcNet).nospace() << "GET " << url.path() << '?' << url.query() << " -> " << status
                                 << ", " << body.size() << " bytes in " << elapsed->elapsed()
                                 << " ms";

        if (*tooLarge) {
            RequestError error;
            error.kind = RequestError::Kind::Decode;
            error.httpStatus = status;
            error.detail
                = tr("The response was larger than %1 MB.").arg(m_maxResponseBytes / (1024 * 1024));
            done(QByteArray(), error);
            return;
        }
        if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
            done(body, std::nullopt);
            return;
        }

        RequestError error;
        error.httpStatus = status;
        // A 2xx whose transfer broke off (reset, truncated) is a network failure, not an answer.
        if (status >= 300) {
            error.kind = kindForStatus(status);
            error.server = JobJson::decodeServerError(body).value_or(ServerError());
            error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        } else {
            error.kind = kindForNetworkError(reply->error());
            error.detail = reply->errorString();
        }
        done(QByteArray(), error);
    });
}
