#include "accounts/accountmanager.h"
#include "api/jobsclient.h"
#include "api/tokensource.h"
#include "fixtures/accountfixture.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/policyfile.h"
#include "fixtures/standinkeychain.h"
#include "platform/settings.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString clientSecret = QStringLiteral("emulator-secret");

// How often `server` was asked to revoke a refresh token.
int revokesAt(const EmulatorServer &server)
{
    return countRequests(server, QStringLiteral("/oauth/v2/token/revoke"));
}

// How often `server` was asked for an access token: for a grant code at sign-in, or to renew one.
int tokenRequestsAt(const EmulatorServer &server)
{
    return countRequests(server, QStringLiteral("/oauth/v2/token"));
}

// How long the emulator's access tokens live.
const qint64 tokenLifetime = OAuthAuthority::Options().accessTokenLifetime.count();

// Every line logged while the test runs.
QStringList &logged()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler passOn = nullptr;

void recordLogLine(QtMsgType type, const QMessageLogContext &context, const QString &line)
{
    logged().append(line);
    passOn(type, context, line);
}

// Whether `refreshToken` still renews at `server`.
bool stillRenews(const EmulatorServer &server, const QString &refreshToken)
{
    const HttpAnswer answer = sendHttp(
        "POST", QUrl(server.origin().toString() + QStringLiteral("/oauth/v2/token")), QByteArray(),
        "grant_type=refresh_token&client_id=1000.JOBMONEMULATOR&client_secret=emulator-secret"
        "&refresh_token="
            + QUrl::toPercentEncoding(refreshToken));
    return answer.body.contains("access_token");
}

// A grant that `server`'s accounts server gave for a new Self Client code, as a browser sign-in
// that came back from there gets one.
TokenGrant grantFrom(EmulatorServer &server)
{
    ZohoAccounts zoho;
    std::optional<TokenGrant> grant;
    zoho.exchangeCode({ server.origin(), QStringLiteral("1000.JOBMONEMULATOR"), clientSecret },
                      server.oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                                         QDateTime::currentDateTimeUtc()),
                      [&grant](const std::optional<TokenGrant> &given,
                               const std::optional<RequestError> &) { grant = given; });
    if (!QTest::qWaitFor([&grant] { return grant.has_value(); }, 10000))
        qFatal("the emulator gave no grant");
    return *grant;
}

// An administrator's policy naming the account "Lab" on `server`, with `accountsServer` (the
// emulator's own where none is given).
QByteArray labManagedOn(const EmulatorServer &server, const QUrl &accountsServer = QUrl())
{
    return "[Account Lab]\ndataCenter=custom\napiUrl=" + server.apiBaseUrl().toEncoded()
        + "\naccountsServer="
        + (accountsServer.isEmpty() ? server.origin() : accountsServer).toEncoded()
        + "\nclientId=1000.JOBMONEMULATOR\n";
}

} // namespace

// AccountManager with a real accounts server (the emulator) and a keychain stand-in that can
// fail as the real one does, so what the keychain entry holds afterwards can be read back.
class TestAccountManager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unreadableKeychainRefusesAnEdit();
    void unreadableKeychainLeavesTheEntryAtSignIn();
    void signingOutASessionSignInEndsTheKeychains();
    void signingOutASessionSignInWhileLockedWarns();
    void newSignInEndsTheSessionsAndTheKeychains();
    void newSessionSignInEndsTheSessionOneBefore();
    void renamingKeepsTheSignIn();
    void changedServersSignOut_data();
    void changedServersSignOut();
    void adoptingZohosAccountsServerStaysSignedIn();
    void aGrantTheAdministratorRefusesIsRevoked();
    void aPolicyMovingAnAccountSignsItOutWhereItWasMade();
    void handEditedHttpUrlIsRefused();
    void correctingAHandEditedUrlSendsNothingToIt();
    void aRemovedAccountLeavesNoTokenTimes();
    void signInTokenServesTheNextRun();
    void aRenewalIsSeenByTheOthers();
    void expiredKeptTokenIsRenewedOnceAndKept();
    void refusedKeptTokenIsRenewedOnceNotTakenAgain();
    void olderRenewalLeavesANewerSignIn();
    void sessionOnlyRenewalsStayOutOfTheKeychain();
    void unusableKeychainStillRenews();
    void entryOfTheVersionBeforeStillOpens();
    void tokensStayOutOfFilesAndLogs();

private:
    // Adds an account on the emulator, signed in with a Self Client code there.
    Account signedInAccount();
    // Signs `account` in with a new Self Client code from the emulator.
    AccountOutcome signInWithNewCode(const Account &account);
    // signedInAccount(), then, with the keychain locked, signed in again with a new Self Client
    // code and kept for this session only; the keychain stays locked.
    Account signedInForThisSessionOverTheKeychain();
    // What the keychain entry holds now (empty when there is none).
    Secrets entry(const QString &accountId);
    // Puts `secrets` into the keychain entry, as another process would.
    void putEntry(const QString &accountId, const Secrets &secrets);
    AccountOutcome wait(const std::function<void(AccountManager::Done)> &call);
    // The account's token source from `accounts`, as the window or a command-line run opens it.
    std::unique_ptr<TokenSource> open(AccountManager &accounts, const QString &accountId);
    // Why `accounts` does not open the account (empty when it does).
    QString refusalToOpen(AccountManager &accounts, const QString &accountId);
    // One call to the Jobs API with `source`, as a sync makes; why it failed, if it did.
    std::optional<RequestError> callApi(TokenSource &source);
    // The statuses the emulator answered Jobs API calls with, in order.
    QList<int> apiStatuses() const;

    // The test's HOME, and the XDG folders in it.
    QTemporaryDir m_home;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<StandInKeychain> m_keychain;
    std::unique_ptr<AccountManager> m_accounts;
};

void TestAccountManager::initTestCase()
{
    qputenv("HOME", m_home.path().toUtf8());
    for (const auto &[variable, folder] :
         { std::pair("XDG_CONFIG_HOME", "config"), std::pair("XDG_DATA_HOME", "data"),
           std::pair("XDG_CACHE_HOME", "cache"), std::pair("XDG_STATE_HOME", "state") })
        qputenv(variable, m_home.filePath(QLatin1String(folder)).toUtf8());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home.filePath(QStringLiteral("config")));
    QLoggingCategory::setFilterRules(QStringLiteral("jobmon.*=true"));
    passOn = qInstallMessageHandler(recordLogLine);
}

void TestAccountManager::init()
{
    QSettings().clear();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_server = startEmulator({}, QString());
    m_store = std::make_unique<AccountStore>();
    m_keychain = std::make_unique<StandInKeychain>();
    m_accounts = std::make_unique<AccountManager>(m_store.get(), m_keychain.get(), *m_clock);
}

void TestAccountManager::cleanup()
{
    m_accounts.reset();
    m_keychain.reset();
    m_store.reset();
    m_server.reset();
    m_clock.reset();
}

AccountOutcome TestAccountManager::wait(const std::function<void(AccountManager::Done)> &call)
{
    std::optional<AccountOutcome> outcome;
    call([&outcome](const AccountOutcome &ended) { outcome = ended; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return { false, QStringLiteral("no answer"), std::nullopt, false, {} };
    return *outcome;
}

Account TestAccountManager::signedInAccount()
{
    const Account account = accountOn(QStringLiteral("Lab"), *m_server);
    const AccountOutcome outcome = signInWithNewCode(account);
    if (!outcome.ok)
        qFatal("the lab account did not sign in: %s", qPrintable(outcome.message));
    return *m_store->find(account.id);
}

AccountOutcome TestAccountManager::signInWithNewCode(const Account &account)
{
    const QString code = m_server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                                               QDateTime::currentDateTimeUtc());
    return wait([&](AccountManager::Done done) {
        m_accounts->signInWithGrantCode(account, clientSecret, code, this, done);
    });
}

Account TestAccountManager::signedInForThisSessionOverTheKeychain()
{
    const Account lab = signedInAccount();
    m_keychain->failReads = StandInKeychain::locked();
    const AccountOutcome held = signInWithNewCode(lab);
    if (!held.canKeepForSession)
        qFatal("the keychain took the sign-in: %s", qPrintable(held.message));
    const AccountOutcome kept = wait(
        [&](AccountManager::Done done) { m_accounts->keepForThisSession(lab.id, this, done); });
    if (!kept.ok || !m_accounts->isSessionOnly(lab.id))
        qFatal("the sign-in was not kept for this session: %s", qPrintable(kept.message));
    return *m_store->find(lab.id);
}

Secrets TestAccountManager::entry(const QString &accountId)
{
    std::optional<Secrets> held;
    bool answered = false;
    m_keychain->kept.read(
        accountId, this,
        [&](const std::optional<Secrets> &secrets, const std::optional<SecretStoreError> &) {
            held = secrets;
            answered = true;
        });
    if (!QTest::qWaitFor([&answered] { return answered; }, 5000))
        qFatal("the keychain stand-in did not answer");
    return held.value_or(Secrets());
}

void TestAccountManager::putEntry(const QString &accountId, const Secrets &secrets)
{
    bool written = false;
    m_keychain->kept.write(accountId, secrets, this,
                           [&written](const std::optional<SecretStoreError> &) { written = true; });
    if (!QTest::qWaitFor([&written] { return written; }, 5000))
        qFatal("the keychain stand-in did not answer");
}

std::unique_ptr<TokenSource> TestAccountManager::open(AccountManager &accounts,
                                                      const QString &accountId)
{
    std::unique_ptr<TokenSource> source;
    bool answered = false;
    accounts.open(accountId, this,
                  [&](std::unique_ptr<TokenSource> given, const AccountOutcome &outcome) {
                      if (!given)
                          qWarning("not opened: %s", qPrintable(outcome.message));
                      source = std::move(given);
                      answered = true;
                  });
    if (!QTest::qWaitFor([&answered] { return answered; }, 10000))
        qFatal("opening the account was never answered");
    return source;
}

QString TestAccountManager::refusalToOpen(AccountManager &accounts, const QString &accountId)
{
    std::optional<QString> refusal;
    accounts.open(accountId, this,
                  [&refusal](std::unique_ptr<TokenSource> source, const AccountOutcome &outcome) {
                      refusal = source ? QString() : outcome.message;
                  });
    if (!QTest::qWaitFor([&refusal] { return refusal.has_value(); }, 10000))
        qFatal("opening the account was never answered");
    return *refusal;
}

std::optional<RequestError> TestAccountManager::callApi(TokenSource &source)
{
    JobsClient client(*m_clock);
    client.setBaseUrl(m_server->apiBaseUrl());
    client.setTokenSource(&source);
    std::optional<ApiResult<JobPage>> answer;
    client.fetchPage(1, 10, QString(),
                     [&answer](const ApiResult<JobPage> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        qFatal("the API call was never answered");
    return answer->error;
}

QList<int> TestAccountManager::apiStatuses() const
{
    QList<int> statuses;
    for (const EmulatorServer::ReceivedRequest &request : m_server->receivedRequests()) {
        if (request.path.startsWith(m_server->apiBaseUrl().path()))
            statuses.append(request.status);
    }
    return statuses;
}

void TestAccountManager::unreadableKeychainRefusesAnEdit()
{
    const Account lab = signedInAccount();
    const Secrets before = entry(lab.id);
    QVERIFY(!before.refreshToken.isEmpty());
    const int writesBefore = m_keychain->writes;

    // The keyring waited on a prompt nobody answered: the read timed out.
    m_keychain->failReads = StandInKeychain::locked();
    Account renamed = lab;
    renamed.name = QStringLiteral("Lab renamed");
    const AccountOutcome outcome = wait(
        [&](AccountManager::Done done) { m_accounts->save(renamed, QString(), this, done); });
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("could not be read")),
             qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QStringLiteral("The keychain is locked")));
    QVERIFY(!outcome.canKeepForSession);
    // Nothing was written: the entry holds the sign-in and client secret as before, and the
    // settings are unchanged.
    QCOMPARE(m_keychain->writes, writesBefore);
    QCOMPARE(entry(lab.id), before);
    QCOMPARE(AccountStore().find(lab.id)->name, QStringLiteral("Lab"));
    QCOMPARE(m_store->find(lab.id)->credential, Account::Credential::RefreshToken);
    QCOMPARE(revokesAt(*m_server), 0);
}

void TestAccountManager::unreadableKeychainLeavesTheEntryAtSignIn()
{
    const Account lab = signedInAccount();
    const Secrets before = entry(lab.id);
    const int writesBefore = m_keychain->writes;

    m_keychain->failReads = StandInKeychain::locked();
    const AccountOutcome outcome = wait([&](AccountManager::Done done) {
        m_accounts->signInWithAccessToken(lab, QStringLiteral("1000.pasted"), this, done);
    });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.canKeepForSession);
    QVERIFY2(outcome.message.contains(QStringLiteral("could not be kept")),
             qPrintable(outcome.message));
    QCOMPARE(m_keychain->writes, writesBefore);
    QCOMPARE(entry(lab.id), before);

    // Kept for this session: it works from memory, and the keychain entry is still untouched.
    QVERIFY(wait([&](AccountManager::Done done) {
                m_accounts->keepForThisSession(lab.id, this, done);
            }).ok);
    std::unique_ptr<TokenSource> source;
    bool opened = false;
    m_accounts->open(lab.id, this, [&](std::unique_ptr<TokenSource> given, const AccountOutcome &) {
        source = std::move(given);
        opened = true;
    });
    QTRY_VERIFY(opened);
    QVERIFY(source);
    QCOMPARE(source->accessToken(), QStringLiteral("1000.pasted"));
    QCOMPARE(m_keychain->writes, writesBefore);
    QCOMPARE(entry(lab.id), before);

    // The keychain opens again and the account is renamed: the entry keeps the earlier sign-in
    // and the client secret, and this session's token stays out of it.
    m_keychain->failReads.reset();
    Account renamed = *m_store->find(lab.id);
    renamed.name = QStringLiteral("Lab renamed");
    const AccountOutcome saved = wait(
        [&](AccountManager::Done done) { m_accounts->save(renamed, QString(), this, done); });
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QCOMPARE(entry(lab.id), before);
    QVERIFY(m_accounts->isSessionOnly(lab.id));
    QCOMPARE(revokesAt(*m_server), 0);
    QVERIFY(stillRenews(*m_server, before.refreshToken));
}

void TestAccountManager::signingOutASessionSignInEndsTheKeychains()
{
    const Account lab = signedInForThisSessionOverTheKeychain();
    m_keychain->failReads.reset();
    const Secrets before = entry(lab.id);
    QVERIFY(!before.refreshToken.isEmpty());

    const AccountOutcome outcome
        = wait([&](AccountManager::Done done) { m_accounts->signOut(lab.id, this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.grantMayBeActive, QString());
    QVERIFY(!m_accounts->isSessionOnly(lab.id));
    // Both sign-ins end at the accounts server: this session's and the one the keychain kept.
    QTRY_COMPARE(revokesAt(*m_server), 2);
    QVERIFY(!stillRenews(*m_server, before.refreshToken));
    QCOMPARE(entry(lab.id).refreshToken, QString());
    QCOMPARE(entry(lab.id).clientSecret, clientSecret);
}

void TestAccountManager::signingOutASessionSignInWhileLockedWarns()
{
    const Account lab = signedInForThisSessionOverTheKeychain();
    const Secrets before = entry(lab.id);
    const int writesBefore = m_keychain->writes;

    // This session's sign-in ends; what the keychain holds is not known, so it is left alone and
    // the admin is told where to end it.
    const AccountOutcome outcome
        = wait([&](AccountManager::Done done) { m_accounts->signOut(lab.id, this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(!m_accounts->isSessionOnly(lab.id));
    QVERIFY2(outcome.grantMayBeActive.contains(QStringLiteral("The keychain is locked")),
             qPrintable(outcome.grantMayBeActive));
    QVERIFY(outcome.grantMayBeActive.contains(QStringLiteral("Connected Apps")));
    QTRY_COMPARE(revokesAt(*m_server), 1);
    QCOMPARE(m_keychain->writes, writesBefore);
    QCOMPARE(m_keychain->removes, 0);
    QCOMPARE(entry(lab.id), before);
}

void TestAccountManager::newSignInEndsTheSessionsAndTheKeychains()
{
    const Account lab = signedInForThisSessionOverTheKeychain();
    m_keychain->failReads.reset();
    const Secrets before = entry(lab.id);

    const AccountOutcome outcome = signInWithNewCode(lab);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(!m_accounts->isSessionOnly(lab.id));
    const Secrets after = entry(lab.id);
    QVERIFY(!after.refreshToken.isEmpty());
    QVERIFY(after.refreshToken != before.refreshToken);
    QCOMPARE(after.clientSecret, clientSecret);
    QVERIFY(stillRenews(*m_server, after.refreshToken));
    // Both sign-ins it replaces are revoked: this session's and the keychain's.
    QTRY_COMPARE(revokesAt(*m_server), 2);
    QVERIFY(!stillRenews(*m_server, before.refreshToken));
}

void TestAccountManager::renamingKeepsTheSignIn()
{
    const Account lab = signedInAccount();
    const Secrets before = entry(lab.id);
    Account renamed = lab;
    renamed.name = QStringLiteral("Lab renamed");
    const AccountOutcome outcome = wait(
        [&](AccountManager::Done done) { m_accounts->save(renamed, QString(), this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.message, QStringLiteral("Account \"Lab renamed\" is saved."));
    QCOMPARE(m_store->find(lab.id)->credential, Account::Credential::RefreshToken);
    QCOMPARE(entry(lab.id), before);
    QCOMPARE(revokesAt(*m_server), 0);
}

void TestAccountManager::changedServersSignOut_data()
{
    QTest::addColumn<bool>("apiMoves");
    QTest::addColumn<bool>("accountsServerMoves");
    QTest::newRow("API URL") << true << false;
    QTest::newRow("accounts server") << false << true;
    QTest::newRow("both") << true << true;
}

void TestAccountManager::changedServersSignOut()
{
    QFETCH(bool, apiMoves);
    QFETCH(bool, accountsServerMoves);
    const Account lab = signedInAccount();
    const Secrets before = entry(lab.id);
    const auto elsewhere = startEmulator({}, QString());

    Account moved = lab;
    if (apiMoves)
        moved.apiBaseUrl = elsewhere->apiBaseUrl();
    if (accountsServerMoves)
        moved.accountsServer = elsewhere->origin();
    const AccountOutcome outcome
        = wait([&](AccountManager::Done done) { m_accounts->save(moved, QString(), this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("signed out")), qPrintable(outcome.message));
    QCOMPARE(m_store->find(lab.id)->credential, Account::Credential::None);
    QCOMPARE(m_store->find(lab.id)->apiBaseUrl, moved.apiBaseUrl);
    // The tokens are gone from the entry; the client secret stays for the next sign-in.
    QCOMPARE(entry(lab.id).refreshToken, QString());
    QCOMPARE(entry(lab.id).renewed, RenewedToken());
    QCOMPARE(entry(lab.id).clientSecret, clientSecret);
    // Revoked where it was made; the new host got nothing, least of all the refresh token.
    QTRY_COMPARE(revokesAt(*m_server), 1);
    QVERIFY(!stillRenews(*m_server, before.refreshToken));
    QVERIFY(elsewhere->receivedRequests().isEmpty());
    // Opening it now asks for a sign-in instead of using what was kept.
    const QString refusal = refusalToOpen(*m_accounts, lab.id);
    QVERIFY2(refusal.contains(QStringLiteral("not signed in")), qPrintable(refusal));
}

void TestAccountManager::adoptingZohosAccountsServerStaysSignedIn()
{
    const Account lab = signedInAccount();
    const Secrets before = entry(lab.id);
    // The browser sign-in came back from the data center Zoho named, and got its grant there.
    const auto named = startEmulator({}, QString());
    const std::optional<TokenGrant> grant = grantFrom(*named);
    const qsizetype requestsAtNamed = named->receivedRequests().size();

    const AccountOutcome outcome = wait([&](AccountManager::Done done) {
        m_accounts->signInWithGrant(lab, clientSecret, *grant, named->origin(), this, done);
    });
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(m_store->find(lab.id)->credential, Account::Credential::RefreshToken);
    QCOMPARE(m_store->find(lab.id)->accountsServer, named->origin());
    QCOMPARE(entry(lab.id).refreshToken, grant->refreshToken);
    // The sign-in it replaced is revoked where it was made, never sent to the new server.
    QTRY_COMPARE(revokesAt(*m_server), 1);
    QVERIFY(!stillRenews(*m_server, before.refreshToken));
    QCOMPARE(named->receivedRequests().size(), requestsAtNamed);
    QVERIFY(stillRenews(*named, grant->refreshToken));
}

void TestAccountManager::aGrantTheAdministratorRefusesIsRevoked()
{
    applyPolicy(m_home.filePath(QStringLiteral("refused")), labManagedOn(*m_server));
    const auto noPolicy = qScopeGuard([] { Policy::makeCurrent(Policy()); });
    AccountStore store;
    AccountManager accounts(&store, m_keychain.get(), *m_clock);
    const Account lab = store.accounts().constFirst();

    // The browser sign-in came back from another accounts server than the policy's: the grant
    // it got there is not kept, and is revoked there.
    const auto named = startEmulator({}, QString());
    const TokenGrant elsewhere = grantFrom(*named);
    const AccountOutcome refused = wait([&](AccountManager::Done done) {
        accounts.signInWithGrant(lab, clientSecret, elsewhere, named->origin(), this, done);
    });
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("set up by your administrator")),
             qPrintable(refused.message));
    QVERIFY(refused.message.contains(QStringLiteral("revoked")));
    QTRY_COMPARE(revokesAt(*named), 1);
    QVERIFY(!stillRenews(*named, elsewhere.refreshToken));
    QCOMPARE(entry(lab.id), Secrets());
    QCOMPARE(store.find(lab.id)->credential, Account::Credential::None);

    // The policy's own accounts server, named with a trailing slash, is no change.
    const TokenGrant here = grantFrom(*m_server);
    const AccountOutcome signedIn = wait([&](AccountManager::Done done) {
        accounts.signInWithGrant(lab, clientSecret, here,
                                 QUrl(m_server->origin().toString() + QLatin1Char('/')), this,
                                 done);
    });
    QVERIFY2(signedIn.ok, qPrintable(signedIn.message));
    QCOMPARE(store.find(lab.id)->credential, Account::Credential::RefreshToken);
    QCOMPARE(entry(lab.id).refreshToken, here.refreshToken);
    QCOMPARE(revokesAt(*m_server), 0);
}

void TestAccountManager::aPolicyMovingAnAccountSignsItOutWhereItWasMade()
{
    const QString policyDir = m_home.filePath(QStringLiteral("moved"));
    applyPolicy(policyDir, labManagedOn(*m_server));
    const auto noPolicy = qScopeGuard([] { Policy::makeCurrent(Policy()); });
    Account lab;
    {
        AccountStore store;
        AccountManager accounts(&store, m_keychain.get(), *m_clock);
        lab = store.accounts().constFirst();
        QVERIFY(signInWithCode(accounts, lab, *m_server, QStringLiteral("id360.job.READ"), this));
    }
    const Secrets before = entry(lab.id);
    QVERIFY(!before.refreshToken.isEmpty());
    // The server refused that sign-in a delete: that is its own, not the next sign-in's.
    Settings::setDeleteRefused(lab.id);

    // The administrator moves the account to another accounts server; the app starts again.
    const auto moved = startEmulator({}, QString());
    applyPolicy(policyDir, labManagedOn(*m_server, moved->origin()));
    AccountStore store;
    AccountManager accounts(&store, m_keychain.get(), *m_clock);
    QCOMPARE(store.find(lab.id)->credential, Account::Credential::None);
    QCOMPARE(store.find(lab.id)->accountsServer, moved->origin());

    // Revoked at the accounts server it was made with; the tokens are gone from the entry, the
    // client secret (the same client's) stays.
    QTRY_COMPARE(revokesAt(*m_server), 1);
    QVERIFY(!stillRenews(*m_server, before.refreshToken));
    QTRY_COMPARE(entry(lab.id).refreshToken, QString());
    QCOMPARE(entry(lab.id).renewed, RenewedToken());
    QCOMPARE(entry(lab.id).clientSecret, clientSecret);
    QVERIFY(!Settings::signInScopes(lab.id).deleteRefused);
    // The account shows "not signed in", for good.
    const QString refusal = refusalToOpen(accounts, lab.id);
    QVERIFY2(refusal.contains(QStringLiteral("not signed in")), qPrintable(refusal));
    QCOMPARE(AccountStore().find(lab.id)->credential, Account::Credential::None);
    QVERIFY(AccountStore().outdatedSignIns().isEmpty());
    // Nothing reached the new host, least of all the refresh token.
    QVERIFY(moved->receivedRequests().isEmpty());
}

void TestAccountManager::handEditedHttpUrlIsRefused()
{
    const Account lab = signedInAccount();
    // Someone edits the settings file: the accounts server becomes plain http on the network.
    {
        QSettings settings;
        const int count = settings.beginReadArray(QStringLiteral("accounts"));
        QCOMPARE(count, 1);
        settings.endArray();
        settings.setValue(QStringLiteral("accounts/1/accountsServer"),
                          QStringLiteral("http://accounts.example.com"));
    }
    AccountStore reread;
    AccountManager accounts(&reread, m_keychain.get());
    QCOMPARE(reread.find(lab.id)->accountsServer.scheme(), QStringLiteral("http"));

    const QString refusal = refusalToOpen(accounts, lab.id);
    QVERIFY2(refusal.contains(QStringLiteral("Account \"Lab\" cannot be used")),
             qPrintable(refusal));
    QVERIFY(refusal.contains(QStringLiteral("https://")));

    // Nor is its client secret handed to a sign-in.
    std::optional<AccountOutcome> refused;
    bool answered = false;
    accounts.readClientSecret(
        lab.id, this, [&](const QString &secret, const std::optional<AccountOutcome> &failure) {
            QVERIFY(secret.isEmpty());
            refused = failure;
            answered = true;
        });
    QTRY_VERIFY(answered);
    QVERIFY(refused);
    QVERIFY(refused->message.contains(QStringLiteral("cannot be used")));

    // Signing out forgets the sign-in here and says it could not be revoked, and where to.
    const AccountOutcome signedOut
        = wait([&](AccountManager::Done done) { accounts.signOut(lab.id, this, done); });
    QVERIFY2(signedOut.ok, qPrintable(signedOut.message));
    QVERIFY(signedOut.grantMayBeActive.contains(QStringLiteral("Connected Apps")));
    QCOMPARE(entry(lab.id).refreshToken, QString());
    QCOMPARE(entry(lab.id).renewed, RenewedToken());
    QCOMPARE(revokesAt(*m_server), 0);
}

void TestAccountManager::correctingAHandEditedUrlSendsNothingToIt()
{
    const Account lab = signedInAccount();
    {
        QSettings settings;
        settings.setValue(QStringLiteral("accounts/1/accountsServer"),
                          QStringLiteral("http://accounts.example.com"));
    }
    AccountStore reread;
    AccountManager accounts(&reread, m_keychain.get());
    // Whatever the app sends to that host goes through this proxy: it counts the connections.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    int reached = 0;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = proxy.nextPendingConnection()) {
            ++reached;
            socket->deleteLater();
        }
    });
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));

    // The admin corrects the URL: the sign-in made with the wrong one ends, and its refresh token
    // goes nowhere — least of all to the plain-http host.
    Account corrected = *reread.find(lab.id);
    corrected.accountsServer = m_server->origin();
    const AccountOutcome outcome
        = wait([&](AccountManager::Done done) { accounts.save(corrected, QString(), this, done); });
    QTest::qWait(200);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(reread.find(lab.id)->credential, Account::Credential::None);
    QCOMPARE(entry(lab.id).refreshToken, QString());
    QCOMPARE(reached, 0);
}

void TestAccountManager::newSessionSignInEndsTheSessionOneBefore()
{
    const Account lab = signedInForThisSessionOverTheKeychain();
    const Secrets before = entry(lab.id);

    // Still locked: the next sign-in is kept for this session too, in place of the first.
    const AccountOutcome held = signInWithNewCode(lab);
    QVERIFY(held.canKeepForSession);
    QVERIFY(wait([&](AccountManager::Done done) {
                m_accounts->keepForThisSession(lab.id, this, done);
            }).ok);
    // The first session sign-in is revoked; the keychain's is not known here and stays.
    QTRY_COMPARE(revokesAt(*m_server), 1);
    QVERIFY(stillRenews(*m_server, before.refreshToken));
    QCOMPARE(entry(lab.id), before);
}

// A pasted token's times (kept for the warning before it runs out) go with the account: the
// settings keep nothing of an account that is gone.
void TestAccountManager::aRemovedAccountLeavesNoTokenTimes()
{
    const Account lab = accountOn(QStringLiteral("Lab"), *m_server);
    QVERIFY(wait([&](AccountManager::Done done) {
                m_accounts->signInWithAccessToken(lab, QStringLiteral("1000.pasted"), this, done);
            }).ok);
    QVERIFY(Settings::pastedToken(lab.id).pastedAt.isValid());
    QVERIFY(wait([&](AccountManager::Done done) { m_accounts->remove(lab.id, this, done); }).ok);
    QVERIFY(!Settings::pastedToken(lab.id).pastedAt.isValid());
    const QStringList left = QSettings().allKeys();
    QVERIFY2(std::none_of(left.cbegin(), left.cend(),
                          [&lab](const QString &key) { return key.contains(lab.id); }),
             qPrintable(left.join(QLatin1Char(' '))));
}

// A sign-in keeps its first access token in the entry: another process (a command-line run)
// opening the account calls with it and renews nothing.
void TestAccountManager::signInTokenServesTheNextRun()
{
    const Account lab = signedInAccount();
    QCOMPARE(tokenRequestsAt(*m_server), 1);
    const Secrets kept = entry(lab.id);
    QVERIFY(!kept.renewed.token.isEmpty());
    QCOMPARE(kept.renewed.expires, m_clock->now().addSecs(tokenLifetime));

    AccountStore otherStore;
    AccountManager other(&otherStore, m_keychain.get(), *m_clock);
    const std::unique_ptr<TokenSource> source = open(other, lab.id);
    QVERIFY(source);
    QCOMPARE(source->accessToken(), kept.renewed.token);
    const std::optional<RequestError> error = callApi(*source);
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QCOMPARE(apiStatuses(), QList<int>({ 200 }));
    QCOMPARE(tokenRequestsAt(*m_server), 1);
}

// Two processes over one keychain: the window open all along, and a command-line run. The run
// renews the token that ran out; the window then takes that one instead of renewing its own, and
// so does the next run.
void TestAccountManager::aRenewalIsSeenByTheOthers()
{
    const Account lab = signedInAccount();
    const std::unique_ptr<TokenSource> window = open(*m_accounts, lab.id);
    AccountStore runStore;
    AccountManager run(&runStore, m_keychain.get(), *m_clock);
    const std::unique_ptr<TokenSource> runSource = open(run, lab.id);
    QVERIFY(window && runSource);
    m_clock->advance(std::chrono::seconds(tokenLifetime + 60));

    QVERIFY(!callApi(*runSource));
    QCOMPARE(tokenRequestsAt(*m_server), 2);
    const Secrets kept = entry(lab.id);
    QCOMPARE(kept.renewed.token, runSource->accessToken());
    QCOMPARE(kept.renewed.expires, m_clock->now().addSecs(tokenLifetime));

    QVERIFY(!callApi(*window));
    QCOMPARE(window->accessToken(), kept.renewed.token);
    AccountStore nextStore;
    AccountManager next(&nextStore, m_keychain.get(), *m_clock);
    const std::unique_ptr<TokenSource> nextSource = open(next, lab.id);
    QVERIFY(nextSource);
    QVERIFY(!callApi(*nextSource));
    QCOMPARE(apiStatuses(), QList<int>({ 200, 200, 200 }));
    QCOMPARE(tokenRequestsAt(*m_server), 2);
}

void TestAccountManager::expiredKeptTokenIsRenewedOnceAndKept()
{
    const Account lab = signedInAccount();
    const Secrets signedIn = entry(lab.id);
    // The token the sign-in kept has run out since.
    m_clock->advance(std::chrono::seconds(tokenLifetime + 60));

    const std::unique_ptr<TokenSource> source = open(*m_accounts, lab.id);
    QVERIFY(source);
    QVERIFY(!callApi(*source));
    QVERIFY(!callApi(*source));
    QCOMPARE(apiStatuses(), QList<int>({ 200, 200 }));
    QCOMPARE(tokenRequestsAt(*m_server), 2);
    // The entry holds the new token and when it runs out, beside the sign-in it had.
    const Secrets kept = entry(lab.id);
    QVERIFY(kept.renewed.token != signedIn.renewed.token);
    QCOMPARE(kept.renewed.token, source->accessToken());
    QCOMPARE(kept.renewed.expires, m_clock->now().addSecs(tokenLifetime));
    QCOMPARE(kept.refreshToken, signedIn.refreshToken);
    QCOMPARE(kept.clientSecret, clientSecret);
}

// The server refuses the kept token though it has time left (revoked at Zoho, say): one renewal,
// and the refused token is not taken from the entry again.
void TestAccountManager::refusedKeptTokenIsRenewedOnceNotTakenAgain()
{
    const Account lab = signedInAccount();
    Secrets refused = entry(lab.id);
    refused.renewed.token = QStringLiteral("1000.revoked");
    putEntry(lab.id, refused);

    const std::unique_ptr<TokenSource> source = open(*m_accounts, lab.id);
    QVERIFY(source);
    const std::optional<RequestError> error = callApi(*source);
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QCOMPARE(apiStatuses(), QList<int>({ 401, 200 }));
    QCOMPARE(tokenRequestsAt(*m_server), 2);
    QVERIFY(source->accessToken() != refused.renewed.token);
    QCOMPARE(entry(lab.id).renewed.token, source->accessToken());
}

// Another process signs in anew while this one renews with the sign-in before (whose revoke has
// not reached Zoho yet): the renewal works from memory and leaves the new sign-in as it is.
void TestAccountManager::olderRenewalLeavesANewerSignIn()
{
    const Account lab = signedInAccount();
    const std::unique_ptr<TokenSource> source = open(*m_accounts, lab.id);
    QVERIFY(source);
    m_clock->advance(std::chrono::seconds(tokenLifetime + 60));
    Secrets newer = entry(lab.id);
    newer.refreshToken = QStringLiteral("1000.signed-in-elsewhere");
    newer.renewed = { QStringLiteral("1000.theirs"), m_clock->now().addSecs(tokenLifetime) };
    putEntry(lab.id, newer);

    QVERIFY(!callApi(*source));
    QCOMPARE(tokenRequestsAt(*m_server), 2);
    QVERIFY(source->accessToken() != newer.renewed.token);
    QCOMPARE(entry(lab.id), newer);
}

void TestAccountManager::sessionOnlyRenewalsStayOutOfTheKeychain()
{
    const Account lab = signedInForThisSessionOverTheKeychain();
    m_keychain->failReads.reset();
    const Secrets before = entry(lab.id);
    const int writesBefore = m_keychain->writes;
    const int signInRequests = tokenRequestsAt(*m_server);

    // The session's sign-in serves with its own first token, then renews once.
    std::unique_ptr<TokenSource> source = open(*m_accounts, lab.id);
    QVERIFY(source);
    QVERIFY(!callApi(*source));
    QCOMPARE(tokenRequestsAt(*m_server), signInRequests);
    m_clock->advance(std::chrono::seconds(tokenLifetime + 60));
    QVERIFY(!callApi(*source));
    QCOMPARE(tokenRequestsAt(*m_server), signInRequests + 1);
    // Opened again, it starts from that renewal, kept in memory.
    const QString renewed = source->accessToken();
    source = open(*m_accounts, lab.id);
    QVERIFY(source);
    QCOMPARE(source->accessToken(), renewed);
    QVERIFY(!callApi(*source));
    QCOMPARE(tokenRequestsAt(*m_server), signInRequests + 1);
    QCOMPARE(apiStatuses(), QList<int>({ 200, 200, 200 }));
    QCOMPARE(m_keychain->writes, writesBefore);
    QCOMPARE(entry(lab.id), before);
}

// A keychain that cannot be read or written does not stop a renewal: the token lives in memory.
void TestAccountManager::unusableKeychainStillRenews()
{
    const Account lab = signedInAccount();
    const Secrets before = entry(lab.id);
    const std::unique_ptr<TokenSource> source = open(*m_accounts, lab.id);
    QVERIFY(source);
    m_keychain->failAll = StandInKeychain::missing();
    m_clock->advance(std::chrono::seconds(tokenLifetime + 60));

    QVERIFY(!callApi(*source));
    QVERIFY(!callApi(*source));
    QCOMPARE(apiStatuses(), QList<int>({ 200, 200 }));
    QCOMPARE(tokenRequestsAt(*m_server), 2);
    QCOMPARE(entry(lab.id), before);
}

// An entry as the version before wrote it holds no access token of its own: the account opens
// and renews once, and the entry then keeps the token.
void TestAccountManager::entryOfTheVersionBeforeStillOpens()
{
    const Account lab = signedInAccount();
    const Secrets signedIn = entry(lab.id);
    const std::optional<Secrets> older
        = Secrets::fromJson(QStringLiteral(R"({"refresh_token":"%1","client_secret":"%2"})")
                                .arg(signedIn.refreshToken, signedIn.clientSecret)
                                .toUtf8());
    QVERIFY(older);
    putEntry(lab.id, *older);

    const std::unique_ptr<TokenSource> source = open(*m_accounts, lab.id);
    QVERIFY(source);
    QVERIFY(!callApi(*source));
    QCOMPARE(apiStatuses(), QList<int>({ 200 }));
    QCOMPARE(tokenRequestsAt(*m_server), 2);
    QCOMPARE(entry(lab.id).renewed.token, source->accessToken());
    QCOMPARE(entry(lab.id).refreshToken, signedIn.refreshToken);
}

// Tokens, kept or renewed, go to the keychain only: no file under HOME (settings, data, cache)
// and no log line holds one.
void TestAccountManager::tokensStayOutOfFilesAndLogs()
{
    logged().clear();
    const Account lab = signedInAccount();
    const Secrets signedIn = entry(lab.id);
    const std::unique_ptr<TokenSource> source = open(*m_accounts, lab.id);
    QVERIFY(source);
    m_clock->advance(std::chrono::seconds(tokenLifetime + 60));
    QVERIFY(!callApi(*source));
    const Secrets renewed = entry(lab.id);
    QVERIFY(renewed.renewed.token != signedIn.renewed.token);
    QVERIFY(logged().join(QLatin1Char('\n')).contains(QStringLiteral("access token renewed")));

    QStringList files;
    for (QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        files.append(QString::fromUtf8(file.readAll()));
    }
    QVERIFY2(!files.isEmpty(), "the settings were never written");
    for (const QString &secret : { signedIn.renewed.token, renewed.renewed.token,
                                   renewed.refreshToken, renewed.clientSecret }) {
        QVERIFY(!secret.isEmpty());
        for (const QString &text : std::as_const(files))
            QVERIFY(!text.contains(secret));
        for (const QString &line : std::as_const(logged()))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
