#pragma once

#include "accounts/secretstore.h"
#include "accounts/zohoaccounts.h"
#include "api/requesterror.h"
#include "clock.h"

#include <QObject>
#include <QUrl>

// Where a client gets the access token it sends, and a new one when that one ran out.
// refresh() is answered by exactly one of refreshed() or refreshFailed(); a client asks for one
// refresh at a time and holds its other calls until the answer.
class TokenSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSource)

public:
    using QObject::QObject;

    virtual QString accessToken() const = 0;
    // True when the token is known to have run out, so a call would only earn a 401.
    virtual bool isExpired(const QDateTime &now) const = 0;
    virtual bool canRefresh() const = 0;
    virtual void refresh() = 0;

signals:
    void refreshed();
    // Unauthorized when only signing in again helps; RateLimited or Network when a later try
    // may work. The detail says what happened and what to do, in words for the admin.
    void refreshFailed(const RequestError &error);
};

// A token handed over as it is (--server with ID360_ACCESS_TOKEN, a pasted token): it cannot
// be renewed, so when the server stops accepting it the account needs a new one.
class StaticTokenSource final : public TokenSource
{
    Q_OBJECT

public:
    explicit StaticTokenSource(const QString &token, QObject *parent = nullptr);

    QString accessToken() const override { return m_token; }
    bool isExpired(const QDateTime &) const override { return false; }
    bool canRefresh() const override { return false; }
    void refresh() override;

private:
    QString m_token;
};

// Renews access tokens with a Zoho refresh token (POST {accounts}/oauth/v2/token,
// grant_type=refresh_token). Each token is used for its whole lifetime: Zoho allows a refresh
// token only ten new access tokens in ten minutes, for the window and every command-line run
// together. So, when shared through the account's secrets entry, a renewal is written back there,
// and a token another process renewed meanwhile is taken from there instead of renewing again.
class OAuthTokenSource final : public TokenSource
{
    Q_OBJECT

public:
    OAuthTokenSource(const OAuthClient &client, const QString &refreshToken, const Clock &clock,
                     QObject *parent = nullptr);

    // Shares the access tokens through what `secrets` keeps under `accountId` (the keychain, or
    // this session's memory), while it still holds this source's refresh token. A store that
    // cannot be read or written never stops a renewal: the token then lives in memory only.
    // `secrets` outlives this source.
    void shareThrough(SecretStore *secrets, const QString &accountId);
    // A token already in hand (just signed in, or kept), so the first call needs no renewal.
    void setAccessToken(const RenewedToken &token);

    QString accessToken() const override { return m_current.token; }
    bool isExpired(const QDateTime &now) const override;
    bool canRefresh() const override { return true; }
    void refresh() override;

private:
    // Takes the token in `shared` when another process renewed it and it is still valid;
    // otherwise renews.
    void takeSharedOrRenew(const std::optional<Secrets> &shared);
    void renew();
    // Writes the renewed token over what the entry holds now, then answers.
    void shareRenewed();

    OAuthClient m_client;
    QString m_refreshToken;
    const Clock &m_clock;
    RenewedToken m_current;
    ZohoAccounts m_accounts;
    SecretStore *m_secrets = nullptr;
    QString m_accountId;
};
