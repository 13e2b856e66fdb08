#include "accounts/secretstore.h"
#include "fixtures/accountfixture.h"
#include "fixtures/commandline.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/policyfile.h"
#include "jobgenerator.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString program = QStringLiteral(JOBMON_BINARY);
const QString staticToken = QStringLiteral("1000.policy-cli-static");
// What the emulator's accounts server takes for its client.
const QString clientSecret = QStringLiteral("emulator-secret");

} // namespace

// The real binary's `account` and `jobs` commands under an administrator's policy file, found
// through XDG_CONFIG_DIRS as on a managed desktop, against the emulator.
class TestPolicyCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listShowsTheManagedAccount();
    void aManagedAccountCannotBeChangedOrRemoved();
    void itsClientSecretAndSignInAreDeployedWithAdd();
    void aDataCenterWithItsOwnApiUrlTakesAddWithoutServers();
    void deletingTurnedOffSendsNothing();
    void aBadKeyIsSaidOnEveryRun();

private:
    // Writes the policy: one managed account on the emulator, and `general` under [General].
    void writePolicy(const QByteArray &general);
    Ran run(const QStringList &arguments, const QByteArray &input = QByteArray());
    // `account add` for the managed account with its client secret and a Self Client code.
    Ran deploy();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<EmulatorServer> m_server;
    QList<Job> m_jobs;
};

void TestPolicyCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_jobs = JobGenerator::generate(5, 1, QDateTime::currentDateTimeUtc());
    m_server = startEmulator(m_jobs, staticToken);
}

void TestPolicyCli::cleanup()
{
    forgetKeychainEntries(m_home->path(), this);
    m_server.reset();
    m_home.reset();
}

void TestPolicyCli::writePolicy(const QByteArray &general)
{
    writePolicyFile(m_home->filePath(QStringLiteral("etc-xdg")),
                    "[General]\n" + general + "\n[Account Managed]\ndataCenter=custom\napiUrl="
                        + m_server->apiBaseUrl().toString().toUtf8()
                        + "\naccountsServer=" + m_server->origin().toString().toUtf8()
                        + "\nclientId=1000.JOBMONEMULATOR\n");
}

Ran TestPolicyCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment environment = throwawayHomeEnvironment(m_home->path());
    // A directory without a policy first: the first that has one wins.
    environment.insert(QStringLiteral("XDG_CONFIG_DIRS"),
                       m_home->filePath(QStringLiteral("nothing")) + QLatin1Char(':')
                           + m_home->filePath(QStringLiteral("etc-xdg")));
    environment.insert(QStringLiteral("ID360_ACCESS_TOKEN"), staticToken);
    const Ran ran = runProgram(program, arguments, environment, input);
    if (ran.out.contains(clientSecret) || ran.err.contains(clientSecret))
        qFatal("a secret was printed");
    return ran;
}

Ran TestPolicyCli::deploy()
{
    const QString code = m_server->oauth().issueSelfClientCode(
        QStringLiteral("id360.job.READ,id360.job.DELETE"), QDateTime::currentDateTimeUtc());
    return run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Managed"), QStringLiteral("--data-center"),
                 QStringLiteral("custom"), QStringLiteral("--client-id"),
                 QStringLiteral("1000.JOBMONEMULATOR"), QStringLiteral("--client-secret-stdin"),
                 QStringLiteral("--grant-code-stdin") },
               clientSecret.toUtf8() + '\n' + code.toUtf8() + '\n');
}

void TestPolicyCli::listShowsTheManagedAccount()
{
    writePolicy(QByteArray());
    const Ran ran = run({ QStringLiteral("account"), QStringLiteral("list") });
    QCOMPARE(ran.exitCode, 0);
    QCOMPARE(ran.out,
             QStringLiteral("Managed\tcustom\t%1\tnot signed in, managed\n")
                 .arg(m_server->apiBaseUrl().toDisplayString()));
    QCOMPARE(ran.err, QString());
}

void TestPolicyCli::aManagedAccountCannotBeChangedOrRemoved()
{
    writePolicy(QByteArray());
    const Ran changed = run({ QStringLiteral("account"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("managed"),
                              QStringLiteral("--data-center"), QStringLiteral("custom"),
                              QStringLiteral("--client-id"), QStringLiteral("1000.MINE") });
    QCOMPARE(changed.exitCode, 2);
    QVERIFY2(changed.err.contains(QStringLiteral(
                 "The account \"Managed\" is set up by your administrator: its settings cannot be "
                 "changed.")),
             qPrintable(changed.err));
    const Ran removed
        = run({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Managed") });
    QCOMPARE(removed.exitCode, 2);
    QVERIFY2(removed.err.contains(QStringLiteral(
                 "\"Managed\" is set up by your administrator and cannot be removed")),
             qPrintable(removed.err));
    const Ran list = run({ QStringLiteral("account"), QStringLiteral("list") });
    QVERIFY2(list.out.startsWith(QStringLiteral("Managed\tcustom\t")), qPrintable(list.out));
    // Nothing reached a server: no sign-out was attempted.
    QVERIFY(m_server->receivedRequests().isEmpty());
}

void TestPolicyCli::itsClientSecretAndSignInAreDeployedWithAdd()
{
    writePolicy(QByteArray());
    const Ran added = deploy();
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Ran list = run({ QStringLiteral("account"), QStringLiteral("list") });
    QCOMPARE(list.out,
             QStringLiteral("Managed\tcustom\t%1\tsigned in, managed\n")
                 .arg(m_server->apiBaseUrl().toDisplayString()));
    // The secret went to the keychain only, under the managed account's id.
    const QStringList ids = storedAccountIds(m_home->path());
    QCOMPARE(ids.size(), 1);
    const std::optional<Secrets> kept = keychainEntry(ids.constFirst(), this);
    QVERIFY(kept);
    QCOMPARE(kept->clientSecret, clientSecret);
    QVERIFY(!kept->refreshToken.isEmpty());
    QCOMPARE(filesContaining(m_home->path(), clientSecret), QStringList());
    // And it works: its jobs are listed.
    const Ran jobs
        = run({ QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--account"),
                QStringLiteral("Managed"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(jobs.exitCode == 0, qPrintable(jobs.err));
    QVERIFY2(jobs.out.contains(m_jobs.constFirst().id), qPrintable(jobs.out));
}

void TestPolicyCli::aDataCenterWithItsOwnApiUrlTakesAddWithoutServers()
{
    // A named data center whose API URL the policy points elsewhere (here: the emulator).
    writePolicyFile(m_home->filePath(QStringLiteral("etc-xdg")),
                    "[Account Regional]\ndataCenter=EU\napiUrl="
                        + m_server->apiBaseUrl().toString().toUtf8()
                        + "\nclientId=1000.JOBMONEMULATOR\n");
    const Ran added
        = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Regional"), QStringLiteral("--data-center"), QStringLiteral("EU"),
                QStringLiteral("--client-id"), QStringLiteral("1000.JOBMONEMULATOR"),
                QStringLiteral("--token-stdin") },
              staticToken.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    // Signed in on the policy's API URL: the emulator lists its jobs to it.
    const Ran jobs
        = run({ QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--account"),
                QStringLiteral("Regional"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(jobs.exitCode == 0, qPrintable(jobs.err));
    QVERIFY2(jobs.out.contains(m_jobs.constFirst().id), qPrintable(jobs.out));
}

void TestPolicyCli::deletingTurnedOffSendsNothing()
{
    writePolicy("allowDeleting=false\n");
    QVERIFY2(deploy().exitCode == 0, "the managed account could not be signed in");
    const Ran list = run({ QStringLiteral("account"), QStringLiteral("list") });
    QVERIFY2(list.out.contains(QStringLiteral("signed in, read-only, managed")),
             qPrintable(list.out));
    const qsizetype before = m_server->receivedRequests().size();
    const QString id = m_jobs.constFirst().id;
    const Ran onAccount
        = run({ QStringLiteral("jobs"), QStringLiteral("delete"), QStringLiteral("--account"),
                QStringLiteral("Managed"), id, QStringLiteral("--yes") });
    QCOMPARE(onAccount.exitCode, 2);
    QVERIFY2(onAccount.err.contains(
                 QStringLiteral("Deleting jobs is turned off by your administrator.")),
             qPrintable(onAccount.err));
    const Ran onServer
        = run({ QStringLiteral("jobs"), QStringLiteral("delete"), QStringLiteral("--server"),
                m_server->apiBaseUrl().toString(), id, QStringLiteral("--yes") });
    QCOMPARE(onServer.exitCode, 2);
    QVERIFY2(onServer.err.contains(
                 QStringLiteral("Deleting jobs is turned off by your administrator. Nothing was "
                                "deleted.")),
             qPrintable(onServer.err));
    QCOMPARE(m_server->receivedRequests().size(), before);
}

void TestPolicyCli::aBadKeyIsSaidOnEveryRun()
{
    writePolicy("allowDeleting=maybe\nfrob=1\n");
    const QString file = m_home->filePath(QStringLiteral("etc-xdg/id360-jobmon/policy.conf"));
    const Ran ran = run({ QStringLiteral("account"), QStringLiteral("list") });
    QCOMPARE(ran.exitCode, 0);
    QVERIFY2(ran.err.contains(
                 QStringLiteral("%1: allowDeleting: 'maybe' is neither true nor false; ignored")
                     .arg(file)),
             qPrintable(ran.err));
    QVERIFY2(ran.err.contains(QStringLiteral("%1: frob: unknown key; ignored").arg(file)),
             qPrintable(ran.err));
    // The rest of the file holds: its account is there, and deleting is not turned off.
    QVERIFY2(ran.out.contains(QStringLiteral("not signed in, managed")), qPrintable(ran.out));
}

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
