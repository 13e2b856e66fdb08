// `id360-jobmon jobs VERB …`, read into a JobsRequest (see commandline.h).
#include "accounts/account.h"
#include "commandline.h"
#include "scimfilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace {

struct Verb
{
    const char *name;
    JobsRequest::Verb verb;
    const char *summary;
};

const Verb verbs[] = {
    { "list", JobsRequest::Verb::List,
      QT_TRANSLATE_NOOP("CommandLine", "List jobs, newest first.") },
    { "show", JobsRequest::Verb::Show,
      QT_TRANSLATE_NOOP("CommandLine", "Show a job and its per-entity results.") },
    { "delete", JobsRequest::Verb::Delete,
      QT_TRANSLATE_NOOP("CommandLine", "Delete jobs, after asking (or with --yes).") },
    { "wait", JobsRequest::Verb::Wait,
      QT_TRANSLATE_NOOP("CommandLine", "Wait until jobs finish; say how each ended.") },
    { "watch", JobsRequest::Verb::Watch,
      QT_TRANSLATE_NOOP("CommandLine", "Follow jobs as they change, until Ctrl+C.") },
    { "export", JobsRequest::Verb::Export,
      QT_TRANSLATE_NOOP("CommandLine", "Write a job's per-entity results to a CSV or JSON file.") },
};

QString exitCodesHelp()
{
    return QCoreApplication::translate(
        "CommandLine",
        "\nExit status:\n"
        "  0  success (a job already gone counts as deleted)\n"
        "  1  the server, the network or the sign-in failed; a job of a delete\n"
        "     failed; a waited job disappeared\n"
        "  2  wrong usage, or refused before sending anything\n"
        "  3  a waited job ended with WARNING, ERROR or an unknown status\n"
        "  4  the time given with --timeout ran out\n");
}

QString verbsHelp()
{
    QString help = QCoreApplication::translate(
        "CommandLine",
        "Usage: id360-jobmon jobs VERB [options]\n"
        "The jobs of an Identity360 account, from a terminal or a script.\n\nVerbs:\n");
    for (const Verb &verb : verbs)
        help += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(verb.name), -7)
                    .arg(QCoreApplication::translate("CommandLine", verb.summary));
    help += QCoreApplication::translate("CommandLine",
                                        "\nEach verb's options: id360-jobmon jobs VERB --help\n");
    return help + exitCodesHelp();
}

bool isJobId(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar character) {
        return character >= QLatin1Char('0') && character <= QLatin1Char('9');
    });
}

} // namespace

namespace CommandLine {

LaunchOptions parseJobs(const QStringList &arguments, const QProcessEnvironment &environment)
{
    // arguments: program, "jobs", verb, …
    const QString verbName = arguments.value(2);
    const auto found = std::find_if(std::begin(verbs), std::end(verbs), [&](const Verb &verb) {
        return verbName == QLatin1String(verb.name);
    });
    if (std::optional<LaunchOptions> help = helpInPlaceOfVerb(verbName, verbsHelp()))
        return *help;
    if (found == std::end(verbs)) {
        LaunchOptions options
            = refusal(tr("jobs: unknown verb '%1'; use list, show, delete, wait, watch or export.")
                          .arg(verbName));
        options.tryHelp = QStringLiteral("id360-jobmon jobs --help");
        return options;
    }
    const JobsRequest::Verb verb = found->verb;
    const QString command = QStringLiteral("jobs ") + verbName;
    const auto fail = [&command](const QString &message) {
        LaunchOptions options = refusal(command + QStringLiteral(": ") + message);
        options.tryHelp = QStringLiteral("id360-jobmon ") + command + QStringLiteral(" --help");
        return options;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", found->summary));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        tr("Show this help."));
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        tr("The stored account <name> (see 'id360-jobmon account list'); without it (and without "
           "--server), the account used last."),
        QStringLiteral("name"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("The Jobs API at <url>, for this run only, with the access token from the environment "
           "variable %1.")
            .arg(QLatin1String(accessTokenVariable)),
        QStringLiteral("url"));
    const QCommandLineOption quietOption({ QStringLiteral("q"), QStringLiteral("quiet") },
                                         tr("No messages on standard error but errors."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        tr("Only jobs with these statuses: %1 (comma-separated).")
            .arg(JobsArguments::statusNames().join(QStringLiteral(", "))),
        QStringLiteral("statuses"));
    const QCommandLineOption moduleOption(
        QStringLiteral("module"), tr("Only jobs of the module <name>."), QStringLiteral("name"));
    const QCommandLineOption actionOption(QStringLiteral("action"),
                                          tr("Only jobs whose action contains <text>."),
                                          QStringLiteral("text"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        tr("Only jobs started since <when>: a time back from now (30m, 2h, 7d, 2w), a date "
           "(2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z "
           "or an offset."),
        QStringLiteral("when"));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        tr("Only jobs matching the SCIM filter <expression>, e.g. 'module eq \"Management\" and "
           "status eq \"ERROR\"' (attributes id, action_name, status, module, start_time, "
           "end_time)."),
        QStringLiteral("expression"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("At most <n> jobs, the newest (default 50)."),
                                         QStringLiteral("n"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("Every job, not only the newest 50."));
    const QCommandLineOption listFormatOption(QStringLiteral("format"),
                                              tr("table (default), json, csv or tsv."),
                                              QStringLiteral("format"));
    const QCommandLineOption showFormatOption(
        QStringLiteral("format"), tr("text (default), json or csv."), QStringLiteral("format"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        tr("The columns, comma-separated, of id, status, action, module, started, ended, duration "
           "(default id,status,action,module,started,duration)."),
        QStringLiteral("columns"));
    const QCommandLineOption errorsOnlyOption(QStringLiteral("errors-only"),
                                              tr("Only the entities that failed."));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        tr("Delete without asking (needed when standard input is not a terminal)."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        tr("Give up after <duration> (90s, 10m, 1h, or seconds) with exit status 4."),
        QStringLiteral("duration"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("The file to write, ending .csv or .json."),
                                          QStringLiteral("file"));

    parser.addOptions({ helpOption, accountOption, serverOption, quietOption });
    switch (verb) {
    case JobsRequest::Verb::List:
        parser.addOptions({ statusOption, moduleOption, actionOption, sinceOption, filterOption,
                            limitOption, allOption, listFormatOption, columnsOption });
        break;
    case JobsRequest::Verb::Watch:
        parser.addOptions({ statusOption, moduleOption, actionOption });
        break;
    case JobsRequest::Verb::Show:
        parser.addOptions({ errorsOnlyOption, showFormatOption });
        parser.addPositionalArgument(QStringLiteral("id"), tr("The job."));
        break;
    case JobsRequest::Verb::Export:
        parser.addOptions({ errorsOnlyOption, outputOption });
        parser.addPositionalArgument(QStringLiteral("id"), tr("The job."));
        break;
    case JobsRequest::Verb::Delete:
        parser.addOptions({ yesOption });
        parser.addPositionalArgument(QStringLiteral("id"), tr("The jobs."), QStringLiteral("id…"));
        break;
    case JobsRequest::Verb::Wait:
        parser.addOptions({ timeoutOption });
        parser.addPositionalArgument(QStringLiteral("id"), tr("The jobs."), QStringLiteral("id…"));
        break;
    }
    QStringList withoutVerb = arguments;
    withoutVerb.removeAt(2);
    if (!parser.parse(withoutVerb))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        LaunchOptions options = helpFrom(parser, QStringLiteral("id360-jobmon ") + command);
        options.message += exitCodesHelp();
        return options;
    }

    // Only options of this verb can be set: the parser refused the others.
    const QStringList set = parser.optionNames();
    const auto given = [&set](const QCommandLineOption &option) {
        const QStringList names = option.names();
        return std::any_of(names.cbegin(), names.cend(),
                           [&set](const QString &name) { return set.contains(name); });
    };
    const auto valueOf = [&parser, &given](const QCommandLineOption &option) {
        return given(option) ? parser.value(option) : QString();
    };
    LaunchOptions options;
    options.action = LaunchOptions::Action::Jobs;
    JobsRequest &request = options.jobs;
    request.verb = verb;
    request.quiet = given(quietOption);
    request.accountName = valueOf(accountOption).trimmed();
    if (given(accountOption) && request.accountName.isEmpty())
        return fail(tr("--account needs the account's name."));
    if (given(serverOption)) {
        if (given(accountOption))
            return fail(tr("--account and --server cannot be used together."));
        request.server = serverUrlFromText(valueOf(serverOption));
        if (!isAcceptableServerUrl(request.server))
            return fail(tr("--server: '%1' is not a usable URL; use https:// (http:// only for "
                           "this machine).")
                            .arg(valueOf(serverOption)));
        request.accessToken = environment.value(QLatin1String(accessTokenVariable));
        if (request.accessToken.isEmpty())
            return fail(tr("--server needs an access token: set %1 in the environment.")
                            .arg(QLatin1String(accessTokenVariable)));
    }

    // positional[0] is "jobs".
    const QStringList ids = parser.positionalArguments().mid(1);
    for (const QString &id : ids) {
        if (!isJobId(id))
            return fail(tr("'%1' is not a job id: job ids are digits only.").arg(id));
        if (!request.ids.contains(id))
            request.ids.append(id);
    }
    switch (verb) {
    case JobsRequest::Verb::List:
    case JobsRequest::Verb::Watch:
        if (!ids.isEmpty())
            return fail(tr("unexpected argument '%1'.").arg(ids.constFirst()));
        break;
    case JobsRequest::Verb::Show:
    case JobsRequest::Verb::Export:
        if (ids.size() != 1)
            return fail(tr("give exactly one job id."));
        break;
    case JobsRequest::Verb::Delete:
    case JobsRequest::Verb::Wait:
        if (ids.isEmpty())
            return fail(tr("give the id of at least one job."));
        break;
    }

    if (given(statusOption)) {
        QString unknown;
        const auto statuses = JobsArguments::statuses(valueOf(statusOption), &unknown);
        if (!statuses)
            return fail(tr("--status: '%1' is not a status; use %2.")
                            .arg(unknown, JobsArguments::statusNames().join(QStringLiteral(", "))));
        request.statuses = *statuses;
    }
    request.module = valueOf(moduleOption).trimmed();
    request.action = valueOf(actionOption).trimmed();
    if (given(sinceOption)) {
        const auto since = JobsArguments::since(valueOf(sinceOption), QDateTime::currentDateTime());
        if (!since)
            return fail(tr("--since: '%1' is neither a time back from now (30m, 2h, 7d, 2w) nor a "
                           "date (2026-11-01) or date and time (2026-11-01T08:00).")
                            .arg(valueOf(sinceOption)));
        request.since = *since;
    }
    if (given(filterOption)) {
        request.filter = valueOf(filterOption);
        ScimFilterError error;
        if (!ScimFilter::parse(request.filter, &error))
            return fail(QStringLiteral("--filter: ") + error.message);
    }
    if (given(limitOption)) {
        if (given(allOption))
            return fail(tr("--limit and --all cannot be used together."));
        bool ok = false;
        request.limit = valueOf(limitOption).toInt(&ok);
        if (!ok || request.limit < 1)
            return fail(
                tr("--limit: '%1' is not a number of jobs (1 or more).").arg(valueOf(limitOption)));
    }
    if (given(allOption))
        request.limit = 0;
    if (given(listFormatOption)) {
        const QString format = valueOf(listFormatOption).trimmed().toLower();
        const bool listing = verb == JobsRequest::Verb::List;
        const QStringList formats = listing
            ? QStringList { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"),
                            QStringLiteral("tsv") }
            : QStringList { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv") };
        const auto chosen = formats.indexOf(format);
        if (chosen < 0)
            return fail(tr("--format: '%1' is not one of %2.")
                            .arg(valueOf(listFormatOption), formats.join(QStringLiteral(", "))));
        // The names are listed in the order of the formats' enums.
        if (listing)
            request.listFormat = JobOutput::ListFormat(chosen);
        else
            request.showFormat = JobOutput::ShowFormat(chosen);
    }
    if (given(columnsOption)) {
        QString problem;
        const auto columns = JobOutput::parseColumns(valueOf(columnsOption), &problem);
        if (!columns)
            return fail(QStringLiteral("--columns: ") + problem);
        request.columns = *columns;
    }
    request.errorsOnly = given(errorsOnlyOption);
    request.yes = given(yesOption);
    if (given(timeoutOption)) {
        request.timeout = JobsArguments::duration(valueOf(timeoutOption));
        if (!request.timeout || request.timeout->count() == 0)
            return fail(tr("--timeout: '%1' is not a duration (90s, 10m, 1h, 1d, or seconds).")
                            .arg(valueOf(timeoutOption)));
        // What a timer can count: about 24.8 days in milliseconds.
        if (*request.timeout > JobsRequest::longestTimeout)
            return fail(tr("--timeout: '%1' is longer than the longest wait, 24 days.")
                            .arg(valueOf(timeoutOption)));
    }
    if (verb == JobsRequest::Verb::Export) {
        request.output = valueOf(outputOption);
        if (request.output.isEmpty())
            return fail(tr("--output is required: the file to write, ending .csv or .json."));
        if (!request.output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            && !request.output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return fail(
                tr("--output: '%1' ends neither in .csv nor in .json.").arg(request.output));
    }
    return options;
}

} // namespace CommandLine
