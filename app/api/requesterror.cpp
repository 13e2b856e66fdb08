#include "api/requesterror.h"

#include <QCoreApplication>

QString RequestError::message() const
{
    // The server's own words, when it gave any, say more than our summary of the status.
    const QString serverWords = server.detail.isEmpty() ? server.title : server.detail;
    QString summary;
    switch (kind) {
    case Kind::Unauthorized:
        summary = QCoreApplication::translate("RequestError",
                                              "The server did not accept the access token.");
        break;
    case Kind::Forbidden:
        summary = QCoreApplication::translate(
            "RequestError", "The account is not allowed to do this (missing OAuth scope?).");
        break;
    case Kind::NotFound:
        summary = QCoreApplication::translate("RequestError", "Not found on the server.");
        break;
    case Kind::RateLimited:
        summary = retryAfterSeconds >= 0
            ? QCoreApplication::translate("RequestError",
                                          "The server asks to slow down; retry in %1 s.")
                  .arg(retryAfterSeconds)
            : QCoreApplication::translate("RequestError", "The server asks to slow down.");
        break;
    case Kind::Server:
        summary = QCoreApplication::translate("RequestError", "The server answered HTTP %1.")
                      .arg(httpStatus);
        break;
    case Kind::Network:
        summary = QCoreApplication::translate("RequestError", "The server could not be reached.");
        break;
    case Kind::Timeout:
        summary = QCoreApplication::translate("RequestError", "The server did not answer in time.");
        break;
    case Kind::Tls:
        summary = QCoreApplication::translate("RequestError",
                                              "The secure connection could not be trusted.");
        break;
    case Kind::Decode:
        summary
            = QCoreApplication::translate("RequestError", "The server's answer could not be read.");
        break;
    case Kind::Redirected:
        summary = QCoreApplication::translate(
            "RequestError", "The server redirected to another host; nothing was sent there.");
        break;
    case Kind::InvalidJobId:
        summary = QCoreApplication::translate("RequestError",
                                              "The job id is not a number; nothing was sent.");
        break;
    }
    const QString more = serverWords.isEmpty() ? detail : serverWords;
    return more.isEmpty() ? summary : summary + QLatin1Char(' ') + more;
}

RequestError RequestError::of(Kind kind, const QString &detail, int retryAfterSeconds)
{
    RequestError error;
    error.kind = kind;
    error.detail = detail;
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
}
