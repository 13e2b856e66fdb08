// `id360-jobmon audit list …`, read into an AuditRequest (see commandline.h).
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString verbsHelp()
{
    return QCoreApplication::translate(
               "CommandLine",
               "Usage: id360-jobmon audit VERB [options]\n"
               "The deletion audit trail: every delete asked for, in the window or with 'jobs "
               "delete', and what became of it.\n\nVerbs:\n")
        + QStringLiteral("  list  ")
        + QCoreApplication::translate("CommandLine", "List the delete attempts, newest first.")
        + QLatin1Char('\n')
        + QCoreApplication::translate("CommandLine",
                                      "\nIts options: id360-jobmon audit list --help\n");
}

} // namespace

namespace CommandLine {

LaunchOptions parseAudit(const QStringList &arguments)
{
    // arguments: program, "audit", verb, …
    const QString verbName = arguments.value(2);
    if (std::optional<LaunchOptions> help = helpInPlaceOfVerb(verbName, verbsHelp()))
        return *help;
    if (verbName != QLatin1String("list")) {
        LaunchOptions options = refusal(tr("audit: unknown verb '%1'; use list.").arg(verbName));
        options.tryHelp = QStringLiteral("id360-jobmon audit --help");
        return options;
    }
    const auto fail = [](const QString &message) {
        LaunchOptions options = refusal(QStringLiteral("audit list: ") + message);
        options.tryHelp = QStringLiteral("id360-jobmon audit list --help");
        return options;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the delete attempts, newest first: when, who, which job of which account, and "
           "what became of it."));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        tr("Show this help."));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        tr("Only attempts since <when>: a time back from now (30m, 2h, 7d, 2w), a date "
           "(2026-11-01) or a date and time (2026-11-01T08:00); local time unless it carries Z "
           "or an offset."),
        QStringLiteral("when"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("table (default), json or csv."), QStringLiteral("format"));
    parser.addOptions({ helpOption, sinceOption, formatOption });
    QStringList withoutVerb = arguments;
    withoutVerb.removeAt(2);
    if (!parser.parse(withoutVerb))
        return fail(parser.errorText());
    if (parser.isSet(helpOption))
        return helpFrom(parser, QStringLiteral("id360-jobmon audit list"));
    // positional[0] is "audit".
    if (parser.positionalArguments().size() > 1)
        return fail(tr("unexpected argument '%1'.").arg(parser.positionalArguments().at(1)));

    LaunchOptions options;
    options.action = LaunchOptions::Action::Audit;
    AuditRequest &request = options.audit;
    if (parser.isSet(sinceOption)) {
        const auto since
            = JobsArguments::since(parser.value(sinceOption), QDateTime::currentDateTime());
        if (!since)
            return fail(tr("--since: '%1' is neither a time back from now (30m, 2h, 7d, 2w) nor a "
                           "date (2026-11-01) or date and time (2026-11-01T08:00).")
                            .arg(parser.value(sinceOption)));
        request.since = *since;
    }
    if (parser.isSet(formatOption)) {
        const QString format = parser.value(formatOption).trimmed().toLower();
        // In the order of AuditRequest::Format.
        const QStringList formats { QStringLiteral("table"), QStringLiteral("json"),
                                    QStringLiteral("csv") };
        const auto chosen = formats.indexOf(format);
        if (chosen < 0)
            return fail(tr("--format: '%1' is not one of %2.")
                            .arg(parser.value(formatOption), formats.join(QStringLiteral(", "))));
        request.format = AuditRequest::Format(chosen);
    }
    return options;
}

} // namespace CommandLine
