// How fast the emulator serves a 200-job page out of 100,000 jobs, with and without a filter,
// measured the way a client sees it: a real HTTP round trip over loopback, the server on its
// own thread, one request at a time on a kept-alive connection.
//
//   build/tests/bench/bench_emulator [--jobs N] [--requests N]

#include "benchreport.h"
#include "emulatorthread.h"
#include "jobgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

namespace {

const QString token = QStringLiteral("1000.bench");

struct Timing
{
    double medianMs;
    double p95Ms;
    int total;
    qint64 bytes;
};

Timing measure(QNetworkAccessManager &network, const QUrl &base, const QString &filter,
               int requests)
{
    QList<double> samples;
    int total = 0;
    qint64 bytes = 0;
    for (int i = 0; i < requests; ++i) {
        QUrl url = base;
        url.setPath(url.path() + QStringLiteral("/jobs"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        // Walk through the first ten pages, as a client paging or polling would.
        query.addQueryItem(QStringLiteral("from"), QString::number(1 + (i % 10) * 200));
        if (!filter.isEmpty())
            query.addQueryItem(QStringLiteral("filter"),
                               QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Zoho-oauthtoken " + token.toUtf8());
        QElapsedTimer elapsed;
        elapsed.start();
        QNetworkReply *reply = network.get(request);
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        samples.append(double(elapsed.nsecsElapsed()) / 1e6);
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            qFatal("request failed: %s", qPrintable(reply->errorString()));
        bytes += body.size();
        const int at = body.indexOf("\"total_no_of_objects\":");
        total = body.mid(at + 22).split('}').constFirst().toInt();
        delete reply;
    }
    std::sort(samples.begin(), samples.end());
    return { samples.at(samples.size() / 2), samples.at(samples.size() * 95 / 100), total,
             bytes / requests };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Jobs served."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests per case."),
                                            QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions({ jobsOption, requestsOption });
    parser.addHelpOption();
    parser.process(app);
    const int jobCount = parser.value(jobsOption).toInt();
    const int requests = parser.value(requestsOption).toInt();

    EmulatorServer::Options options;
    options.accessToken = token;
    EmulatorThread server(JobGenerator::generate(jobCount, 1, QDateTime::currentDateTimeUtc()),
                          options);

    QNetworkAccessManager network;
    std::printf("id360-emulator serving %d jobs, %d requests per case, 200-job pages\n\n", jobCount,
                requests);
    std::printf("%-58s %8s %8s %9s %9s\n", "filter", "median", "p95", "matches", "bytes");
    const QStringList filters {
        QString(),
        QStringLiteral(R"(status eq "COMPLETED")"),
        QStringLiteral(R"(module eq "Management" and status eq "COMPLETED")"),
        QStringLiteral(R"(status eq "QUEUED" or status eq "RUNNING")"),
        QStringLiteral(R"(action_name co "user" and not (status eq "ERROR"))"),
        QStringLiteral(R"(start_time gt "2020-01-01T00:00:00Z" and end_time pr)"),
    };
    for (const QString &filter : filters) {
        measure(network, server.apiBaseUrl(), filter, 20); // warm up
        const Timing timing = measure(network, server.apiBaseUrl(), filter, requests);
        std::printf("%-58s %6.2f ms %6.2f ms %9d %9lld\n",
                    filter.isEmpty() ? "(none)" : qPrintable(filter), timing.medianMs, timing.p95Ms,
                    timing.total, static_cast<long long>(timing.bytes));
        reportMeasure(QStringLiteral("emulator: a 200-job page of %1, filter %2 (median)")
                          .arg(jobCount)
                          .arg(filter.isEmpty() ? QStringLiteral("(none)") : filter),
                      timing.medianMs, QStringLiteral("ms"), BenchTarget::atMost(5));
    }

    return 0;
}
