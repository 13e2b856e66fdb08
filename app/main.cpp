#include "accountcommand.h"
#include "accountmanager.h"
#include "accountsessions.h"
#include "accountstore.h"
#include "appearance.h"
#include "commandline.h"
#include "emulatorserver.h"
#include "jobcache.h"
#include "jobgenerator.h"
#include "jobsync.h"
#include "mainwindow.h"
#include "settings.h"
#include "tokensource.h"
#include "translations.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

constexpr int demoJobCount = 250;

// Qt aborts when it cannot reach a display; say so in one line instead.
bool displayAvailable()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Pauses polling while the system says there is no network, and polls at once when it is back.
// Where no backend answers (a headless session, some desktops) polling simply goes on.
void watchNetwork(JobSync &sync)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    const QNetworkInformation *information = QNetworkInformation::instance();
    const auto apply = [&sync](QNetworkInformation::Reachability reachability) {
        if (reachability != QNetworkInformation::Reachability::Unknown)
            sync.setNetworkAvailable(reachability
                                     != QNetworkInformation::Reachability::Disconnected);
    };
    apply(information->reachability());
    // An account's sync outlives the windows that show it: watched once, however often shown.
    QObject::disconnect(information, &QNetworkInformation::reachabilityChanged, &sync, nullptr);
    QObject::connect(information, &QNetworkInformation::reachabilityChanged, &sync, apply);
}

// Settings, keychain entries and caches are found under these names.
void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("id360-jobmon"));
    QCoreApplication::setOrganizationName(QStringLiteral("id360-jobmon"));
}

// `id360-jobmon account …`: no window, no display needed.
int runAccountCommand(const AccountRequest &request, int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameApplication();
    Translations::install(app);
    // What the command says is the output; the diagnostics stay available on request.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("jobmon.*.info=false"));
    AccountStore store;
    KeychainSecretStore keychain;
    // A command is run by someone (or a script) waiting for it: no desktop still starting up to
    // wait for, so a missing keychain is said at once.
    keychain.setRetries(0, std::chrono::milliseconds(0));
    AccountManager accounts(&store, &keychain);
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    AccountCommand command(request, &accounts, in, out, err);
    QObject::connect(&command, &AccountCommand::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    command.start();
    return QCoreApplication::exec();
}

// What the window shows and what feeds it: one of the stored accounts or all of them at once
// (all are watched once one is shown), the demo with the embedded emulator, a --server for this
// run, or nothing yet (the first-run face). Choosing another account replaces the window, so
// each window is bound to its syncs for its whole life.
class Shell final : public QObject
{
public:
    Shell(AccountManager *accounts, const JobCache *cache)
        : m_accounts(accounts)
        , m_sessions(accounts, cache)
        , m_cache(cache)
    { }

    // `accountId` may be MainWindow::allAccountsId(); an account no longer stored shows the
    // first one.
    void showAccount(const QString &accountId)
    {
        closeWindow();
        m_sessions.refresh();
        const QList<Account> accounts = m_accounts->store()->accounts();
        if (accounts.isEmpty())
            return showNothing();
        QList<AccountSession *> shown;
        if (accountId == MainWindow::allAccountsId() && accounts.size() > 1) {
            for (const Account &account : accounts)
                shown.append(m_sessions.session(account.id));
        } else {
            AccountSession *session = m_sessions.session(accountId);
            shown.append(session ? session : m_sessions.session(accounts.constFirst().id));
        }
        const QString shownId
            = shown.size() > 1 ? MainWindow::allAccountsId() : shown.constFirst()->account().id;
        QSettings().setValue(QStringLiteral("lastAccount"), shownId);
        QList<JobSync *> syncs;
        for (AccountSession *session : std::as_const(shown))
            syncs.append(session->sync());
        open(syncs, shownId);
        // The first account that cannot be polled says why, with the way to fix it.
        const auto showProblem = [this, shown] {
            for (const AccountSession *session : shown) {
                if (session->state() == AccountSession::State::SignInNeeded
                    || session->state() == AccountSession::State::KeychainProblem)
                    return m_window->showAccountProblem(session->account().id, session->problem());
            }
            m_window->showAccountProblem(QString(), QString());
        };
        for (AccountSession *session : std::as_const(shown))
            QObject::connect(session, &AccountSession::stateChanged, m_window.get(), showProblem);
        showProblem();
    }

    // The embedded emulator with sample jobs; `seed` makes them the same on every start.
    bool showDemo(std::optional<quint32> seed)
    {
        closeWindow();
        const QString token = QStringLiteral("demo.%1").arg(
            QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        EmulatorServer::Options demo;
        demo.accessToken = token;
        demo.seed = seed.value_or(QRandomGenerator::system()->generate());
        // Alive, so there is always something queued, running or just finished to watch.
        demo.simulation.enabled = true;
        m_demoServer = std::make_unique<EmulatorServer>(
            JobGenerator::generate(demoJobCount, demo.seed, QDateTime::currentDateTimeUtc()), demo);
        if (m_demoServer->listen(QHostAddress(QHostAddress::LocalHost), 0) == 0)
            return false;
        m_token = std::make_unique<StaticTokenSource>(token);
        // The demo's jobs are new on every start, so it keeps no cache.
        m_sync = std::make_unique<JobSync>(QStringLiteral("demo"));
        m_sync->client()->setBaseUrl(m_demoServer->apiBaseUrl());
        m_sync->client()->setTokenSource(m_token.get());
        open({ m_sync.get() }, QString());
        m_sync->start();
        return true;
    }

    // --server with a token from the environment: this run only, nothing stored but the jobs.
    void showServer(const QUrl &server, const QString &accessToken)
    {
        closeWindow();
        m_token = std::make_unique<StaticTokenSource>(accessToken);
        m_sync = std::make_unique<JobSync>(server.toString());
        m_sync->client()->setBaseUrl(server);
        m_sync->client()->setTokenSource(m_token.get());
        m_sync->setCache(m_cache);
        open({ m_sync.get() }, QString());
        m_sync->start();
    }

    void showNothing()
    {
        closeWindow();
        m_sync = std::make_unique<JobSync>(QString());
        open({ m_sync.get() }, QString());
    }

    void saveCaches() const
    {
        m_sessions.saveCaches();
        if (m_sync)
            m_sync->saveCache();
    }

private:
    void open(const QList<JobSync *> &syncs, const QString &accountId)
    {
        for (JobSync *sync : syncs) {
            sync->setIntervals(Settings::pollIntervals());
            watchNetwork(*sync);
        }
        m_window = std::make_unique<MainWindow>(syncs);
        m_window->setAccounts(m_accounts, &m_sessions, accountId);
        m_shownAccount = accountId;
        // Later, from the event loop: the window asking must be gone before another shows.
        QObject::connect(m_window.get(), &MainWindow::accountChosen, this,
                         [this](const QString &id) {
                             QTimer::singleShot(0, this, [this, id] { showAccount(id); });
                         });
        QObject::connect(
            m_window.get(), &MainWindow::accountsEdited, this, [this](const QString &signedIn) {
                QTimer::singleShot(0, this, [this, signedIn] {
                    // All Accounts stays All Accounts; otherwise the
                    // account just signed in is shown.
                    showAccount(signedIn.isEmpty() || m_shownAccount == MainWindow::allAccountsId()
                                    ? m_shownAccount
                                    : signedIn);
                });
            });
        QObject::connect(m_window.get(), &MainWindow::demoRequested, this, [this] {
            QTimer::singleShot(0, this, [this] { showDemo(std::nullopt); });
        });
        m_window->show();
    }

    // Closes the window (saving its state) and what fed it, unless that is an account's
    // session, which goes on being watched.
    void closeWindow()
    {
        if (m_sync)
            m_sync->saveCache();
        if (m_window)
            m_window->close();
        m_window.reset();
        m_sync.reset();
        m_token.reset();
        m_demoServer.reset();
    }

    AccountManager *m_accounts;
    AccountSessions m_sessions;
    const JobCache *m_cache;
    QString m_shownAccount;
    std::unique_ptr<EmulatorServer> m_demoServer;
    std::unique_ptr<TokenSource> m_token;
    std::unique_ptr<JobSync> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const LaunchOptions options
        = CommandLine::parse(arguments, QProcessEnvironment::systemEnvironment());
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp:
    case LaunchOptions::Action::ShowVersion:
        std::printf("%s\n", qUtf8Printable(options.message));
        return 0;
    case LaunchOptions::Action::Fail:
        std::fprintf(stderr, "id360-jobmon: %s\nTry 'id360-jobmon %s--help'.\n",
                     qUtf8Printable(options.message),
                     arguments.value(1) == QLatin1String("account") ? "account " : "");
        return 2;
    case LaunchOptions::Action::Account:
        return runAccountCommand(options.account, argc, argv);
    case LaunchOptions::Action::Run:
        break;
    }
    if (!displayAvailable()) {
        std::fprintf(stderr,
                     "id360-jobmon: no display (DISPLAY and WAYLAND_DISPLAY are unset); "
                     "run it headless with: scripts/headless-session %s\n",
                     qUtf8Printable(arguments.join(QLatin1Char(' '))));
        return 1;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "Identity360 Job Monitor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/id360-jobmon.svg")));
    QApplication::setDesktopFileName(QStringLiteral("id360-jobmon"));
    Translations::install(app);
    Appearance::applySaved();

    const JobCache cache(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                         + QStringLiteral("/cache"));
    AccountStore store;
    KeychainSecretStore keychain;
    AccountManager accounts(&store, &keychain);
    Shell shell(&accounts, &cache);
    if (options.demo) {
        if (!shell.showDemo(options.demoSeed)) {
            std::fprintf(stderr, "id360-jobmon: the demo server could not listen on 127.0.0.1\n");
            return 1;
        }
    } else if (options.server.isValid()) {
        shell.showServer(options.server, options.accessToken);
    } else if (!options.accountName.isEmpty()) {
        const std::optional<Account> account = store.find(options.accountName);
        if (!account) {
            std::fprintf(stderr,
                         "id360-jobmon: there is no account named \"%s\"; see "
                         "'id360-jobmon account list'.\n",
                         qUtf8Printable(options.accountName));
            return 2;
        }
        shell.showAccount(account->id);
    } else if (!store.accounts().isEmpty()) {
        shell.showAccount(QSettings().value(QStringLiteral("lastAccount")).toString());
    } else {
        shell.showNothing();
    }
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &shell,
                     [&shell] { shell.saveCaches(); });
    return QApplication::exec();
}
