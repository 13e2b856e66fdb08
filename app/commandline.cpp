#include "commandline.h"

#include "accounts/account.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace {

using CommandLine::helpFrom;
using CommandLine::refusal;

// `account VERB [options] [NAME]`; `arguments` starts with the program's name.
LaunchOptions parseAccount(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Set up Identity360 accounts without the window. Verbs:\n"
        "  add      store an account; with --token-stdin or --grant-code-stdin also sign it in\n"
        "  list     show the stored accounts and whether they are signed in\n"
        "  remove   sign an account out (revoking its token) and forget it\n"
        "  login    sign an account in with the browser\n"
        "Secrets are read from standard input, one per line: the client secret first (with "
        "--client-secret-stdin), then the token or code. They are kept only in the system "
        "keychain."));
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        QCoreApplication::translate("CommandLine", "The account's name (add)."),
        QStringLiteral("name"));
    const QCommandLineOption dataCenterOption(
        QStringLiteral("data-center"),
        QCoreApplication::translate("CommandLine",
                                    "US, EU, IN, AU, JP, CA, UK, SA, CN, or custom (add)."),
        QStringLiteral("dc"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("CommandLine",
                                    "The Jobs API base URL, if not the data center's (add)."),
        QStringLiteral("url"));
    const QCommandLineOption accountsServerOption(
        QStringLiteral("accounts-server"),
        QCoreApplication::translate("CommandLine",
                                    "The Zoho accounts server, if not the data center's (add)."),
        QStringLiteral("url"));
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"),
        QCoreApplication::translate("CommandLine",
                                    "The OAuth client id from Zoho's API console (add)."),
        QStringLiteral("id"));
    const QCommandLineOption scopesOption(
        QStringLiteral("scopes"),
        QCoreApplication::translate(
            "CommandLine",
            "Comma-separated OAuth scopes (add; default id360.job.READ,id360.job.DELETE)."),
        QStringLiteral("scopes"));
    const QCommandLineOption redirectPortOption(
        QStringLiteral("redirect-port"),
        QCoreApplication::translate(
            "CommandLine",
            "The loopback port registered as the client's redirect URI (add; default "
            "47190)."),
        QStringLiteral("port"));
    const QCommandLineOption clientSecretOption(
        QStringLiteral("client-secret-stdin"),
        QCoreApplication::translate("CommandLine",
                                    "Read the client secret from standard input (add)."));
    const QCommandLineOption tokenOption(
        QStringLiteral("token-stdin"),
        QCoreApplication::translate(
            "CommandLine",
            "Read an access token from standard input: it works until it expires (add)."));
    const QCommandLineOption grantCodeOption(
        QStringLiteral("grant-code-stdin"),
        QCoreApplication::translate(
            "CommandLine",
            "Read a Self Client grant code from standard input and exchange it (add)."));
    parser.addOptions({ helpOption, nameOption, dataCenterOption, serverOption,
                        accountsServerOption, clientIdOption, scopesOption, redirectPortOption,
                        clientSecretOption, tokenOption, grantCodeOption });
    parser.addPositionalArgument(
        QStringLiteral("verb"),
        QCoreApplication::translate("CommandLine", "add, list, remove or login"));
    parser.addPositionalArgument(
        QStringLiteral("name"),
        QCoreApplication::translate("CommandLine", "The account, for remove and login."));
    if (!parser.parse(arguments))
        return refusal(parser.errorText());
    if (parser.isSet(helpOption))
        return helpFrom(parser, QStringLiteral("id360-jobmon account"));

    const QStringList positional = parser.positionalArguments();
    // positional[0] is "account".
    const QString verb = positional.value(1);
    LaunchOptions options;
    options.action = LaunchOptions::Action::Account;
    AccountRequest &request = options.account;
    const auto addOnly
        = { nameOption,     dataCenterOption, serverOption,       accountsServerOption,
            clientIdOption, scopesOption,     redirectPortOption, clientSecretOption,
            tokenOption,    grantCodeOption };
    if (verb == QLatin1String("add")) {
        request.verb = AccountRequest::Verb::Add;
        if (positional.size() > 2)
            return refusal(QCoreApplication::translate(
                               "CommandLine",
                               "account add: unexpected argument '%1'; give the name with "
                               "--name.")
                               .arg(positional.at(2)));
        request.name = parser.value(nameOption).trimmed();
        if (request.name.isEmpty())
            return refusal(
                QCoreApplication::translate("CommandLine", "account add: --name is required."));
        request.dataCenter = parser.value(dataCenterOption);
        if (request.dataCenter.isEmpty())
            return refusal(QCoreApplication::translate(
                "CommandLine",
                "account add: --data-center is required (US, EU, IN, AU, "
                "JP, CA, UK, SA, CN or custom)."));
        if (!DataCenter::find(request.dataCenter))
            return refusal(QCoreApplication::translate(
                               "CommandLine",
                               "account add: unknown data center '%1'; use US, EU, IN, "
                               "AU, JP, CA, UK, SA, CN or custom.")
                               .arg(request.dataCenter));
        request.clientId = parser.value(clientIdOption).trimmed();
        if (request.clientId.isEmpty())
            return refusal(QCoreApplication::translate("CommandLine",
                                                       "account add: --client-id is required."));
        for (const auto &[option, url] :
             { std::pair { &serverOption, &request.server },
               std::pair { &accountsServerOption, &request.accountsServer } }) {
            if (!parser.isSet(*option))
                continue;
            *url = serverUrlFromText(parser.value(*option));
            // Said here: a URL that does not parse must not quietly become the default.
            if (!isAcceptableServerUrl(*url))
                return refusal(QCoreApplication::translate(
                                   "CommandLine",
                                   "account add: --%1: '%2' is not a usable URL; give it in full "
                                   "with https:// (http:// only for this machine).")
                                   .arg(option->names().constFirst(), parser.value(*option)));
        }
        request.scopes = parser.value(scopesOption);
        if (parser.isSet(redirectPortOption)) {
            bool ok = false;
            const uint port = parser.value(redirectPortOption).toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return refusal(
                    QCoreApplication::translate("CommandLine",
                                                "account add: --redirect-port: '%1' is not a port "
                                                "number (1-65535).")
                        .arg(parser.value(redirectPortOption)));
            request.redirectPort = static_cast<quint16>(port);
        }
        request.clientSecretFromStdin = parser.isSet(clientSecretOption);
        if (parser.isSet(tokenOption) && parser.isSet(grantCodeOption))
            return refusal(QCoreApplication::translate(
                "CommandLine",
                "account add: --token-stdin and --grant-code-stdin cannot "
                "be used together."));
        if (parser.isSet(tokenOption))
            request.credentialFromStdin = AccountRequest::Credential::AccessToken;
        else if (parser.isSet(grantCodeOption))
            request.credentialFromStdin = AccountRequest::Credential::GrantCode;
        return options;
    }
    for (const QCommandLineOption &option : addOnly) {
        if (parser.isSet(option))
            return refusal(QCoreApplication::translate("CommandLine",
                                                       "account %1: --%2 is only for account add.")
                               .arg(verb.isEmpty() ? QStringLiteral("list") : verb,
                                    option.names().constLast()));
    }
    if (verb.isEmpty() || verb == QLatin1String("list")) {
        request.verb = AccountRequest::Verb::List;
        if (positional.size() > 2)
            return refusal(QCoreApplication::translate("CommandLine",
                                                       "account list: unexpected argument '%1'.")
                               .arg(positional.at(2)));
        return options;
    }
    if (verb == QLatin1String("remove") || verb == QLatin1String("login")) {
        request.verb = verb == QLatin1String("remove") ? AccountRequest::Verb::Remove
                                                       : AccountRequest::Verb::Login;
        if (positional.size() != 3)
            return refusal(QCoreApplication::translate(
                               "CommandLine",
                               "account %1 needs the account's name: id360-jobmon account "
                               "%1 NAME.")
                               .arg(verb));
        request.name = positional.at(2);
        return options;
    }
    return refusal(QCoreApplication::translate(
                       "CommandLine", "account: unknown verb '%1'; use add, list, remove or login.")
                       .arg(verb));
}

} // namespace

namespace CommandLine {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

LaunchOptions refusal(const QString &message)
{
    LaunchOptions options;
    options.action = LaunchOptions::Action::Fail;
    options.message = message;
    return options;
}

std::optional<LaunchOptions> helpInPlaceOfVerb(const QString &verb, const QString &help)
{
    if (!verb.isEmpty() && verb != QLatin1String("--help") && verb != QLatin1String("-h")
        && verb != QLatin1String("help"))
        return std::nullopt;
    LaunchOptions options;
    options.action = LaunchOptions::Action::ShowHelp;
    options.message = help;
    return options;
}

LaunchOptions helpFrom(QCommandLineParser &parser, const QString &command)
{
    LaunchOptions options;
    options.action = LaunchOptions::Action::ShowHelp;
    // Qt's usage line names the program as it was started (a path, perhaps) in Qt's words for the
    // user's language ("Aufruf: … [Optionen]"): only the program becomes the command to type.
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype programAt = program.isEmpty() ? -1 : help.indexOf(program);
    if (programAt >= 0)
        help.replace(programAt, program.size(), command);
    options.message = help;
    return options;
}

LaunchOptions parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    if (arguments.value(1) == QLatin1String("account")) {
        LaunchOptions options = parseAccount(arguments);
        options.tryHelp = QStringLiteral("id360-jobmon account --help");
        return options;
    }
    if (arguments.value(1) == QLatin1String("jobs"))
        return parseJobs(arguments, environment);
    if (arguments.value(1) == QLatin1String("audit"))
        return parseAudit(arguments);
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
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        QCoreApplication::translate("CommandLine",
                                    "Watch the stored account <name> (see 'id360-jobmon account "
                                    "--help')."),
        QStringLiteral("name"));
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("CommandLine",
                                    "Start in the system tray, without the window."));
    const QCommandLineOption noTrayOption(
        QStringLiteral("no-tray"),
        QCoreApplication::translate("CommandLine",
                                    "Show no tray icon: the window is the monitor, and closing "
                                    "it quits. Notifications still go out."));
    const QCommandLineOption showOption(
        QStringLiteral("show"),
        QCoreApplication::translate("CommandLine",
                                    "Show the window; if the monitor is already running, bring "
                                    "its window to the front."));
    const QCommandLineOption jobOption(
        QStringLiteral("job"),
        QCoreApplication::translate("CommandLine",
                                    "Open the job <id> (in the monitor already running, if there "
                                    "is one); with --account, that account's job."),
        QStringLiteral("id"));
    parser.addOptions({ helpOption, versionOption, demoOption, demoSeedOption, serverOption,
                        accountOption, minimizedOption, noTrayOption, showOption, jobOption });

    if (!parser.parse(arguments))
        return refusal(parser.errorText());

    LaunchOptions options;
    if (parser.isSet(helpOption)) {
        options = helpFrom(parser, QStringLiteral("id360-jobmon"));
        options.message += QCoreApplication::translate(
                               "CommandLine",
                               "\nAccounts without the window: id360-jobmon account --help\n"
                               "Jobs from a terminal or a script: id360-jobmon jobs --help\n")
            + QCoreApplication::translate("CommandLine",
                                          "Deletions asked for and their outcomes: id360-jobmon "
                                          "audit --help\n");
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = LaunchOptions::Action::ShowVersion;
        options.message = QStringLiteral("id360-jobmon " JOBMON_VERSION);
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return refusal(QCoreApplication::translate("CommandLine", "Unexpected argument '%1'.")
                           .arg(parser.positionalArguments().constFirst()));

    options.demo = parser.isSet(demoOption) || parser.isSet(demoSeedOption);
    options.accountName = parser.value(accountOption).trimmed();
    if (parser.isSet(accountOption) && (options.demo || parser.isSet(serverOption)))
        return refusal(QCoreApplication::translate(
            "CommandLine", "--account cannot be used with --demo or --server."));
    if (parser.isSet(demoSeedOption)) {
        bool ok = false;
        const uint seed = parser.value(demoSeedOption).toUInt(&ok);
        if (!ok)
            return refusal(
                QCoreApplication::translate("CommandLine",
                                            "--demo-seed: '%1' is not a whole number from 0 "
                                            "to 4294967295.")
                    .arg(parser.value(demoSeedOption)));
        options.demoSeed = seed;
    }
    options.minimized = parser.isSet(minimizedOption);
    options.noTray = parser.isSet(noTrayOption);
    if (options.minimized && options.noTray)
        return refusal(QCoreApplication::translate(
            "CommandLine", "--minimized needs the tray: it cannot be used with --no-tray."));
    options.show = parser.isSet(showOption);
    if (options.minimized && (options.show || parser.isSet(jobOption)))
        return refusal(QCoreApplication::translate(
            "CommandLine", "--minimized cannot be used with --show or --job."));
    if (parser.isSet(jobOption)) {
        options.jobId = parser.value(jobOption);
        const auto isDigit = [](QChar character) {
            return character >= QLatin1Char('0') && character <= QLatin1Char('9');
        };
        if (options.jobId.isEmpty()
            || !std::all_of(options.jobId.cbegin(), options.jobId.cend(), isDigit))
            return refusal(
                QCoreApplication::translate("CommandLine",
                                            "--job: '%1' is not a job id: job ids are digits only.")
                    .arg(options.jobId));
    }
    if (parser.isSet(serverOption)) {
        if (options.demo)
            return refusal(QCoreApplication::translate(
                "CommandLine", "--demo and --server cannot be used together."));
        options.server = serverUrlFromText(parser.value(serverOption));
        if (!isAcceptableServerUrl(options.server))
            return refusal(QCoreApplication::translate(
                               "CommandLine",
                               "--server: '%1' is not a usable URL; use https:// (http:// only "
                               "for this machine).")
                               .arg(parser.value(serverOption)));
        options.accessToken = environment.value(QLatin1String(accessTokenVariable));
        if (options.accessToken.isEmpty())
            return refusal(
                QCoreApplication::translate(
                    "CommandLine", "--server needs an access token: set %1 in the environment.")
                    .arg(QLatin1String(accessTokenVariable)));
    }
    return options;
}

LaunchOptions parseThisProcess(const QStringList &arguments)
{
    const LaunchOptions options = parse(arguments, QProcessEnvironment::systemEnvironment());
    qunsetenv(accessTokenVariable);
    return options;
}

QStringList forwardedArguments(const LaunchOptions &options)
{
    if (!options.jobId.isEmpty()) {
        QStringList arguments { QStringLiteral("--job"), options.jobId };
        if (!options.accountName.isEmpty())
            arguments << QStringLiteral("--account") << options.accountName;
        return arguments;
    }
    if (options.minimized)
        return {};
    return { QStringLiteral("--show") };
}

LaunchOptions parseForwarded(const QStringList &forwarded)
{
    return parse(QStringList { QStringLiteral("id360-jobmon") } + forwarded, QProcessEnvironment());
}

} // namespace CommandLine
