#pragma once

#include "accounts/accountsnetwork.h"
#include "accounts/zohoaccounts.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

// Signing in with the browser: Zoho's authorization code flow with PKCE (S256) and a loopback
// redirect, through QOAuth2AuthorizationCodeFlow and QOAuthHttpServerReplyHandler. Asks for
// offline access, so a refresh token comes back, and sends the code to the accounts server the
// redirect names (Zoho's multi-DC "accounts-server"). Ends with exactly one of succeeded() or
// failed(), in the admin's words: Qt 6.4's flow itself stays silent on most failures.
class BrowserSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)

public:
    // `redirectPort` 0 takes any free port (for tests; Zoho needs the registered one).
    BrowserSignIn(const OAuthClient &client, const QString &scopes, quint16 redirectPort,
                  QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Listens for the redirect and asks for the browser (browserRequested()). Fails at once
    // when the port is taken.
    void start();
    void cancel();
    // How long the admin has to finish in the browser (default five minutes).
    void setTimeout(std::chrono::milliseconds timeout);
    // http://127.0.0.1:PORT/ once started.
    QUrl redirectUri() const;

signals:
    // Open this in the browser (or show it to be opened by hand).
    void browserRequested(const QUrl &url);
    // `accountsServer` is where the code was redeemed: where to renew and revoke.
    void succeeded(const TokenGrant &grant, const QUrl &accountsServer);
    void failed(const RequestError &error);

private:
    class ReplyHandler;

    void handleCallback(const QVariantMap &values);
    // Where the code may go: the accounts server configured, or one of Zoho's data centers'.
    bool isTrustedAccountsServer(const QUrl &server) const;
    void finish(const std::optional<TokenGrant> &grant, const std::optional<RequestError> &error);

    OAuthClient m_client;
    QUrl m_configuredServer;
    QString m_scopes;
    quint16 m_redirectPort;
    QString m_codeVerifier;
    AccountsNetwork m_network;
    ZohoAccounts m_zoho;
    ReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QTimer m_timeout;
    // The browser came back with this sign-in's state: every later callback is ignored.
    bool m_answered = false;
    bool m_finished = false;
};
