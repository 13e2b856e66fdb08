#include "api/tokensource.h"

#include "platform/logging.h"

#include <QCoreApplication>
#include <QTimer>

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

void OAuthTokenSource::shareThrough(SecretStore *secrets, const QString &accountId)
{
    m_secrets = secrets;
    m_accountId = accountId;
}

void OAuthTokenSource::setAccessToken(const RenewedToken &token)
{
    m_current = token;
}

bool OAuthTokenSource::isExpired(const QDateTime &now) const
{
    return !m_current.isUsableAt(now);
}

void OAuthTokenSource::refresh()
{
    if (!m_secrets)
        return renew();
    m_secrets->read(
        m_accountId, this,
        [this](const std::optional<Secrets> &shared, const std::optional<SecretStoreError> &error) {
            if (error && error->kind != SecretStoreError::Kind::NotFound)
                qCInfo(lcNet) << "renewing the access token without the account's "
                                 "secrets, which could not be read:"
                              << error->detail;
            takeSharedOrRenew(shared);
        });
}

void OAuthTokenSource::takeSharedOrRenew(const std::optional<Secrets> &shared)
{
    // Never the token this source holds: it ran out, or the server just refused it.
    if (shared && shared->refreshToken == m_refreshToken && shared->renewed.token != m_current.token
        && shared->renewed.isUsableAt(m_clock.now())) {
        m_current = shared->renewed;
        qCInfo(lcNet) << "took the access token another process renewed";
        emit refreshed();
        return;
    }
    renew();
}

void OAuthTokenSource::renew()
{
    m_accounts.refresh(
        m_client, m_refreshToken,
        [this](const std::optional<TokenGrant> &grant, const std::optional<RequestError> &error) {
            if (error) {
                emit refreshFailed(*error);
                return;
            }
            m_current = { grant->accessToken, m_clock.now().addSecs(grant->expiresInSeconds) };
            qCInfo(lcNet) << "access token renewed for" << grant->expiresInSeconds << "s";
            if (!m_secrets) {
                emit refreshed();
                return;
            }
            shareRenewed();
        });
}

void OAuthTokenSource::shareRenewed()
{
    // Read again, and written only while it holds this sign-in: a sign-in or sign-out by another
    // process since wins.
    m_secrets->read(
        m_accountId, this,
        [this](const std::optional<Secrets> &shared, const std::optional<SecretStoreError> &error) {
            if (!shared || shared->refreshToken != m_refreshToken) {
                qCInfo(lcNet) << "the renewed access token stays in memory:"
                              << (error ? error->detail
                                        : QStringLiteral(
                                            "the account's secrets hold another sign-in now"));
                emit refreshed();
                return;
            }
            Secrets updated = *shared;
            updated.renewed = m_current;
            m_secrets->write(m_accountId, updated, this,
                             [this](const std::optional<SecretStoreError> &failure) {
                                 if (failure)
                                     qCInfo(lcNet) << "the renewed access token stays in memory, "
                                                      "it could not be kept:"
                                                   << failure->detail;
                                 emit refreshed();
                             });
        });
}
