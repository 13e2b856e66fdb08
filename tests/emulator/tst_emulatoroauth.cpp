#include "fixtures/emulatorfixture.h"
#include "jobgenerator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

namespace {

const QDateTime start(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
const QString clientId = QStringLiteral("1000.TESTCLIENT");
const QString clientSecret = QStringLiteral("test-secret");
const QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &field : fields)
        query.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    return query.toString(QUrl::FullyEncoded).toLatin1();
}

QString s256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestEmulatorOAuth final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void browserFlowWithPkceS256();
    void browserFlowWithPlainChallengeAndNoRefreshWhenOnline();
    void redirectCarriesErrorsBack();
    void consentRefusesUnknownClientAndBadRedirect();
    void codeIsSingleUse();
    void codeExpiresAfterTwoMinutes();
    void wrongVerifierOrRedirectOrSecretIsRefused_data();
    void wrongVerifierOrRedirectOrSecretIsRefused();
    void selfClientCodeNeedsNoRedirect();
    void accessTokenExpiresAfterItsLifetime();
    void refreshIsLimitedToTenPerTenMinutes();
    void revokeEndsRefreshAndAccess();
    void scopeLimitsWhatATokenMayDo();
    void tokenAnswerNamesScopesOnlyWhenAsked();
    void unsupportedGrantType();

private:
    // Plays the browser: asks for consent and reads where it is sent back to.
    QUrlQuery authorize(const QList<QPair<QString, QString>> &extra = {});
    QJsonObject tokenCall(const QList<QPair<QString, QString>> &fields);
    QJsonObject exchange(const QString &code, const QString &codeVerifier = verifier);
    QJsonObject exchangeSelfClientCode(const QString &code);
    QJsonObject refreshWith(const QString &refreshToken);
    int jobsStatus(const QString &accessToken, const QByteArray &method = "GET");

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestEmulatorOAuth::init()
{
    m_clock = std::make_unique<ManualClock>(start);
    EmulatorServer::Options options;
    options.manualClock = m_clock.get();
    options.oauth.clientId = clientId;
    options.oauth.clientSecret = clientSecret;
    options.oauth.accessTokenLifetime = std::chrono::seconds(600);
    // No static token: only what OAuth issues opens the API.
    m_server = startEmulator(JobGenerator::generate(20, 1, start), QString(), options);
}

QUrlQuery TestEmulatorOAuth::authorize(const QList<QPair<QString, QString>> &extra)
{
    QList<QPair<QString, QString>> fields {
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("scope"), QStringLiteral("id360.job.READ,id360.job.DELETE") },
        { QStringLiteral("access_type"), QStringLiteral("offline") },
        { QStringLiteral("prompt"), QStringLiteral("consent") },
        { QStringLiteral("state"), QStringLiteral("st4te&x=1") },
        { QStringLiteral("code_challenge"), s256(verifier) },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
    };
    for (const auto &field : extra) {
        fields.erase(std::remove_if(fields.begin(), fields.end(),
                                    [&](const auto &f) { return f.first == field.first; }),
                     fields.end());
        if (!field.second.isNull())
            fields.append(field);
    }
    QUrl url = m_server->origin();
    url.setPath(QStringLiteral("/oauth/v2/auth"));
    url.setQuery(QString::fromLatin1(form(fields)));
    const HttpAnswer answer = sendHttp("GET", url);
    if (answer.status != 302)
        return QUrlQuery(QStringLiteral("http_status=%1").arg(answer.status));
    const QUrl location = QUrl::fromEncoded(answer.header("Location"));
    if (location.toString(QUrl::RemoveQuery) != redirectUri)
        qFatal("redirected somewhere else: %s", answer.header("Location").constData());
    return QUrlQuery(location);
}

QJsonObject TestEmulatorOAuth::tokenCall(const QList<QPair<QString, QString>> &fields)
{
    QUrl url = m_server->origin();
    url.setPath(QStringLiteral("/oauth/v2/token"));
    const HttpAnswer answer = sendHttp("POST", url, QByteArray(), form(fields));
    // Zoho answers token calls with 200 and puts any error in the body.
    if (answer.status != 200)
        qFatal("token call answered HTTP %d", answer.status);
    return QJsonDocument::fromJson(answer.body).object();
}

QJsonObject TestEmulatorOAuth::exchange(const QString &code, const QString &codeVerifier)
{
    return tokenCall({ { QStringLiteral("client_id"), clientId },
                       { QStringLiteral("client_secret"), clientSecret },
                       { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                       { QStringLiteral("code"), code },
                       { QStringLiteral("redirect_uri"), redirectUri },
                       { QStringLiteral("code_verifier"), codeVerifier } });
}

QJsonObject TestEmulatorOAuth::exchangeSelfClientCode(const QString &code)
{
    return tokenCall({ { QStringLiteral("client_id"), clientId },
                       { QStringLiteral("client_secret"), clientSecret },
                       { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                       { QStringLiteral("code"), code } });
}

QJsonObject TestEmulatorOAuth::refreshWith(const QString &refreshToken)
{
    return tokenCall({ { QStringLiteral("client_id"), clientId },
                       { QStringLiteral("client_secret"), clientSecret },
                       { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                       { QStringLiteral("refresh_token"), refreshToken } });
}

int TestEmulatorOAuth::jobsStatus(const QString &accessToken, const QByteArray &method)
{
    QUrl url = m_server->apiBaseUrl();
    url.setPath(
        url.path()
        + (method == "DELETE" ? QStringLiteral("/jobs/2000000000003") : QStringLiteral("/jobs")));
    return sendHttp(method, url, "Zoho-oauthtoken " + accessToken.toUtf8()).status;
}

void TestEmulatorOAuth::browserFlowWithPkceS256()
{
    const QUrlQuery redirect = authorize();
    QCOMPARE(redirect.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("st4te&x=1"));
    QCOMPARE(redirect.queryItemValue(QStringLiteral("location")), QStringLiteral("us"));
    QCOMPARE(redirect.queryItemValue(QStringLiteral("accounts-server"), QUrl::FullyDecoded),
             m_server->origin().toString());
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const QJsonObject tokens = exchange(code);
    QVERIFY2(!tokens.contains(QLatin1String("error")), QJsonDocument(tokens).toJson().constData());
    const QString accessToken = tokens.value(QLatin1String("access_token")).toString();
    const QString refreshToken = tokens.value(QLatin1String("refresh_token")).toString();
    QVERIFY(!accessToken.isEmpty() && !refreshToken.isEmpty());
    QCOMPARE(tokens.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens.value(QLatin1String("expires_in")).toInt(), 600);
    QCOMPARE(tokens.value(QLatin1String("api_domain")).toString(), m_server->origin().toString());
    QCOMPARE(jobsStatus(accessToken), 200);

    const QJsonObject refreshed = refreshWith(refreshToken);
    const QString second = refreshed.value(QLatin1String("access_token")).toString();
    QVERIFY(!second.isEmpty() && second != accessToken);
    QVERIFY2(!refreshed.contains(QLatin1String("refresh_token")),
             "a refresh mints no new refresh token");
    QCOMPARE(jobsStatus(second), 200);
    QCOMPARE(jobsStatus(accessToken), 200);
}

void TestEmulatorOAuth::browserFlowWithPlainChallengeAndNoRefreshWhenOnline()
{
    const QUrlQuery redirect
        = authorize({ { QStringLiteral("code_challenge"), verifier },
                      { QStringLiteral("code_challenge_method"), QStringLiteral("plain") },
                      { QStringLiteral("access_type"), QStringLiteral("online") } });
    const QJsonObject tokens
        = exchange(redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QVERIFY(tokens.contains(QLatin1String("access_token")));
    QVERIFY(!tokens.contains(QLatin1String("refresh_token")));
}

void TestEmulatorOAuth::redirectCarriesErrorsBack()
{
    QCOMPARE(authorize({ { QStringLiteral("response_type"), QStringLiteral("token") } })
                 .queryItemValue(QStringLiteral("error")),
             QStringLiteral("unsupported_response_type"));
    const QUrlQuery noScope = authorize({ { QStringLiteral("scope"), QString() } });
    QCOMPARE(noScope.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
    QVERIFY(!noScope.hasQueryItem(QStringLiteral("code")));
    QCOMPARE(noScope.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("st4te&x=1"));
    QCOMPARE(authorize({ { QStringLiteral("code_challenge_method"), QStringLiteral("S512") } })
                 .queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_request"));
}

void TestEmulatorOAuth::consentRefusesUnknownClientAndBadRedirect()
{
    QCOMPARE(authorize({ { QStringLiteral("client_id"), QStringLiteral("1000.OTHER") } })
                 .queryItemValue(QStringLiteral("http_status")),
             QStringLiteral("400"));
    QCOMPARE(
        authorize({ { QStringLiteral("redirect_uri"), QStringLiteral("javascript:alert(1)") } })
            .queryItemValue(QStringLiteral("http_status")),
        QStringLiteral("400"));
}

void TestEmulatorOAuth::codeIsSingleUse()
{
    const QString code = authorize().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(exchange(code).contains(QLatin1String("access_token")));
    QCOMPARE(exchange(code).value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_code"));
}

void TestEmulatorOAuth::codeExpiresAfterTwoMinutes()
{
    const QString late = authorize().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString inTime = authorize().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    m_clock->advance(std::chrono::seconds(119));
    QVERIFY(exchange(inTime).contains(QLatin1String("access_token")));
    m_clock->advance(std::chrono::seconds(1));
    QCOMPARE(exchange(late).value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_code"));
}

void TestEmulatorOAuth::wrongVerifierOrRedirectOrSecretIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong verifier")
        << QStringLiteral("code_verifier") << QStringLiteral("not-the-verifier")
        << QStringLiteral("invalid_code");
    QTest::newRow("no verifier") << QStringLiteral("code_verifier") << QString()
                                 << QStringLiteral("invalid_code");
    QTest::newRow("other redirect")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:1/elsewhere")
        << QStringLiteral("invalid_redirect_uri");
    QTest::newRow("wrong secret") << QStringLiteral("client_secret") << QStringLiteral("guess")
                                  << QStringLiteral("invalid_client");
    QTest::newRow("other client") << QStringLiteral("client_id") << QStringLiteral("1000.OTHER")
                                  << QStringLiteral("invalid_client");
    QTest::newRow("made-up code") << QStringLiteral("code") << QStringLiteral("1000.made.up")
                                  << QStringLiteral("invalid_code");
}

void TestEmulatorOAuth::wrongVerifierOrRedirectOrSecretIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const QString code = authorize().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QList<QPair<QString, QString>> fields { { QStringLiteral("client_id"), clientId },
                                            { QStringLiteral("client_secret"), clientSecret },
                                            { QStringLiteral("grant_type"),
                                              QStringLiteral("authorization_code") },
                                            { QStringLiteral("code"), code },
                                            { QStringLiteral("redirect_uri"), redirectUri },
                                            { QStringLiteral("code_verifier"), verifier } };
    for (auto &entry : fields) {
        if (entry.first == field)
            entry.second = value;
    }
    QCOMPARE(tokenCall(fields).value(QLatin1String("error")).toString(), error);
    // A refused attempt does not burn the code for the rightful client.
    QVERIFY(exchange(code).contains(QLatin1String("access_token")));
}

void TestEmulatorOAuth::selfClientCodeNeedsNoRedirect()
{
    QUrl url = m_server->origin();
    url.setPath(QStringLiteral("/_emulator/self-client-code"));
    url.setQuery(QStringLiteral("scope=id360.job.ALL"));
    const QString code = QJsonDocument::fromJson(sendHttp("POST", url).body)
                             .object()
                             .value(QLatin1String("code"))
                             .toString();
    QVERIFY(!code.isEmpty());
    const QJsonObject tokens = exchangeSelfClientCode(code);
    QVERIFY(tokens.contains(QLatin1String("refresh_token")));
    QCOMPARE(jobsStatus(tokens.value(QLatin1String("access_token")).toString(), "DELETE"), 200);

    // A Self Client code lives three minutes.
    const QString another
        = m_server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"), m_clock->now());
    m_clock->advance(std::chrono::minutes(3));
    QCOMPARE(exchangeSelfClientCode(another).value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_code"));
}

void TestEmulatorOAuth::accessTokenExpiresAfterItsLifetime()
{
    const QJsonObject tokens
        = exchange(authorize().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    const QString accessToken = tokens.value(QLatin1String("access_token")).toString();
    m_clock->advance(std::chrono::seconds(599));
    QCOMPARE(jobsStatus(accessToken), 200);
    m_clock->advance(std::chrono::seconds(1));
    QCOMPARE(jobsStatus(accessToken), 401);
}

void TestEmulatorOAuth::refreshIsLimitedToTenPerTenMinutes()
{
    const QString refreshToken
        = exchange(authorize().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded))
              .value(QLatin1String("refresh_token"))
              .toString();
    const auto refresh = [&] { return refreshWith(refreshToken); };
    for (int i = 0; i < 10; ++i) {
        QVERIFY2(refresh().contains(QLatin1String("access_token")), qPrintable(QString::number(i)));
        m_clock->advance(std::chrono::seconds(30));
    }
    const QJsonObject refused = refresh();
    QCOMPARE(refused.value(QLatin1String("error")).toString(), QStringLiteral("Access Denied"));
    QVERIFY(refused.value(QLatin1String("error_description"))
                .toString()
                .contains(QLatin1String("too many")));
    // Ten minutes after the first refresh, one slot is free again.
    m_clock->advance(std::chrono::seconds(301));
    QVERIFY(refresh().contains(QLatin1String("access_token")));
    QCOMPARE(refresh().value(QLatin1String("error")).toString(), QStringLiteral("Access Denied"));
}

void TestEmulatorOAuth::revokeEndsRefreshAndAccess()
{
    const QJsonObject tokens
        = exchange(authorize().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    const QString refreshToken = tokens.value(QLatin1String("refresh_token")).toString();
    QUrl url = m_server->origin();
    url.setPath(QStringLiteral("/oauth/v2/token/revoke"));
    url.setQuery(QStringLiteral("token=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
    const HttpAnswer revoked = sendHttp("POST", url);
    QCOMPARE(
        QJsonDocument::fromJson(revoked.body).object().value(QLatin1String("status")).toString(),
        QStringLiteral("success"));
    QCOMPARE(jobsStatus(tokens.value(QLatin1String("access_token")).toString()), 401);
    QCOMPARE(refreshWith(refreshToken).value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_code"));
    QCOMPARE(QJsonDocument::fromJson(sendHttp("POST", url).body)
                 .object()
                 .value(QLatin1String("error"))
                 .toString(),
             QStringLiteral("invalid_token"));
}

void TestEmulatorOAuth::scopeLimitsWhatATokenMayDo()
{
    const QJsonObject tokens
        = exchange(authorize({ { QStringLiteral("scope"), QStringLiteral("id360.job.READ") } })
                       .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    const QString accessToken = tokens.value(QLatin1String("access_token")).toString();
    QCOMPARE(jobsStatus(accessToken), 200);
    QUrl url = m_server->apiBaseUrl();
    url.setPath(url.path() + QStringLiteral("/jobs/2000000000003"));
    const HttpAnswer forbidden = sendHttp("DELETE", url, "Zoho-oauthtoken " + accessToken.toUtf8());
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(QJsonDocument::fromJson(forbidden.body)[QLatin1String("error")][QLatin1String("code")]
                 .toString(),
             QStringLiteral("00000106"));
    QVERIFY(m_server->store().get(QStringLiteral("2000000000003")));
}

void TestEmulatorOAuth::tokenAnswerNamesScopesOnlyWhenAsked()
{
    const auto asked = QList<QPair<QString, QString>> { { QStringLiteral("scope"),
                                                          QStringLiteral("id360.job.READ") } };
    const QJsonObject silent
        = exchange(authorize(asked).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QVERIFY(silent.contains(QLatin1String("access_token")));
    QVERIFY(!silent.contains(QLatin1String("scope")));

    EmulatorServer::Options options;
    options.manualClock = m_clock.get();
    options.oauth.clientId = clientId;
    options.oauth.clientSecret = clientSecret;
    options.oauth.answerNamesScope = true;
    m_server = startEmulator(JobGenerator::generate(20, 1, start), QString(), options);
    const QJsonObject named
        = exchange(authorize(asked).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QCOMPARE(named.value(QLatin1String("scope")).toString(), QStringLiteral("id360.job.READ"));
    const QJsonObject renewed = refreshWith(named.value(QLatin1String("refresh_token")).toString());
    QCOMPARE(renewed.value(QLatin1String("scope")).toString(), QStringLiteral("id360.job.READ"));
}

void TestEmulatorOAuth::unsupportedGrantType()
{
    QCOMPARE(tokenCall({ { QStringLiteral("client_id"), clientId },
                         { QStringLiteral("grant_type"), QStringLiteral("password") } })
                 .value(QLatin1String("error"))
                 .toString(),
             QStringLiteral("unsupported_grant_type"));
}

QTEST_GUILESS_MAIN(TestEmulatorOAuth)
#include "tst_emulatoroauth.moc"
