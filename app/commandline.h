#pragma once

#include "cli/accountcommand.h"
#include "cli/auditcommand.h"
#include "cli/jobsrequest.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

// What one start of id360-jobmon was asked to do, read from its arguments and environment.
struct LaunchOptions
{
    enum class Action { Run, Account, Jobs, Audit, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    // Help or version text, or the error for Fail.
    QString message;
    // For Fail: the command whose help to try.
    QString tryHelp = QStringLiteral("id360-jobmon --help");

    // --demo: the embedded emulator on a free loopback port.
    bool demo = false;
    // --demo-seed N: the demo's jobs from this seed, the same on every start (for pictures).
    std::optional<quint32> demoSeed;
    // --server URL with the access token from ID360_ACCESS_TOKEN, for this run only.
    QUrl server;
    QString accessToken;
    // --account NAME: watch this stored account; with --job, the account the job belongs to.
    QString accountName;
    // --minimized: start in the tray, without the window.
    bool minimized = false;
    // --no-tray: no tray icon, the window is the app (closing it quits).
    bool noTray = false;
    // --show: raise the window of the instance already running.
    bool show = false;
    // --job ID: open this job (digits only).
    QString jobId;
    // For Action::Account.
    AccountRequest account;
    // For Action::Jobs.
    JobsRequest jobs;
    // For Action::Audit.
    AuditRequest audit;
};

namespace CommandLine {
inline constexpr char accessTokenVariable[] = "ID360_ACCESS_TOKEN";

// `text` in the context "CommandLine", which is what lupdate reads a tr() call in this namespace
// as. (Outside it, QCoreApplication::translate names the context.)
QString tr(const char *text);

LaunchOptions parse(const QStringList &arguments, const QProcessEnvironment &environment);
// `jobs VERB …` (jobscommandline.cpp); parse() hands those arguments on.
LaunchOptions parseJobs(const QStringList &arguments, const QProcessEnvironment &environment);
// `audit list …` (auditcommandline.cpp).
LaunchOptions parseAudit(const QStringList &arguments);
// What parse(), parseJobs() and parseAudit() answer with: a refusal, said in `message`; or the
// parser's help with `command` ("id360-jobmon jobs list") in place of the program's name. Both in
// the language of the translations installed in the application object, which has to exist.
LaunchOptions refusal(const QString &message);
LaunchOptions helpFrom(QCommandLineParser &parser, const QString &command);
// For a command of verbs (jobs, audit): its `help`, when `verb` is none or asks for help
// (--help, -h, help); nothing when it names a verb.
std::optional<LaunchOptions> helpInPlaceOfVerb(const QString &verb, const QString &help);
// parse() with this process's environment, from which the access token variable is then
// removed: no program the app starts (a browser, xdg-open) inherits the token.
LaunchOptions parseThisProcess(const QStringList &arguments);
// What a second start hands to the instance already running (see SingleInstance), to be read
// there with parse(): --job ID (with --account NAME when given) to open that job, else --show to
// raise the window, also for a plain start, so starting again brings the window forward; nothing
// for --minimized, which asks for no window. What the running instance watches (--demo, --server,
// --account alone) is not passed on.
QStringList forwardedArguments(const LaunchOptions &options);
// How the running instance reads what a second start forwarded: with parse(), without any
// environment (the second start's is not the running one's).
LaunchOptions parseForwarded(const QStringList &forwarded);
} // namespace CommandLine
