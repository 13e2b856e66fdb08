#include "accounts/zohoaccounts.h"
#include "fixtures/emulatorfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

OAuthClient clientOf(const EmulatorServer &server)
{
    return { server.origin(), QStringLiteral("1000.JOBMONEMULATOR"),
             QStringLiteral("emulator-secret") };
}

struct Answer
{
    std::optional<TokenGrant> grant;
    std::optional<RequestError> error;
    bool answered = false;
};

ZohoAccounts::GrantCallback into(Answer &answer)
{
    return [&answer](const std::optional<TokenGrant> &grant,
                     const std::optional<RequestError> &error) {
        answer = { grant, error, true };
    };
}

// Exchanges a Self Client code that `server` issued, and waits for the answer.
Answer exchangeCodeAt(ZohoAccounts &zoho, EmulatorServer &server)
{
    Answer exchanged;
    zoho.exchangeCode(clientOf(server),
                      server.oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                                         QDateTime::currentDateTimeUtc()),
                      into(exchanged));
    if (!QTest::qWaitFor([&exchanged] { return exchanged.answered; }, 10000))
        qWarning("the accounts server did not answer");
    return exchanged;
}

} // namespace

// ZohoAccounts against the emulator's accounts server, including the variants of a server
// that is not ours: one that redirects, one that answers far too much.
class TestZohoAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void errorsInTheAdminsWords_data();
    void errorsInTheAdminsWords();
    void aGrantWithoutItsTokensIsRefused_data();
    void aGrantWithoutItsTokensIsRefused();
    void theGrantedScopesAreReadWhereNamed_data();
    void theGrantedScopesAreReadWhereNamed();
    void theEmulatorsRefusalsInWords();
    void exchangeAndRefresh();
    void redirectToAnotherHostSendsNothing();
    void oversizedAnswerIsRefused();
    void plainHttpAccountsServerIsNotAsked();
};

// What the accounts server answers, and what the admin reads of it. Zoho answers most errors
// with HTTP 200 and an "error" field, so the body decides, not the status.
void TestZohoAccounts::errorsInTheAdminsWords_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<RequestError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    const auto refused = [](const char *code) {
        return QJsonDocument(QJsonObject { { QStringLiteral("error"), QLatin1String(code) } })
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("invalid_code")
        << 200 << refused("invalid_code") << RequestError::Kind::Unauthorized
        << QStringLiteral("invalid_code")
        << QStringLiteral("The code was not accepted: it has expired or was used already (a code "
                          "lives 2 minutes, a Self Client code 3, and works once). Generate a new "
                          "one and use it at once.");
    QTest::newRow("invalid_client")
        << 200 << refused("invalid_client") << RequestError::Kind::Unauthorized
        << QStringLiteral("invalid_client")
        << QStringLiteral("The accounts server does not know this client id with this secret. "
                          "Check both in Zoho's API console, and that the data center is the one "
                          "the client was registered in.");
    QTest::newRow("invalid_client_secret")
        << 200 << refused("invalid_client_secret") << RequestError::Kind::Unauthorized
        << QStringLiteral("invalid_client_secret")
        << QStringLiteral("The client secret does not match the client id: copy it again from "
                          "Zoho's API console.");
    QTest::newRow("invalid_redirect_uri")
        << 200 << refused("invalid_redirect_uri") << RequestError::Kind::Unauthorized
        << QStringLiteral("invalid_redirect_uri")
        << QStringLiteral("The redirect URI is not registered for this client. Add "
                          "http://127.0.0.1:PORT/ (the account's redirect port) to the client in "
                          "Zoho's API console.");
    QTest::newRow("invalid_scope")
        << 200 << refused("invalid_scope") << RequestError::Kind::Unauthorized
        << QStringLiteral("invalid_scope")
        << QStringLiteral("The accounts server refused the scopes. Use id360.job.READ (and "
                          "id360.job.DELETE to delete jobs), comma-separated.");
    QTest::newRow("access_denied")
        << 200 << refused("access_denied") << RequestError::Kind::Unauthorized
        << QStringLiteral("access_denied")
        << QStringLiteral("The sign-in was declined in the browser. Sign in again and allow "
                          "access.");
    QTest::newRow("invalid_token")
        << 200 << refused("invalid_token") << RequestError::Kind::Unauthorized
        << QStringLiteral("invalid_token")
        << QStringLiteral("The sign-in is no longer valid (it was revoked or has expired): sign "
                          "in again.");
    QTest::newRow("too many renewals")
        << 200
        << QByteArrayLiteral(R"({"error":"Access Denied","error_description":"You have made too )"
                             R"(many requests continuously. Please try again after some time."})")
        << RequestError::Kind::RateLimited << QStringLiteral("Access Denied")
        << QStringLiteral("Zoho refused to renew the access token: too many renewals in ten "
                          "minutes. It will be tried again shortly.");
    QTest::newRow("a code of no known meaning")
        << 200 << refused("unsupported_grant_type") << RequestError::Kind::Unauthorized
        << QStringLiteral("unsupported_grant_type")
        << QStringLiteral("The accounts server refused: unsupported_grant_type.");
    QTest::newRow("with the server's description, as it is")
        << 200
        << QByteArrayLiteral(R"({"error":"invalid_request","error_description":"<b>%1</b> %2"})")
        << RequestError::Kind::Unauthorized << QStringLiteral("invalid_request")
        << QStringLiteral("The accounts server refused: invalid_request (<b>%1</b> %2).");
    QTest::newRow("an error with an error status")
        << 400 << refused("invalid_code") << RequestError::Kind::Unauthorized
        << QStringLiteral("invalid_code")
        << QStringLiteral("The code was not accepted: it has expired or was used already (a code "
                          "lives 2 minutes, a Self Client code 3, and works once). Generate a new "
                          "one and use it at once.");
    QTest::newRow("not JSON")
        << 200 << QByteArrayLiteral("<html><body>Sign in</body></html>")
        << RequestError::Kind::Decode << QString()
        << QStringLiteral("The accounts server answered HTTP 200 without a usable answer.");
    QTest::newRow("JSON, not an object")
        << 200 << QByteArrayLiteral(R"(["access_token"])") << RequestError::Kind::Decode
        << QString()
        << QStringLiteral("The accounts server answered HTTP 200 without a usable answer.");
    QTest::newRow("a proxy's error page")
        << 502 << QByteArrayLiteral("<html><h1>502 Bad Gateway</h1></html>")
        << RequestError::Kind::Server << QString()
        << QStringLiteral("The accounts server answered HTTP 502 without a usable answer.");
    QTest::newRow("an error status without an error")
        << 404 << QByteArrayLiteral(R"({"status":"not here"})") << RequestError::Kind::Decode
        << QString()
        << QStringLiteral("The accounts server answered HTTP 404 without a usable answer.");
}

void TestZohoAccounts::errorsInTheAdminsWords()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(RequestError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, words);
    RequestError error;
    QVERIFY(!ZohoAccounts::decodeAnswer(httpStatus, body, &error));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.detail, words);
    QCOMPARE(error.server.code, code);
    QCOMPARE(error.retryAfterSeconds, kind == RequestError::Kind::RateLimited ? 60 : -1);
    // A token answer that is an error says the same.
    RequestError grantError;
    QVERIFY(
        !ZohoAccounts::decodeGrant(httpStatus, body, ZohoAccounts::GrantFor::Renewal, &grantError));
    QCOMPARE(grantError.detail, words);
}

void TestZohoAccounts::aGrantWithoutItsTokensIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ZohoAccounts::GrantFor>("grantFor");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("expiresIn");
    QTest::newRow("a code's grant") << QByteArrayLiteral(
        R"({"access_token":"1000.a","refresh_token":"1000.r","expires_in":1800})")
                                    << ZohoAccounts::GrantFor::Code << QString() << 1800;
    QTest::newRow("a renewal needs no refresh token")
        << QByteArrayLiteral(R"({"access_token":"1000.a","expires_in":3600})")
        << ZohoAccounts::GrantFor::Renewal << QString() << 3600;
    QTest::newRow("a lifetime that is no number is an hour")
        << QByteArrayLiteral(R"({"access_token":"1000.a","expires_in":"soon"})")
        << ZohoAccounts::GrantFor::Renewal << QString() << 3600;
    QTest::newRow("no access token")
        << QByteArrayLiteral(R"({"refresh_token":"1000.r","expires_in":3600})")
        << ZohoAccounts::GrantFor::Code
        << QStringLiteral("The accounts server's answer holds no access token.") << 0;
    QTest::newRow("a code's grant without a refresh token")
        << QByteArrayLiteral(R"({"access_token":"1000.a","expires_in":3600})")
        << ZohoAccounts::GrantFor::Code
        << QStringLiteral("The accounts server gave no refresh token, so the app could not stay "
                          "signed in. Sign in again with offline access (the browser sign-in and "
                          "a Self Client code ask for it).")
        << 0;
}

void TestZohoAccounts::aGrantWithoutItsTokensIsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(ZohoAccounts::GrantFor, grantFor);
    QFETCH(QString, words);
    QFETCH(int, expiresIn);
    RequestError error;
    const std::optional<TokenGrant> grant = ZohoAccounts::decodeGrant(200, body, grantFor, &error);
    QCOMPARE(grant.has_value(), words.isEmpty());
    if (grant) {
        QCOMPARE(grant->accessToken, QStringLiteral("1000.a"));
        QCOMPARE(grant->refreshToken,
                 grantFor == ZohoAccounts::GrantFor::Code ? QStringLiteral("1000.r") : QString());
        QCOMPARE(grant->expiresInSeconds, expiresIn);
    } else {
        QCOMPARE(error.detail, words);
    }
}

void TestZohoAccounts::theGrantedScopesAreReadWhereNamed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("granted");
    QTest::newRow("named") << QByteArrayLiteral(
        R"({"access_token":"1000.a","scope":"id360.job.READ","expires_in":3600})")
                           << QStringLiteral("id360.job.READ");
    QTest::newRow("silent") << QByteArrayLiteral(R"({"access_token":"1000.a","expires_in":3600})")
                            << QString();
    QTest::newRow("not a text") << QByteArrayLiteral(R"({"access_token":"1000.a","scope":7})")
                                << QString();
}

void TestZohoAccounts::theGrantedScopesAreReadWhereNamed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, granted);
    RequestError error;
    const std::optional<TokenGrant> grant
        = ZohoAccounts::decodeGrant(200, body, ZohoAccounts::GrantFor::Renewal, &error);
    QVERIFY(grant);
    QCOMPARE(grant->grantedScopes, granted);
}

// The same words for what a real accounts server refuses: a code used twice, a client it does
// not know, a refresh token it no longer honours (which Zoho calls an invalid code).
void TestZohoAccounts::theEmulatorsRefusalsInWords()
{
    const auto server = startEmulator({}, QString());
    ZohoAccounts zoho;
    const QString code = server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                                             QDateTime::currentDateTimeUtc());
    Answer first;
    zoho.exchangeCode(clientOf(*server), code, into(first));
    QTRY_VERIFY(first.answered);
    QVERIFY(first.grant);
    Answer again;
    zoho.exchangeCode(clientOf(*server), code, into(again));
    QTRY_VERIFY(again.answered);
    QCOMPARE(again.error->detail, ZohoAccounts::errorFor(QStringLiteral("invalid_code")).detail);

    Answer stranger;
    zoho.exchangeCode(
        { server->origin(), QStringLiteral("1000.STRANGER"), QStringLiteral("emulator-secret") },
        server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                            QDateTime::currentDateTimeUtc()),
        into(stranger));
    QTRY_VERIFY(stranger.answered);
    QCOMPARE(stranger.error->server.code, QStringLiteral("invalid_client"));
    QVERIFY2(stranger.error->detail.startsWith(
                 QStringLiteral("The accounts server does not know this client id")),
             qPrintable(stranger.error->detail));

    Answer renewed;
    zoho.refresh(clientOf(*server), QStringLiteral("1000.not-a-refresh-token"), into(renewed));
    QTRY_VERIFY(renewed.answered);
    QCOMPARE(renewed.error->kind, RequestError::Kind::Unauthorized);
    QCOMPARE(renewed.error->server.code, QStringLiteral("invalid_token"));
    QCOMPARE(renewed.error->detail,
             QStringLiteral("The sign-in is no longer valid (it was revoked or has expired): sign "
                            "in again."));
}

void TestZohoAccounts::exchangeAndRefresh()
{
    const auto server = startEmulator({}, QString());
    ZohoAccounts zoho;
    const Answer exchanged = exchangeCodeAt(zoho, *server);
    QVERIFY(exchanged.answered);
    QVERIFY2(exchanged.grant, qPrintable(exchanged.error ? exchanged.error->detail : QString()));
    Answer renewed;
    zoho.refresh(clientOf(*server), exchanged.grant->refreshToken, into(renewed));
    QTRY_VERIFY(renewed.answered);
    QVERIFY(renewed.grant);
    QVERIFY(!renewed.grant->accessToken.isEmpty());
}

void TestZohoAccounts::redirectToAnotherHostSendsNothing()
{
    const auto elsewhere = startEmulator({}, QString());
    EmulatorServer::Options moved;
    moved.accountsMovedTo = elsewhere->origin();
    const auto server = startEmulator({}, QString(), moved);
    ZohoAccounts zoho;

    const Answer exchanged = exchangeCodeAt(zoho, *server);
    QVERIFY(exchanged.answered);
    QVERIFY(!exchanged.grant);
    QCOMPARE(
        exchanged.error->detail,
        QStringLiteral("The accounts server redirected to another host; nothing was sent there."));
    QCOMPARE(server->receivedRequests().constLast().status, 307);

    Answer renewed;
    zoho.refresh(clientOf(*server), QStringLiteral("1000.a-refresh-token"), into(renewed));
    QTRY_VERIFY(renewed.answered);
    QVERIFY(renewed.error);
    std::optional<RequestError> revokeError;
    bool revoked = false;
    zoho.revoke(clientOf(*server), QStringLiteral("1000.a-refresh-token"),
                [&](const std::optional<RequestError> &error) {
                    revokeError = error;
                    revoked = true;
                });
    QTRY_VERIFY(revoked);
    QVERIFY(revokeError);
    QVERIFY(revokeError->detail.contains(QStringLiteral("redirected to another host")));
    // Neither the code, the refresh token nor the client secret reached the other host.
    QTest::qWait(100);
    QVERIFY(elsewhere->receivedRequests().isEmpty());
}

void TestZohoAccounts::oversizedAnswerIsRefused()
{
    EmulatorServer::Options padded;
    padded.accountsAnswerBytes = 3 * 1024 * 1024;
    const auto server = startEmulator({}, QString(), padded);
    ZohoAccounts zoho;
    const Answer exchanged = exchangeCodeAt(zoho, *server);
    QVERIFY(exchanged.answered);
    QVERIFY(!exchanged.grant);
    QCOMPARE(exchanged.error->kind, RequestError::Kind::Decode);
    QVERIFY2(exchanged.error->detail.contains(QStringLiteral("larger than 1 MiB")),
             qPrintable(exchanged.error->detail));
}

void TestZohoAccounts::plainHttpAccountsServerIsNotAsked()
{
    ZohoAccounts zoho;
    Answer renewed;
    zoho.refresh({ QUrl(QStringLiteral("http://accounts.example.com")),
                   QStringLiteral("1000.JOBMONEMULATOR"), QStringLiteral("emulator-secret") },
                 QStringLiteral("1000.a-refresh-token"), into(renewed));
    // Said later, as every answer is.
    QVERIFY(!renewed.answered);
    QTRY_VERIFY(renewed.answered);
    QVERIFY(!renewed.grant);
    QCOMPARE(renewed.error->detail,
             QStringLiteral("The accounts server http://accounts.example.com is not an https:// "
                            "URL: nothing was sent there."));
}

QTEST_GUILESS_MAIN(TestZohoAccounts)
#include "tst_zohoaccounts.moc"
