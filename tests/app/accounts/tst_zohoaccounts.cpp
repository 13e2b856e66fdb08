#include "accounts/zohoaccounts.h"
#include "fixtures/emulatorfixture.h"

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
    void exchangeAndRefresh();
    void redirectToAnotherHostSendsNothing();
    void oversizedAnswerIsRefused();
    void plainHttpAccountsServerIsNotAsked();
};

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
