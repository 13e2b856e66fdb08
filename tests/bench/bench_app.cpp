// The running app as a process: the real id360-jobmon against the real id360-emulator, each a
// process of its own, every figure read from /proc (resident memory, CPU ticks, context
// switches) and from the emulator's access log (requests). See --help.

#include "benchprocesses.h"
#include "benchreport.h"
#include "processprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <unistd.h>

namespace {

const QString token = QStringLiteral("1000.bench-app");
// The issue's targets (issue 13).
constexpr double rssTarget100kMb = 150;
constexpr double rssTarget10kMb = 55;
constexpr double rssGrowthTargetMb = 2;
constexpr double idleCpuTargetPercent = 0.02;
constexpr double runningCpuTargetPercent = 0.3;
constexpr double startupTargetMs = 400;
constexpr int hotIntervalMs = 3000;
constexpr double notifyTargetMs = hotIntervalMs + 500;
// A job that runs for as long as the bench does.
constexpr double foreverSeconds = 1e9;

const char *help = R"(
Runs id360-jobmon --server against id360-emulator, both as processes of their own, each app under
a throwaway HOME, XDG folders and runtime folder (so no real settings, cache, keychain entry or
running monitor is touched), and reads every figure from /proc: VmRSS/VmHWM, utime+stime, the
context switches of its threads (wake-ups), and from the emulator's access log (requests).

It needs a display, a tray host and a notification daemon: run it inside the headless session,
  scripts/headless-session build/tests/bench/bench_app [options]

Scenarios (--scenario, comma-separated; all by default):
  memory   RSS after the first full sync with each of --jobs; then, at the largest, RSS after
           --polls hot polls at the minimum hot interval (1 s; one job runs forever)
  idle     CPU % of a core, wake-ups a minute and requests with nothing running, window shown
           and hidden in the tray (--minimized), for each nonzero count of --jobs, over
           --idle-seconds
  running  CPU % following 2 running jobs among the largest of --jobs, window shown, hot
           interval 3 s, over --running-seconds
  startup  from starting the process to a window showing --startup-jobs cached jobs, --runs
           times (the end is the app's own "startup: window shows N jobs" line of the
           jobmon.startup logging category)
  notify   from a job finishing on the emulator (--manual-clock, POST /_emulator/tick) to the
           Notify call on the session bus, --runs times, the finishes spread over a poll cycle

A full run takes about 75 minutes (four 10-minute idle windows, 1,000 one-second polls, the
running window); --quick about 5. Every run prints a table and one BENCH line per measure (see
tests/bench/benchreport.h). Missed targets are figures, not failures: the exit status is
non-zero only when a measurement could not be taken, with the reason on standard error.
)";

struct Failure
{
    QString reason;
};

QString thousands(qint64 number)
{
    return QLocale(QLocale::English).toString(number);
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

struct Options
{
    QString app;
    QString emulator;
    QStringList scenarios;
    QList<int> jobCounts;
    int polls = 1000;
    int idleSeconds = 600;
    int runningSeconds = 300;
    int startupJobs = 10000;
    int runs = 5;
    int settleSeconds = 3;
    quint32 seed = 1;
};

struct Row
{
    QString measure;
    double figure;
    QString unit;
    BenchTarget target;
    QString note;
};

class AppBench
{
public:
    explicit AppBench(const Options &options)
        : m_options(options)
    { }

    void run();
    void printTable() const;

private:
    std::unique_ptr<EmulatorProcess> startQuietEmulator(int jobs);
    void addRunningJob(EmulatorProcess &emulator, const QString &actionName, double seconds);
    void tick(EmulatorProcess &emulator, qint64 ms);
    std::unique_ptr<AppProcess> startApp(const AppHome &home, const EmulatorProcess &emulator,
                                         const QStringList &extraArguments = {},
                                         const QString &loggingRules = {});
    ProcessSample sample(const AppProcess &app) const;
    void waitForFirstSync(const EmulatorProcess &emulator, const AppProcess &app, int jobs);
    void record(const QString &measure, double figure, const QString &unit, BenchTarget target = {},
                const QString &note = {});

    void measureMemory();
    void measureIdle();
    void measureRunning();
    void measureStartup();
    void measureNotify();
    // CPU % of a core, wake-ups a minute and requests over `seconds`, as `what`.
    void measureQuiet(const EmulatorProcess &emulator, const AppProcess &app, int seconds,
                      const QString &what, BenchTarget cpuTarget);

    int largestJobCount() const
    {
        return *std::max_element(m_options.jobCounts.begin(), m_options.jobCounts.end());
    }

    Options m_options;
    QList<Row> m_rows;
};

void AppBench::run()
{
    const std::map<QString, void (AppBench::*)()> scenarios {
        { QStringLiteral("memory"), &AppBench::measureMemory },
        { QStringLiteral("idle"), &AppBench::measureIdle },
        { QStringLiteral("running"), &AppBench::measureRunning },
        { QStringLiteral("startup"), &AppBench::measureStartup },
        { QStringLiteral("notify"), &AppBench::measureNotify },
    };
    for (const QString &scenario : m_options.scenarios) {
        const auto found = scenarios.find(scenario);
        if (found == scenarios.end())
            throw Failure { QStringLiteral(
                                "no scenario '%1' (memory, idle, running, startup, notify)")
                                .arg(scenario) };
        std::fprintf(stderr, "bench_app: %s…\n", qUtf8Printable(scenario));
        (this->*found->second)();
    }
}

void AppBench::record(const QString &measure, double figure, const QString &unit,
                      BenchTarget target, const QString &note)
{
    reportMeasure(measure, figure, unit, target);
    m_rows.append({ measure, figure, unit, target, note });
}

void AppBench::printTable() const
{
    std::printf("\n%-70s %12s %-8s %-10s %s\n", "measure", "figure", "unit", "target", "");
    for (const Row &row : m_rows) {
        std::printf("%-70s %12s %-8s %-10s %-8s %s\n", qUtf8Printable(row.measure),
                    qUtf8Printable(QString::number(
                        row.figure, 'f', row.figure != 0 && std::abs(row.figure) < 1 ? 4 : 1)),
                    qUtf8Printable(row.unit), qUtf8Printable(benchTargetText(row.target)),
                    qUtf8Printable(benchVerdict(row.figure, row.target)), qUtf8Printable(row.note));
    }
}

// An emulator whose jobs have all finished and where nothing new arrives: its clock stands
// still after it moved five minutes on, longer than any generated job still runs.
std::unique_ptr<EmulatorProcess> AppBench::startQuietEmulator(int jobs)
{
    auto emulator = std::make_unique<EmulatorProcess>();
    const std::optional<QString> error = emulator->start(
        m_options.emulator,
        { QStringLiteral("--jobs"), QString::number(jobs), QStringLiteral("--seed"),
          QString::number(m_options.seed), QStringLiteral("--token"), token,
          QStringLiteral("--simulate"), QStringLiteral("--manual-clock"),
          QStringLiteral("--arrivals-per-minute"), QStringLiteral("0") });
    if (error)
        throw Failure { *error };
    tick(*emulator, 5 * 60 * 1000);
    return emulator;
}

void AppBench::tick(EmulatorProcess &emulator, qint64 ms)
{
    QString error;
    if (!emulator.admin(QStringLiteral("tick?ms=%1").arg(ms), {}, &error))
        throw Failure { error };
}

void AppBench::addRunningJob(EmulatorProcess &emulator, const QString &actionName, double seconds)
{
    QJsonObject job { { QStringLiteral("status"), QStringLiteral("RUNNING") },
                      { QStringLiteral("outcome"), QStringLiteral("COMPLETED") },
                      { QStringLiteral("run_seconds"), seconds } };
    if (!actionName.isEmpty())
        job.insert(QStringLiteral("action_name"), actionName);
    QString error;
    if (!emulator.admin(QStringLiteral("jobs"), job, &error))
        throw Failure { error };
}

std::unique_ptr<AppProcess> AppBench::startApp(const AppHome &home, const EmulatorProcess &emulator,
                                               const QStringList &extraArguments,
                                               const QString &loggingRules)
{
    QProcessEnvironment environment = home.environment(token);
    if (!loggingRules.isEmpty())
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), loggingRules);
    auto app = std::make_unique<AppProcess>();
    app->start(m_options.app,
               QStringList { QStringLiteral("--server"), emulator.apiBaseUrl().toString() }
                   + extraArguments,
               environment);
    if (!waitUntil([&] { return app->pid() > 0 || !app->isRunning(); }, 10000) || app->pid() <= 0)
        throw Failure { QStringLiteral("%1 did not start").arg(m_options.app) };
    return app;
}

ProcessSample AppBench::sample(const AppProcess &app) const
{
    const std::optional<ProcessSample> sampled = sampleProcess(app.pid());
    if (!sampled)
        throw Failure {
            QStringLiteral("id360-jobmon ended unexpectedly:\n%1").arg(app.standardErrorTail())
        };
    return *sampled;
}

// The first full sync is over when the emulator has answered the last page (the one starting
// within the last 200 jobs) and the app's CPU has since been quiet (under 5 % of a core) for
// --settle-seconds.
void AppBench::waitForFirstSync(const EmulatorProcess &emulator, const AppProcess &app, int jobs)
{
    const int lastPageFrom = std::max(1, jobs - 199);
    const auto lastPageServed = [&] {
        for (const EmulatorProcess::Request &request : emulator.requests()) {
            if (request.path.endsWith(QLatin1String("/jobs")) && request.status == 200
                && !request.query.contains(QLatin1String("filter="))) {
                const QStringList items = request.query.split(QLatin1Char('&'));
                for (const QString &item : items) {
                    if (item.startsWith(QLatin1String("from="))
                        && item.mid(5).toInt() >= lastPageFrom)
                        return true;
                }
            }
        }
        return false;
    };
    if (!waitUntil([&] { return lastPageServed() || !app.isRunning(); }, 600000, 250)
        || !app.isRunning())
        throw Failure { QStringLiteral("the app did not fetch the last page of %1 jobs in 10 "
                                       "minutes:\n%2")
                            .arg(jobs)
                            .arg(app.standardErrorTail()) };
    const qint64 settleMs = qint64(m_options.settleSeconds) * 1000;
    const double quietTicks = 0.05 * m_options.settleSeconds * cpuTicksPerSecond();
    std::deque<std::pair<qint64, qint64>> ticks; // (ms since waiting, CPU ticks)
    QElapsedTimer waiting;
    waiting.start();
    const bool quiet = waitUntil(
        [&] {
            ticks.emplace_back(waiting.elapsed(), sample(app).cpuTicks);
            while (ticks.size() > 1 && ticks.back().first - ticks[1].first >= settleMs)
                ticks.pop_front();
            return ticks.back().first - ticks.front().first >= settleMs
                && double(ticks.back().second - ticks.front().second) <= quietTicks;
        },
        600000, 250);
    if (!quiet)
        throw Failure { QStringLiteral("the app's CPU did not go quiet within 10 minutes of the "
                                       "last page") };
}

void AppBench::measureMemory()
{
    for (const int jobs : std::as_const(m_options.jobCounts)) {
        const std::unique_ptr<EmulatorProcess> emulator = startQuietEmulator(jobs);
        const AppHome home;
        const std::unique_ptr<AppProcess> app = startApp(home, *emulator);
        waitForFirstSync(*emulator, *app, jobs);
        const ProcessSample synced = sample(*app);
        BenchTarget target;
        if (jobs == 100000)
            target = BenchTarget::atMost(rssTarget100kMb);
        else if (jobs == 10000)
            target = BenchTarget::atMost(rssTarget10kMb);
        record(QStringLiteral("app RSS after the first full sync, %1 jobs").arg(thousands(jobs)),
               double(synced.residentKb) / 1024, QStringLiteral("MB"), target,
               QStringLiteral("peak %1 MB").arg(double(synced.peakResidentKb) / 1024, 0, 'f', 1));
    }

    // Many polls: one job runs for ever, the hot set is polled every second.
    const int jobs = largestJobCount();
    const std::unique_ptr<EmulatorProcess> emulator = startQuietEmulator(jobs);
    addRunningJob(*emulator, QString(), foreverSeconds);
    const AppHome home;
    if (!home.setHotIntervalMs(1000))
        throw Failure { QStringLiteral("cannot write the app's settings file") };
    const std::unique_ptr<AppProcess> app = startApp(home, *emulator);
    waitForFirstSync(*emulator, *app, jobs);
    const ProcessSample synced = sample(*app);
    const auto hotPolls = [&] {
        return std::count_if(emulator->requests().begin(), emulator->requests().end(),
                             [](const EmulatorProcess::Request &request) {
                                 return request.query.contains(QLatin1String("RUNNING"));
                             });
    };
    const qsizetype before = hotPolls();
    if (!waitUntil([&] { return hotPolls() - before >= m_options.polls || !app->isRunning(); },
                   qint64(m_options.polls) * 3000 + 60000, 500))
        throw Failure { QStringLiteral("the app polled %1 times, not %2, in the time given")
                            .arg(hotPolls() - before)
                            .arg(m_options.polls) };
    const ProcessSample polled = sample(*app);
    const QString label = QStringLiteral("%1 jobs, 1 s hot polls").arg(thousands(jobs));
    record(QStringLiteral("app RSS after the first full sync, %1").arg(label),
           double(synced.residentKb) / 1024, QStringLiteral("MB"));
    record(QStringLiteral("app RSS after %1 more polls, %2").arg(thousands(m_options.polls), label),
           double(polled.residentKb) / 1024, QStringLiteral("MB"),
           jobs == 100000 ? BenchTarget::atMost(rssTarget100kMb) : BenchTarget());
    record(
        QStringLiteral("app RSS growth over %1 polls, %2").arg(thousands(m_options.polls), label),
        double(polled.residentKb - synced.residentKb) / 1024, QStringLiteral("MB"),
        BenchTarget::atMost(rssGrowthTargetMb));
}

void AppBench::measureQuiet(const EmulatorProcess &emulator, const AppProcess &app, int seconds,
                            const QString &what, BenchTarget cpuTarget)
{
    const ProcessSample first = sample(app);
    const qint64 from = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer window;
    window.start();
    waitFor(qint64(seconds) * 1000);
    const ProcessSample last = sample(app);
    const double elapsedSeconds = double(window.elapsed()) / 1000;
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const auto requests
        = std::count_if(emulator.requests().begin(), emulator.requests().end(),
                        [&](const EmulatorProcess::Request &request) {
                            return request.seenAtMs >= from && request.seenAtMs <= to;
                        });
    const QString over = QStringLiteral(", over %1 s").arg(seconds);
    record(what + QStringLiteral(": CPU") + over,
           100.0 * double(last.cpuTicks - first.cpuTicks) / cpuTicksPerSecond() / elapsedSeconds,
           QStringLiteral("% core"), cpuTarget,
           QStringLiteral("%1 ticks of %2 s")
               .arg(last.cpuTicks - first.cpuTicks)
               .arg(1.0 / cpuTicksPerSecond()));
    record(what + QStringLiteral(": wake-ups") + over,
           double(contextSwitchesBetween(first, last)) * 60 / elapsedSeconds,
           QStringLiteral("/min"));
    record(what + QStringLiteral(": requests") + over, double(requests),
           QStringLiteral("requests"));
}

void AppBench::measureIdle()
{
    for (const int jobs : std::as_const(m_options.jobCounts)) {
        if (jobs == 0)
            continue;
        const std::unique_ptr<EmulatorProcess> emulator = startQuietEmulator(jobs);
        for (const bool shown : { true, false }) {
            const AppHome home;
            const std::unique_ptr<AppProcess> app
                = startApp(home, *emulator,
                           shown ? QStringList() : QStringList { QStringLiteral("--minimized") });
            waitForFirstSync(*emulator, *app, jobs);
            measureQuiet(*emulator, *app, m_options.idleSeconds,
                         QStringLiteral("idle, %1 jobs, window %2")
                             .arg(thousands(jobs),
                                  shown ? QStringLiteral("shown") : QStringLiteral("hidden")),
                         BenchTarget::atMost(idleCpuTargetPercent));
        }
    }
}

void AppBench::measureRunning()
{
    const int jobs = largestJobCount();
    const std::unique_ptr<EmulatorProcess> emulator = startQuietEmulator(jobs);
    addRunningJob(*emulator, QString(), foreverSeconds);
    addRunningJob(*emulator, QString(), foreverSeconds);
    const AppHome home;
    const std::unique_ptr<AppProcess> app = startApp(home, *emulator);
    waitForFirstSync(*emulator, *app, jobs);
    measureQuiet(*emulator, *app, m_options.runningSeconds,
                 QStringLiteral("2 running among %1 jobs, window shown").arg(thousands(jobs)),
                 BenchTarget::atMost(runningCpuTargetPercent));
}

void AppBench::measureStartup()
{
    const int jobs = m_options.startupJobs;
    const std::unique_ptr<EmulatorProcess> emulator = startQuietEmulator(jobs);
    const AppHome home;
    {
        // The first run fills the cache: the app writes it (QSaveFile) after every full sync,
        // as well as on quit.
        const std::unique_ptr<AppProcess> app = startApp(home, *emulator);
        waitForFirstSync(*emulator, *app, jobs);
        if (!waitUntil([&] { return home.hasCache(); }, 30000))
            throw Failure { QStringLiteral(
                "the app wrote no job cache after its first full sync") };
    }
    static const QRegularExpression shows(
        QStringLiteral(R"(startup: window shows ([1-9]\d*) jobs at ([0-9.]+) ms)"));
    // After the category's own name ("jobmon.startup: startup: …") when Qt prefixes it.
    static const QRegularExpression phase(
        QStringLiteral(R"((?:^|\s)startup: (.+) at ([0-9.]+) ms)"));
    QList<double> wall;
    QList<double> own;
    QStringList phaseOrder;
    std::map<QString, QList<double>> phases;
    for (int run = 0; run < m_options.runs; ++run) {
        const std::unique_ptr<AppProcess> app
            = startApp(home, *emulator, {}, QStringLiteral("jobmon.startup.info=true"));
        const auto shown = app->waitForLine(shows, 60000);
        if (!shown)
            throw Failure { QStringLiteral("no 'startup: window shows N jobs at T ms' line on "
                                           "standard error within 60 s (does this app have the "
                                           "jobmon.startup logging category?):\n%1")
                                .arg(app->standardErrorTail()) };
        wall.append(shown->second);
        own.append(shown->first.captured(2).toDouble());
        for (const QRegularExpressionMatch &match : app->linesMatching(phase)) {
            if (match.captured(1).startsWith(QLatin1String("window shows")))
                continue;
            if (!phases.count(match.captured(1)))
                phaseOrder.append(match.captured(1));
            phases[match.captured(1)].append(match.captured(2).toDouble());
        }
    }
    const auto range = [](const QList<double> &samples) {
        return QStringLiteral("%1 runs, %2–%3 ms")
            .arg(samples.size())
            .arg(*std::min_element(samples.begin(), samples.end()), 0, 'f', 0)
            .arg(*std::max_element(samples.begin(), samples.end()), 0, 'f', 0);
    };
    const QString cached = QStringLiteral("%1 cached jobs").arg(thousands(jobs));
    record(QStringLiteral("start to a window showing %1 (wall clock, median)").arg(cached),
           median(wall), QStringLiteral("ms"), BenchTarget::atMost(startupTargetMs), range(wall));
    record(QStringLiteral("start to a window showing %1 (app's clock from main())").arg(cached),
           median(own), QStringLiteral("ms"), {}, range(own));
    for (const QString &name : std::as_const(phaseOrder))
        record(QStringLiteral("  startup phase: %1 (median, app's clock)").arg(name),
               median(phases[name]), QStringLiteral("ms"));
}

void AppBench::measureNotify()
{
    const int jobs = m_options.startupJobs;
    const std::unique_ptr<EmulatorProcess> emulator = startQuietEmulator(jobs);
    // Something always runs, so the app polls the hot set every 3 s and sees each new job.
    addRunningJob(*emulator, QString(), foreverSeconds);
    NotifyMonitor monitor;
    if (const std::optional<QString> error = monitor.start())
        throw Failure { *error };
    const AppHome home;
    const std::unique_ptr<AppProcess> app = startApp(home, *emulator);
    waitForFirstSync(*emulator, *app, jobs);
    QList<double> latencies;
    for (int run = 0; run < m_options.runs; ++run) {
        const QString name = QStringLiteral("Bench notification %1").arg(run + 1);
        addRunningJob(*emulator, name, 1);
        // Once the app has seen it running (a hot poll after the add, in the log's order), it
        // finishes at a point spread over the poll cycle.
        const int adds = run + 2; // the job running for ever came first
        const auto seenRunning = [&] {
            int added = 0;
            for (const EmulatorProcess::Request &request : emulator->requests()) {
                if (request.method == QLatin1String("POST")
                    && request.path == QLatin1String("/_emulator/jobs"))
                    ++added;
                else if (added == adds && request.query.contains(QLatin1String("RUNNING")))
                    return true;
            }
            return false;
        };
        if (!waitUntil(seenRunning, 30000, 10))
            throw Failure { QStringLiteral("the app did not poll the hot set within 30 s") };
        waitFor(hotIntervalMs * run / m_options.runs + 100);
        const double finishedAt = double(QDateTime::currentMSecsSinceEpoch());
        tick(*emulator, 2000);
        const std::optional<double> notifiedAt = monitor.waitForCall(name, 30000);
        if (!notifiedAt)
            throw Failure { QStringLiteral("no notification for '%1' within 30 s").arg(name) };
        latencies.append(*notifiedAt - finishedAt);
    }
    record(
        QStringLiteral("job finishes -> D-Bus notification, %1 jobs (median)").arg(thousands(jobs)),
        median(latencies), QStringLiteral("ms"), BenchTarget::atMost(notifyTargetMs),
        QStringLiteral("%1 runs, %2–%3 ms")
            .arg(latencies.size())
            .arg(*std::min_element(latencies.begin(), latencies.end()), 0, 'f', 0)
            .arg(*std::max_element(latencies.begin(), latencies.end()), 0, 'f', 0));
}

QList<int> parseCounts(const QString &text)
{
    QList<int> counts;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = item.trimmed().toInt(&ok);
        if (!ok || count < 0)
            throw Failure { QStringLiteral("--jobs: '%1' is not a job count").arg(item) };
        counts.append(count);
    }
    if (counts.isEmpty())
        throw Failure { QStringLiteral("--jobs: no job count") };
    return counts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The running id360-jobmon measured as a process.")
        + QString::fromUtf8(help));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *description,
                                  const QString &defaultValue) {
        const QCommandLineOption created(QString::fromLatin1(name), QString::fromUtf8(description),
                                         QStringLiteral("value"), defaultValue);
        parser.addOption(created);
        return created;
    };
    const auto scenarios = option("scenario", "Scenarios to run, comma-separated.",
                                  QStringLiteral("memory,idle,running,startup,notify"));
    const auto jobs = option("jobs",
                             "Job counts for memory and idle; running and the polls use "
                             "the largest (default 0,10000,100000).",
                             QString());
    const auto polls
        = option("polls", "Hot polls for the flat-memory run (default 1000).", QString());
    const auto idleSeconds = option("idle-seconds", "Idle window (default 600).", QString());
    const auto runningSeconds
        = option("running-seconds", "Window following 2 running jobs (default 300).", QString());
    const auto startupJobs
        = option("startup-jobs", "Cached jobs at start-up, jobs for notify (default 10000).",
                 QStringLiteral("10000"));
    const auto runs = option("runs", "Timed starts and notifications (default 5).", QString());
    const auto settle
        = option("settle-seconds", "Quiet CPU that marks a finished first sync (default 3).",
                 QStringLiteral("3"));
    const auto seed = option("seed", "The emulator's seed (default 1).", QStringLiteral("1"));
    const auto appPath
        = option("app", "The id360-jobmon to measure.", QStringLiteral(JOBMON_APP_BINARY));
    const auto emulatorPath
        = option("emulator", "The id360-emulator to run.", QStringLiteral(JOBMON_EMULATOR_BINARY));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("Short windows and fewer runs, for a smoke run: 20 polls, 30 s windows, 3 "
                       "runs (options given still win)."));
    parser.addOption(quick);
    parser.process(app);

    if (!qEnvironmentVariableIsSet("DISPLAY")) {
        std::fprintf(stderr,
                     "bench_app: no display (DISPLAY is unset); it needs a display, a tray "
                     "host and a notification daemon: run it as\n"
                     "  scripts/headless-session %s\n",
                     qUtf8Printable(QCoreApplication::arguments().join(QLatin1Char(' '))));
        return 1;
    }
    const bool isQuick = parser.isSet(quick);
    const auto number = [&](const QCommandLineOption &which, int full, int short_) {
        if (!parser.isSet(which))
            return isQuick ? short_ : full;
        bool ok = false;
        const int value = parser.value(which).toInt(&ok);
        if (!ok || value < 1)
            throw Failure { QStringLiteral("--%1: expected a positive whole number")
                                .arg(which.names().constFirst()) };
        return value;
    };
    try {
        Options options;
        options.app = parser.value(appPath);
        options.emulator = parser.value(emulatorPath);
        options.scenarios = parser.value(scenarios).split(QLatin1Char(','), Qt::SkipEmptyParts);
        options.jobCounts = parseCounts(parser.isSet(jobs) ? parser.value(jobs)
                                                           : QStringLiteral("0,10000,100000"));
        options.polls = number(polls, 1000, 20);
        options.idleSeconds = number(idleSeconds, 600, 30);
        options.runningSeconds = number(runningSeconds, 300, 30);
        options.runs = number(runs, 5, 3);
        options.startupJobs = number(startupJobs, 10000, 10000);
        options.settleSeconds = number(settle, 3, 3);
        options.seed = quint32(number(seed, 1, 1));
        std::printf("bench_app: %s against %s; %ld CPUs, load %s\n", qUtf8Printable(options.app),
                    qUtf8Printable(options.emulator), sysconf(_SC_NPROCESSORS_ONLN),
                    qUtf8Printable(QString::fromLatin1([] {
                        QFile load(QStringLiteral("/proc/loadavg"));
                        return load.open(QIODevice::ReadOnly) ? load.readAll().trimmed()
                                                              : QByteArray();
                    }())));
        AppBench bench(options);
        bench.run();
        bench.printTable();
    } catch (const Failure &failure) {
        std::fprintf(stderr, "bench_app: %s\n", qUtf8Printable(failure.reason));
        return 1;
    }
    return 0;
}
