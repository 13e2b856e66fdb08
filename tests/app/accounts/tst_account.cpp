#include "accounts/account.h"
#include "accounts/accountstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAccount final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyDataCenterHasItsServers();
    void serverUrls_data();
    void serverUrls();
    void problemsAreSaid_data();
    void problemsAreSaid();
    void storeKeepsAccountsAcrossRestarts();
    void namesAreUnique();
    void changesKeepWhatAnotherProcessAdded();

private:
    QTemporaryDir m_settings;
};

void TestAccount::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestAccount::cleanup()
{
    QSettings().clear();
}

void TestAccount::everyDataCenterHasItsServers()
{
    const QStringList codes { QStringLiteral("US"), QStringLiteral("EU"), QStringLiteral("IN"),
                              QStringLiteral("AU"), QStringLiteral("JP"), QStringLiteral("CA"),
                              QStringLiteral("UK"), QStringLiteral("SA"), QStringLiteral("CN") };
    for (const QString &code : codes) {
        const std::optional<DataCenter> center = DataCenter::find(code.toLower());
        QVERIFY2(center, qPrintable(code));
        QCOMPARE(center->apiBaseUrl.scheme(), QStringLiteral("https"));
        QVERIFY(center->accountsServer.host().startsWith(QStringLiteral("accounts.zoho")));
    }
    QCOMPARE(DataCenter::find(QStringLiteral("EU"))->accountsServer,
             QUrl(QStringLiteral("https://accounts.zoho.eu")));
    QCOMPARE(DataCenter::find(QStringLiteral("CA"))->accountsServer,
             QUrl(QStringLiteral("https://accounts.zohocloud.ca")));
    QCOMPARE(DataCenter::find(QStringLiteral("US"))->apiBaseUrl,
             QUrl(QStringLiteral("https://id360.manageengine.com/api/v1")));
    QVERIFY(DataCenter::find(DataCenter::customCode()));
    QVERIFY(!DataCenter::find(QStringLiteral("MARS")));
}

void TestAccount::serverUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("https") << QStringLiteral("https://id360.manageengine.com/api/v1") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/api/v1") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/api/v1") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/api/v1") << true;
    QTest::newRow("http remote") << QStringLiteral("http://id360.manageengine.com/api/v1") << false;
    QTest::newRow("http private range") << QStringLiteral("http://192.168.1.5/api/v1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://id360.manageengine.com/") << false;
    QTest::newRow("no host") << QStringLiteral("https:///api/v1") << false;
}

void TestAccount::serverUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    QCOMPARE(isAcceptableServerUrl(QUrl(url)), acceptable);
}

void TestAccount::problemsAreSaid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QString() << QString() << QString();
    QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("  ")
                             << QStringLiteral("needs a name");
    QTest::newRow("plain http api")
        << QStringLiteral("api") << QStringLiteral("http://id360.example.com/api/v1")
        << QStringLiteral("API URL must be an https:// URL");
    QTest::newRow("plain http accounts")
        << QStringLiteral("accounts") << QStringLiteral("http://accounts.example.com")
        << QStringLiteral("accounts server must be an https:// URL");
    QTest::newRow("no client id") << QStringLiteral("client") << QString()
                                  << QStringLiteral("client id");
    QTest::newRow("no scope") << QStringLiteral("scopes") << QString()
                              << QStringLiteral("at least one scope");
}

void TestAccount::problemsAreSaid()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    Account account
        = Account::forDataCenter(QStringLiteral("Prod"), *DataCenter::find(QStringLiteral("EU")));
    account.clientId = QStringLiteral("1000.ABC");
    if (field == QLatin1String("name"))
        account.name = value;
    else if (field == QLatin1String("api"))
        account.apiBaseUrl = QUrl(value);
    else if (field == QLatin1String("accounts"))
        account.accountsServer = QUrl(value);
    else if (field == QLatin1String("client"))
        account.clientId = value;
    else if (field == QLatin1String("scopes"))
        account.scopes = value;
    QVERIFY2(problem.isEmpty() ? account.problem().isEmpty() : account.problem().contains(problem),
             qPrintable(account.problem()));
}

void TestAccount::storeKeepsAccountsAcrossRestarts()
{
    Account prod
        = Account::forDataCenter(QStringLiteral("Prod"), *DataCenter::find(QStringLiteral("EU")));
    prod.clientId = QStringLiteral("1000.PROD");
    prod.hasClientSecret = true;
    prod.credential = Account::Credential::RefreshToken;
    prod.redirectPort = 50123;
    Account lab = Account::forDataCenter(QStringLiteral("Lab"),
                                         *DataCenter::find(QStringLiteral("custom")));
    lab.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"));
    lab.accountsServer = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    lab.clientId = QStringLiteral("1000.LAB");
    lab.scopes = QStringLiteral("id360.job.READ");
    lab.credential = Account::Credential::AccessToken;
    {
        AccountStore store;
        QSignalSpy changed(&store, &AccountStore::accountsChanged);
        QCOMPARE(store.save(prod), QString());
        QCOMPARE(store.save(lab), QString());
        QCOMPARE(changed.size(), 2);
    }
    AccountStore again;
    QCOMPARE(again.accounts().size(), 2);
    const Account readProd = *again.find(QStringLiteral("prod"));
    QCOMPARE(readProd.id, prod.id);
    QCOMPARE(readProd.dataCenter, QStringLiteral("EU"));
    QCOMPARE(readProd.apiBaseUrl, prod.apiBaseUrl);
    QCOMPARE(readProd.accountsServer, prod.accountsServer);
    QCOMPARE(readProd.clientId, prod.clientId);
    QVERIFY(readProd.hasClientSecret);
    QCOMPARE(readProd.scopes, Account::defaultScopes());
    QCOMPARE(readProd.redirectPort, quint16(50123));
    QCOMPARE(readProd.credential, Account::Credential::RefreshToken);
    QCOMPARE(again.find(lab.id)->credential, Account::Credential::AccessToken);
    QCOMPARE(again.find(lab.id)->scopes, QStringLiteral("id360.job.READ"));

    again.remove(prod.id);
    QCOMPARE(AccountStore().accounts().size(), 1);
    QVERIFY(!AccountStore().find(QStringLiteral("Prod")));
}

void TestAccount::namesAreUnique()
{
    AccountStore store;
    Account first
        = Account::forDataCenter(QStringLiteral("Prod"), *DataCenter::find(QStringLiteral("US")));
    first.clientId = QStringLiteral("1000.A");
    QCOMPARE(store.save(first), QString());
    Account second
        = Account::forDataCenter(QStringLiteral("prod "), *DataCenter::find(QStringLiteral("US")));
    second.clientId = QStringLiteral("1000.B");
    QCOMPARE(store.save(second), QStringLiteral("An account named \"Prod\" exists already."));
    QCOMPARE(store.accounts().size(), 1);
    // Renaming itself is fine.
    first.name = QStringLiteral("Production");
    QCOMPARE(store.save(first), QString());
    QCOMPARE(store.accounts().constFirst().name, QStringLiteral("Production"));
    // A problem saves nothing.
    first.clientId.clear();
    QVERIFY(!store.save(first).isEmpty());
    QCOMPARE(AccountStore().accounts().constFirst().clientId, QStringLiteral("1000.A"));
}

void TestAccount::changesKeepWhatAnotherProcessAdded()
{
    const auto account = [](const char *name) {
        Account made = Account::forDataCenter(QString::fromLatin1(name),
                                              *DataCenter::find(QStringLiteral("US")));
        made.clientId = QStringLiteral("1000.A");
        return made;
    };
    AccountStore window;
    QCOMPARE(window.save(account("First")), QString());
    // `id360-jobmon account add` while the window runs.
    QCOMPARE(AccountStore().save(account("From a script")), QString());
    QCOMPARE(window.save(account("Second")), QString());
    QCOMPARE(AccountStore().accounts().size(), 3);
    QVERIFY(window.find(QStringLiteral("From a script")));
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
