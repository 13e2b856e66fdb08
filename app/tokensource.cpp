#include "tokensource.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace {

RequestError refreshError(RequestError::Kind kind, const QString &detail, int retryAfter = -1)
{
    RequestError error;
    error.kind = kind;
    error.detail = detail;
    error.retryAfterSeconds = retryAfter;
    return error;
}

} // namespace

StaticTokenSource::StaticTokenSource(const QString &token, QObject *parent)
    : TokenSource(parent)
    , m_token(token)
{ }

void StaticTokenSource::refresh()
{
    // Answered later, like every refresh, so callers never see a reentrant answer.
    QTimer::singleShot(0, this, [this] {
        emit refreshFailed(refreshError(RequestError::Kind::Unauthorized,
                                        tr("The access token is no longer accepted and cannot be "
                                           "renewed: paste a new one or sign in.")));
    });
}

OAuthTokenSource::OAuthTokenSource(const Client &client, const QString &refreshToken,
                                   const Clock &clock, QObject *parent)
    : TokenSource(parent)
    , m_client(client)
    , m_refreshToken(refreshToken)
    , m_clock(clock)
{ }

bool OAuthTokenSource::isExpired(const QDateTime &now) const
{
    // Renew a little early rather than send a token that dies on the way.
    return m_accessToken.isEmpty() || !m_expires.isValid() || now.addSecs(30) >= m_expires;
}

void OAuthTokenSource::refresh()
{
    QUrl url = m_client.accountsServer;
    url.setPath(QStringLiteral("/oauth/v2/token"));
    QUrlQuery form;
    const auto add = [&form](const char *key, const QString &value) {
        form.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("grant_type", QStringLiteral("refresh_token"));
    add("refresh_token", m_refreshToken);
    add("client_id", m_client.clientId);
    if (!m_client.clientSecret.isEmpty())
        add("client_secret", m_client.clientSecret);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30000);
    qCInfo(lcNet) << "renewing the access token at" << url.host();
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleTokenReply(reply); });
}

void OAuthTokenSource::handleTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
        emit refreshFailed(refreshError(
            RequestError::Kind::Network,
            tr("The accounts server could not be reached: %1").arg(reply->errorString())));
        return;
    }
    // Zoho answers with HTTP 200 and an "error" field: the body decides, not the status.
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = body.value(QLatin1String("error")).toString();
    const QString token = body.value(QLatin1String("access_token")).toString();
    if (error == QLatin1String("Access Denied")) {
        emit refreshFailed(refreshError(RequestError::Kind::RateLimited,
                                        tr("Zoho refused to renew the access token: too many "
                                           "renewals in ten minutes."),
                                        60));
        return;
    }
    if (!error.isEmpty() || token.isEmpty()) {
        emit refreshFailed(
            refreshError(RequestError::Kind::Unauthorized,
                         tr("The sign-in is no longer valid (%1): sign in again.")
                             .arg(error.isEmpty() ? tr("no access token in the answer") : error)));
        return;
    }
    m_accessToken = token;
    const int lifetime = body.value(QLatin1String("expires_in")).toInt(3600);
    m_expires = m_clock.now().addSecs(lifetime);
    qCInfo(lcNet) << "access token renewed for" << lifetime << "s";
    emit refreshed();
}
