#include "oauthauthority.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

QJsonObject oauthError(const char *error)
{
    return QJsonObject { { QStringLiteral("error"), QLatin1String(error) } };
}

bool grantsScope(const QString &scopes, OAuthAuthority::Scope scope)
{
    const QLatin1String needed = scope == OAuthAuthority::Scope::Read
        ? QLatin1String("id360.job.READ")
        : QLatin1String("id360.job.DELETE");
    const QStringList granted = scopes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : granted) {
        const QString trimmed = entry.trimmed();
        if (trimmed.compare(needed, Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1String("id360.job.ALL"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString value(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

} // namespace

OAuthAuthority::OAuthAuthority(const Options &options, const QString &staticAccessToken)
    : m_options(options)
    , m_staticAccessToken(staticAccessToken)
{ }

QString OAuthAuthority::newSecret(const char *prefix)
{
    QRandomGenerator *random = QRandomGenerator::system();
    return QLatin1String(prefix)
        + QStringLiteral("%1%2.%3%4")
              .arg(random->generate64(), 16, 16, QLatin1Char('0'))
              .arg(random->generate64(), 16, 16, QLatin1Char('0'))
              .arg(random->generate64(), 16, 16, QLatin1Char('0'))
              .arg(random->generate64(), 16, 16, QLatin1Char('0'));
}

OAuthAuthority::Authorization
OAuthAuthority::authorize(const QUrlQuery &query, const QUrl &accountsServer, const QDateTime &now)
{
    if (value(query, "client_id") != m_options.clientId)
        return { QUrl(), QStringLiteral("invalid_client") };
    const QUrl redirectUri(value(query, "redirect_uri"));
    if (!redirectUri.isValid() || redirectUri.host().isEmpty()
        || (redirectUri.scheme() != QLatin1String("http")
            && redirectUri.scheme() != QLatin1String("https")))
        return { QUrl(), QStringLiteral("invalid_redirect_uri") };

    QUrlQuery answer(redirectUri);
    const auto redirectWith = [&](const QString &key, const QString &text) {
        answer.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(text)));
    };
    const QString state = value(query, "state");
    const QString method = value(query, "code_challenge_method");
    const QString challenge = value(query, "code_challenge");
    QString error;
    if (value(query, "response_type") != QLatin1String("code"))
        error = QStringLiteral("unsupported_response_type");
    else if (value(query, "scope").trimmed().isEmpty())
        error = QStringLiteral("invalid_scope");
    else if (!challenge.isEmpty() && !method.isEmpty() && method != QLatin1String("S256")
             && method != QLatin1String("plain"))
        error = QStringLiteral("invalid_request");

    if (!error.isEmpty()) {
        redirectWith(QStringLiteral("error"), error);
    } else {
        Code code;
        code.expires = now.addSecs(std::chrono::seconds(authorizationCodeLifetime).count());
        code.scope = value(query, "scope");
        code.redirectUri = redirectUri.toString();
        code.challenge = challenge;
        code.challengeMethod = challenge.isEmpty()
            ? QString()
            : (method.isEmpty() ? QStringLiteral("plain") : method);
        code.offline = value(query, "access_type") == QLatin1String("offline");
        const QString secret = newSecret("1000.");
        m_codes.insert(secret, code);
        redirectWith(QStringLiteral("code"), secret);
        redirectWith(QStringLiteral("location"), QStringLiteral("us"));
        redirectWith(QStringLiteral("accounts-server"),
                     accountsServer.toString(QUrl::RemovePath | QUrl::RemoveQuery));
    }
    if (!state.isEmpty())
        redirectWith(QStringLiteral("state"), state);
    QUrl redirect = redirectUri;
    redirect.setQuery(answer);
    return { redirect, QString() };
}

QString OAuthAuthority::issueSelfClientCode(const QString &scope, const QDateTime &now)
{
    Code code;
    code.expires = now.addSecs(std::chrono::seconds(selfClientCodeLifetime).count());
    code.scope = scope;
    const QString secret = newSecret("1000.");
    m_codes.insert(secret, code);
    return secret;
}

bool OAuthAuthority::clientMatches(const QUrlQuery &parameters) const
{
    return value(parameters, "client_id") == m_options.clientId
        && (m_options.clientSecret.isEmpty()
            || value(parameters, "client_secret") == m_options.clientSecret);
}

QJsonObject OAuthAuthority::token(const QUrlQuery &parameters, const QUrl &apiDomain,
                                  const QDateTime &now)
{
    const QString grantType = value(parameters, "grant_type");
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(parameters, apiDomain, now);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(parameters, apiDomain, now);
    return oauthError("unsupported_grant_type");
}

QJsonObject OAuthAuthority::exchangeCode(const QUrlQuery &parameters, const QUrl &apiDomain,
                                         const QDateTime &now)
{
    if (!clientMatches(parameters))
        return oauthError("invalid_client");
    const QString secret = value(parameters, "code");
    const auto found = m_codes.constFind(secret);
    if (found == m_codes.constEnd() || now >= found->expires)
        return oauthError("invalid_code");
    const Code code = *found;
    if (!code.redirectUri.isEmpty() && value(parameters, "redirect_uri") != code.redirectUri)
        return oauthError("invalid_redirect_uri");
    if (!code.challenge.isEmpty()) {
        const QByteArray verifier = value(parameters, "code_verifier").toUtf8();
        const QByteArray expected = code.challengeMethod == QLatin1String("S256")
            ? QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            : verifier;
        if (verifier.isEmpty() || expected != code.challenge.toUtf8())
            return oauthError("invalid_code");
    }
    // Single use: gone whether or not the client ever reads the answer.
    m_codes.remove(secret);

    QString refreshToken;
    if (code.offline) {
        refreshToken = newSecret("1000.");
        m_refreshTokens.insert(refreshToken, { code.scope, {}, {} });
    }
    QJsonObject answer = issueAccessToken(code.scope, refreshToken, apiDomain, now);
    if (!refreshToken.isEmpty())
        answer.insert(QStringLiteral("refresh_token"), refreshToken);
    return answer;
}

QJsonObject OAuthAuthority::refresh(const QUrlQuery &parameters, const QUrl &apiDomain,
                                    const QDateTime &now)
{
    if (!clientMatches(parameters))
        return oauthError("invalid_client");
    const QString refreshToken = value(parameters, "refresh_token");
    const auto found = m_refreshTokens.find(refreshToken);
    if (found == m_refreshTokens.end())
        return oauthError("invalid_code");

    const QDateTime windowStart = now.addSecs(-std::chrono::seconds(refreshWindow).count());
    QList<QDateTime> &mints = found->mints;
    mints.erase(std::remove_if(mints.begin(), mints.end(),
                               [&](const QDateTime &mint) { return mint <= windowStart; }),
                mints.end());
    if (mints.size() >= refreshesPerWindow)
        return QJsonObject { { QStringLiteral("error"), QStringLiteral("Access Denied") },
                             { QStringLiteral("error_description"),
                               QStringLiteral(
                                   "You have made too many requests continuously. Please try again "
                                   "after some time.") } };
    mints.append(now);
    return issueAccessToken(found->scope, refreshToken, apiDomain, now);
}

QJsonObject OAuthAuthority::issueAccessToken(const QString &scope, const QString &refreshToken,
                                             const QUrl &apiDomain, const QDateTime &now)
{
    const QString accessToken = newSecret("1000.");
    m_accessTokens.insert(accessToken,
                          { now.addSecs(m_options.accessTokenLifetime.count()), scope });
    if (!refreshToken.isEmpty())
        m_refreshTokens[refreshToken].accessTokens.insert(accessToken);
    QJsonObject answer {
        { QStringLiteral("access_token"), accessToken },
        { QStringLiteral("api_domain"), apiDomain.toString(QUrl::RemovePath | QUrl::RemoveQuery) },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("expires_in"), qint64(m_options.accessTokenLifetime.count()) },
    };
    if (m_options.answerNamesScope)
        answer.insert(QStringLiteral("scope"), scope);
    return answer;
}

QJsonObject OAuthAuthority::revoke(const QString &refreshToken)
{
    const auto found = m_refreshTokens.constFind(refreshToken);
    if (found == m_refreshTokens.constEnd())
        return oauthError("invalid_token");
    // Revoking the refresh token ends every access token it minted.
    for (const QString &accessToken : found->accessTokens)
        m_accessTokens.remove(accessToken);
    m_refreshTokens.erase(found);
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("success") } };
}

OAuthAuthority::Access OAuthAuthority::check(const QByteArray &authorizationHeader, Scope scope,
                                             const QDateTime &now) const
{
    static const QByteArray prefix = "Zoho-oauthtoken ";
    if (!authorizationHeader.startsWith(prefix))
        return Access::Unauthorized;
    const QString token = QString::fromUtf8(authorizationHeader.mid(prefix.size()));
    if (!m_staticAccessToken.isEmpty() && token == m_staticAccessToken)
        return Access::Granted;
    const auto found = m_accessTokens.constFind(token);
    if (found == m_accessTokens.constEnd() || now >= found->expires)
        return Access::Unauthorized;
    return grantsScope(found->scope, scope) ? Access::Granted : Access::Forbidden;
}
