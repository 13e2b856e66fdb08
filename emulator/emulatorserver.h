#pragma once

#include "job.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QUrl>

class QHttpServerRequest;
class QHttpServerResponder;

// A local stand-in for the Identity360 Jobs API (see shared/api/JOBS_API.md), served over HTTP
// with QHttpServer. Every request is dispatched here rather than through QHttpServer's router,
// so that unknown paths, wrong methods and auth failures answer with the API's own error body.
class EmulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)

public:
    // What a request looked like when it arrived, so tests can assert what the server received.
    struct ReceivedRequest
    {
        QByteArray method;
        QString path;
        QString query;
        int status = 0;
    };

    EmulatorServer(QList<Job> jobs, QString accessToken, QObject *parent = nullptr);

    // Returns the port, or 0 when the address could not be bound.
    quint16 listen(const QHostAddress &address, quint16 port);
    // http://host:port/api/v1 — what a client uses as its base URL.
    QUrl apiBaseUrl() const;

    const QList<ReceivedRequest> &receivedRequests() const { return m_received; }

    static constexpr int maxPageSize = 200;

private:
    struct Response
    {
        int status;
        QByteArray body;
    };

    Response respond(const QHttpServerRequest &request) const;
    Response listJobs(const QHttpServerRequest &request) const;
    static Response error(int status, const char *code, const char *title, const QString &detail);

    QHttpServer m_server;
    QList<Job> m_jobs;
    QString m_accessToken;
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<ReceivedRequest> m_received;
};
