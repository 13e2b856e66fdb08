#include "commandline.h"
#include "emulatorserver.h"
#include "jobgenerator.h"
#include "jobsync.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QRandomGenerator>

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
        std::fprintf(stderr, "id360-jobmon: %s\nTry 'id360-jobmon --help'.\n",
                     qUtf8Printable(options.message));
        return 2;
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
    QApplication::setApplicationName(QStringLiteral("id360-jobmon"));
    QApplication::setOrganizationName(QStringLiteral("id360-jobmon"));
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "Identity360 Job Monitor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/id360-jobmon.svg")));
    QApplication::setDesktopFileName(QStringLiteral("id360-jobmon"));
    Translations::install(app);

    JobSync sync;
    std::unique_ptr<EmulatorServer> demoServer;
    if (options.demo) {
        const QString token = QStringLiteral("demo.%1").arg(
            QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        EmulatorServer::Options demo;
        demo.accessToken = token;
        demo.seed = QRandomGenerator::system()->generate();
        // Alive, so there is always something queued, running or just finished to watch.
        demo.simulation.enabled = true;
        demoServer = std::make_unique<EmulatorServer>(
            JobGenerator::generate(demoJobCount, demo.seed, QDateTime::currentDateTimeUtc()), demo);
        if (demoServer->listen(QHostAddress(QHostAddress::LocalHost), 0) == 0) {
            std::fprintf(stderr, "id360-jobmon: the demo server could not listen on 127.0.0.1\n");
            return 1;
        }
        sync.client()->setBaseUrl(demoServer->apiBaseUrl());
        sync.client()->setAccessToken(token);
    } else if (options.server.isValid()) {
        sync.client()->setBaseUrl(options.server);
        sync.client()->setAccessToken(options.accessToken);
    }

    MainWindow window(&sync);
    window.show();
    sync.refresh();
    return QApplication::exec();
}
