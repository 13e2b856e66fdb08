#pragma once

#include "jobjson.h"

#include <QString>

// Why a call to the API did not succeed, typed so callers can react (refresh a token, back off,
// show the server's words) without ever looking at a QNetworkReply.
struct RequestError
{
    enum class Kind {
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        RateLimited, // 429, maybe with Retry-After
        Server, // any other HTTP error status
        Network, // no HTTP answer: refused, reset, host not found, …
        Timeout, // the transfer took longer than the client allows
        Tls, // certificate or handshake failure; never ignored
        Decode, // an answer came but it was not what the contract says
        Redirected, // a redirect to another origin, refused: nothing was sent there
        InvalidJobId, // a job id that is not all digits: nothing was sent
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    // The API's error body, when the server sent one.
    ServerError server;
    // What went wrong in our words: the network error, the decoding error.
    QString detail;
    // Seconds from a Retry-After header, at most an hour; -1 when there was none.
    int retryAfterSeconds = -1;

    // One line for the status bar: what happened, in words an admin understands.
    QString message() const;

    // An error of ours (not an HTTP answer's), said in `detail`.
    static RequestError of(Kind kind, const QString &detail, int retryAfterSeconds = -1);
};
