#pragma once

#include "clock.h"
#include "faultplan.h"
#include "job.h"
#include "jobstore.h"
#include "oauthauthority.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

// A local stand-in for Identity360 (see shared/api/JOBS_API.md): the Jobs API, Zoho's OAuth
// endpoints and a loopback-only admin API, on one QHttpServer. Every request is dispatched here
// rather than through QHttpServer's router, so unknown paths, wrong methods and auth failures
// answer with the API's own error body, and faults can reach down to the socket.
class EmulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)

public:
    struct Options
    {
        // Accepted for every scope and never expiring; empty: only OAuth-issued tokens work.
        QString accessToken;
        quint32 seed = 1;
        JobStore::Simulation simulation;
        std::chrono::milliseconds tickInterval { 1000 };
        OAuthAuthority::Options oauth;
        QList<FaultPlan::Fault> faults;
        // Larger limits are cut down to this, as a lenient server would (meta.limit says so).
        int maxPageSize = 200;
        // Without it, list answers carry no meta object, only the data array.
        bool listMeta = true;
        // What meta.start_index says for from=1: 1, or 0 for a server that counts from 0.
        int startIndexBase = 1;
        // 200 (with a small JSON body) or 204: the contract leaves the delete answer open.
        int deleteStatus = 200;
        // When set, time moves only through tick()/POST /_emulator/tick, never by itself.
        ManualClock *manualClock = nullptr;
        // One line per request on stdout.
        bool accessLog = false;
        // Accounts-server variants the contract does not rule out. When set, the token and
        // revoke endpoints answer 307 to the same path and query at this origin (a moved
        // server; a 307 asks the client to send its form again, secrets and all).
        QUrl accountsMovedTo;
        // When larger than the answer, token and revoke answers are padded with spaces to this
        // many bytes (still valid JSON).
        qint64 accountsAnswerBytes = 0;
        // When set, the detail of the error500 fault's answer: the contract does not say what a
        // server's own words may hold (markup, say).
        QString error500Detail;
    };

    // What a request looked like when it arrived, so tests can assert what the server received.
    struct ReceivedRequest
    {
        QByteArray method;
        QString path;
        // As sent, still percent-encoded.
        QString query;
        int status = 0;
        // The size of the answer's body as the server meant it (before any fault cut it).
        qint64 bytes = 0;
    };

    EmulatorServer(const QList<Job> &jobs, const Options &options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Returns the port, or 0 when the address could not be bound.
    quint16 listen(const QHostAddress &address, quint16 port);
    // http://host:port — the accounts server and the API share it.
    QUrl origin() const;
    // http://host:port/api/v1 — what a client uses as its base URL.
    QUrl apiBaseUrl() const;

    const QList<ReceivedRequest> &receivedRequests() const { return m_received; }
    // For long runs, which would otherwise keep a record of every request.
    void forgetReceivedRequests() { m_received.clear(); }
    JobStore &store() { return m_store; }
    FaultPlan &faults() { return m_faults; }
    OAuthAuthority &oauth() { return m_oauth; }

    // Moves every job along its plan to the clock's now (and lets new ones arrive).
    void tick();

    // At run time, for the next list calls: see Options.
    void setMaxPageSize(int pageSize);
    void setListMeta(bool listMeta) { m_options.listMeta = listMeta; }
    void setStartIndexBase(int base) { m_options.startIndexBase = base; }

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        FaultPlan::Decision fault;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Response respond(const QHttpServerRequest &request);
    Response respondApi(const QHttpServerRequest &request, const QString &path);
    Response listJobs(const QHttpServerRequest &request, const FaultPlan::Decision &fault);
    Response respondOAuth(const QHttpServerRequest &request, const QString &path);
    Response respondToken(const QHttpServerRequest &request, const QString &path);
    Response respondAdmin(const QHttpServerRequest &request, const QString &path);
    void write(const std::shared_ptr<QHttpServerResponder> &responder, const Response &response,
               const QString &logPrefix, const QElapsedTimer &elapsed);

    static Response json(int status, const QJsonObject &body);
    static Response apiError(int status, const char *code, const char *title,
                             const QString &detail);

    QHttpServer m_server;
    Options m_options;
    const Clock *m_clock;
    JobStore m_store;
    OAuthAuthority m_oauth;
    FaultPlan m_faults;
    QTimer m_tickTimer;
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<ReceivedRequest> m_received;
    // Responses held open on purpose (the stall fault), until their client hangs up.
    QList<std::shared_ptr<QHttpServerResponder>> m_stalled;
};
