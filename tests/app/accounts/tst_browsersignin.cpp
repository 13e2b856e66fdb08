#include "accounts/browsersignin.h"
#include "fixtures/emulatorfixture.h"
#include "jobgenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
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

// A whole sign-in as the admin does it, the browser consenting at once; how it ended.
Outcome signInThroughTheBrowser(const OAuthClient &client)
{
    BrowserSignIn signIn(client, QStringLiteral("id360.job.READ"), 0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    if (QTest::qWaitFor([&outcome] { return outcome.browserUrl.isValid(); }, 5000))
        playBrowser(outcome.browserUrl);
    if (!QTest::qWaitFor([&outcome] { return outcome.ended(); }, 10000))
        qWarning("the sign-in did not end");
    return outcome;
}

} // namespace

class TestBrowserSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void wholeFlowGivesATokenThatWorks();
    void wrongSecretIsSaidInWords();
    void declinedInTheBrowserIsSaid();
    void stateIsLongAndRandom();
    void answersWithoutThisSignInsStateAreIgnored_data();
    void answersWithoutThisSignInsStateAreIgnored();
    void onlyTheFirstAnswerCounts();
    void tokenRequestFollowsNoRedirectToAnotherHost();
    void oversizedTokenAnswerIsRefused();
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
    const Outcome outcome = signInThroughTheBrowser(client);
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

void TestBrowserSignIn::stateIsLongAndRandom()
{
    const auto server = startEmulator({}, token);
    QSet<QString> states;
    for (int i = 0; i < 2; ++i) {
        BrowserSignIn signIn(emulatorClient(*server), QStringLiteral("id360.job.READ"), 0);
        Outcome outcome;
        watch(signIn, outcome);
        signIn.start();
        QTRY_VERIFY(outcome.browserUrl.isValid());
        const QString state = QUrlQuery(outcome.browserUrl).queryItemValue(QStringLiteral("state"));
        // At least 128 bits, base64url: 22 characters of [A-Za-z0-9_-] or more.
        QVERIFY2(state.size() >= 22, qPrintable(state));
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(state).hasMatch(),
                 qPrintable(state));
        states.insert(state);
    }
    QCOMPARE(states.size(), 2);
}

void TestBrowserSignIn::answersWithoutThisSignInsStateAreIgnored_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("declined, no state") << QStringLiteral("error=access_denied");
    QTest::newRow("declined, wrong state") << QStringLiteral("error=access_denied&state=guessed");
    QTest::newRow("code, no state") << QStringLiteral("code=1000.stolen");
    QTest::newRow("code, wrong state") << QStringLiteral("code=1000.stolen&state=not-ours");
}

void TestBrowserSignIn::answersWithoutThisSignInsStateAreIgnored()
{
    QFETCH(QString, query);
    const auto server = startEmulator({}, token);
    BrowserSignIn signIn(emulatorClient(*server), QStringLiteral("id360.job.READ"), 0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.browserUrl.isValid());
    // Anyone on this machine can load the listener's address, and guess nothing.
    QUrl forged = signIn.redirectUri();
    forged.setQuery(query + QStringLiteral("&accounts-server=") + server->origin().toString());
    const HttpAnswer page = sendHttp("GET", forged);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("not part of a sign-in"), page.body.constData());
    QTest::qWait(100);
    QVERIFY(!outcome.ended());
    QVERIFY(queryOf(*server, QStringLiteral("/oauth/v2/token")).isEmpty());

    // The admin's own answer still signs in.
    const HttpAnswer landing = playBrowser(outcome.browserUrl);
    QVERIFY(landing.body.contains("Signed in"));
    QTRY_VERIFY(outcome.ended());
    QVERIFY2(outcome.grant, qPrintable(outcome.error ? outcome.error->detail : QString()));
}

void TestBrowserSignIn::onlyTheFirstAnswerCounts()
{
    // An accounts server that takes the token request and does not answer yet, so the listener
    // is still open when a second answer comes.
    QTcpServer accountsServer;
    QVERIFY(accountsServer.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> tokenRequests;
    connect(&accountsServer, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = accountsServer.nextPendingConnection())
            tokenRequests.append(socket);
    });
    const QUrl origin(QStringLiteral("http://127.0.0.1:%1").arg(accountsServer.serverPort()));
    BrowserSignIn signIn({ origin, QStringLiteral("1000.X"), QStringLiteral("secret") },
                         QStringLiteral("id360.job.READ"), 0);
    Outcome outcome;
    watch(signIn, outcome);
    signIn.start();
    QTRY_VERIFY(outcome.browserUrl.isValid());
    const QString state = QUrlQuery(outcome.browserUrl).queryItemValue(QStringLiteral("state"));
    const auto answer = [&](const QString &code) {
        QUrl back = signIn.redirectUri();
        back.setQuery(QStringLiteral("code=%1&state=%2").arg(code, state));
        return sendHttp("GET", back);
    };
    QVERIFY(answer(QStringLiteral("1000.first")).body.contains("Signed in"));
    QTRY_COMPARE(tokenRequests.size(), 1);
    QTRY_VERIFY(tokenRequests.constFirst()->bytesAvailable() > 0);
    QVERIFY(tokenRequests.constFirst()->readAll().contains("code=1000.first"));

    // A second answer with the right state (a reload, or a copy of the address) is ignored.
    QVERIFY(answer(QStringLiteral("1000.second")).body.contains("not part of a sign-in"));
    QTest::qWait(200);
    QCOMPARE(tokenRequests.size(), 1);
    QVERIFY(!tokenRequests.constFirst()->readAll().contains("1000.second"));
    QVERIFY(!outcome.ended());
    signIn.cancel();
}

void TestBrowserSignIn::tokenRequestFollowsNoRedirectToAnotherHost()
{
    const auto elsewhere = startEmulator({}, token);
    EmulatorServer::Options moved;
    moved.accountsMovedTo = elsewhere->origin();
    const auto server = startEmulator({}, token, moved);
    const Outcome outcome = signInThroughTheBrowser(emulatorClient(*server));
    QVERIFY(outcome.error);
    QCOMPARE(
        outcome.error->detail,
        QStringLiteral("The accounts server redirected to another host; nothing was sent there."));
    // The code, its verifier and the client secret stayed where they were sent.
    QVERIFY(elsewhere->receivedRequests().isEmpty());
}

void TestBrowserSignIn::oversizedTokenAnswerIsRefused()
{
    EmulatorServer::Options padded;
    padded.accountsAnswerBytes = 3 * 1024 * 1024;
    const auto server = startEmulator({}, token, padded);
    const Outcome outcome = signInThroughTheBrowser(emulatorClient(*server));
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->detail.contains(QStringLiteral("larger than 1 MiB")),
             qPrintable(outcome.error->detail));
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
