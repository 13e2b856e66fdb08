#include "browsersignin.h"
#include "emulatorfixture.h"
#include "jobgenerator.h"

#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString token = QStringLiteral("1000.browser-test");

OAuthClient emulatorClient(const EmulatorServer &server)
{
    return { server.origin(), QStringLiteral("1000.JOBMONEMULATOR"),
             QStringLiteral("emulator-secret") };
}

// What a browser does with the sign-in page: Zoho (here the emulator) consents at once and
// redirects; the browser follows the redirect to the app's loopback listener. Returns the
// listener's answer.
HttpAnswer playBrowser(const QUrl &signInPage)
{
    const HttpAnswer consent = sendHttp("GET", signInPage);
    if (consent.status != 302)
        return consent;
    return sendHttp("GET", QUrl::fromEncoded(consent.header("Location")));
}

struct Outcome
{
    std::optional<TokenGrant> grant;
    QUrl accountsServer;
    std::optional<RequestError> error;
    QUrl browserUrl;
    bool ended() const { return grant || error; }
};

void watch(BrowserSignIn &signIn, Outcome &outcome)
{
    QObject::connect(&signIn, &BrowserSignIn::browserRequested, &signIn,
                     [&outcome](const QUrl &url) { outcome.browserUrl = url; });
    QObject::connect(&signIn, &BrowserSignIn::succeeded, &signIn,
                     [&outcome](const TokenGrant &grant, const QUrl &server) {
                         outcome.grant = grant;
                         outcome.accountsServer = server;
                     });
    QObject::connect(&signIn, &BrowserSignIn::failed, &signIn,
                     [&outcome](const RequestError &error) { outcome.error = error; });
}

QUrlQuery queryOf(const EmulatorServer &server, const QString &path)
{
    for (const auto &request : server.receivedRequests()) {
        if (request.path == path)
            return QUrlQuery(request.query);
    }
    return QUrlQuery();
}

} // namespace

class TestBrowserSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void wholeFlowGivesATokenThatWorks();
    void wrongSecretIsSaidInWords();
    void declinedInTheBrowserIsSaid();
    void answerOfAnotherSignInIsRefused();
    void codeGoesOnlyToZohosAccountsServers();
    void takenPortIsSaidAtOnce();
    void unfinishedSignInTimesOut();
};

void TestBrowserSignIn::wholeFlowGivesATokenThatWorks()
{
    const auto server
        = startEmulator(JobGenerator::generate(5, 1, QDateTime::currentDateTimeUtc()), token);
    BrowserSignIn signIn(emulatorClient(*server), QStringLiteral("id360.job.READ,id360.job.DELETE"),
                         0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.browserUrl.isValid());
    QVERIFY(!outcome.ended());
    QCOMPARE(signIn.redirectUri().host(), QStringLiteral("127.0.0.1"));

    const QUrlQuery asked(outcome.browserUrl);
    QCOMPARE(outcome.browserUrl.path(), QStringLiteral("/oauth/v2/auth"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(asked.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("id360.job.READ,id360.job.DELETE"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));

    // Browsers ask the listener for more than the redirect: that is not the answer.
    QUrl favicon = signIn.redirectUri();
    favicon.setPath(QStringLiteral("/favicon.ico"));
    sendHttp("GET", favicon);
    QTest::qWait(50);
    QVERIFY(!outcome.ended());

    const HttpAnswer landing = playBrowser(outcome.browserUrl);
    QCOMPARE(landing.status, 200);
    QVERIFY(landing.body.contains("Signed in"));
    QTRY_VERIFY(outcome.ended());
    QVERIFY2(outcome.grant, qPrintable(outcome.error ? outcome.error->detail : QString()));
    QVERIFY(!outcome.grant->refreshToken.isEmpty());
    QVERIFY(outcome.grant->expiresInSeconds > 3500);
    QCOMPARE(outcome.accountsServer, server->origin());

    // The code went with its verifier, and the tokens work: the access token reads jobs, the
    // refresh token renews.
    QUrl jobs = server->apiBaseUrl();
    jobs.setPath(jobs.path() + QStringLiteral("/jobs"));
    QCOMPARE(
        sendHttp("GET", jobs, "Zoho-oauthtoken " + outcome.grant->accessToken.toLatin1()).status,
        200);
    ZohoAccounts accounts;
    std::optional<TokenGrant> renewed;
    accounts.refresh(emulatorClient(*server), outcome.grant->refreshToken,
                     [&renewed](const std::optional<TokenGrant> &grant,
                                const std::optional<RequestError> &) { renewed = grant; });
    QTRY_VERIFY(renewed);
    QVERIFY(renewed->accessToken != outcome.grant->accessToken);
}

void TestBrowserSignIn::wrongSecretIsSaidInWords()
{
    const auto server = startEmulator({}, token);
    OAuthClient client = emulatorClient(*server);
    client.clientSecret = QStringLiteral("not-the-secret");
    BrowserSignIn signIn(client, QStringLiteral("id360.job.READ"), 0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.browserUrl.isValid());
    playBrowser(outcome.browserUrl);
    QTRY_VERIFY(outcome.ended());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->server.code, QStringLiteral("invalid_client"));
    QVERIFY2(outcome.error->detail.contains(QStringLiteral("Check both in Zoho's API console")),
             qPrintable(outcome.error->detail));
}

void TestBrowserSignIn::declinedInTheBrowserIsSaid()
{
    const auto server = startEmulator({}, token);
    BrowserSignIn signIn(emulatorClient(*server), QStringLiteral("id360.job.READ"), 0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.browserUrl.isValid());
    // The admin pressed "Deny": Zoho redirects with an error instead of a code.
    QUrl denied = signIn.redirectUri();
    denied.setQuery(QStringLiteral("error=access_denied&state=")
                    + QUrlQuery(outcome.browserUrl).queryItemValue(QStringLiteral("state")));
    sendHttp("GET", denied);
    QTRY_VERIFY(outcome.ended());
    QVERIFY(outcome.error);
    QVERIFY(outcome.error->detail.contains(QStringLiteral("declined in the browser")));
    QVERIFY(queryOf(*server, QStringLiteral("/oauth/v2/token")).isEmpty());
}

void TestBrowserSignIn::answerOfAnotherSignInIsRefused()
{
    const auto server = startEmulator({}, token);
    BrowserSignIn signIn(emulatorClient(*server), QStringLiteral("id360.job.READ"), 0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.browserUrl.isValid());
    QUrl forged = signIn.redirectUri();
    forged.setQuery(QStringLiteral("code=1000.stolen&state=not-ours&accounts-server=")
                    + server->origin().toString());
    sendHttp("GET", forged);
    QTRY_VERIFY(outcome.ended());
    QVERIFY(outcome.error);
    QVERIFY(outcome.error->detail.contains(QStringLiteral("does not belong to this sign-in")));
    int tokenCalls = 0;
    for (const auto &request : server->receivedRequests())
        tokenCalls += request.path == QLatin1String("/oauth/v2/token") ? 1 : 0;
    QCOMPARE(tokenCalls, 0);
}

void TestBrowserSignIn::codeGoesOnlyToZohosAccountsServers()
{
    const auto server = startEmulator({}, token);
    BrowserSignIn signIn(emulatorClient(*server), QStringLiteral("id360.job.READ"), 0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.browserUrl.isValid());
    QUrl redirected = signIn.redirectUri();
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("code"), QStringLiteral("1000.real-looking"));
    answer.addQueryItem(QStringLiteral("state"),
                        QUrlQuery(outcome.browserUrl).queryItemValue(QStringLiteral("state")));
    answer.addQueryItem(QStringLiteral("accounts-server"),
                        QStringLiteral("https%3A%2F%2Faccounts.evil.example"));
    redirected.setQuery(answer);
    sendHttp("GET", redirected);
    QTRY_VERIFY(outcome.ended());
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->detail.contains(QStringLiteral("not one of Zoho's")),
             qPrintable(outcome.error->detail));
}

void TestBrowserSignIn::takenPortIsSaidAtOnce()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    BrowserSignIn signIn(
        { QUrl(QStringLiteral("https://accounts.zoho.com")), QStringLiteral("1000.X"), QString() },
        QStringLiteral("id360.job.READ"), squatter.serverPort());
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QVERIFY(outcome.error);
    QVERIFY(outcome.error->detail.contains(
        QStringLiteral("Port %1 on this machine is in use").arg(squatter.serverPort())));
    QVERIFY(!outcome.browserUrl.isValid());
}

void TestBrowserSignIn::unfinishedSignInTimesOut()
{
    const auto server = startEmulator({}, token);
    BrowserSignIn signIn(emulatorClient(*server), QStringLiteral("id360.job.READ"), 0);
    signIn.setTimeout(std::chrono::milliseconds(200));
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.ended());
    QCOMPARE(outcome.error->kind, RequestError::Kind::Timeout);
    // The listener is closed: a late browser finds nobody.
    QCOMPARE(sendHttp("GET", signIn.redirectUri(), QByteArray(), QByteArray(), 2000).status, 0);
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
