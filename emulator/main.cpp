#include "emulatorserver.h"
#include "jobgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("id360-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBMON_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Identity360 Jobs API server for the demo, the tests and the benchmarks.\n"
        "Serves GET /api/v1/jobs?limit=&from= (limit 1..200, from 1-based) and answers every\n"
        "request without 'Authorization: Zoho-oauthtoken <token>' with 401."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QStringLiteral("Port to listen on; 0 picks a free one (default 0)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral("The access token clients must send (default: a random one, printed on "
                       "stderr)."),
        QStringLiteral("token"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        QStringLiteral("How many jobs to generate (default 250)."),
                                        QStringLiteral("count"), QStringLiteral("250"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated jobs (default 1)."),
                                        QStringLiteral("seed"), QStringLiteral("1"));
    parser.addOptions({ hostOption, portOption, tokenOption, jobsOption, seedOption });
    if (!parser.parse(QCoreApplication::arguments()))
        return failWithUsage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return failWithUsage(QStringLiteral("unexpected argument '%1'")
                                 .arg(parser.positionalArguments().constFirst()));

    const std::optional<QHostAddress> host = parseHost(parser.value(hostOption));
    if (!host)
        return failWithUsage(
            QStringLiteral("--host: '%1' is not an IP address").arg(parser.value(hostOption)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return failWithUsage(QStringLiteral("--port: expected 0..65535"));
    const int jobCount = parser.value(jobsOption).toInt(&ok);
    if (!ok || jobCount < 0 || jobCount > 10000000)
        return failWithUsage(QStringLiteral("--jobs: expected a whole number from 0 to 10000000"));
    const uint seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return failWithUsage(QStringLiteral("--seed: expected a whole number"));

    QString token = parser.value(tokenOption);
    if (token.isEmpty()) {
        token = QStringLiteral("1000.%1").arg(QRandomGenerator::system()->generate64(), 16, 16,
                                              QLatin1Char('0'));
        std::fprintf(stderr, "access token: %s\n", qUtf8Printable(token));
    }

    EmulatorServer server(JobGenerator::generate(jobCount, seed, QDateTime::currentDateTimeUtc()),
                          token);
    if (server.listen(*host, static_cast<quint16>(port)) == 0) {
        std::fprintf(stderr, "id360-emulator: cannot listen on %s port %u\n",
                     qUtf8Printable(host->toString()), port);
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(server.apiBaseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
