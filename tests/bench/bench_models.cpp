// The job table at 100,000 jobs: applying a poll, sorting, one filter keystroke, recomputing the
// Insights, memory.
//
//   build/tests/bench/bench_models [--jobs N] [--runs N]

#include "benchreport.h"
#include "insightstablemodel.h"
#include "jobfilterproxymodel.h"
#include "jobinsights.h"
#include "jobset.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>

namespace {

const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const char *actions[] = { "Bulk User Creation", "Single User Creation", "Bulk Group Modification",
                          "Bulk Password Reset", "Scheduled User Provisioning" };

// As JobJson decodes them: the few texts that repeat are shared between jobs.
QList<Job> makeJobs(int count)
{
    QList<QString> actionNames;
    for (const char *action : actions)
        actionNames.append(QString::fromLatin1(action));
    const QString module = QStringLiteral("Management");
    const QString completed = jobStatusToApi(JobStatus::Completed);
    const QString error = jobStatusToApi(JobStatus::Error);
    QRandomGenerator random(1);
    QList<Job> jobs;
    jobs.reserve(count);
    for (int n = 0; n < count; ++n) {
        Job job;
        job.id = QString::number(2000000000000LL + n);
        job.startTime = base.addSecs(n * 37LL + random.bounded(30));
        job.endTime = job.startTime.addSecs(random.bounded(5, 1200));
        job.actionName = actionNames.at(random.bounded(5));
        job.module = module;
        job.status = random.bounded(10) < 8 ? JobStatus::Completed : JobStatus::Error;
        job.statusText = job.status == JobStatus::Completed ? completed : error;
        jobs.append(job);
    }
    return jobs;
}

double medianMs(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

// The jobs as the window has them: one account's table, merged, under a filter proxy sorted by
// start time.
struct WindowTable
{
    WindowTable()
    {
        merged.addTable(&model);
        proxy.setSourceModel(&merged);
        proxy.sort(JobTableModel::Started, Qt::DescendingOrder);
    }

    // What a full reconcile with `jobs` does.
    void show(const QList<Job> &jobs) { model.applyChanges(set.merge(jobs, true)); }

    JobSet set;
    JobTableModel model;
    MergedJobModel merged;
    JobFilterProxyModel proxy;
};

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Jobs."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per case."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    parser.addOptions({ jobsOption, runsOption });
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(jobsOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    std::printf("job table with %d jobs, median of %d runs\n\n", count, runs);
    const qint64 rssEmpty = residentBytes();
    qint64 rssTenThousand = 0;
    {
        // Memory at 10,000 jobs, built and measured the same way as the full table below.
        const QList<Job> some = makeJobs(10000);
        WindowTable table;
        table.show(some);
        rssTenThousand = residentBytes() - rssEmpty;
    }
    const qint64 rssBefore = residentBytes();
    const QList<Job> jobs = makeJobs(count);

    WindowTable table;
    table.show(jobs);
    JobSet &set = table.set;
    JobTableModel &model = table.model;
    JobFilterProxyModel &proxy = table.proxy;
    const qint64 rssFull = residentBytes();

    // A poll in which 100 jobs changed status: the sync's merge, then the model's update.
    QList<Job> polled = jobs;
    QRandomGenerator random(2);
    int flip = 0;
    const auto changeHundred = [&] {
        for (int i = 0; i < 100; ++i) {
            Job &job = polled[random.bounded(count)];
            job.status = (flip % 2) ? JobStatus::Warning : JobStatus::Completed;
            job.statusText = jobStatusToApi(job.status);
        }
        ++flip;
    };
    JobChanges changes;
    const double merge = medianMs(runs, changeHundred, [&] { changes = set.merge(polled, true); });
    const double apply = medianMs(
        runs,
        [&] {
            changeHundred();
            changes = set.merge(polled, true);
        },
        [&] { model.applyChanges(changes); });

    // The same data by a reset: a fresh model, refilled, under a freshly sorted proxy.
    const double reset = medianMs(
        std::max(3, runs / 3), [] {},
        [&] {
            WindowTable fresh;
            fresh.show(polled);
        });

    const double sort = medianMs(
        runs, [&] { proxy.sort(JobTableModel::Status, Qt::AscendingOrder); },
        [&] {
            proxy.sort(JobTableModel::Started, Qt::DescendingOrder);
            proxy.rowCount();
        });
    int letter = 0;
    const char *keystrokes[] = { "u", "us", "use", "user" };
    const double keystroke = medianMs(
        runs, [&] { proxy.setText(QString()); },
        [&] {
            proxy.setText(QString::fromLatin1(keystrokes[letter++ % 4]));
            // What the view asks for at once; a lazy proxy does its work here.
            proxy.rowCount();
        });
    const double counts = medianMs(
        runs, [] {}, [&] { proxy.statusCounts(); });

    // What the Insights view does when the jobs change: every job added up again, the table's
    // rows updated. The last job started an hour before "now"; 90 days cover every job.
    const QDateTime now = jobs.constLast().startTime.addSecs(3600);
    InsightsTableModel insightsTable;
    const auto recomputeInsights = [&](int days, InsightsGrouping grouping) {
        return medianMs(
            runs, [] {},
            [&] {
                const InsightsPeriod period(now, days);
                JobInsights insights(period, grouping);
                insights.addAll(table.merged);
                insightsTable.setRows(insights.rows(), grouping, period);
            });
    };
    const double insightsByAction = recomputeInsights(90, InsightsGrouping::Action);
    const double insightsByModule = recomputeInsights(90, InsightsGrouping::Module);
    const double insightsWeek = recomputeInsights(7, InsightsGrouping::Action);

    std::printf("%-58s %9.2f ms\n", "merge a poll of all jobs, 100 changed (JobSet)", merge);
    std::printf("%-58s %9.2f ms\n", "apply those changes (model + sorted proxy)", apply);
    std::printf("%-58s %9.2f ms\n", "same data by reset (fresh model + sorted proxy)", reset);
    std::printf("%-58s %9.0fx\n", "reset / apply", reset / apply);
    std::printf("%-58s %9.1fx\n", "reset / (merge + apply)", reset / (merge + apply));
    std::printf("%-58s %9.2f ms\n", "sort by start time", sort);
    std::printf("%-58s %9.2f ms\n", "one filter keystroke (free text)", keystroke);
    std::printf("%-58s %9.2f ms\n", "status counts for the filter bar", counts);
    std::printf("%-58s %9.2f ms\n", "recompute Insights by action, 90 days", insightsByAction);
    std::printf("%-58s %9.2f ms\n", "recompute Insights by module, 90 days", insightsByModule);
    std::printf("%-58s %9.2f ms\n", "recompute Insights by action, 7 days", insightsWeek);
    std::printf("%-58s %9.1f MB\n", "RSS with no jobs", double(rssEmpty) / 1e6);
    std::printf("%-58s %9.1f MB (%.0f B a job)\n", "RSS added by 10,000 jobs",
                double(rssTenThousand) / 1e6, double(rssTenThousand) / 10000);
    std::printf("%-58s %9.1f MB (%.0f B a job)\n", "RSS added by all jobs (set + model + proxy)",
                double(rssFull - rssBefore) / 1e6, double(rssFull - rssBefore) / count);

    const QString of = QStringLiteral(", %1 jobs").arg(count);
    reportMeasure(QStringLiteral("models: merge a full answer, 100 changed (JobSet)") + of, merge,
                  QStringLiteral("ms"));
    reportMeasure(QStringLiteral("models: apply those changes (model + sorted proxy)") + of, apply,
                  QStringLiteral("ms"), BenchTarget::atMost(10));
    reportMeasure(QStringLiteral("models: the same by reset") + of, reset, QStringLiteral("ms"));
    reportMeasure(QStringLiteral("models: reset / apply") + of, reset / apply, QStringLiteral("x"),
                  BenchTarget::atLeast(20));
    reportMeasure(QStringLiteral("models: reset / (merge + apply)") + of, reset / (merge + apply),
                  QStringLiteral("x"), BenchTarget::atLeast(20));
    reportMeasure(QStringLiteral("models: sort by start time") + of, sort, QStringLiteral("ms"),
                  BenchTarget::atMost(150));
    reportMeasure(QStringLiteral("models: one filter keystroke") + of, keystroke,
                  QStringLiteral("ms"), BenchTarget::atMost(30));
    reportMeasure(QStringLiteral("models: status counts for the filter bar") + of, counts,
                  QStringLiteral("ms"));
    reportMeasure(QStringLiteral("models: recompute Insights by action, 90 days") + of,
                  insightsByAction, QStringLiteral("ms"), BenchTarget::atMost(50));
    reportMeasure(QStringLiteral("models: recompute Insights by module, 90 days") + of,
                  insightsByModule, QStringLiteral("ms"), BenchTarget::atMost(50));
    reportMeasure(QStringLiteral("models: recompute Insights by action, 7 days") + of, insightsWeek,
                  QStringLiteral("ms"), BenchTarget::atMost(50));
    reportMeasure(QStringLiteral("models: RSS per job at 10,000 jobs"),
                  double(rssTenThousand) / 10000, QStringLiteral("B"));
    reportMeasure(QStringLiteral("models: RSS per job") + of, double(rssFull - rssBefore) / count,
                  QStringLiteral("B"));
    return 0;
}
