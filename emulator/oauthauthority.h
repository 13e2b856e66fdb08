#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

// Zoho's OAuth 2.0 accounts server as the contract describes it (shared/api/JOBS_API.md):
// authorization codes (with PKCE S256/plain) and Self Client grant codes that are single-use
// and short-lived, access tokens that expire, refresh tokens limited to 10 access tokens per
// 10 minutes, revocation. Errors are {"error": "..."} bodies, as Zoho sends them with HTTP 200.
// No HTTP here: EmulatorServer maps requests onto these calls.
class OAuthAuthority
{
public:
    struct Options
    {
        QString clientId = QStringLiteral("1000.JOBMONEMULATOR");
        // Empty: a public client, whose token calls need no secret.
        QString clientSecret = QStringLiteral("emulator-secret");
        std::chrono::seconds accessTokenLifetime { 3600 };
        // Whether token answers name the scopes granted ("scope", as RFC 6749 5.1 allows). The
        // contract's answer has no such field, and Zoho's documentation differs between its
        // products: the app must be right both ways.
        bool answerNamesScope = false;
    };

    enum class Scope { Read, Delete };
    enum class Access { Granted, Unauthorized, Forbidden };

    // What /oauth/v2/auth answers: a redirect back to the client, or an error shown in place
    // because the redirect target itself is not trustworthy.
    struct Authorization
    {
        QUrl redirect;
        QString error;
    };

    static constexpr std::chrono::minutes authorizationCodeLifetime { 2 };
    static constexpr std::chrono::minutes selfClientCodeLifetime { 3 };
    static constexpr int refreshesPerWindow = 10;
    static constexpr std::chrono::minutes refreshWindow { 10 };

    // `staticAccessToken`, when not empty, is accepted for every scope and never expires
    // (the emulator's --token).
    OAuthAuthority(const Options &options, const QString &staticAccessToken);

    // The consent screen, consenting at once. `accountsServer` is this server's own origin.
    Authorization authorize(const QUrlQuery &query, const QUrl &accountsServer,
                            const QDateTime &now);
    // A grant code as the API console's Self Client makes one.
    QString issueSelfClientCode(const QString &scope, const QDateTime &now);
    // POST /oauth/v2/token with the form fields in `parameters`.
    QJsonObject token(const QUrlQuery &parameters, const QUrl &apiDomain, const QDateTime &now);
    // POST /oauth/v2/token/revoke?token=<refresh token>.
    QJsonObject revoke(const QString &refreshToken);

    // Whether "Authorization: Zoho-oauthtoken <token>" may use the Jobs API for `scope`.
    Access check(const QByteArray &authorizationHeader, Scope scope, const QDateTime &now) const;

private:
    struct Code
    {
        QDateTime expires;
        QString scope;
        QString redirectUri; // empty for Self Client codes
        QString challenge;
        QString challengeMethod;
        bool offline = true;
    };
    struct RefreshToken
    {
        QString scope;
        QList<QDateTime> mints;
        QSet<QString> accessTokens;
    };
    struct AccessToken
    {
        QDateTime expires;
        QString scope;
    };

    QJsonObject exchangeCode(const QUrlQuery &parameters, const QUrl &apiDomain,
                             const QDateTime &now);
    QJsonObject refresh(const QUrlQuery &parameters, const QUrl &apiDomain, const QDateTime &now);
    bool clientMatches(const QUrlQuery &parameters) const;
    QJsonObject issueAccessToken(const QString &scope, const QString &refreshToken,
                                 const QUrl &apiDomain, const QDateTime &now);
    static QString newSecret(const char *prefix);

    Options m_options;
    QString m_staticAccessToken;
    QHash<QString, Code> m_codes;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, AccessToken> m_accessTokens;
};
