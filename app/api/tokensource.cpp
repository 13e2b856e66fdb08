#include "api/tokensource.h"

#include "platform/logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace { } // namespace

StaticTokenSource::StaticTokenSource(const QString &token, QObject *parent)
    : TokenSource(parent)
    , m_token(token)
{ }

void StaticTokenSource::refresh()
{
    // Answered later, like every refresh, so callers never see a reentrant answer.
    QTimer::singleShot(0, this, [this] {
        emit refreshFailed(
            RequestError::of(RequestError::Kind::Unauthorized,
                             tr("The access token is no longer accepted and cannot be "
                                "renewed: paste a new one or sign in.")));
    });
}

OAuthTokenSource::OAuthTokenSource(const OAuthClient &client, const QString &refreshToken,
                                   const Clock &clock, QObject *parent)
    : TokenSource(parent)
    , m_client(client)
    , m_refreshToken(refreshToken)
    , m_clock(clock)
{ }

void OAuthTokenSource::setAccessToken(const QString &token, const QDateTime &expires)
{
    m_accessToken = token;
    m_expires = expires;
}

bool OAuthTokenSource::isExpired(const QDateTime &now) const
{
    // Renew a little early rather than send a token that dies on the way.
    return m_accessToken.isEmpty() || !m_expires.isValid() || now.addSecs(30) >= m_expires;
}

void OAuthTokenSource::refresh()
{
    m_accounts.refresh(
        m_client, m_refreshToken,
        [this](const std::optional<TokenGrant> &grant, const std::optional<RequestError> &error) {
            if (error) {
                emit refreshFailed(*error);
                return;
            }
            setAccessToken(grant->accessToken, m_clock.now().addSecs(grant->expiresInSeconds));
            qCInfo(lcNet) << "access token renewed for" << grant->expiresInSeconds << "s";
            emit refreshed();
        });
}
