#include "accounts/zohoaccounts.h"

#include "accounts/account.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace {

QUrl endpoint(const QUrl &accountsServer, const char *path)
{
    QUrl url = accountsServer;
    url.setPath(QLatin1String(path));
    url.setQuery(QString());
    return url;
}

QByteArray form(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QUrlQuery query;
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(key),
                               QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return query.toString(QUrl::FullyEncoded).toLatin1();
}

} // namespace

ZohoAccounts::ZohoAccounts(QObject *parent)
    : QObject(parent)
{ }

RequestError ZohoAccounts::errorFor(const QString &code, const QString &description)
{
    RequestError said = wordsFor(code, description);
    said.server.code = code;
    return said;
}

RequestError ZohoAccounts::wordsFor(const QString &code, const QString &description)
{
    if (code == QLatin1String("invalid_code"))
        return RequestError::of(
            RequestError::Kind::Unauthorized,
            tr("The code was not accepted: it has expired or was used already (a code "
               "lives 2 minutes, a Self Client code 3, and works once). Generate a new "
               "one and use it at once."));
    if (code == QLatin1String("invalid_client"))
        return RequestError::of(
            RequestError::Kind::Unauthorized,
            tr("The accounts server does not know this client id with this secret. "
               "Check both in Zoho's API console, and that the data center is the one "
               "the client was registered in."));
    if (code == QLatin1String("invalid_client_secret"))
        return RequestError::of(
            RequestError::Kind::Unauthorized,
            tr("The client secret does not match the client id: copy it again from "
               "Zoho's API console."));
    if (code == QLatin1String("invalid_redirect_uri"))
        return RequestError::of(
            RequestError::Kind::Unauthorized,
            tr("The redirect URI is not registered for this client. Add "
               "http://127.0.0.1:PORT/ (the account's redirect port) to the client in "
               "Zoho's API console."));
    if (code == QLatin1String("invalid_scope"))
        return RequestError::of(
            RequestError::Kind::Unauthorized,
            tr("The accounts server refused the scopes. Use id360.job.READ (and "
               "id360.job.DELETE to delete jobs), comma-separated."));
    if (code == QLatin1String("access_denied"))
        return RequestError::of(
            RequestError::Kind::Unauthorized,
            tr("The sign-in was declined in the browser. Sign in again and allow "
               "access."));
    if (code == QLatin1String("invalid_token"))
        return RequestError::of(
            RequestError::Kind::Unauthorized,
            tr("The sign-in is no longer valid (it was revoked or has expired): sign "
               "in again."));
    if (code == QLatin1String("Access Denied"))
        return RequestError::of(
            RequestError::Kind::RateLimited,
            tr("Zoho refused to renew the access token: too many renewals in ten "
               "minutes. It will be tried again shortly."),
            60);
    return RequestError::of(
        RequestError::Kind::Unauthorized,
        description.isEmpty() ? tr("The accounts server refused: %1.").arg(code)
                              : tr("The accounts server refused: %1 (%2).").arg(code, description));
}

std::optional<QJsonObject> ZohoAccounts::decodeAnswer(int httpStatus, const QByteArray &body,
                                                      RequestError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const QString code = object.value(QLatin1String("error")).toString();
    if (!code.isEmpty()) {
        *error = errorFor(code, object.value(QLatin1String("error_description")).toString());
        return std::nullopt;
    }
    if (httpStatus >= 400 || parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = RequestError::of(httpStatus >= 500 ? RequestError::Kind::Server
                                                    : RequestError::Kind::Decode,
                                  tr("The accounts server answered HTTP %1 without a usable "
                                     "answer.")
                                      .arg(httpStatus));
        return std::nullopt;
    }
    return object;
}

std::optional<TokenGrant> ZohoAccounts::decodeGrant(int httpStatus, const QByteArray &body,
                                                    GrantFor grantFor, RequestError *error)
{
    const std::optional<QJsonObject> answer = decodeAnswer(httpStatus, body, error);
    if (!answer)
        return std::nullopt;
    TokenGrant grant;
    grant.accessToken = answer->value(QLatin1String("access_token")).toString();
    if (grantFor == GrantFor::Code)
        grant.refreshToken = answer->value(QLatin1String("refresh_token")).toString();
    // Zoho gives seconds; a lifetime that is not a positive number counts as its usual hour.
    const int expiresIn = answer->value(QLatin1String("expires_in")).toInt();
    grant.expiresInSeconds = expiresIn > 0 ? expiresIn : 3600;
    grant.grantedScopes = answer->value(QLatin1String("scope")).toString().trimmed();
    if (grant.accessToken.isEmpty()) {
        *error = RequestError::of(RequestError::Kind::Decode,
                                  tr("The accounts server's answer holds no access token."));
        return std::nullopt;
    }
    if (grantFor == GrantFor::Code && grant.refreshToken.isEmpty()) {
        *error = RequestError::of(RequestError::Kind::Unauthorized,
                                  tr("The accounts server gave no refresh token, so the app could "
                                     "not stay signed in. Sign in again with offline access (the "
                                     "browser sign-in and a Self Client code ask for it)."));
        return std::nullopt;
    }
    return grant;
}

void ZohoAccounts::exchangeCode(const OAuthClient &client, const QString &code, GrantCallback done)
{
    qCInfo(lcNet) << "exchanging a grant code at" << client.accountsServer.host();
    post(endpoint(client.accountsServer, "/oauth/v2/token"),
         form({ { "grant_type", QStringLiteral("authorization_code") },
                { "code", code },
                { "client_id", client.clientId },
                { "client_secret", client.clientSecret } }),
         decodingGrant(GrantFor::Code, std::move(done)));
}

void ZohoAccounts::refresh(const OAuthClient &client, const QString &refreshToken,
                           GrantCallback done)
{
    qCInfo(lcNet) << "renewing the access token at" << client.accountsServer.host();
    post(endpoint(client.accountsServer, "/oauth/v2/token"),
         form({ { "grant_type", QStringLiteral("refresh_token") },
                { "refresh_token", refreshToken },
                { "client_id", client.clientId },
                { "client_secret", client.clientSecret } }),
         decodingGrant(GrantFor::Renewal,
                       [done = std::move(done)](const std::optional<TokenGrant> &grant,
                                                const std::optional<RequestError> &failure) {
                           // Zoho calls a dead refresh token an invalid code.
                           if (failure && failure->server.code == QLatin1String("invalid_code"))
                               return done(std::nullopt, errorFor(QStringLiteral("invalid_token")));
                           done(grant, failure);
                       }));
}

void ZohoAccounts::revoke(const OAuthClient &client, const QString &refreshToken, DoneCallback done)
{
    QUrl url = endpoint(client.accountsServer, "/oauth/v2/token/revoke");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"),
                       QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
    url.setQuery(query);
    qCInfo(lcNet) << "revoking the refresh token at" << client.accountsServer.host();
    post(url, QByteArray(),
         [done = std::move(done)](int status, const QByteArray &body,
                                  const std::optional<RequestError> &unanswered) {
             if (unanswered)
                 return done(unanswered);
             RequestError error;
             if (!decodeAnswer(status, body, &error))
                 return done(error);
             done(std::nullopt);
         });
}

ZohoAccounts::Answered ZohoAccounts::decodingGrant(GrantFor grantFor, GrantCallback done)
{
    return [grantFor, done = std::move(done)](int status, const QByteArray &body,
                                              const std::optional<RequestError> &unanswered) {
        if (unanswered)
            return done(std::nullopt, unanswered);
        RequestError error;
        const std::optional<TokenGrant> grant = decodeGrant(status, body, grantFor, &error);
        if (!grant)
            return done(std::nullopt, error);
        done(grant, std::nullopt);
    };
}

void ZohoAccounts::post(const QUrl &url, const QByteArray &body, Answered done)
{
    // Whatever the settings say: a secret never crosses a network in the clear.
    if (!isAcceptableServerUrl(url)) {
        const RequestError refused = RequestError::of(
            RequestError::Kind::Tls,
            tr("The accounts server %1 is not an https:// URL: nothing was sent there.")
                .arg(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString()));
        QTimer::singleShot(0, this,
                           [done = std::move(done), refused] { done(0, QByteArray(), refused); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (const std::optional<RequestError> refused = AccountsNetwork::refusalOf(reply))
            return done(0, QByteArray(), refused);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            return done(
                0, QByteArray(),
                RequestError::of(
                    reply->error() == QNetworkReply::OperationCanceledError
                        ? RequestError::Kind::Timeout
                        : (reply->error() == QNetworkReply::SslHandshakeFailedError
                               ? RequestError::Kind::Tls
                               : RequestError::Kind::Network),
                    tr("The accounts server could not be reached: %1").arg(reply->errorString())));
        }
        done(status, reply->readAll(), std::nullopt);
    });
}
