#include "emulatorserver.h"

#include "jobjson.h"
#include "scimfilter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <cstdio>
#include <sys/socket.h>

namespace {

const QString apiPrefix = QStringLiteral("/api/v1");
const QString jobsPath = QStringLiteral("/api/v1/jobs");
const QString adminPrefix = QStringLiteral("/_emulator/");

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

// Fields as a Java server reads them: a `+` is a space, `%2B` a plus.
QUrlQuery javaQuery(QByteArray encoded)
{
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(encoded));
}

QUrlQuery queryOf(const QHttpServerRequest &request)
{
    return javaQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
}

// The query and, for form posts, the body: Zoho's token endpoint takes its fields in either.
QUrlQuery formFields(const QHttpServerRequest &request)
{
    QUrlQuery fields = queryOf(request);
    const QUrlQuery form = javaQuery(request.body());
    for (const auto &item : form.queryItems(QUrl::FullyEncoded))
        fields.addQueryItem(item.first, item.second);
    return fields;
}

// The access log shows what was asked, never a secret that came with it.
QString redactedQuery(const QUrl &url)
{
    QUrlQuery query(url);
    for (const char *secret :
         { "token", "code", "refresh_token", "client_secret", "code_verifier" }) {
        const QString key = QLatin1String(secret);
        if (query.hasQueryItem(key)) {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, QStringLiteral("…"));
        }
    }
    return query.toString(QUrl::PrettyDecoded);
}

// A job as the server writes it, with the quirks the faults ask for; `firstOfPage`: the one the
// odd-job and no-id-job faults spoil.
QJsonObject jobAsWritten(const Job &job, const FaultPlan::Decision &fault, bool firstOfPage = false)
{
    QJsonObject object = JobJson::encodeJob(job);
    if (fault.emptyEndTime && !job.endTime.isValid())
        object.insert(QStringLiteral("end_time"), QString());
    if (firstOfPage && fault.oddJob)
        object.insert(QStringLiteral("start_time"), job.startTime.toSecsSinceEpoch());
    if (firstOfPage && fault.noIdJob)
        object.remove(QStringLiteral("id"));
    return object;
}

void resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard { 1, 0 };
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                 sizeof(hard));
    socket->abort();
}

} // namespace

EmulatorServer::EmulatorServer(const QList<Job> &jobs, const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.manualClock ? static_cast<const Clock *>(options.manualClock)
                                  : &Clock::system())
    , m_store(jobs, options.seed, options.simulation, m_clock->now())
    , m_oauth(options.oauth, options.accessToken)
    , m_faults(options.seed)
{
    m_faults.set(options.faults);
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    if (options.simulation.enabled && !options.manualClock) {
        m_tickTimer.setInterval(options.tickInterval);
        connect(&m_tickTimer, &QTimer::timeout, this, &EmulatorServer::tick);
        m_tickTimer.start();
    }
}

EmulatorServer::~EmulatorServer()
{
    // The HTTP server closes its sockets as it is destroyed, after this body; a stalled one's
    // disconnected() must not reach this half-destroyed object then.
    for (const std::shared_ptr<QHttpServerResponder> &responder : std::as_const(m_stalled)) {
        if (QTcpSocket *socket = responder->socket())
            socket->disconnect(this);
    }
}

quint16 EmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_server.listen(address, port);
    return m_port;
}

QUrl EmulatorServer::origin() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QUrl EmulatorServer::apiBaseUrl() const
{
    QUrl url = origin();
    url.setPath(apiPrefix);
    return url;
}

void EmulatorServer::tick()
{
    m_store.advance(m_clock->now());
}

void EmulatorServer::setMaxPageSize(int pageSize)
{
    m_options.maxPageSize = std::max(1, pageSize);
}

void EmulatorServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const Response response = respond(request);
    const QByteArray method = methodName(request.method());
    m_received.append({ method, request.url().path(), request.url().query(QUrl::FullyEncoded),
                        response.status, response.body.size() });

    // Only when logging: formatting and redacting every request would be wasted otherwise.
    const QString logPrefix = m_options.accessLog
        ? QStringLiteral("%1 %2 %3%4")
              .arg(JobJson::formatTime(QDateTime::currentDateTimeUtc()),
                   QString::fromLatin1(method), request.url().path(),
                   request.url().hasQuery() ? QLatin1Char('?') + redactedQuery(request.url())
                                            : QString())
        : QString();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    if (response.fault.latencyMs > 0) {
        QTimer::singleShot(response.fault.latencyMs, this,
                           [=] { write(shared, response, logPrefix, elapsed); });
        return;
    }
    write(shared, response, logPrefix, elapsed);
}

void EmulatorServer::write(const std::shared_ptr<QHttpServerResponder> &responder,
                           const Response &response, const QString &logPrefix,
                           const QElapsedTimer &elapsed)
{
    const QPointer<QTcpSocket> socket = responder->socket();
    // The client may have given up while the answer was delayed.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Without TCP_NODELAY the last segment of a larger answer waits for the client's delayed
    // ACK: 40 ms on every page.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const auto failure
        = response.fault.failure ? response.fault.failure->kind : FaultPlan::Kind::Latency;
    qint64 sent = response.body.size();
    if (failure == FaultPlan::Kind::Reset) {
        sent = 0;
        resetConnection(socket);
    } else {
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        responder->writeHeader("Content-Type", "application/json;charset=UTF-8");
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        for (const auto &header : response.headers)
            responder->writeHeader(header.first, header.second);
        if (failure == FaultPlan::Kind::Truncate || failure == FaultPlan::Kind::Stall) {
            sent = response.body.size() / 2;
            responder->writeBody(response.body.left(sent));
        } else {
            responder->writeBody(response.body);
        }
        if (failure == FaultPlan::Kind::Truncate) {
            socket->disconnectFromHost();
        } else if (failure == FaultPlan::Kind::Stall) {
            m_stalled.append(responder);
            connect(socket, &QTcpSocket::disconnected, this,
                    [this, responder] { m_stalled.removeOne(responder); });
        }
    }

    if (m_options.accessLog) {
        const QString fault = response.fault.failure
            ? QStringLiteral(" [fault: %1]").arg(FaultPlan::format(*response.fault.failure))
            : QString();
        std::printf("%s %d %lld B %.1f ms%s\n", qUtf8Printable(logPrefix), response.status,
                    static_cast<long long>(sent), double(elapsed.nsecsElapsed()) / 1e6,
                    qUtf8Printable(fault));
        std::fflush(stdout);
    }
}

EmulatorServer::Response EmulatorServer::json(int status, const QJsonObject &body)
{
    return { status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {} };
}

EmulatorServer::Response EmulatorServer::apiError(int status, const char *code, const char *title,
                                                  const QString &detail)
{
    return json(status,
                JobJson::encodeServerError(
                    { QString::fromLatin1(code), QString::fromLatin1(title), detail }));
}

EmulatorServer::Response EmulatorServer::respond(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (path == jobsPath || path.startsWith(jobsPath + QLatin1Char('/')))
        return respondApi(request, path);
    if (path.startsWith(QLatin1String("/oauth/v2/")))
        return respondOAuth(request, path);
    // The admin API is for the machine the emulator runs on; elsewhere it does not exist.
    if (path.startsWith(adminPrefix) && request.remoteAddress().isLoopback())
        return respondAdmin(request, path);
    return apiError(404, "00000104", "Page Not Found",
                    QStringLiteral("No API resource at %1.").arg(path));
}

EmulatorServer::Response EmulatorServer::respondApi(const QHttpServerRequest &request,
                                                    const QString &path)
{
    const QString id = path.mid(jobsPath.size() + 1);
    const bool isList = path == jobsPath;
    if (!isList && (id.isEmpty() || id.contains(QLatin1Char('/'))))
        return apiError(404, "00000104", "Page Not Found",
                        QStringLiteral("No API resource at %1.").arg(path));

    const QHttpServerRequest::Method method = request.method();
    const bool allowed = method == QHttpServerRequest::Method::Get
        || (!isList && method == QHttpServerRequest::Method::Delete);

    // Faults strike before anything else, as a broken server or network would.
    const FaultPlan::Decision fault = m_faults.decide(isList && allowed);
    if (fault.failure) {
        Response broken;
        switch (fault.failure->kind) {
        case FaultPlan::Kind::Error500:
            broken = apiError(500, "00000000", "Internal Server Error",
                              m_options.error500Detail.isEmpty()
                                  ? QStringLiteral("An unexpected internal error has occurred on "
                                                   "the server. Please try again later.")
                                  : m_options.error500Detail);
            break;
        case FaultPlan::Kind::RateLimit:
            broken = apiError(429, "00000109", "Too Many Requests",
                              QStringLiteral("Too many requests. Please try again later."));
            broken.headers.append({ "Retry-After", QByteArray::number(fault.failure->value) });
            break;
        case FaultPlan::Kind::Malformed:
            broken = { 200,
                       QByteArrayLiteral("{\"data\": [{\"id\": \"20000<html><body>502 Bad "
                                         "Gateway</body></html>"),
                       {},
                       {} };
            break;
        default:
            // Truncate, reset, stall and oversized mangle the real answer below.
            broken.status = 0;
            break;
        }
        if (broken.status != 0) {
            broken.fault = fault;
            return broken;
        }
    }

    const QByteArray authorization = request.value("Authorization");
    const auto scope = method == QHttpServerRequest::Method::Delete ? OAuthAuthority::Scope::Delete
                                                                    : OAuthAuthority::Scope::Read;
    Response response;
    switch (m_oauth.check(authorization, scope, m_clock->now())) {
    case OAuthAuthority::Access::Unauthorized:
        response = apiError(401, "00000101", "Unauthorized",
                            QStringLiteral("The OAuth token is invalid."));
        break;
    case OAuthAuthority::Access::Forbidden:
        response = apiError(403, "00000106", "Forbidden",
                            QStringLiteral("The OAuth token does not grant the scope %1.")
                                .arg(scope == OAuthAuthority::Scope::Delete
                                         ? QLatin1String("id360.job.DELETE")
                                         : QLatin1String("id360.job.READ")));
        break;
    case OAuthAuthority::Access::Granted:
        if (!allowed) {
            response = apiError(405, "00000105", "Unsupported HTTP Method",
                                QStringLiteral("%1 is not supported on %2.")
                                    .arg(QString::fromLatin1(methodName(method)), path));
        } else if (isList) {
            response = listJobs(request, fault);
        } else if (method == QHttpServerRequest::Method::Get) {
            const std::optional<Job> job = m_store.get(id);
            response = job ? json(200, jobAsWritten(*job, fault))
                           : apiError(404, "----", "Job Not Found",
                                      QStringLiteral("The requested job does not exist or has "
                                                     "been deleted."));
        } else if (m_store.remove(id)) {
            response = m_options.deleteStatus == 204
                ? Response { 204, QByteArray(), {}, {} }
                : json(200,
                       QJsonObject { { QStringLiteral("message"),
                                       QStringLiteral("Job deleted successfully.") } });
        } else {
            response = apiError(404, "----", "Job Not Found",
                                QStringLiteral("The requested job does not exist or has been "
                                               "deleted."));
        }
        break;
    }

    if (fault.failure && fault.failure->kind == FaultPlan::Kind::Oversized
        && response.body.size() < fault.failure->value) {
        // Still valid JSON, only far too big: padding inside the top-level object.
        QByteArray body = response.body;
        body.chop(1);
        body += ",\"padding\":\"";
        body += QByteArray(fault.failure->value - body.size() - 2, 'x');
        body += "\"}";
        response.body = body;
    }
    response.fault = fault;
    return response;
}

EmulatorServer::Response EmulatorServer::listJobs(const QHttpServerRequest &request,
                                                  const FaultPlan::Decision &fault)
{
    const QUrlQuery query = queryOf(request);
    int limit = m_options.maxPageSize;
    int from = 1;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const std::optional<int> value = boundedNumber(
            query.queryItemValue(QStringLiteral("limit")), 1, std::numeric_limits<int>::max());
        if (!value)
            return apiError(400, "00000107", "Invalid Parameter",
                            QStringLiteral("limit must be a whole number of 1 or more."));
        limit = std::min(*value, m_options.maxPageSize);
    }
    if (query.hasQueryItem(QStringLiteral("from"))) {
        const std::optional<int> value = boundedNumber(query.queryItemValue(QStringLiteral("from")),
                                                       1, std::numeric_limits<int>::max());
        if (!value)
            return apiError(400, "00000107", "Invalid Parameter",
                            QStringLiteral("from must be a whole number of 1 or more (1-based)."));
        from = *value;
    }
    ScimFilterError filterError;
    const std::optional<ScimFilter> filter = ScimFilter::parse(
        query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded), &filterError);
    if (!filter) {
        if (filterError.kind == ScimFilterError::Kind::Syntax)
            return apiError(400, "00000100", "Bad Request",
                            QStringLiteral("Invalid filter: ") + filterError.message);
        return apiError(400, "00000107", "Invalid Parameter",
                        QStringLiteral("Invalid filter: ") + filterError.message);
    }

    const JobStore::Page page = m_store.list(*filter, fault.repeatPage ? 1 : from, limit);
    const PageMeta meta { from - 1 + m_options.startIndexBase, limit,
                          page.total + static_cast<int>(fault.totalOffset) };
    QJsonArray data;
    for (qsizetype i = 0; i < page.jobs.size(); ++i)
        data.append(jobAsWritten(page.jobs.at(i), fault, i == 0));
    QJsonObject body = JobJson::encodeJobPage({}, meta);
    body.insert(QStringLiteral("data"), data);
    if (!m_options.listMeta)
        body.remove(QLatin1String("meta"));
    return json(200, body);
}

EmulatorServer::Response EmulatorServer::respondOAuth(const QHttpServerRequest &request,
                                                      const QString &path)
{
    const QDateTime now = m_clock->now();
    const QHttpServerRequest::Method method = request.method();
    if (path == QLatin1String("/oauth/v2/auth") && method == QHttpServerRequest::Method::Get) {
        const OAuthAuthority::Authorization answer
            = m_oauth.authorize(queryOf(request), origin(), now);
        if (!answer.error.isEmpty())
            return json(400, QJsonObject { { QStringLiteral("error"), answer.error } });
        Response redirect { 302, QByteArray(), {}, {} };
        redirect.headers.append({ "Location", answer.redirect.toEncoded() });
        return redirect;
    }
    if ((path == QLatin1String("/oauth/v2/token")
         || path == QLatin1String("/oauth/v2/token/revoke"))
        && method == QHttpServerRequest::Method::Post)
        return respondToken(request, path);
    if (path == QLatin1String("/oauth/v2/auth") || path == QLatin1String("/oauth/v2/token")
        || path == QLatin1String("/oauth/v2/token/revoke"))
        return apiError(405, "00000105", "Unsupported HTTP Method",
                        QStringLiteral("%1 is not supported on %2.")
                            .arg(QString::fromLatin1(methodName(method)), path));
    return apiError(404, "00000104", "Page Not Found",
                    QStringLiteral("No API resource at %1.").arg(path));
}

EmulatorServer::Response EmulatorServer::respondToken(const QHttpServerRequest &request,
                                                      const QString &path)
{
    if (m_options.accountsMovedTo.isValid()) {
        QUrl moved = m_options.accountsMovedTo;
        moved.setPath(path);
        moved.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::TolerantMode);
        Response redirect { 307, QByteArray(), {}, {} };
        redirect.headers.append({ "Location", moved.toEncoded() });
        return redirect;
    }
    Response answer = path == QLatin1String("/oauth/v2/token")
        ? json(200, m_oauth.token(formFields(request), origin(), m_clock->now()))
        : json(200,
               m_oauth.revoke(formFields(request).queryItemValue(QStringLiteral("token"),
                                                                 QUrl::FullyDecoded)));
    if (m_options.accountsAnswerBytes > answer.body.size())
        answer.body.append(QByteArray(m_options.accountsAnswerBytes - answer.body.size(), ' '));
    return answer;
}

EmulatorServer::Response EmulatorServer::respondAdmin(const QHttpServerRequest &request,
                                                      const QString &path)
{
    const auto adminError = [](int status, const QString &message) {
        return json(status, QJsonObject { { QStringLiteral("error"), message } });
    };
    const QString name = path.mid(adminPrefix.size());
    const QHttpServerRequest::Method method = request.method();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();

    if (name == QLatin1String("faults")) {
        if (method == QHttpServerRequest::Method::Post) {
            QList<FaultPlan::Fault> faults;
            const QJsonArray specs = body.value(QLatin1String("faults")).toArray();
            for (const QJsonValue &spec : specs) {
                QString error;
                const std::optional<FaultPlan::Fault> fault
                    = FaultPlan::parse(spec.toString(), &error);
                if (!fault)
                    return adminError(400, error);
                faults.append(*fault);
            }
            m_faults.set(faults);
        } else if (method == QHttpServerRequest::Method::Delete) {
            m_faults.set({});
        } else if (method != QHttpServerRequest::Method::Get) {
            return adminError(405, QStringLiteral("use GET, POST or DELETE"));
        }
        return json(200,
                    QJsonObject { { QStringLiteral("faults"),
                                    QJsonArray::fromStringList(m_faults.describe()) } });
    }
    if (method != QHttpServerRequest::Method::Post)
        return name == QLatin1String("jobs") || name == QLatin1String("tick")
                || name == QLatin1String("self-client-code")
            ? adminError(405, QStringLiteral("use POST"))
            : adminError(404, QStringLiteral("no admin endpoint %1").arg(path));

    if (name == QLatin1String("jobs")) {
        JobStore::NewJob newJob;
        newJob.actionName = body.value(QLatin1String("action_name")).toString();
        newJob.module = body.value(QLatin1String("module")).toString();
        newJob.statusText = body.value(QLatin1String("status")).toString();
        const QString outcome = body.value(QLatin1String("outcome")).toString();
        newJob.outcome = outcome.isEmpty() ? JobStatus::Unknown : jobStatusFromApi(outcome);
        if (!outcome.isEmpty()
            && (newJob.outcome == JobStatus::Unknown || jobStatusIsActive(newJob.outcome)))
            return adminError(400, QStringLiteral("outcome must be COMPLETED, WARNING or ERROR"));
        newJob.entityCount = body.value(QLatin1String("entities")).toInt(-1);
        const double runSeconds = body.value(QLatin1String("run_seconds")).toDouble(-1);
        newJob.runMs = runSeconds < 0 ? -1 : qint64(runSeconds * 1000);
        return json(201, JobJson::encodeJob(m_store.add(newJob, m_clock->now())));
    }
    if (name == QLatin1String("tick")) {
        const qint64 ms = queryOf(request).queryItemValue(QStringLiteral("ms")).toLongLong();
        if (ms > 0) {
            if (!m_options.manualClock)
                return adminError(409,
                                  QStringLiteral("the emulator runs on the system clock; "
                                                 "start it with --manual-clock to move time "
                                                 "by hand"));
            m_options.manualClock->advance(std::chrono::milliseconds(ms));
        }
        tick();
        return json(200,
                    QJsonObject { { QStringLiteral("now"), JobJson::formatTime(m_clock->now()) } });
    }
    if (name == QLatin1String("self-client-code")) {
        const QString scope = queryOf(request).queryItemValue(QStringLiteral("scope"));
        if (scope.isEmpty())
            return adminError(400,
                              QStringLiteral("say which scopes, e.g. "
                                             "?scope=id360.job.READ,id360.job.DELETE"));
        return json(200,
                    QJsonObject { { QStringLiteral("code"),
                                    m_oauth.issueSelfClientCode(scope, m_clock->now()) } });
    }
    return adminError(404, QStringLiteral("no admin endpoint %1").arg(path));
}
