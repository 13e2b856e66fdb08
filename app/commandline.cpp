#include "commandline.h"

#include "account.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

LaunchOptions failure(const QString &message)
{
    LaunchOptions options;
    options.action = LaunchOptions::Action::Fail;
    options.message = message;
    return options;
}

} // namespace

namespace CommandLine {

LaunchOptions parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Identity360 Job Monitor: watches ManageEngine Identity360 jobs and their results."));
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption versionOption(
        QStringLiteral("version"), QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "CommandLine",
            "Start an embedded Identity360 emulator with sample jobs and watch it."));
    const QCommandLineOption demoSeedOption(
        QStringLiteral("demo-seed"),
        QCoreApplication::translate("CommandLine",
                                    "Like --demo, with the sample jobs made from <seed>: the same "
                                    "jobs on every start."),
        QStringLiteral("seed"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("CommandLine",
                                    "Watch the Jobs API at <url> (e.g. "
                                    "https://id360.manageengine.com/api/v1) for this run only, "
                                    "with the access token from the environment variable %1.")
            .arg(QLatin1String(accessTokenVariable)),
        QStringLiteral("url"));
    parser.addOptions({ helpOption, versionOption, demoOption, demoSeedOption, serverOption });

    if (!parser.parse(arguments))
        return failure(parser.errorText());

    LaunchOptions options;
    if (parser.isSet(helpOption)) {
        options.action = LaunchOptions::Action::ShowHelp;
        // Parsing happens before the QApplication exists, so Qt cannot know the program's name.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1String(" [options]")),
                     QStringLiteral("Usage: id360-jobmon"));
        options.message = help;
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = LaunchOptions::Action::ShowVersion;
        options.message = QStringLiteral("id360-jobmon " JOBMON_VERSION);
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "Unexpected argument '%1'.")
                           .arg(parser.positionalArguments().constFirst()));

    options.demo = parser.isSet(demoOption) || parser.isSet(demoSeedOption);
    if (parser.isSet(demoSeedOption)) {
        bool ok = false;
        const uint seed = parser.value(demoSeedOption).toUInt(&ok);
        if (!ok)
            return failure(
                QCoreApplication::translate("CommandLine",
                                            "--demo-seed: '%1' is not a whole number from 0 "
                                            "to 4294967295.")
                    .arg(parser.value(demoSeedOption)));
        options.demoSeed = seed;
    }
    if (parser.isSet(serverOption)) {
        if (options.demo)
            return failure(QCoreApplication::translate(
                "CommandLine", "--demo and --server cannot be used together."));
        options.server = QUrl::fromUserInput(parser.value(serverOption));
        if (!isAcceptableServerUrl(options.server))
            return failure(QCoreApplication::translate(
                               "CommandLine",
                               "--server: '%1' is not a usable URL; use https:// (http:// only "
                               "for this machine).")
                               .arg(parser.value(serverOption)));
        options.accessToken = environment.value(QLatin1String(accessTokenVariable));
        if (options.accessToken.isEmpty())
            return failure(
                QCoreApplication::translate(
                    "CommandLine", "--server needs an access token: set %1 in the environment.")
                    .arg(QLatin1String(accessTokenVariable)));
    }
    return options;
}

} // namespace CommandLine
