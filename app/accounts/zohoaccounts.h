#pragma once

#include "accounts/accountsnetwork.h"
#include "api/requesterror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

// An OAuth client registered in Zoho's API console, and the accounts server it talks to.
struct OAuthClient
{
    QUrl accountsServer;
    QString clientId;
    QString clientSecret; // empty for client types without one
};

// What the token endpoint gave.
struct TokenGrant
{
    QString accessToken;
    QString refreshToken; // only from a code exchange
    int expiresInSeconds = 0;
    // The scopes the answer says were granted; empty when it names none (the contract's answer
    // has no "scope" field).
    QString grantedScopes;
};

// Zoho's accounts server, in words an admin understands: exchanging a Self Client code,
// renewing an access token, revoking a refresh token. Zoho answers errors with HTTP 200 and an
// "error" field, so the body decides, not the status. Redirects to other hosts and oversized
// answers are refused (AccountsNetwork).
class ZohoAccounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZohoAccounts)

public:
    using GrantCallback = std::function<void(const std::optional<TokenGrant> &grant,
                                             const std::optional<RequestError> &error)>;
    using DoneCallback = std::function<void(const std::optional<RequestError> &error)>;
    // What the token answer came for: a code (from a Self Client or the browser), which must
    // bring a refresh token, or a renewal.
    enum class GrantFor { Code, Renewal };

    explicit ZohoAccounts(QObject *parent = nullptr);

    // A code from the API console's Self Client (no redirect URI).
    void exchangeCode(const OAuthClient &client, const QString &code, GrantCallback done);
    void refresh(const OAuthClient &client, const QString &refreshToken, GrantCallback done);
    // Ends the refresh token and every access token it minted.
    void revoke(const OAuthClient &client, const QString &refreshToken, DoneCallback done);

    // The admin's words for an error code of the accounts server ("invalid_code", …):
    // what happened and what to do; server.code keeps the code. Also used for the browser
    // sign-in.
    static RequestError errorFor(const QString &code, const QString &description = QString());
    // The accounts server's answer, from its HTTP status and body: the JSON object it sent, or
    // nothing with *error saying what went wrong in the admin's words. Pure, so it can be fuzzed.
    static std::optional<QJsonObject> decodeAnswer(int httpStatus, const QByteArray &body,
                                                   RequestError *error);
    // The token endpoint's answer: the grant, with an access token (and, for a code, a refresh
    // token) and a positive lifetime, or nothing with *error in the admin's words. Pure, so it
    // can be fuzzed.
    static std::optional<TokenGrant> decodeGrant(int httpStatus, const QByteArray &body,
                                                 GrantFor grantFor, RequestError *error);

private:
    // What came back: the HTTP status and body, or (`unanswered`) why nothing did.
    using Answered = std::function<void(int httpStatus, const QByteArray &body,
                                        const std::optional<RequestError> &unanswered)>;

    static RequestError wordsFor(const QString &code, const QString &description);
    // `done`, given the grant the answer holds.
    static Answered decodingGrant(GrantFor grantFor, GrantCallback done);
    void post(const QUrl &url, const QByteArray &form, Answered done);

    AccountsNetwork m_network;
};
