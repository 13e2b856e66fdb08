#pragma once

#include "emulatorserver.h"
#include "jobgenerator.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

// The tests' one way to get an emulator: listening on a free loopback port, accepting `token`
// (the emulator's --token) besides whatever OAuth issues.
inline std::unique_ptr<EmulatorServer> startEmulator(const QList<Job> &jobs, const QString &token,
                                                     EmulatorServer::Options options = {})
{
    options.accessToken = token;
    auto server = std::make_unique<EmulatorServer>(jobs, options);
    if (server->listen(QHostAddress(QHostAddress::LocalHost), 0) == 0)
        qFatal("the emulator could not listen on loopback");
    return server;
}

// `count` generated jobs that had all finished by `until`: history to watch new jobs against.
inline QList<Job> finishedJobs(int count, const QDateTime &until)
{
    QList<Job> jobs = JobGenerator::generate(count + 10, 3, until);
    jobs.erase(std::remove_if(jobs.begin(), jobs.end(),
                              [](const Job &job) { return jobStatusIsActive(job.status); }),
               jobs.end());
    return jobs.mid(0, count);
}

// What came back for one raw HTTP request: what a client of the emulator would see.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return QByteArray();
    }
};

// Sends one request and waits up to `timeoutMs` for the answer; redirects are not followed.
inline HttpAnswer sendHttp(const QByteArray &method, const QUrl &url,
                           const QByteArray &authorization = QByteArray(),
                           const QByteArray &formBody = QByteArray(), int timeoutMs = 10000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!formBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = network.sendCustomRequest(request, method, formBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpAnswer answer;
    answer.finished = finished.wait(timeoutMs);
    answer.elapsedMs = elapsed.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    answer.headers = reply->rawHeaderPairs();
    reply->abort();
    delete reply;
    return answer;
}
