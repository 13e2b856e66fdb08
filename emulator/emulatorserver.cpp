#include "emulatorserver.h"

#include "jobjson.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

const QString apiPrefix = QStringLiteral("/api/v1");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// A whole number in [minimum, maximum], or nothing.
std::optional<int> boundedNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

EmulatorServer::EmulatorServer(QList<Job> jobs, QString accessToken, QObject *parent)
    : QObject(parent)
    , m_jobs(std::move(jobs))
    , m_accessToken(std::move(accessToken))
{
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const Response response = respond(request);
            m_received.append({ methodName(request.method()), request.url().path(),
                                request.url().query(), response.status });
            responder.write(response.body, { { "Content-Type", "application/json;charset=UTF-8" } },
                            static_cast<QHttpServerResponder::StatusCode>(response.status));
        });
}

quint16 EmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_server.listen(address, port);
    return m_port;
}

QUrl EmulatorServer::apiBaseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(apiPrefix);
    return url;
}

EmulatorServer::Response EmulatorServer::respond(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    const bool isJobsPath = path == apiPrefix + QStringLiteral("/jobs");
    if (!isJobsPath)
        return error(404, "00000104", "Page Not Found",
                     QStringLiteral("No API resource at %1.").arg(path));

    const QByteArray expected = "Zoho-oauthtoken " + m_accessToken.toUtf8();
    if (request.value("Authorization") != expected)
        return error(401, "00000101", "Unauthorized",
                     QStringLiteral("The OAuth token is invalid."));

    if (request.method() != QHttpServerRequest::Method::Get)
        return error(405, "00000105", "Unsupported HTTP Method",
                     QStringLiteral("%1 is not supported on %2.")
                         .arg(QString::fromLatin1(methodName(request.method())), path));
    return listJobs(request);
}

EmulatorServer::Response EmulatorServer::listJobs(const QHttpServerRequest &request) const
{
    const QUrlQuery query(request.url());
    int limit = maxPageSize;
    int from = 1;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const std::optional<int> value
            = boundedNumber(query.queryItemValue(QStringLiteral("limit")), 1, maxPageSize);
        if (!value)
            return error(
                400, "00000107", "Invalid Parameter",
                QStringLiteral("limit must be a whole number from 1 to %1.").arg(maxPageSize));
        limit = *value;
    }
    if (query.hasQueryItem(QStringLiteral("from"))) {
        const std::optional<int> value = boundedNumber(query.queryItemValue(QStringLiteral("from")),
                                                       1, std::numeric_limits<int>::max());
        if (!value)
            return error(400, "00000107", "Invalid Parameter",
                         QStringLiteral("from must be a whole number of 1 or more (1-based)."));
        from = *value;
    }
    if (query.hasQueryItem(QStringLiteral("filter")))
        return error(400, "00000107", "Invalid Parameter",
                     QStringLiteral("This emulator version does not evaluate filters yet."));

    const int total = static_cast<int>(m_jobs.size());
    const int first = std::min(from - 1, total);
    const int count = std::min(limit, total - first);
    const QJsonObject page
        = JobJson::encodeJobPage(m_jobs.mid(first, count), { from, limit, total });
    return { 200, QJsonDocument(page).toJson(QJsonDocument::Compact) };
}

EmulatorServer::Response EmulatorServer::error(int status, const char *code, const char *title,
                                               const QString &detail)
{
    const QJsonObject body = JobJson::encodeServerError(
        { QString::fromLatin1(code), QString::fromLatin1(title), detail });
    return { status, QJsonDocument(body).toJson(QJsonDocument::Compact) };
}
