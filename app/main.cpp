#include "accounts/accountmanager.h"
#include "accounts/accountstore.h"
#include "appearance.h"
#include "audit/deletionlog.h"
#include "cli/accountcommand.h"
#include "cli/auditcommand.h"
#include "cli/jobscommand.h"
#include "commandline.h"
#include "emulatorserver.h"
#include "jobgenerator.h"
#include "platform/autostart.h"
#include "platform/desktopentry.h"
#include "platform/logging.h"
#include "platform/policy.h"
#include "platform/settings.h"
#include "platform/singleinstance.h"
#include "platform/translations.h"
#include "shell.h"
#include "sync/jobcache.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

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

#ifdef Q_OS_UNIX
// Written to from the signal handler, read by the event loop: a handler may do nothing else.
int quitSignalPipe[2] = { -1, -1 };

void handleQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(quitSignalPipe[1], &byte, 1);
}
#endif

// Asked to end by the session (SIGTERM at logout, from systemd or kill) or with Ctrl+C (SIGINT):
// quit as the tray's Quit does, so that what quitting saves (the job caches) is saved.
void quitOnTerminationSignals(QCoreApplication *app)
{
#ifdef Q_OS_UNIX
    if (::pipe2(quitSignalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(quitSignalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = handleQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
#else
    Q_UNUSED(app)
#endif
}

// Settings, keychain entries and caches are found under these names.
void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("id360-jobmon"));
    QCoreApplication::setOrganizationName(QStringLiteral("id360-jobmon"));
}

// `id360-jobmon account …` and `jobs …`: no window, no display needed; they run in the
// QCoreApplication the arguments were read in. `make` builds the command over the accounts and
// the standard streams; its finished() ends the process.
template<typename MakeCommand> int runCommand(MakeCommand make)
{
    // What the command says is the output; the diagnostics stay available on request.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("jobmon.*.info=false"));
    Policy::makeCurrent(Policy::load());
    AccountStore store;
    KeychainSecretStore keychain;
    // A command is run by someone (or a script) waiting for it: no desktop still starting up to
    // wait for, so a missing keychain is said at once.
    keychain.setRetries(0, std::chrono::milliseconds(0));
    AccountManager accounts(&store, &keychain);
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto command = make(&accounts, in, out, err);
    QObject::connect(command.get(), &std::decay_t<decltype(*command)>::finished,
                     QCoreApplication::instance(),
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    command->start();
    return QCoreApplication::exec();
}

int runAccountCommand(const AccountRequest &request)
{
    return runCommand(
        [&request](AccountManager *accounts, QTextStream &in, QTextStream &out, QTextStream &err) {
            return std::make_unique<AccountCommand>(request, accounts, in, out, err);
        });
}

int runJobsCommand(const JobsRequest &request)
{
    return runCommand(
        [&request](AccountManager *accounts, QTextStream &in, QTextStream &out, QTextStream &err) {
            // `jobs watch` runs until Ctrl+C, which is how it ends well.
            if (request.verb == JobsRequest::Verb::Watch)
                quitOnTerminationSignals(QCoreApplication::instance());
            return std::make_unique<JobsCommand>(
                request, accounts, in, out, err,
                JobsCommand::Terminals { TerminalInfo::of(fileno(stdin)),
                                         TerminalInfo::of(fileno(stdout)),
                                         TerminalInfo::of(fileno(stderr)) });
        });
}

// The demo: the embedded emulator with sample jobs on a free loopback port; `seed` makes them
// the same on every start.
std::optional<Shell::Server> startDemo(std::optional<quint32> seed)
{
    const QString token = QStringLiteral("demo.%1").arg(QRandomGenerator::system()->generate64(),
                                                        16, 16, QLatin1Char('0'));
    EmulatorServer::Options demo;
    demo.accessToken = token;
    demo.seed = seed.value_or(QRandomGenerator::system()->generate());
    // Alive, so there is always something queued, running or just finished to watch.
    demo.simulation.enabled = true;
    auto server = std::make_shared<EmulatorServer>(
        JobGenerator::generate(demoJobCount, demo.seed, QDateTime::currentDateTimeUtc()), demo);
    if (server->listen(QHostAddress(QHostAddress::LocalHost), 0) == 0)
        return std::nullopt;
    // The demo's jobs are new on every start (their ids are not), so it keeps no cache, and its
    // name is new too: what was told of an earlier demo's job is not held against this one's.
    const QString name = QStringLiteral("demo-%1").arg(QRandomGenerator::system()->generate(), 8,
                                                       16, QLatin1Char('0'));
    return Shell::Server { server->apiBaseUrl(), token, name, false, server };
}

} // namespace

int main(int argc, char *argv[])
{
    StartupTrace::begin();
    LaunchOptions options;
    {
        // The arguments are read with the translations installed, so that --help and every
        // refusal speak the user's language, in a QCoreApplication: --help and the commands run
        // without a display (over ssh, from cron). The window's QApplication is made only once
        // this one is gone; Qt allows one application object at a time, one after another.
        QCoreApplication reading(argc, argv);
        nameApplication();
        Translations::install(reading);
        options = CommandLine::parseThisProcess(QCoreApplication::arguments());
        switch (options.action) {
        case LaunchOptions::Action::ShowHelp:
        case LaunchOptions::Action::ShowVersion:
            std::printf("%s\n", qUtf8Printable(options.message));
            return 0;
        case LaunchOptions::Action::Fail:
            std::fprintf(
                stderr, "id360-jobmon: %s\n%s\n", qUtf8Printable(options.message),
                qUtf8Printable(
                    QCoreApplication::translate("main", "Try '%1'.").arg(options.tryHelp)));
            return 2;
        case LaunchOptions::Action::Account:
            return runAccountCommand(options.account);
        case LaunchOptions::Action::Jobs:
            return runJobsCommand(options.jobs);
        case LaunchOptions::Action::Audit: {
            QTextStream out(stdout);
            QTextStream err(stderr);
            return AuditCommand::list(options.audit, DeletionLog(), out, err,
                                      TerminalInfo::of(fileno(stdout)));
        }
        case LaunchOptions::Action::Run:
            break;
        }
        if (!displayAvailable()) {
            std::fprintf(
                stderr, "id360-jobmon: %s\n",
                qUtf8Printable(QCoreApplication::translate(
                                   "main",
                                   "no display (DISPLAY and WAYLAND_DISPLAY are unset); run it "
                                   "headless with: scripts/headless-session %1")
                                   .arg(QCoreApplication::arguments().join(QLatin1Char(' ')))));
            return 1;
        }
    }

    QApplication app(argc, argv);
    StartupTrace::reached(StartupTrace::Phase::ApplicationCreated);
    Translations::install(app);
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "Identity360 Job Monitor"));
    QApplication::setWindowIcon(DesktopEntry::icon());
    QApplication::setDesktopFileName(DesktopEntry::id());

    // One running monitor per user: a second start hands over what it was asked and ends. One
    // that is still starting (or busy) is given time to answer, once (a message sent again
    // would be acted on again); a second monitor is never run.
    SingleInstance instance;
    if (instance.listen() == SingleInstance::Claim::AnotherRunning) {
        if (instance.sendToRunning(CommandLine::forwardedArguments(options),
                                   std::chrono::seconds(15)))
            return 0;
        std::fprintf(stderr, "id360-jobmon: %s\n",
                     qUtf8Printable(QApplication::translate(
                         "main",
                         "another id360-jobmon is running but did not answer within 15 seconds; "
                         "end it (or wait for it) and start again.")));
        return 1;
    }
    Policy::makeCurrent(Policy::load());
    Appearance::applySaved();
    if (const std::optional<QString> problem = Autostart::replaceOldEntry())
        std::fprintf(stderr, "id360-jobmon: %s\n", qUtf8Printable(*problem));
    if (const std::optional<QString> problem = Policy::current().applyStartAtLogin())
        std::fprintf(stderr, "id360-jobmon: %s\n", qUtf8Printable(*problem));
    StartupTrace::reached(StartupTrace::Phase::SettingsReady);

    const JobCache cache(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                         + QStringLiteral("/cache"));
    AccountStore store;
    KeychainSecretStore keychain;
    AccountManager accounts(&store, &keychain);
    StartupTrace::reached(StartupTrace::Phase::AccountsReady);
    Shell shell(&accounts, &cache, startDemo,
                options.noTray ? DesktopIntegration::Tray::Never
                               : DesktopIntegration::Tray::IfAvailable);
    QObject::connect(&instance, &SingleInstance::messageReceived, &shell,
                     [&shell](const QStringList &forwarded) {
                         const LaunchOptions start = CommandLine::parseForwarded(forwarded);
                         if (start.action == LaunchOptions::Action::Run)
                             shell.handleStartRequest(start.accountName, start.jobId, start.show);
                     });
    shell.setStartHidden(options.minimized);
    if (options.demo) {
        if (!shell.showDemo(options.demoSeed)) {
            std::fprintf(stderr, "id360-jobmon: %s\n",
                         qUtf8Printable(QApplication::translate(
                             "main", "the demo server could not listen on 127.0.0.1")));
            return 1;
        }
    } else if (options.server.isValid()) {
        // Its name in the cache file: never the URL's user, password or query.
        const QString id
            = options.server
                  .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                  .toString();
        shell.showServer({ options.server, options.accessToken, id, true, {} });
    } else if (!options.accountName.isEmpty()) {
        const std::optional<Account> account = store.find(options.accountName);
        if (!account) {
            std::fprintf(
                stderr, "id360-jobmon: %s\n",
                qUtf8Printable(QApplication::translate("JobsCommand",
                                                       "There is no account named \"%1\"; see "
                                                       "'id360-jobmon account list'.")
                                   .arg(options.accountName)));
            return 2;
        }
        shell.showAccount(account->id);
    } else if (!store.accounts().isEmpty()) {
        shell.showAccount(Settings::lastAccount());
    } else {
        shell.showNothing();
    }
    if (!options.jobId.isEmpty())
        shell.handleStartRequest(options.accountName, options.jobId, true);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &shell,
                     [&shell] { shell.saveCaches(); });
    quitOnTerminationSignals(&app);
    return QApplication::exec();
}
