#include "accounts/browsersignin.h"

#include "accounts/account.h"
#include "platform/logging.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// `byteCount` (a multiple of 4) bytes from the system's generator, base64url-encoded.
QString randomBase64Url(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return base64Url(bytes);
}

// RFC 7636: 43–128 characters of [A-Za-z0-9-._~]; 48 random bytes give 64.
QString newCodeVerifier()
{
    return randomBase64Url(48);
}

// Qt 6.4 makes an 8-character state from a time-seeded generator (CVE-2024-36048), which
// another program on this machine could guess: 256 bits from the system's generator instead.
QString newState()
{
    return randomBase64Url(32);
}

QUrl endpoint(const QUrl &accountsServer, const char *path)
{
    QUrl url = accountsServer;
    url.setPath(QLatin1String(path));
    url.setQuery(QString());
    return url;
}

} // namespace

// The loopback listener, which also reads the token answer in Qt's flow's place, as
// ZohoAccounts reads every other one: Qt 6.4 drops failed token requests, Zoho's HTTP 200 errors
// and answers it cannot read with only a warning. A grant that arrives after the sign-in already
// ended is revoked, not kept.
class BrowserSignIn::ReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    ReplyHandler(quint16 port, BrowserSignIn *owner)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, owner)
        , m_owner(owner)
    { }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        if (const std::optional<RequestError> refused = AccountsNetwork::refusalOf(reply))
            return refuse(*refused);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            return refuse(
                RequestError::of(RequestError::Kind::Network,
                                 BrowserSignIn::tr("The accounts server could not be reached: %1")
                                     .arg(reply->errorString())));
        RequestError error;
        const std::optional<TokenGrant> grant = ZohoAccounts::decodeGrant(
            status, reply->readAll(), ZohoAccounts::GrantFor::Code, &error);
        if (!grant)
            return refuse(error);
        if (m_owner->m_finished) {
            // Cancelled, timed out or refused meanwhile: nobody will use this sign-in.
            m_owner->m_zoho.revoke(m_owner->m_client, grant->refreshToken,
                                   [](const std::optional<RequestError> &) {});
            return;
        }
        m_owner->finish(grant, std::nullopt);
    }

private:
    void refuse(const RequestError &error) { m_owner->finish(std::nullopt, error); }

    BrowserSignIn *m_owner;
};

BrowserSignIn::BrowserSignIn(const OAuthClient &client, const QString &scopes, quint16 redirectPort,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_configuredServer(client.accountsServer)
    , m_scopes(scopes)
    , m_redirectPort(redirectPort)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::minutes(5));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(std::nullopt,
               RequestError::of(RequestError::Kind::Timeout,
                                tr("The sign-in was not finished in the browser in time. Start it "
                                   "again.")));
    });
}

BrowserSignIn::~BrowserSignIn() = default;

void BrowserSignIn::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

QUrl BrowserSignIn::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void BrowserSignIn::start()
{
    m_handler = new ReplyHandler(m_redirectPort, this);
    if (!m_handler->isListening()) {
        finish(std::nullopt,
               RequestError::of(
                   RequestError::Kind::Network,
                   tr("Port %1 on this machine is in use, so the browser cannot come back "
                      "to the app. Close what uses it, or choose another redirect port "
                      "(and register it with the client in Zoho's API console).")
                       .arg(m_redirectPort)));
        return;
    }
    // Before the flow's own connection, so the token request goes to the right server.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &BrowserSignIn::handleCallback);

    m_codeVerifier = newCodeVerifier();
    m_flow = new QOAuth2AuthorizationCodeFlow(&m_network, this);
    m_flow->setAuthorizationUrl(endpoint(m_client.accountsServer, "/oauth/v2/auth"));
    m_flow->setAccessTokenUrl(endpoint(m_client.accountsServer, "/oauth/v2/token"));
    m_flow->setClientIdentifier(m_client.clientId);
    m_flow->setClientIdentifierSharedKey(m_client.clientSecret);
    m_flow->setScope(m_scopes);
    m_flow->setReplyHandler(m_handler);
    m_flow->setState(newState());
    // PKCE by hand: Qt's own support came with 6.8.
    const QString challenge = base64Url(
        QCryptographicHash::hash(m_codeVerifier.toLatin1(), QCryptographicHash::Sha256));
    m_flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("access_type"), QStringLiteral("offline"));
                parameters->insert(QStringLiteral("prompt"), QStringLiteral("consent"));
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), m_codeVerifier);
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &BrowserSignIn::browserRequested);
    m_timeout.start();
    qCInfo(lcNet) << "browser sign-in at" << m_client.accountsServer.host() << "redirecting to"
                  << m_handler->callback();
    m_flow->grant();
}

void BrowserSignIn::handleCallback(const QVariantMap &values)
{
    // Qt 6.4 hands the redirect's query values over still percent-encoded.
    const auto value = [&values](const char *key) {
        return QUrl::fromPercentEncoding(values.value(QLatin1String(key)).toString().toUtf8());
    };
    // The listener answers anyone on this machine, and the browser's own requests
    // (/favicon.ico): only the first answer that carries this sign-in's state is the answer.
    // Anything else is ignored, so that nobody can end (or redirect) a sign-in by loading a
    // made-up address. The page the listener shows is written after this returns.
    const QString error = value("error");
    if (m_answered || value("state") != m_flow->state()
        || (error.isEmpty() && value("code").isEmpty())) {
        m_handler->setCallbackText(tr("This page is not part of a sign-in of Identity360 Job "
                                      "Monitor. You can close it."));
        return;
    }
    m_answered = true;
    if (!error.isEmpty()) {
        m_handler->setCallbackText(tr("The sign-in did not complete. You can close this page "
                                      "and go back to Identity360 Job Monitor."));
        finish(std::nullopt, ZohoAccounts::errorFor(error));
        return;
    }
    m_handler->setCallbackText(
        tr("Signed in. You can close this page and go back to Identity360 Job Monitor."));
    const QUrl accountsServer(value("accounts-server"));
    if (accountsServer.isEmpty())
        return;
    if (!isTrustedAccountsServer(accountsServer)) {
        finish(std::nullopt,
               RequestError::of(RequestError::Kind::Tls,
                                tr("The browser named an accounts server that is not one of "
                                   "Zoho's (%1): the code was not sent there.")
                                    .arg(accountsServer.toDisplayString())));
        return;
    }
    m_client.accountsServer = accountsServer;
    m_flow->setAccessTokenUrl(endpoint(accountsServer, "/oauth/v2/token"));
}

bool BrowserSignIn::isTrustedAccountsServer(const QUrl &server) const
{
    if (!isAcceptableServerUrl(server))
        return false;
    // The one configured (a custom data center, or the emulator), or any of Zoho's.
    if (server.host() == m_configuredServer.host() && server.port() == m_configuredServer.port())
        return true;
    const QList<DataCenter> &centers = DataCenter::all();
    return std::any_of(centers.cbegin(), centers.cend(), [&server](const DataCenter &center) {
        return center.accountsServer.isValid() && center.accountsServer.host() == server.host()
            && server.scheme() == QLatin1String("https");
    });
}

void BrowserSignIn::cancel()
{
    finish(std::nullopt,
           RequestError::of(RequestError::Kind::Network, tr("The sign-in was cancelled.")));
}

void BrowserSignIn::finish(const std::optional<TokenGrant> &grant,
                           const std::optional<RequestError> &error)
{
    if (std::exchange(m_finished, true))
        return;
    m_timeout.stop();
    // No more answers from the browser. A token answer on its way is still read, and revoked.
    if (m_handler)
        m_handler->close();
    if (grant) {
        qCInfo(lcNet) << "browser sign-in succeeded";
        emit succeeded(*grant, m_client.accountsServer);
    } else {
        qCInfo(lcNet) << "browser sign-in failed:" << error->detail;
        emit failed(*error);
    }
}
