#include "accounts/accountstore.h"
#include "accounts/deleteaccess.h"
#include "fixtures/policyfile.h"
#include "platform/autostart.h"
#include "platform/policy.h"
#include "platform/settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// The complete example of docs/ADMIN.md.
const QByteArray everyKey = R"([General]
minimumActivePollSeconds=10
minimumIdlePollSeconds=120
minimumFullListMinutes=30
allowDeleting=false
alwaysNotifyFailures=true
allowSessionOnlySignIn=false
startAtLogin=true

[Account Contoso Production]
dataCenter=EU
clientId=1000.CONTOSO
scopes=id360.job.READ,id360.job.DELETE

[Account Lab]
dataCenter=custom
apiUrl=https://id360.lab.example.com/api/v1
accountsServer=https://accounts.lab.example.com
clientId=1000.LAB
scopes=id360.job.READ
redirectPort=47200
)";

} // namespace

// The administrator's policy file: where it is looked for, what every key does, and that what
// cannot be obeyed is reported and ignored key by key — then what it does to the settings, the
// accounts and deleting.
class TestPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noFileIsNoPolicy();
    void firstConfigDirWithAFileWins();
    void withoutConfigDirsEtcXdgIsRead();
    void everyKeyIsRead();
    void badValuesAreReportedAndIgnored_data();
    void badValuesAreReportedAndIgnored();
    void secretsAreRefusedWithoutSayingThem();
    void unknownKeysAndGroupsAreReported();
    void anAccountThatCannotBeUsedIsReportedAndIgnored_data();
    void anAccountThatCannotBeUsedIsReportedAndIgnored();
    void aFileThatCannotBeReadIsReported();
    void aBadLineCostsThatLineOnly_data();
    void aBadLineCostsThatLineOnly();
    void pollIntervalsNeverGoBelowThePolicy();
    void deletingTurnedOffLeavesEveryAccountReadOnly();
    void managedAccountsJoinTheStoreLocked();
    void aManagedAccountDroppedKeepsItsSignIn();
    void theUsersAccountNamedAsTheAdministratorsIsRenamed();
    void startAtLoginIsSwitchedAsThePolicySays();

private:
    QTemporaryDir m_dir;
};

void TestPolicy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPolicy::init()
{
    QSettings().clear();
    Policy::makeCurrent(Policy());
}

void TestPolicy::cleanup()
{
    Policy::makeCurrent(Policy());
    qunsetenv("XDG_CONFIG_DIRS");
}

void TestPolicy::noFileIsNoPolicy()
{
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("empty"))));
    const Policy policy = Policy::load();
    QVERIFY(policy.file().isEmpty());
    QVERIFY(policy.problems().isEmpty());
    QVERIFY(policy.accounts().isEmpty());
    QCOMPARE(policy.minimumIntervals().idle, JobSync::minimumIntervals.idle);
    QVERIFY(!policy.deletingDisabled());
    QVERIFY(!policy.failureNotificationsForced());
    QVERIFY(!policy.sessionOnlySignInsDisabled());
    QVERIFY(!policy.startAtLogin());
}

void TestPolicy::firstConfigDirWithAFileWins()
{
    const QString without = m_dir.filePath(QStringLiteral("order/without"));
    const QString first = m_dir.filePath(QStringLiteral("order/first"));
    const QString second = m_dir.filePath(QStringLiteral("order/second"));
    QDir().mkpath(without);
    writePolicyFile(first, "[General]\nallowDeleting=false\n");
    writePolicyFile(second, "[General]\nalwaysNotifyFailures=true\n");
    // A relative entry is not a system dir: the user's working directory must not give policy.
    writePolicyFile(m_dir.filePath(QStringLiteral("relative")), "[General]\nstartAtLogin=true\n");
    QDir::setCurrent(m_dir.path());
    qputenv("XDG_CONFIG_DIRS",
            QFile::encodeName(QStringLiteral("relative:%1:%2:%3").arg(without, first, second)));
    Policy policy = Policy::load();
    QCOMPARE(policy.file(), first + QStringLiteral("/id360-jobmon/policy.conf"));
    QVERIFY(policy.deletingDisabled());
    QVERIFY(!policy.failureNotificationsForced());
    QVERIFY(!policy.startAtLogin());

    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(without + QLatin1Char(':') + second));
    policy = Policy::load();
    QCOMPARE(policy.file(), second + QStringLiteral("/id360-jobmon/policy.conf"));
    QVERIFY(!policy.deletingDisabled());
    QVERIFY(policy.failureNotificationsForced());
}

void TestPolicy::withoutConfigDirsEtcXdgIsRead()
{
    qunsetenv("XDG_CONFIG_DIRS");
    QCOMPARE(Policy::searchPaths(),
             QStringList { QStringLiteral("/etc/xdg/id360-jobmon/policy.conf") });
    qputenv("XDG_CONFIG_DIRS", "");
    QCOMPARE(Policy::searchPaths(),
             QStringList { QStringLiteral("/etc/xdg/id360-jobmon/policy.conf") });
}

void TestPolicy::everyKeyIsRead()
{
    const QString path = writePolicyFile(m_dir.filePath(QStringLiteral("every")), everyKey);
    const Policy policy = Policy::read(path);
    QCOMPARE(policy.problems(), QStringList());
    QCOMPARE(policy.minimumIntervals().hot, 10s);
    QCOMPARE(policy.minimumIntervals().idle, 120s);
    QCOMPARE(policy.minimumIntervals().full, 30min);
    QVERIFY(policy.deletingDisabled());
    QVERIFY(policy.failureNotificationsForced());
    QVERIFY(policy.sessionOnlySignInsDisabled());
    QCOMPARE(policy.startAtLogin(), std::optional<bool>(true));

    QCOMPARE(policy.accounts().size(), 2);
    const Account contoso = policy.accounts().at(0);
    QCOMPARE(contoso.name, QStringLiteral("Contoso Production"));
    QVERIFY(contoso.managed);
    QCOMPARE(contoso.dataCenter, QStringLiteral("EU"));
    QCOMPARE(contoso.apiBaseUrl, DataCenter::find(QStringLiteral("EU"))->apiBaseUrl);
    QCOMPARE(contoso.accountsServer, DataCenter::find(QStringLiteral("EU"))->accountsServer);
    QCOMPARE(contoso.clientId, QStringLiteral("1000.CONTOSO"));
    QCOMPARE(contoso.scopes, QStringLiteral("id360.job.READ,id360.job.DELETE"));
    QCOMPARE(contoso.redirectPort, Account::defaultRedirectPort);
    QCOMPARE(contoso.credential, Account::Credential::None);
    const Account lab = policy.accounts().at(1);
    QCOMPARE(lab.name, QStringLiteral("Lab"));
    QCOMPARE(lab.dataCenter, DataCenter::customCode());
    QCOMPARE(lab.apiBaseUrl, QUrl(QStringLiteral("https://id360.lab.example.com/api/v1")));
    QCOMPARE(lab.accountsServer, QUrl(QStringLiteral("https://accounts.lab.example.com")));
    QCOMPARE(lab.scopes, QStringLiteral("id360.job.READ"));
    QCOMPARE(lab.redirectPort, quint16(47200));

    // The same name gives the same id on every computer and every start: the keychain entry
    // and the cache of a managed account stay its own.
    QCOMPARE(Policy::read(path).accounts().at(0).id, contoso.id);
    QVERIFY(contoso.id != lab.id);
    QCOMPARE(policy.managedAccount(lab.id)->name, QStringLiteral("Lab"));
    QVERIFY(!policy.managedAccount(Account::newId()));

    // "false" and "true" are not the only words an admin writes.
    const Policy allowing = Policy::read(writePolicyFile(
        m_dir.filePath(QStringLiteral("words")),
        "[General]\nallowDeleting=Yes\nalwaysNotifyFailures=off\nstartAtLogin=0\n"));
    QCOMPARE(allowing.problems(), QStringList());
    QVERIFY(!allowing.deletingDisabled());
    QVERIFY(!allowing.failureNotificationsForced());
    QCOMPARE(allowing.startAtLogin(), std::optional<bool>(false));
}

void TestPolicy::badValuesAreReportedAndIgnored_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("said");
    QTest::newRow("not a number") << QByteArray("minimumIdlePollSeconds=soon")
                                  << "minimumIdlePollSeconds"
                                  << "'soon' is not a whole number from 10 to 3600";
    QTest::newRow("below the app's own minimum")
        << QByteArray("minimumActivePollSeconds=0") << "minimumActivePollSeconds"
        << "'0' is not a whole number from 1 to 600";
    QTest::newRow("above what Settings can show")
        << QByteArray("minimumFullListMinutes=2000") << "minimumFullListMinutes"
        << "'2000' is not a whole number from 1 to 1440";
    QTest::newRow("not a yes or no") << QByteArray("allowDeleting=never") << "allowDeleting"
                                     << "'never' is neither true nor false";
    QTest::newRow("empty") << QByteArray("startAtLogin=") << "startAtLogin"
                           << "'' is neither true nor false";
}

void TestPolicy::badValuesAreReportedAndIgnored()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    QFETCH(QString, said);
    const QString path = writePolicyFile(m_dir.filePath(QStringLiteral("bad")),
                                         "[General]\nalwaysNotifyFailures=true\n" + line + '\n');
    const QString expected
        = QStringLiteral("%1: %2: %3; ignored").arg(QDir::toNativeSeparators(path), key, said);
    QTest::ignoreMessage(QtWarningMsg, qPrintable(expected));
    const Policy policy = Policy::read(path);
    QCOMPARE(policy.problems(), QStringList { expected });
    // That key only: the rest of the file holds, and the bad one leaves what it would set as is.
    QVERIFY(policy.failureNotificationsForced());
    QVERIFY(!policy.deletingDisabled());
    QVERIFY(!policy.startAtLogin());
    QCOMPARE(policy.minimumIntervals().hot, JobSync::minimumIntervals.hot);
    QCOMPARE(policy.minimumIntervals().idle, JobSync::minimumIntervals.idle);
    QCOMPARE(policy.minimumIntervals().full, JobSync::minimumIntervals.full);
}

void TestPolicy::secretsAreRefusedWithoutSayingThem()
{
    const QString path = writePolicyFile(m_dir.filePath(QStringLiteral("secret")),
                                         "[General]\nrefreshToken=1000.shouldnotbehere\n\n"
                                         "[Account Contoso]\nclientId=1000.CONTOSO\n"
                                         "clientSecret=topsecretvalue\n");
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral(": refreshToken: a secret")));
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral(": Account Contoso/clientSecret: a secret")));
    const Policy policy = Policy::read(path);
    QCOMPARE(policy.problems().size(), 2);
    for (const QString &problem : policy.problems()) {
        QVERIFY2(!problem.contains(QLatin1String("topsecretvalue"))
                     && !problem.contains(QLatin1String("shouldnotbehere")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("--client-secret-stdin")), qPrintable(problem));
    }
    // The account is used all the same, without the secret.
    QCOMPARE(policy.accounts().size(), 1);
    QVERIFY(!policy.accounts().constFirst().hasClientSecret);
}

void TestPolicy::unknownKeysAndGroupsAreReported()
{
    const QString path = writePolicyFile(
        m_dir.filePath(QStringLiteral("unknown")),
        "[General]\nAllowDeleting=false\n\n[Polling]\nidle=60\n\n"
        "[Account Contoso]\nclientId=1000.CONTOSO\nserver=https://x.example.com\n");
    const Policy policy = Policy::read(path);
    const QString file = QDir::toNativeSeparators(path);
    QCOMPARE(policy.problems(),
             (QStringList { file + QStringLiteral(": AllowDeleting: unknown key; ignored"),
                            file + QStringLiteral(": Account Contoso/server: unknown key; ignored"),
                            file
                                + QStringLiteral(": Polling/idle: unknown group: only [General] "
                                                 "and [Account NAME] are read; ignored") }));
    // Keys are spelled as documented: a near miss is not obeyed.
    QVERIFY(!policy.deletingDisabled());
    QCOMPARE(policy.accounts().size(), 1);
}

void TestPolicy::anAccountThatCannotBeUsedIsReportedAndIgnored_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown data center")
        << QByteArray("[Account Contoso]\ndataCenter=Mars\nclientId=1000.C\n")
        << "Account Contoso/dataCenter: unknown data center 'Mars' (one of US, EU,";
    QTest::newRow("custom without its URLs")
        << QByteArray("[Account Contoso]\ndataCenter=custom\nclientId=1000.C\n")
        << "Account Contoso: The API URL must be an https:// URL";
    QTest::newRow("plain http to another host")
        << QByteArray(
               "[Account Contoso]\napiUrl=http://id360.example.com/api/v1\nclientId=1000.C\n")
        << "Account Contoso: The API URL must be an https:// URL";
    QTest::newRow("no client id") << QByteArray("[Account Contoso]\ndataCenter=US\n")
                                  << "Account Contoso: The account needs the OAuth client id";
    QTest::newRow("bad port")
        << QByteArray("[Account Contoso]\nclientId=1000.C\nredirectPort=http\n")
        << "Account Contoso/redirectPort: 'http' is not a port from 1 to 65535; ignored";
}

void TestPolicy::anAccountThatCannotBeUsedIsReportedAndIgnored()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, said);
    const Policy policy = Policy::read(writePolicyFile(
        m_dir.filePath(QStringLiteral("account")), text + "\n[Account Other]\nclientId=1000.O\n"));
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY2(policy.problems().constFirst().contains(said),
             qPrintable(policy.problems().constFirst()));
    // A bad port leaves the account with the default one; the others cost the account.
    const bool portOnly = said.contains(QLatin1String("redirectPort"));
    QCOMPARE(policy.accounts().size(), portOnly ? 2 : 1);
    QCOMPARE(policy.accounts().constLast().name, QStringLiteral("Other"));
}

void TestPolicy::aFileThatCannotBeReadIsReported()
{
    // Tests run as root, who reads any file: a directory in the file's place cannot be read by
    // anyone.
    const QString dir = m_dir.filePath(QStringLiteral("unreadable"));
    QDir().mkpath(dir + QStringLiteral("/id360-jobmon/policy.conf"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("later")));
    writePolicyFile(m_dir.filePath(QStringLiteral("later")), "[General]\nallowDeleting=false\n");
    qputenv("XDG_CONFIG_DIRS",
            QFile::encodeName(dir + QLatin1Char(':') + m_dir.filePath(QStringLiteral("later"))));
    const Policy policy = Policy::load();
    // Found is found: a policy the admin put first is not replaced by one further down.
    QCOMPARE(policy.file(), dir + QStringLiteral("/id360-jobmon/policy.conf"));
    QCOMPARE(policy.problems(),
             QStringList { QDir::toNativeSeparators(policy.file())
                           + QStringLiteral(": the file cannot be read; no policy is applied") });
    QVERIFY(!policy.deletingDisabled());
}

void TestPolicy::aBadLineCostsThatLineOnly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QStringList>("accounts");
    const QByteArray contoso = "[Account Contoso]\nclientId=1000.C\n";
    // Notepad's UTF-8: not a problem at all.
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF[General]\nallowDeleting=false\n" + contoso) << QString()
        << QStringList { QStringLiteral("Contoso") };
    QTest::newRow("a line without '='")
        << QByteArray("[General]\nallowDeleting=false\nalwaysNotifyFailures\n" + contoso)
        << "line 3 is not INI (a [group], a key=value or a ;comment); ignored"
        << QStringList { QStringLiteral("Contoso") };
    QTest::newRow("not UTF-8 (Latin-1)")
        << QByteArray("[General]\nallowDeleting=false\n[Account Caf\xE9]\nclientId=1000.K\n"
                      + contoso)
        << "line 3 is not UTF-8 text; that group is ignored (save the file as UTF-8)"
        << QStringList { QStringLiteral("Contoso") };
    QTest::newRow("a value not UTF-8")
        << QByteArray("[General]\nallowDeleting=false\n" + contoso
                      + "scopes=id360.job.R\xC9\x41\x44\n")
        << "line 5 is not UTF-8 text; ignored (save the file as UTF-8)"
        << QStringList { QStringLiteral("Contoso") };
    QTest::newRow("';' in a group's name")
        << QByteArray("[General]\nallowDeleting=false\n[Account A;B]\nclientId=1000.A\n" + contoso)
        << "line 3: a group's name cannot hold ';'; that group is ignored"
        << QStringList { QStringLiteral("Contoso") };
    // What only QSettings finds is said too, and what it read is applied.
    QTest::newRow("a group's name not closed")
        << QByteArray("[General]\nallowDeleting=false\n[Account A\nclientId=1000.A\n" + contoso)
        << "the file has lines that are not INI; the rest is applied"
        << QStringList { QStringLiteral("A"), QStringLiteral("Contoso") };
}

void TestPolicy::aBadLineCostsThatLineOnly()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, said);
    QFETCH(QStringList, accounts);
    const QString path = writePolicyFile(m_dir.filePath(QStringLiteral("line")), text);
    const QStringList expected = said.isEmpty()
        ? QStringList()
        : QStringList { QDir::toNativeSeparators(path) + QStringLiteral(": ") + said };
    for (const QString &problem : expected)
        QTest::ignoreMessage(QtWarningMsg, qPrintable(problem));
    const Policy policy = Policy::read(path);
    QCOMPARE(policy.problems(), expected);
    // The rest of the file holds: deleting stays off, the accounts it names are there.
    QVERIFY(policy.deletingDisabled());
    QStringList names;
    for (const Account &account : policy.accounts())
        names.append(account.name);
    QCOMPARE(names, accounts);
    QCOMPARE(policy.accounts().constLast().scopes, Account::defaultScopes());
}

void TestPolicy::pollIntervalsNeverGoBelowThePolicy()
{
    Settings::setPollIntervals({ 2s, 15s, 2min });
    const JobSync::Intervals chosen = Settings::pollIntervals();
    QCOMPARE(chosen.hot, 2s);
    QCOMPARE(chosen.idle, 15s);

    applyPolicy(m_dir.filePath(QStringLiteral("poll")),
                "[General]\nminimumActivePollSeconds=10\nminimumIdlePollSeconds=120\n");
    JobSync::Intervals clamped = Settings::pollIntervals();
    QCOMPARE(clamped.hot, 10s);
    QCOMPARE(clamped.idle, 120s);
    QCOMPARE(clamped.full, 2min);
    // Slower than the minimum is the user's to choose; the defaults obey the policy too.
    Settings::setPollIntervals({ 30s, 300s, 20min });
    QCOMPARE(Settings::pollIntervals().hot, 30s);
    QCOMPARE(Settings::pollIntervals().idle, 300s);
    QSettings().clear();
    clamped = Settings::pollIntervals();
    QCOMPARE(clamped.hot, 10s);
    QCOMPARE(clamped.idle, 120s);
    QCOMPARE(clamped.full, JobSync::Intervals().full);
}

void TestPolicy::deletingTurnedOffLeavesEveryAccountReadOnly()
{
    Account account = Account::forDataCenter(QStringLiteral("Contoso"),
                                             *DataCenter::find(QStringLiteral("US")));
    QVERIFY(DeleteAccess::of(account).allowed());
    QVERIFY(DeleteAccess::of(nullptr, QString()).allowed());
    applyPolicy(m_dir.filePath(QStringLiteral("nodelete")), "[General]\nallowDeleting=false\n");
    for (const DeleteAccess &access :
         { DeleteAccess::of(account), DeleteAccess::of(nullptr, QString()) }) {
        QVERIFY(!access.allowed());
        QCOMPARE(access.readOnlyBy(), DeleteAccess::ReadOnlyBy::Policy);
        QCOMPARE(access.reason(),
                 QStringLiteral("Deleting jobs is turned off by your administrator."));
        QCOMPARE(access.label(), QStringLiteral("read-only"));
    }
}

void TestPolicy::managedAccountsJoinTheStoreLocked()
{
    // The user's own account, and one the policy is about to name (kept signed in).
    AccountStore before;
    Account own
        = Account::forDataCenter(QStringLiteral("Own"), *DataCenter::find(QStringLiteral("US")));
    own.clientId = QStringLiteral("1000.OWN");
    QCOMPARE(before.save(own), QString());

    applyPolicy(m_dir.filePath(QStringLiteral("store")), everyKey);
    const QString contosoId = Policy::current().accounts().at(0).id;
    {
        AccountStore store;
        QCOMPARE(store.accounts().size(), 3);
        QCOMPARE(store.accounts().at(0).name, QStringLiteral("Contoso Production"));
        QCOMPARE(store.accounts().at(1).name, QStringLiteral("Lab"));
        QCOMPARE(store.accounts().at(2).name, QStringLiteral("Own"));
        QVERIFY(store.accounts().at(0).managed);
        QVERIFY(!store.accounts().at(2).managed);

        // Its sign-in is the user's to keep; its settings are the policy's.
        Account signedIn = *store.find(contosoId);
        signedIn.credential = Account::Credential::RefreshToken;
        signedIn.hasClientSecret = true;
        QCOMPARE(store.save(signedIn), QString());
        Account changed = signedIn;
        changed.clientId = QStringLiteral("1000.MINE");
        QCOMPARE(store.save(changed),
                 QStringLiteral("The account \"Contoso Production\" is set up by your "
                                "administrator: its settings cannot be changed."));
        store.remove(contosoId);
        QVERIFY(store.find(contosoId));
    }
    {
        // Settings edited by hand give way to the policy; the sign-in stays.
        QSettings settings;
        const int count = settings.beginReadArray(QStringLiteral("accounts"));
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            if (settings.value(QStringLiteral("id")).toString() == contosoId)
                settings.setValue(QStringLiteral("scopes"), QStringLiteral("id360.job.ALL"));
        }
        settings.endArray();
    }
    {
        const AccountStore store;
        const Account contoso = *store.find(contosoId);
        QCOMPARE(contoso.scopes, QStringLiteral("id360.job.READ,id360.job.DELETE"));
        QCOMPARE(contoso.credential, Account::Credential::RefreshToken);
        QVERIFY(contoso.hasClientSecret);
    }
    // An account the policy no longer names is gone; the user's own stay.
    applyPolicy(m_dir.filePath(QStringLiteral("store")), "[Account Lab]\nclientId=1000.LAB\n");
    const AccountStore after;
    QStringList names;
    for (const Account &account : after.accounts())
        names.append(account.name);
    QCOMPARE(names, (QStringList { QStringLiteral("Lab"), QStringLiteral("Own") }));
}

void TestPolicy::aManagedAccountDroppedKeepsItsSignIn()
{
    applyPolicy(m_dir.filePath(QStringLiteral("dropped")), everyKey);
    const QString contosoId = Policy::current().accounts().at(0).id;
    {
        AccountStore store;
        Account signedIn = *store.find(contosoId);
        signedIn.credential = Account::Credential::RefreshToken;
        signedIn.hasClientSecret = true;
        QCOMPARE(store.save(signedIn), QString());
    }
    // The policy cannot be read for a while (or names Contoso no more): Contoso is not listed,
    // and the user's own account is saved meanwhile.
    Policy::makeCurrent(Policy());
    {
        AccountStore store;
        QVERIFY(!store.find(contosoId));
        QVERIFY(!store.find(QStringLiteral("Contoso Production")));
        Account own = Account::forDataCenter(QStringLiteral("Own"),
                                             *DataCenter::find(QStringLiteral("US")));
        own.clientId = QStringLiteral("1000.OWN");
        QCOMPARE(store.save(own), QString());
        QCOMPARE(store.accounts().size(), 1);
    }
    // The policy is back: Contoso is signed in as it was.
    applyPolicy(m_dir.filePath(QStringLiteral("dropped")), everyKey);
    const AccountStore store;
    const Account contoso = *store.find(contosoId);
    QCOMPARE(contoso.credential, Account::Credential::RefreshToken);
    QVERIFY(contoso.hasClientSecret);
    QVERIFY(store.find(QStringLiteral("Own")));
}

void TestPolicy::theUsersAccountNamedAsTheAdministratorsIsRenamed()
{
    Account own
        = Account::forDataCenter(QStringLiteral("Lab"), *DataCenter::find(QStringLiteral("US")));
    own.clientId = QStringLiteral("1000.OWN");
    QCOMPARE(AccountStore().save(own), QString());

    applyPolicy(m_dir.filePath(QStringLiteral("samename")), everyKey);
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(QStringLiteral(
                             "the account \"Lab\" is named \"Lab \\(yours\\)\" from now on")));
    AccountStore store;
    QStringList names;
    for (const Account &account : store.accounts())
        names.append(account.name);
    QCOMPARE(names,
             (QStringList { QStringLiteral("Contoso Production"), QStringLiteral("Lab"),
                            QStringLiteral("Lab (yours)") }));
    // "Lab" is the administrator's, for `--account Lab` too; the user's is theirs by its new name.
    QVERIFY(store.find(QStringLiteral("Lab"))->managed);
    QCOMPARE(store.find(QStringLiteral("Lab (yours)"))->id, own.id);

    // The user's account can still be edited, signed in and removed.
    Account edited = *store.find(own.id);
    edited.clientId = QStringLiteral("1000.EDITED");
    edited.credential = Account::Credential::RefreshToken;
    QCOMPARE(store.save(edited), QString());
    {
        // The new name is saved: every process and command sees it, and it is renamed once.
        const AccountStore again;
        QCOMPARE(again.find(own.id)->name, QStringLiteral("Lab (yours)"));
        QCOMPARE(again.find(own.id)->clientId, QStringLiteral("1000.EDITED"));
        QCOMPARE(again.find(own.id)->credential, Account::Credential::RefreshToken);
    }
    store.remove(own.id);
    QVERIFY(!store.find(own.id));
    QVERIFY(store.find(QStringLiteral("Lab")));
}

void TestPolicy::startAtLoginIsSwitchedAsThePolicySays()
{
    // (QStandardPaths' test mode: the entry is written under ~/.qttest, not the real autostart.)
    QCOMPARE(Autostart::setEnabled(false), std::nullopt);
    const auto off = qScopeGuard([] { Autostart::setEnabled(false); });
    QCOMPARE(Policy().applyStartAtLogin(), std::nullopt);
    QVERIFY(!Autostart::isEnabled());

    const Policy on = Policy::read(writePolicyFile(m_dir.filePath(QStringLiteral("login-on")),
                                                   "[General]\nstartAtLogin=true\n"));
    QCOMPARE(on.applyStartAtLogin(), std::nullopt);
    QVERIFY(Autostart::isEnabled());
    // Without a say in the policy, the user's choice stays as it is.
    QCOMPARE(Policy().applyStartAtLogin(), std::nullopt);
    QVERIFY(Autostart::isEnabled());
    const Policy offPolicy = Policy::read(writePolicyFile(
        m_dir.filePath(QStringLiteral("login-off")), "[General]\nstartAtLogin=false\n"));
    QCOMPARE(offPolicy.applyStartAtLogin(), std::nullopt);
    QVERIFY(!Autostart::isEnabled());
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
