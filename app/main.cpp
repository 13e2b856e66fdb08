#include "accountcommand.h"
#include "accountmanager.h"
#include "accountstore.h"
#include "appearance.h"
#include "commandline.h"
#include "emulatorserver.h"
#include "jobcache.h"
#include "jobgenerator.h"
#include "jobsync.h"
#include "mainwindow.h"
#include "tokensource.h"
#include "translations.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTextStream>

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

    // The demo's jobs are new on every start, so it keeps no cache; a server's are worth one.
    const QString account = options.demo ? QStringLiteral("demo") : options.server.toString();
    JobSync sync(account);
    const JobCache cache(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                         + QStringLiteral("/cache"));
    std::unique_ptr<EmulatorServer> demoServer;
    QString accessToken = options.accessToken;
    if (options.demo) {
        accessToken = QStringLiteral("demo.%1").arg(QRandomGenerator::system()->generate64(), 16,
                                                    16, QLatin1Char('0'));
        EmulatorServer::Options demo;
        demo.accessToken = accessToken;
        demo.seed = options.demoSeed.value_or(QRandomGenerator::system()->generate());
        // Alive, so there is always something queued, running or just finished to watch.
        demo.simulation.enabled = true;
        demoServer = std::make_unique<EmulatorServer>(
            JobGenerator::generate(demoJobCount, demo.seed, QDateTime::currentDateTimeUtc()), demo);
        if (demoServer->listen(QHostAddress(QHostAddress::LocalHost), 0) == 0) {
            std::fprintf(stderr, "id360-jobmon: the demo server could not listen on 127.0.0.1\n");
            return 1;
        }
        sync.client()->setBaseUrl(demoServer->apiBaseUrl());
    } else if (options.server.isValid()) {
        sync.client()->setBaseUrl(options.server);
        sync.setCache(&cache);
    }
    StaticTokenSource token(accessToken);
    sync.client()->setTokenSource(&token);
    watchNetwork(sync);

    MainWindow window(&sync);
    window.show();
    sync.start();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sync, &JobSync::saveCache);
    return QApplication::exec();
}
