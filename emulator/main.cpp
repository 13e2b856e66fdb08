#include "emulatorserver.h"
#include "jobgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <unistd.h>

namespace {

int failWithUsage(const QString &message)
{
    std::fprintf(stderr, "id360-emulator: %s\nTry 'id360-emulator --help'.\n",
                 qUtf8Printable(message));
    return 2;
}

std::optional<QHostAddress> parseHost(const QString &text)
{
    if (text == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    const QHostAddress address(text);
    if (address.isNull())
        return std::nullopt;
    return address;
}

const char *description = R"(A local Identity360 server for the demo, the tests and the benchmarks.

Jobs API (every call needs 'Authorization: Zoho-oauthtoken <token>'):
  GET    /api/v1/jobs?limit=&from=&filter=   limit 1 or more, cut down to --max-page-size
                                             (default 200), from 1-based, filter a SCIM
                                             expression over id, action_name, status,
                                             module, start_time, end_time; a '+' in the
                                             query is a space, '%2B' a plus
  GET    /api/v1/jobs/{id}                   one job with its per-entity results
  DELETE /api/v1/jobs/{id}                   200 (or 204, see --delete-status), then 404
  Errors use the contract's body: 400 00000100/00000107, 401 00000101, 403 00000106,
  404 00000104 or "----" Job Not Found, 405 00000105, 429 00000109, 500 00000000.

Zoho OAuth, on the same server (errors come as {"error": "..."} with HTTP 200):
  GET    /oauth/v2/auth             consents at once; redirects to redirect_uri with code,
                                    state, location and accounts-server (PKCE S256/plain)
  POST   /oauth/v2/token            grant_type=authorization_code (code lives 2 min, once)
                                    or refresh_token (10 access tokens per 10 min at most);
                                    tokens grant exactly the scopes asked, and the answer
                                    names them only with --token-answer-scope
  POST   /oauth/v2/token/revoke?token=<refresh token>

Admin API, answering on loopback only:
  GET|POST|DELETE /_emulator/faults    body {"faults": ["error500,count=2", ...]} replaces
                                       the faults; DELETE clears them
  POST   /_emulator/jobs               body {"action_name", "module", "status", "outcome",
                                       "entities", "run_seconds"}, all optional: adds a job
  POST   /_emulator/tick?ms=N          moves a --manual-clock N ms on, then advances the jobs
  POST   /_emulator/self-client-code?scope=S   a Self Client grant code (lives 3 min)

Faults (--fault or the admin API), NAME[=VALUE][,rate=R][,count=N]:
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("id360-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBMON_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(description) + FaultPlan::help());
    // Not addHelpOption(): its --help-all is for Qt's GUI options, which a server has none of, and
    // parse() would leave it to start the server.
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        QStringLiteral("Displays help on commandline options."));
    parser.addOption(helpOption);
    parser.addVersionOption();
    const auto option
        = [&parser](const char *name, const char *help, const char *valueName = nullptr,
                    const char *defaultValue = nullptr) {
              QCommandLineOption created(QString::fromLatin1(name), QString::fromUtf8(help));
              if (valueName)
                  created.setValueName(QString::fromLatin1(valueName));
              if (defaultValue)
                  created.setDefaultValue(QString::fromLatin1(defaultValue));
              parser.addOption(created);
              return created;
          };
    const auto host
        = option("host", "Address to listen on (default 127.0.0.1).", "address", "127.0.0.1");
    const auto port = option("port",
                             "Port; 0 picks a free one (default 0). The base URL is "
                             "printed on stdout once listening.",
                             "port", "0");
    const auto token = option("token",
                              "An access token that never expires and grants every scope "
                              "(default: a random one, printed on stderr).",
                              "token");
    const auto jobs = option("jobs", "How many jobs to generate (default 250).", "count", "250");
    const auto seed = option("seed", "Seed of everything random (default 1).", "seed", "1");
    const auto simulate = option("simulate",
                                 "Let jobs live: new ones arrive QUEUED, run, fill "
                                 "their results and finish.");
    const auto tickMs
        = option("tick-ms", "How often the simulation moves on (default 1000).", "ms", "1000");
    const auto arrivals = option("arrivals-per-minute",
                                 "New jobs per minute when simulating "
                                 "(default 2).",
                                 "rate", "2");
    const auto warningRate = option("warning-rate",
                                    "Share of new jobs that end WARNING "
                                    "(default 0.2).",
                                    "share", "0.2");
    const auto errorRate
        = option("error-rate", "Share of new jobs that end ERROR (default 0.1).", "share", "0.1");
    const auto manualClock
        = option("manual-clock", "Time stands still until POST /_emulator/tick?ms=N.");
    const auto tokenTtl = option("token-ttl",
                                 "Lifetime of issued access tokens in seconds "
                                 "(default 3600).",
                                 "seconds", "3600");
    const auto clientId = option("client-id",
                                 "The registered OAuth client's id (default "
                                 "1000.JOBMONEMULATOR).",
                                 "id", "1000.JOBMONEMULATOR");
    const auto clientSecret = option("client-secret",
                                     "Its secret; empty for a public client "
                                     "(default emulator-secret).",
                                     "secret", "emulator-secret");
    const auto tokenAnswerScope
        = option("token-answer-scope",
                 "Token answers name the scopes granted (\"scope\"). Off by default, as in the "
                 "API contract, whose answer has no such field.");
    const auto accountsMovedTo = option("accounts-moved-to",
                                        "The token and revoke endpoints answer 307 to the same "
                                        "path at this origin, as a moved accounts server might.",
                                        "url");
    const auto accountsAnswerBytes = option("accounts-answer-bytes",
                                            "Pad token and revoke answers with spaces to this "
                                            "many bytes (default 0: as they are).",
                                            "bytes", "0");
    const auto fault
        = option("fault", "Misbehave on purpose (repeatable; see Faults above).", "spec");
    const auto deleteStatus = option("delete-status",
                                     "Answer a successful DELETE with 200 or 204 "
                                     "(default 200).",
                                     "status", "200");
    const auto maxPageSize = option("max-page-size",
                                    "Hand out at most this many jobs per list page, whatever "
                                    "limit was asked for; meta.limit says so (default 200).",
                                    "count", "200");
    const auto noMeta = option("no-meta", "List answers without their meta object.");
    const auto startIndexBase = option("start-index-base",
                                       "What meta.start_index says for the first job: 1, or 0 "
                                       "for a server that counts from 0 (default 1).",
                                       "base", "1");
    const auto log = option("log",
                            "One line per request on stdout (default when stdout is a "
                            "terminal).");
    const auto noLog = option("no-log", "No access log.");

    if (!parser.parse(QCoreApplication::arguments()))
        return failWithUsage(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return failWithUsage(QStringLiteral("unexpected argument '%1'")
                                 .arg(parser.positionalArguments().constFirst()));

    const std::optional<QHostAddress> address = parseHost(parser.value(host));
    if (!address)
        return failWithUsage(
            QStringLiteral("--host: '%1' is not an IP address").arg(parser.value(host)));
    const auto number = [&parser](const QCommandLineOption &which, double minimum,
                                  double maximum) -> std::optional<double> {
        bool ok = false;
        const double value = parser.value(which).toDouble(&ok);
        if (!ok || value < minimum || value > maximum)
            return std::nullopt;
        return value;
    };
    const auto portNumber = number(port, 0, 65535);
    const auto jobCount = number(jobs, 0, 10000000);
    const auto seedNumber = number(seed, 0, 4294967295.0);
    const auto tick = number(tickMs, 10, 3600000);
    const auto arrivalRate = number(arrivals, 0, 100000);
    const auto warnings = number(warningRate, 0, 1);
    const auto errors = number(errorRate, 0, 1);
    const auto ttl = number(tokenTtl, 1, 31536000);
    const auto deleteAnswer = number(deleteStatus, 200, 204);
    const auto answerBytes = number(accountsAnswerBytes, 0, 1e10);
    const QUrl movedTo(parser.value(accountsMovedTo), QUrl::StrictMode);
    const auto pageSize = number(maxPageSize, 1, 100000);
    const auto base = number(startIndexBase, 0, 1);
    if (!portNumber)
        return failWithUsage(QStringLiteral("--port: expected 0..65535"));
    if (!jobCount)
        return failWithUsage(QStringLiteral("--jobs: expected a whole number from 0 to 10000000"));
    if (!seedNumber)
        return failWithUsage(QStringLiteral("--seed: expected a whole number"));
    if (!tick)
        return failWithUsage(QStringLiteral("--tick-ms: expected 10..3600000"));
    if (!arrivalRate)
        return failWithUsage(QStringLiteral("--arrivals-per-minute: expected 0 or more"));
    if (!warnings || !errors || *warnings + *errors > 1)
        return failWithUsage(
            QStringLiteral("--warning-rate and --error-rate: expected shares from 0 to 1 that add "
                           "up to 1 at most"));
    if (!ttl)
        return failWithUsage(QStringLiteral("--token-ttl: expected 1 or more seconds"));
    if (!deleteAnswer || (*deleteAnswer != 200 && *deleteAnswer != 204))
        return failWithUsage(QStringLiteral("--delete-status: expected 200 or 204"));
    if (!answerBytes)
        return failWithUsage(QStringLiteral("--accounts-answer-bytes: expected 0 or more"));
    if (parser.isSet(accountsMovedTo) && (!movedTo.isValid() || movedTo.host().isEmpty()))
        return failWithUsage(QStringLiteral("--accounts-moved-to: expected a URL such as "
                                            "http://127.0.0.1:8081"));
    if (!pageSize)
        return failWithUsage(QStringLiteral("--max-page-size: expected 1..100000"));
    if (!base || (*base != 0 && *base != 1))
        return failWithUsage(QStringLiteral("--start-index-base: expected 0 or 1"));

    EmulatorServer::Options options;
    options.accessToken = parser.value(token);
    if (options.accessToken.isEmpty()) {
        options.accessToken = QStringLiteral("1000.%1").arg(
            QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        std::fprintf(stderr, "access token: %s\n", qUtf8Printable(options.accessToken));
    }
    options.seed = static_cast<quint32>(*seedNumber);
    options.simulation.enabled = parser.isSet(simulate);
    options.simulation.arrivalsPerMinute = *arrivalRate;
    options.simulation.warningRate = *warnings;
    options.simulation.errorRate = *errors;
    options.tickInterval = std::chrono::milliseconds(static_cast<qint64>(*tick));
    options.oauth.clientId = parser.value(clientId);
    options.oauth.clientSecret = parser.value(clientSecret);
    options.oauth.accessTokenLifetime = std::chrono::seconds(static_cast<qint64>(*ttl));
    options.oauth.answerNamesScope = parser.isSet(tokenAnswerScope);
    options.deleteStatus = static_cast<int>(*deleteAnswer);
    if (parser.isSet(accountsMovedTo))
        options.accountsMovedTo = movedTo;
    options.accountsAnswerBytes = static_cast<qint64>(*answerBytes);
    options.maxPageSize = static_cast<int>(*pageSize);
    options.listMeta = !parser.isSet(noMeta);
    options.startIndexBase = static_cast<int>(*base);
    options.accessLog = parser.isSet(log) || (!parser.isSet(noLog) && isatty(STDOUT_FILENO));
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const std::optional<FaultPlan::Fault> parsed = FaultPlan::parse(spec, &error);
        if (!parsed)
            return failWithUsage(QStringLiteral("--fault: ") + error);
        options.faults.append(*parsed);
    }

    const QDateTime start = QDateTime::currentDateTimeUtc();
    ManualClock clock(start);
    if (parser.isSet(manualClock))
        options.manualClock = &clock;
    EmulatorServer server(JobGenerator::generate(static_cast<int>(*jobCount), options.seed, start),
                          options);
    if (server.listen(*address, static_cast<quint16>(*portNumber)) == 0) {
        std::fprintf(stderr, "id360-emulator: cannot listen on %s port %d\n",
                     qUtf8Printable(address->toString()), static_cast<int>(*portNumber));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(server.apiBaseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
