#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "fixtures/accountfixture.h"
#include "fixtures/commandline.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/terminal.h"
#include "jobgenerator.h"

#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

namespace {

const QString program = QStringLiteral(JOBMON_BINARY);
const QString staticToken = QStringLiteral("1000.cli-test-static");

} // namespace

class TestAccountCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wrongUsageIsRefused_data();
    void wrongUsageIsRefused();
    void grantCodeSignsInAndKeepsSecretsOnlyInTheKeychain();
    void usedCodeIsSaidInWords();
    void accessTokenIsKeptAndCalledShortLived();
    void loginPlaysTheBrowserFlow();
    void removeRevokesAndForgets();
    void removeWhenTheRevokeFailsSaysWhereToRevoke();
    void secretsTypedAtATerminalAreNotShown();
    void interruptedTypingGivesTheEchoBack();
    void noSecretsServiceWritesNothing();

private:
    // Private settings, data and cache directories, and no display.
    QProcessEnvironment environment() const;
    // Runs the real binary in environment().
    Ran run(const QStringList &arguments, const QByteArray &input = QByteArray(),
            const QProcessEnvironment &extra = {});
    std::optional<Account> storedAccount(const QString &name) const;
    QStringList filesWith(const QString &secret) const
    {
        return filesContaining(m_home->path(), secret);
    }
    QString addEmulatorAccount(const QString &name, const QStringList &more = {});
    // `account add` reading a client secret and an access token from `terminal`.
    void startTyping(QProcess &process, const Terminal &terminal);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<EmulatorServer> m_server;
};

void TestAccountCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_server
        = startEmulator(JobGenerator::generate(5, 1, QDateTime::currentDateTimeUtc()), staticToken);
}

void TestAccountCli::cleanup()
{
    forgetKeychainEntries(m_home->path(), this);
    m_server.reset();
    m_home.reset();
}

QProcessEnvironment TestAccountCli::environment() const
{
    // Never a real browser from a test: no display.
    return throwawayHomeEnvironment(m_home->path());
}

Ran TestAccountCli::run(const QStringList &arguments, const QByteArray &input,
                        const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = this->environment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    return runProgram(program, QStringList { QStringLiteral("account") } + arguments, environment,
                      input);
}

std::optional<Account> TestAccountCli::storedAccount(const QString &name) const
{
    QSettings settings(m_home->filePath(QStringLiteral("config/id360-jobmon/id360-jobmon.conf")),
                       QSettings::IniFormat);
    const int count = settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        if (settings.value(QStringLiteral("name")).toString() != name)
            continue;
        Account account;
        account.id = settings.value(QStringLiteral("id")).toString();
        account.name = name;
        account.credential = settings.value(QStringLiteral("credential")).toString()
                == QLatin1String("refresh-token")
            ? Account::Credential::RefreshToken
            : Account::Credential::None;
        return account;
    }
    return std::nullopt;
}

QString TestAccountCli::addEmulatorAccount(const QString &name, const QStringList &more)
{
    const QString code = m_server->oauth().issueSelfClientCode(
        QStringLiteral("id360.job.READ,id360.job.DELETE"), QDateTime::currentDateTimeUtc());
    const Ran ran
        = run(QStringList { QStringLiteral("add"), QStringLiteral("--name"), name,
                            QStringLiteral("--data-center"), QStringLiteral("custom"),
                            QStringLiteral("--server"), m_server->apiBaseUrl().toString(),
                            QStringLiteral("--accounts-server"), m_server->origin().toString(),
                            QStringLiteral("--client-id"), QStringLiteral("1000.JOBMONEMULATOR"),
                            QStringLiteral("--client-secret-stdin"),
                            QStringLiteral("--grant-code-stdin") }
                  + more,
              "emulator-secret\n" + code.toUtf8() + '\n');
    if (ran.exitCode != 0)
        qWarning("add failed: %s", qPrintable(ran.err));
    return code;
}

void TestAccountCli::wrongUsageIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const auto args = [](const char *line) {
        return QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("no name") << args("add --data-center EU --client-id 1000.X") << 2
                             << QStringLiteral("--name is required");
    QTest::newRow("unknown data center")
        << args("add --name A --data-center MARS --client-id 1000.X") << 2
        << QStringLiteral("unknown data center 'MARS'");
    QTest::newRow("no client id") << args("add --name A --data-center EU") << 2
                                  << QStringLiteral("--client-id is required");
    QTest::newRow("token and code")
        << args("add --name A --data-center EU --client-id 1000.X --token-stdin --grant-code-stdin")
        << 2 << QStringLiteral("cannot be used together");
    QTest::newRow("custom without URLs")
        << args("add --name A --data-center custom --client-id 1000.X") << 1
        << QStringLiteral("needs --server and --accounts-server");
    QTest::newRow("no scheme is not made http")
        << args("add --name A --data-center EU --server 127.0.0.1:8080/api/v1 --client-id 1000.X")
        << 2 << QStringLiteral("--server: '127.0.0.1:8080/api/v1' is not a usable URL");
    QTest::newRow("plain http elsewhere")
        << args("add --name A --data-center EU --server http://id360.example.com/api/v1 "
                "--client-id 1000.X")
        << 2 << QStringLiteral("give it in full with https://");
    QTest::newRow("token missing on stdin")
        << args("add --name A --data-center EU --client-id 1000.X --token-stdin") << 1
        << QStringLiteral("The access token expected on standard input");
    QTest::newRow("a secret on the command line") << args("add --name A --token 1000.secret") << 2
                                                  << QStringLiteral("Unknown option 'token'");
    QTest::newRow("remove without name")
        << args("remove") << 2 << QStringLiteral("needs the account's name");
    QTest::newRow("remove unknown")
        << args("remove Nope") << 1 << QStringLiteral("there is no account named \"Nope\"");
    QTest::newRow("unknown verb") << args("frob") << 2 << QStringLiteral("unknown verb 'frob'");
}

void TestAccountCli::wrongUsageIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Ran ran = run(arguments);
    QCOMPARE(ran.exitCode, exitCode);
    QVERIFY2(ran.err.contains(says), qPrintable(ran.err));
    QVERIFY(!storedAccount(QStringLiteral("A")));
}

void TestAccountCli::grantCodeSignsInAndKeepsSecretsOnlyInTheKeychain()
{
    const QString code = addEmulatorAccount(QStringLiteral("Lab"));
    const std::optional<Account> account = storedAccount(QStringLiteral("Lab"));
    QVERIFY(account);
    QCOMPARE(account->credential, Account::Credential::RefreshToken);

    // The keychain has the refresh token, the client secret and the sign-in's access token, for
    // the runs after this one.
    const std::optional<Secrets> kept = keychainEntry(account->id, this);
    QVERIFY(kept);
    QVERIFY(kept->refreshToken.startsWith(QStringLiteral("1000.")));
    QCOMPARE(kept->clientSecret, QStringLiteral("emulator-secret"));
    QVERIFY(kept->renewed.isUsableAt(QDateTime::currentDateTimeUtc()));

    // …and no file anywhere under the app's directories does, nor does the output.
    for (const QString &secret :
         { kept->refreshToken, kept->clientSecret, kept->renewed.token, code })
        QVERIFY2(filesWith(secret).isEmpty(), qPrintable(filesWith(secret).join(u',')));
    const Ran listed = run({
        QStringLiteral("list"),
    });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(QStringLiteral("Lab\tcustom\t")));
    QVERIFY(listed.out.contains(QStringLiteral("signed in")));
    for (const QString &secret :
         { kept->refreshToken, kept->clientSecret, kept->renewed.token, code })
        QVERIFY(!listed.out.contains(secret) && !listed.err.contains(secret));
}

void TestAccountCli::usedCodeIsSaidInWords()
{
    const QString code = addEmulatorAccount(QStringLiteral("First"));
    QVERIFY(storedAccount(QStringLiteral("First")));
    const Ran again
        = run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Second"),
                QStringLiteral("--data-center"), QStringLiteral("custom"),
                QStringLiteral("--server"), m_server->apiBaseUrl().toString(),
                QStringLiteral("--accounts-server"), m_server->origin().toString(),
                QStringLiteral("--client-id"), QStringLiteral("1000.JOBMONEMULATOR"),
                QStringLiteral("--client-secret-stdin"), QStringLiteral("--grant-code-stdin") },
              "emulator-secret\n" + code.toUtf8() + '\n');
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("The code was not accepted: it has expired or was "
                                               "used already")),
             qPrintable(again.err));
    QVERIFY(!storedAccount(QStringLiteral("Second")));
}

void TestAccountCli::accessTokenIsKeptAndCalledShortLived()
{
    const Ran ran = run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Quick"),
                          QStringLiteral("--data-center"), QStringLiteral("JP"),
                          QStringLiteral("--client-id"), QStringLiteral("1000.X"),
                          QStringLiteral("--token-stdin") },
                        "1000.pasted-access-token\n");
    QCOMPARE(ran.exitCode, 0);
    QVERIFY(ran.out.contains(QStringLiteral("cannot be renewed")));
    QVERIFY(filesWith(QStringLiteral("1000.pasted-access-token")).isEmpty());
    QVERIFY(run({ QStringLiteral("list") })
                .out.contains(QStringLiteral(
                    "Quick\tJP\thttps://id360.manageengine.jp/api/v1\taccess token (expires)")));
}

void TestAccountCli::loginPlaysTheBrowserFlow()
{
    QVERIFY(
        run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Browser"),
              QStringLiteral("--data-center"), QStringLiteral("custom"), QStringLiteral("--server"),
              m_server->apiBaseUrl().toString(), QStringLiteral("--accounts-server"),
              m_server->origin().toString(), QStringLiteral("--client-id"),
              QStringLiteral("1000.JOBMONEMULATOR"), QStringLiteral("--redirect-port"),
              QStringLiteral("0"), QStringLiteral("--client-secret-stdin") },
            "emulator-secret\n")
            .err.contains(QStringLiteral("not a port number")));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    const Ran added
        = run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Browser"),
                QStringLiteral("--data-center"), QStringLiteral("custom"),
                QStringLiteral("--server"), m_server->apiBaseUrl().toString(),
                QStringLiteral("--accounts-server"), m_server->origin().toString(),
                QStringLiteral("--client-id"), QStringLiteral("1000.JOBMONEMULATOR"),
                QStringLiteral("--redirect-port"), port, QStringLiteral("--client-secret-stdin") },
              "emulator-secret\n");
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(storedAccount(QStringLiteral("Browser"))->credential, Account::Credential::None);

    QProcess login;
    QProcessEnvironment environment = this->environment();
    // Every debug line of ours and of Qt's OAuth, to show that none holds a secret.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("jobmon.*.debug=true\nqt.networkauth*.debug=true"));
    login.setProcessEnvironment(environment);
    login.start(program,
                { QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("browser") });
    QUrl signInPage;
    QVERIFY(QTest::qWaitFor(
        [&] {
            while (login.canReadLine()) {
                const QString line = QString::fromUtf8(login.readLine()).trimmed();
                if (line.startsWith(QStringLiteral("http")))
                    signInPage = QUrl(line);
            }
            return signInPage.isValid();
        },
        20000));
    QCOMPARE(signInPage.path(), QStringLiteral("/oauth/v2/auth"));
    // The test is the browser: consent, then follow the redirect to the app's listener.
    const HttpAnswer consent = sendHttp("GET", signInPage);
    QCOMPARE(consent.status, 302);
    const QUrl back = QUrl::fromEncoded(consent.header("Location"));
    QCOMPARE(back.port(), port.toInt());
    QCOMPARE(sendHttp("GET", back).status, 200);
    QVERIFY(QTest::qWaitFor([&login] { return login.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(login.exitCode(), 0);
    QVERIFY(login.readAllStandardOutput().contains("is signed in"));
    const std::optional<Account> account = storedAccount(QStringLiteral("Browser"));
    QCOMPARE(account->credential, Account::Credential::RefreshToken);

    const QString log = QString::fromUtf8(login.readAllStandardError());
    QVERIFY2(log.contains(QStringLiteral("jobmon.net")), qPrintable(log));
    const std::optional<Secrets> kept = keychainEntry(account->id, this);
    QVERIFY(kept);
    const QString code = QUrlQuery(back).queryItemValue(QStringLiteral("code"));
    for (const QString &secret : { kept->refreshToken, kept->clientSecret, code }) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret), qPrintable(log));
        QVERIFY(filesWith(secret).isEmpty());
    }
}

void TestAccountCli::removeRevokesAndForgets()
{
    addEmulatorAccount(QStringLiteral("Gone"));
    const std::optional<Account> account = storedAccount(QStringLiteral("Gone"));
    QVERIFY(account);
    const std::optional<Secrets> kept = keychainEntry(account->id, this);
    QVERIFY(kept);

    const Ran removed = run({ QStringLiteral("remove"), QStringLiteral("gone") });
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains(QStringLiteral("Account \"Gone\" is removed.")));
    QVERIFY(!storedAccount(QStringLiteral("Gone")));
    // Revoked at the accounts server: the refresh token mints nothing any more.
    const HttpAnswer refresh = sendHttp(
        "POST", QUrl(m_server->origin().toString() + QStringLiteral("/oauth/v2/token")),
        QByteArray(),
        "grant_type=refresh_token&client_id=1000.JOBMONEMULATOR&client_secret=emulator-secret"
        "&refresh_token="
            + QUrl::toPercentEncoding(kept->refreshToken));
    QVERIFY(refresh.body.contains("\"error\""));
    // …and gone from the keychain.
    KeychainSecretStore keychain;
    std::optional<SecretStoreError> error;
    keychain.read(account->id, this,
                  [&error](const std::optional<Secrets> &,
                           const std::optional<SecretStoreError> &e) { error = e; });
    QTRY_VERIFY(error);
    QCOMPARE(error->kind, SecretStoreError::Kind::NotFound);
}

void TestAccountCli::removeWhenTheRevokeFailsSaysWhereToRevoke()
{
    addEmulatorAccount(QStringLiteral("Stranded"));
    QVERIFY(storedAccount(QStringLiteral("Stranded")));
    const QString accountsServer = m_server->origin().toDisplayString();
    // The accounts server is gone: nobody can be told.
    m_server.reset();
    const Ran removed = run({ QStringLiteral("remove"), QStringLiteral("Stranded") });
    // Forgotten here all the same…
    QVERIFY(!storedAccount(QStringLiteral("Stranded")));
    QVERIFY2(removed.err.contains(QStringLiteral("Account \"Stranded\" is removed.")),
             qPrintable(removed.err));
    // …but not done, for a script that checks: the grant may still be active, and where to end it.
    QCOMPARE(removed.exitCode, 1);
    QVERIFY(removed.err.contains(QStringLiteral("may still be active")));
    QVERIFY(removed.err.contains(accountsServer));
    QVERIFY(removed.err.contains(QStringLiteral("\"Connected Apps\"")));
}

void TestAccountCli::secretsTypedAtATerminalAreNotShown()
{
    Terminal terminal;
    QVERIFY(terminal.isOpen());
    QProcess process;
    startTyping(process, terminal);
    QString prompts;
    const auto prompted = [&](int count) {
        return QTest::qWaitFor(
            [&] {
                prompts += QString::fromUtf8(process.readAllStandardError());
                return prompts.count(QStringLiteral("(typing is not shown)")) >= count;
            },
            20000);
    };
    QVERIFY2(prompted(1), qPrintable(prompts));
    QVERIFY(terminal.type("typed-client-secret\n"));
    QVERIFY2(prompted(2), qPrintable(prompts));
    QVERIFY(terminal.type("1000.typed-token\n"));
    QVERIFY(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(prompts.startsWith(QStringLiteral("The client secret (typing is not shown): ")));

    const QByteArray shown = terminal.echoed();
    QVERIFY2(!shown.contains("typed-client-secret"), shown.constData());
    QVERIFY2(!shown.contains("1000.typed-token"), shown.constData());
    QVERIFY(terminal.echoes());
}

void TestAccountCli::interruptedTypingGivesTheEchoBack()
{
    Terminal terminal;
    QVERIFY(terminal.isOpen());
    QProcess process;
    startTyping(process, terminal);
    QVERIFY(QTest::qWaitFor(
        [&process] { return process.readAllStandardError().contains("(typing is not shown)"); },
        20000));
    QVERIFY(!terminal.echoes());
    // Ctrl+C while the secret is being typed.
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QVERIFY(terminal.echoes());
}

void TestAccountCli::startTyping(QProcess &process, const Terminal &terminal)
{
    process.setProcessEnvironment(environment());
    process.setStandardInputFile(terminal.path);
    process.start(program,
                  { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Typed"), QStringLiteral("--data-center"),
                    QStringLiteral("custom"), QStringLiteral("--server"),
                    m_server->apiBaseUrl().toString(), QStringLiteral("--accounts-server"),
                    m_server->origin().toString(), QStringLiteral("--client-id"),
                    QStringLiteral("1000.JOBMONEMULATOR"), QStringLiteral("--client-secret-stdin"),
                    QStringLiteral("--token-stdin") });
    QVERIFY(process.waitForStarted(5000));
}

void TestAccountCli::noSecretsServiceWritesNothing()
{
    QProcessEnvironment noKeychain;
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    const Ran ran = run({ QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Nowhere"), QStringLiteral("--data-center"),
                          QStringLiteral("US"), QStringLiteral("--client-id"),
                          QStringLiteral("1000.X"), QStringLiteral("--token-stdin") },
                        "1000.token-with-nowhere-to-go\n", noKeychain);
    QCOMPARE(ran.exitCode, 1);
    QVERIFY2(ran.err.contains(QStringLiteral("No keychain is available")), qPrintable(ran.err));
    QVERIFY(ran.err.contains(QStringLiteral("Start a Secret Service")));
    // The command line has no session to keep it in, and does not pretend to.
    QVERIFY(!ran.err.contains(QStringLiteral("session")));
    QVERIFY(ran.err.contains(QStringLiteral("Nothing was stored")));
    QVERIFY(!ran.err.contains(QStringLiteral("1000.token-with-nowhere-to-go")));
    QVERIFY(filesWith(QStringLiteral("1000.token-with-nowhere-to-go")).isEmpty());
    QVERIFY(!storedAccount(QStringLiteral("Nowhere")));
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
