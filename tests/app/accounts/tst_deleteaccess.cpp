#include "accounts/accountmanager.h"
#include "accounts/deleteaccess.h"
#include "api/tokensource.h"
#include "fixtures/accountfixture.h"
#include "fixtures/emulatorfixture.h"
#include "jobgenerator.h"
#include "sync/jobsync.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(DeleteAccess::ReadOnlyBy)

namespace {

const QString readOnly = QStringLiteral("id360.job.READ");
const QString readAndDelete = QStringLiteral("id360.job.READ,id360.job.DELETE");

} // namespace

// Whether an account may delete, from its three sources: the scopes configured, the scopes its
// token answer named, and a delete the server refused — against the emulator's accounts server
// and Jobs API.
class TestDeleteAccess final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void configuredScopesDecide_data();
    void configuredScopesDecide();
    void grantedScopesDecideWhereTheAnswerNamesThem_data();
    void grantedScopesDecideWhereTheAnswerNamesThem();
    void aRefusedDeleteIsLearnedUntilTheNextSignIn();
    void onlyARefusalForLackOfScopeIsLearned();

private:
    // Signs `account` in with a Self Client code for `scopes`, as `account add` does.
    bool signIn(const Account &account, const QString &scopes);
    // What the store holds for `account` now.
    DeleteAccess accessOf(const Account &account) const;
    // One delete of `id` through a sync of `account`, as the window sends it; its error.
    std::optional<RequestError> deleteThroughSync(const Account &account, const QString &id);

    QTemporaryDir m_settings;
    const QList<Job> m_jobs = JobGenerator::generate(10, 1, QDateTime::currentDateTimeUtc());
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<AccountManager> m_accounts;
};

void TestDeleteAccess::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestDeleteAccess::init()
{
    QSettings().clear();
    m_server = startEmulator(m_jobs, QString());
    m_store = std::make_unique<AccountStore>();
    m_secrets = std::make_unique<SessionSecretStore>();
    m_accounts = std::make_unique<AccountManager>(m_store.get(), m_secrets.get());
}

bool TestDeleteAccess::signIn(const Account &account, const QString &scopes)
{
    return signInWithCode(*m_accounts, account, *m_server, scopes, this);
}

DeleteAccess TestDeleteAccess::accessOf(const Account &account) const
{
    return DeleteAccess::of(m_store.get(), account.id);
}

std::optional<RequestError> TestDeleteAccess::deleteThroughSync(const Account &account,
                                                                const QString &id)
{
    std::unique_ptr<TokenSource> source;
    bool opened = false;
    m_accounts->open(account.id, this,
                     [&](std::unique_ptr<TokenSource> given, const AccountOutcome &) {
                         source = std::move(given);
                         opened = true;
                     });
    if (!QTest::qWaitFor([&opened] { return opened; }, 10000) || !source)
        qFatal("the account could not be opened");
    JobSync sync(account.id);
    sync.client()->setBaseUrl(account.apiBaseUrl);
    sync.client()->setTokenSource(source.get());
    std::optional<std::optional<RequestError>> answer;
    connect(
        &sync, &JobSync::deleteFinished, this,
        [&answer](const QString &, const std::optional<RequestError> &error) { answer = error; });
    sync.deleteJob(id);
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        qFatal("the delete was not answered");
    return *answer;
}

void TestDeleteAccess::configuredScopesDecide_data()
{
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("read") << readOnly << false;
    QTest::newRow("read and delete") << readAndDelete << true;
    QTest::newRow("all, spaced, any case")
        << QStringLiteral("id360.job.read  ID360.JOB.all") << true;
    QTest::newRow("a scope that only looks like it")
        << QStringLiteral("id360.job.READ,id360.job.DELETED") << false;
}

void TestDeleteAccess::configuredScopesDecide()
{
    QFETCH(QString, scopes);
    QFETCH(bool, allowed);
    Account account = accountOn(QStringLiteral("Lab"), *m_server);
    account.scopes = scopes;
    const DeleteAccess access = DeleteAccess::of(account);
    QCOMPARE(access.allowed(), allowed);
    if (allowed) {
        QVERIFY(access.reason().isEmpty());
        QVERIFY(access.label().isEmpty());
    } else {
        QCOMPARE(access.readOnlyBy(), DeleteAccess::ReadOnlyBy::ConfiguredScopes);
        QCOMPARE(access.reason(),
                 QStringLiteral("This sign-in may only read jobs: its scopes, %1, have neither "
                                "id360.job.DELETE nor id360.job.ALL.")
                     .arg(scopes));
        QCOMPARE(access.label(), QStringLiteral("read-only"));
    }
}

void TestDeleteAccess::grantedScopesDecideWhereTheAnswerNamesThem_data()
{
    QTest::addColumn<bool>("answerNamesScope");
    QTest::addColumn<QString>("granted");
    QTest::addColumn<DeleteAccess::ReadOnlyBy>("readOnlyBy");
    QTest::newRow("named: read") << true << readOnly << DeleteAccess::ReadOnlyBy::GrantedScopes;
    QTest::newRow("named: read and delete")
        << true << readAndDelete << DeleteAccess::ReadOnlyBy::Nothing;
    QTest::newRow("named: all") << true << QStringLiteral("id360.job.ALL")
                                << DeleteAccess::ReadOnlyBy::Nothing;
    // Not known until the server refuses a delete.
    QTest::newRow("silent: read") << false << readOnly << DeleteAccess::ReadOnlyBy::Nothing;
}

void TestDeleteAccess::grantedScopesDecideWhereTheAnswerNamesThem()
{
    QFETCH(bool, answerNamesScope);
    QFETCH(QString, granted);
    QFETCH(DeleteAccess::ReadOnlyBy, readOnlyBy);
    EmulatorServer::Options options;
    options.oauth.answerNamesScope = answerNamesScope;
    m_server = startEmulator({}, QString(), options);
    // Configured to delete, as an admin leaves the default scopes.
    const Account account = accountOn(QStringLiteral("Lab"), *m_server);
    QCOMPARE(account.scopes, readAndDelete);
    QVERIFY(signIn(account, granted));
    QCOMPARE(accessOf(account).readOnlyBy(), readOnlyBy);
    if (readOnlyBy == DeleteAccess::ReadOnlyBy::GrantedScopes)
        QCOMPARE(accessOf(account).reason(),
                 QStringLiteral("This sign-in may only read jobs: the accounts server granted it "
                                "only id360.job.READ."));
}

void TestDeleteAccess::aRefusedDeleteIsLearnedUntilTheNextSignIn()
{
    const Account account = accountOn(QStringLiteral("Lab"), *m_server);
    QVERIFY(signIn(account, readOnly));
    QVERIFY(accessOf(account).allowed());

    const QString id = m_jobs.constFirst().id;
    const std::optional<RequestError> refused = deleteThroughSync(account, id);
    QVERIFY(refused);
    QCOMPARE(refused->kind, RequestError::Kind::Forbidden);
    QCOMPARE(refused->server.code, QStringLiteral("00000106"));
    QVERIFY(m_server->store().get(id));
    QCOMPARE(accessOf(account).readOnlyBy(), DeleteAccess::ReadOnlyBy::ServerRefusal);
    QCOMPARE(accessOf(account).reason(),
             QStringLiteral("This sign-in may only read jobs: Identity360 refused it a delete for "
                            "lack of the id360.job.DELETE scope. Sign in again with that scope to "
                            "delete."));
    // Remembered in the settings: another process (the command line) reads the same.
    const std::optional<Account> storedElsewhere = AccountStore().find(account.id);
    QVERIFY(storedElsewhere);
    QCOMPARE(DeleteAccess::of(*storedElsewhere).readOnlyBy(),
             DeleteAccess::ReadOnlyBy::ServerRefusal);

    // A new sign-in, with the scope this time, forgets it.
    QVERIFY(signIn(*m_store->find(account.id), readAndDelete));
    QVERIFY(accessOf(account).allowed());
    QCOMPARE(deleteThroughSync(account, id), std::nullopt);
    QVERIFY(!m_server->store().get(id));
}

void TestDeleteAccess::onlyARefusalForLackOfScopeIsLearned()
{
    const Account account = accountOn(QStringLiteral("Lab"), *m_server);
    QVERIFY(signIn(account, readAndDelete));
    RequestError other = RequestError::of(RequestError::Kind::Forbidden, QString());
    other.server.code = QStringLiteral("00000101");
    QVERIFY(!DeleteAccess::learnFrom(account.id, other));
    QVERIFY(!DeleteAccess::learnFrom(account.id, RequestError::of(RequestError::Kind::Server, {})));
    QVERIFY(accessOf(account).allowed());
    other.server.code = QStringLiteral("00000106");
    // A sync without an account (the demo, --server) has nobody to remember it for.
    QVERIFY(!DeleteAccess::learnFrom(QString(), other));
    QVERIFY(accessOf(account).allowed());
    QVERIFY(DeleteAccess::learnFrom(account.id, other));
    QVERIFY(!accessOf(account).allowed());
}

QTEST_GUILESS_MAIN(TestDeleteAccess)
#include "tst_deleteaccess.moc"
