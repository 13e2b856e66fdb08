#include "insightstablemodel.h"
#include "jobinsights.h"
#include "jobset.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QTimeZone utc = QTimeZone::utc();
// Noon on 10 April 2025: a 7-day period runs from 4 April to 10 April.
const QDateTime now(QDate(2025, 4, 10), QTime(12, 0), Qt::UTC);

Job job(const QString &id, const QString &action, const QString &module, const QDateTime &start,
        JobStatus status, int seconds = 0)
{
    Job made;
    made.id = id;
    made.actionName = action;
    made.module = module;
    made.startTime = start;
    made.status = status;
    made.statusText = jobStatusToApi(status);
    if (!jobStatusIsActive(status))
        made.endTime = start.addSecs(seconds);
    return made;
}

QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2025, 4, day), QTime(hour, minute, second), Qt::UTC);
}

JobDetails results(const QStringList &statuses)
{
    JobDetails details;
    details.entity = QStringLiteral("User");
    for (const QString &status : statuses)
        details.results.append(
            EntityResult { QString::number(details.results.size()), status, {} });
    return details;
}

const QString creation = QStringLiteral("Bulk User Creation");
const QString reset = QStringLiteral("Bulk Password Reset");
const QString management = QStringLiteral("Management");
const QString reports = QStringLiteral("Reports");

// Worked out by hand below.
QList<Job> knownJobs()
{
    Job failedWithResults
        = job(QStringLiteral("2"), creation, management, at(10, 10), JobStatus::Error, 120);
    failedWithResults.details
        = results({ QStringLiteral("ERROR"), QStringLiteral("SUCCESS"), QStringLiteral("ERROR") });
    Job resetFailed = job(QStringLiteral("7"), reset, reports, at(7, 12), JobStatus::Error, 600);
    resetFailed.details = results({ QStringLiteral("FAILED") });
    return {
        job(QStringLiteral("1"), creation, management, at(10, 9), JobStatus::Completed, 60),
        failedWithResults,
        job(QStringLiteral("3"), creation, management, at(9, 8), JobStatus::Warning, 300),
        // The first moment of the period, and the last one before it.
        job(QStringLiteral("4"), creation, management, at(4, 0), JobStatus::Completed, 30),
        job(QStringLiteral("6"), creation, management, at(3, 23, 59, 59), JobStatus::Error, 5),
        job(QStringLiteral("5"), creation, reports, at(10, 11), JobStatus::Running),
        resetFailed,
    };
}

QList<InsightsRow> insightsOf(const QList<Job> &jobs, InsightsGrouping grouping,
                              const InsightsPeriod &period = InsightsPeriod(now, 7, utc))
{
    JobInsights insights(period, grouping);
    for (const Job &each : jobs)
        insights.add(each);
    return insights.rows();
}

} // namespace

class TestJobInsights final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodDaysBeginWhereTheUserLives();
    void perActionNumbersWorkedOutByHand();
    void perModuleNumbersWorkedOutByHand();
    void longerPeriodsReachFurtherBack();
    void readsEveryTableOfTheWindow();
    void tableShowsTheNumbers();
    void tableSortsByRawNumbers();
    void recomputingChangesOnlyWhatChanged();
};

void TestJobInsights::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestJobInsights::periodDaysBeginWhereTheUserLives()
{
    const InsightsPeriod inUtc(now, 7, utc);
    QCOMPARE(inUtc.days(), 7);
    QCOMPARE(inUtc.day(0), QDate(2025, 4, 4));
    QCOMPARE(inUtc.day(6), QDate(2025, 4, 10));
    QCOMPARE(inUtc.dayOf(at(4, 0)), 0);
    QCOMPARE(inUtc.dayOf(at(3, 23, 59, 59)), -1);
    QCOMPARE(inUtc.dayOf(at(9, 22, 30)), 5);
    QCOMPARE(inUtc.dayOf(at(10, 23, 59, 59)), 6);
    QCOMPARE(inUtc.dayOf(at(11, 0)), -1);
    QCOMPARE(inUtc.dayOf(QDateTime()), -1);

    // Berlin is two hours ahead in April: 22:30 UTC on the 9th is half past midnight on the 10th.
    const InsightsPeriod inBerlin(now, 7, QTimeZone("Europe/Berlin"));
    QCOMPARE(inBerlin.dayOf(at(9, 22, 30)), 6);
    QCOMPARE(inBerlin.dayOf(at(3, 22, 0)), 0);
    QCOMPARE(inBerlin.dayOf(at(3, 21, 59)), -1);
    QCOMPARE(inBerlin.dayStart(0), at(3, 22));
}

void TestJobInsights::perActionNumbersWorkedOutByHand()
{
    const QList<InsightsRow> rows = insightsOf(knownJobs(), InsightsGrouping::Action);
    QCOMPARE(rows.size(), 2);

    const InsightsRow &resetRow = rows.at(0);
    QCOMPARE(resetRow.name, reset);
    QCOMPARE(resetRow.runs, 1);
    QCOMPARE(resetRow.failureRate(), 1.0);
    QCOMPARE(resetRow.medianSeconds, 600);
    QCOMPARE(resetRow.p90Seconds, 600);
    QCOMPARE(resetRow.failedEntities, 1);
    QCOMPARE(resetRow.runsByDay, QList<int>({ 0, 0, 0, 1, 0, 0, 0 }));
    QCOMPARE(resetRow.failuresByDay, QList<int>({ 0, 0, 0, 1, 0, 0, 0 }));

    // Jobs 1–5 (6 started a second before the period): 4 ended, 1 failed, 1 warned.
    const InsightsRow &creationRow = rows.at(1);
    QCOMPARE(creationRow.name, creation);
    QCOMPARE(creationRow.runs, 5);
    QCOMPARE(creationRow.ended, 4);
    QCOMPARE(creationRow.failures, 1);
    QCOMPARE(creationRow.warnings, 1);
    QCOMPARE(creationRow.failureRate(), 0.25);
    QCOMPARE(creationRow.warningRate(), 0.25);
    // Finished in 30, 60, 120 and 300 s: the 2nd of 4 is the median, the 4th the 90th percentile.
    QCOMPARE(creationRow.medianSeconds, 60);
    QCOMPARE(creationRow.p90Seconds, 300);
    QCOMPARE(creationRow.jobsWithEntityResults, 1);
    QCOMPARE(creationRow.failedEntities, 2);
    QCOMPARE(creationRow.runsByDay, QList<int>({ 1, 0, 0, 0, 0, 1, 3 }));
    QCOMPARE(creationRow.failuresByDay, QList<int>({ 0, 0, 0, 0, 0, 0, 1 }));
}

void TestJobInsights::perModuleNumbersWorkedOutByHand()
{
    const QList<InsightsRow> rows = insightsOf(knownJobs(), InsightsGrouping::Module);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, management);
    QCOMPARE(rows.at(0).runs, 4);
    QCOMPARE(rows.at(0).failures, 1);
    QCOMPARE(rows.at(0).warnings, 1);
    QCOMPARE(rows.at(0).medianSeconds, 60);
    QCOMPARE(rows.at(1).name, reports);
    // The running job has not ended: one run of two ended, and failed.
    QCOMPARE(rows.at(1).runs, 2);
    QCOMPARE(rows.at(1).ended, 1);
    QCOMPARE(rows.at(1).failureRate(), 1.0);
    QCOMPARE(rows.at(1).medianSeconds, 600);
    QCOMPARE(rows.at(1).runsByDay, QList<int>({ 0, 0, 0, 1, 0, 0, 1 }));
}

void TestJobInsights::longerPeriodsReachFurtherBack()
{
    const QList<InsightsRow> rows
        = insightsOf(knownJobs(), InsightsGrouping::Action, InsightsPeriod(now, 30, utc));
    const InsightsRow &creationRow = rows.at(1);
    QCOMPARE(creationRow.runs, 6);
    QCOMPARE(creationRow.failures, 2);
    QCOMPARE(creationRow.runsByDay.size(), 30);
    // 30 days ending on 10 April begin on 12 March: 3 April is day 22 (counting from 0).
    QCOMPARE(creationRow.failuresByDay.at(22), 1);
    // Durations 5, 30, 60, 120, 300: the 3rd of 5 and the 5th.
    QCOMPARE(creationRow.medianSeconds, 60);
    QCOMPARE(creationRow.p90Seconds, 300);
}

void TestJobInsights::readsEveryTableOfTheWindow()
{
    const QList<Job> jobs = knownJobs();
    JobSet first;
    JobSet second;
    JobTableModel firstTable;
    JobTableModel secondTable;
    firstTable.applyChanges(first.merge(jobs.mid(0, 3), true));
    secondTable.applyChanges(second.merge(jobs.mid(3), true));
    MergedJobModel merged;
    merged.addTable(&firstTable);
    merged.addTable(&secondTable);

    JobInsights insights(InsightsPeriod(now, 7, utc), InsightsGrouping::Action);
    insights.addAll(merged);
    const QList<InsightsRow> rows = insights.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).runs, 5);
    // The job tables keep no details: per-entity counts are unknown there.
    QCOMPARE(rows.at(1).jobsWithEntityResults, 0);
}

void TestJobInsights::tableShowsTheNumbers()
{
    InsightsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const InsightsPeriod period(now, 7, utc);
    model.setRows(insightsOf(knownJobs(), InsightsGrouping::Action), InsightsGrouping::Action,
                  period);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(InsightsTableModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Action"));
    const auto shown
        = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(shown(1, InsightsTableModel::Name), creation);
    QCOMPARE(shown(1, InsightsTableModel::Runs), QStringLiteral("5"));
    QCOMPARE(shown(1, InsightsTableModel::FailureRate), QStringLiteral("25.0%"));
    QCOMPARE(shown(1, InsightsTableModel::WarningRate), QStringLiteral("25.0%"));
    QCOMPARE(shown(1, InsightsTableModel::MedianDuration), QStringLiteral("1 min 0 s"));
    QCOMPARE(shown(1, InsightsTableModel::P90Duration), QStringLiteral("5 min 0 s"));
    QCOMPARE(shown(1, InsightsTableModel::FailedEntities), QStringLiteral("2"));
    QCOMPARE(shown(0, InsightsTableModel::FailureRate), QStringLiteral("100.0%"));
    // The chart says its numbers to a screen reader.
    const QString trend
        = model.index(0, InsightsTableModel::Trend).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(trend.contains(QStringLiteral("7 Apr 2025: runs 1, failed 1")), qPrintable(trend));
    QVERIFY2(trend.contains(QStringLiteral("10 Apr 2025: runs 0, failed 0")), qPrintable(trend));

    // Where nothing is known, a dash rather than a zero.
    model.setRows(
        insightsOf({ job(QStringLiteral("9"), creation, reports, at(10, 11), JobStatus::Queued) },
                   InsightsGrouping::Module),
        InsightsGrouping::Module, period);
    QCOMPARE(model.headerData(InsightsTableModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Module"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(shown(0, InsightsTableModel::Name), reports);
    QCOMPARE(shown(0, InsightsTableModel::FailureRate), QStringLiteral("—"));
    QCOMPARE(shown(0, InsightsTableModel::MedianDuration), QStringLiteral("—"));
    QCOMPARE(shown(0, InsightsTableModel::FailedEntities), QStringLiteral("—"));
}

void TestJobInsights::tableSortsByRawNumbers()
{
    InsightsTableModel model;
    model.setRows(insightsOf(knownJobs(), InsightsGrouping::Action), InsightsGrouping::Action,
                  InsightsPeriod(now, 7, utc));
    const auto sortValue = [&model](int row, int column) {
        return model.index(row, column).data(InsightsTableModel::SortRole);
    };
    QCOMPARE(sortValue(0, InsightsTableModel::FailureRate).toDouble(), 1.0);
    QCOMPARE(sortValue(1, InsightsTableModel::FailureRate).toDouble(), 0.25);
    QCOMPARE(sortValue(0, InsightsTableModel::P90Duration).toLongLong(), 600);
    QCOMPARE(sortValue(1, InsightsTableModel::Runs).toInt(), 5);
}

void TestJobInsights::recomputingChangesOnlyWhatChanged()
{
    InsightsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const InsightsPeriod period(now, 7, utc);
    QList<Job> jobs = knownJobs();
    model.setRows(insightsOf(jobs, InsightsGrouping::Action), InsightsGrouping::Action, period);
    const QPersistentModelIndex creationRow = model.index(1, InsightsTableModel::Name);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // The same jobs again: nothing to say.
    model.setRows(insightsOf(jobs, InsightsGrouping::Action), InsightsGrouping::Action, period);
    QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);

    // One more run of the password reset: its row only.
    jobs.append(job(QStringLiteral("8"), reset, reports, at(10, 11), JobStatus::Completed, 10));
    model.setRows(insightsOf(jobs, InsightsGrouping::Action), InsightsGrouping::Action, period);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.index(0, InsightsTableModel::Runs).data().toString(), QStringLiteral("2"));

    // A new action sorts in between; a gone one is removed; the other row stays where it is.
    jobs.removeIf([](const Job &each) { return each.actionName == reset; });
    jobs.append(job(QStringLiteral("10"), QStringLiteral("Bulk Group Modification"), management,
                    at(10, 11), JobStatus::Completed, 10));
    model.setRows(insightsOf(jobs, InsightsGrouping::Action), InsightsGrouping::Action, period);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, InsightsTableModel::Name).data().toString(),
             QStringLiteral("Bulk Group Modification"));
    QCOMPARE(creationRow.row(), 1);
    QCOMPARE(creationRow.data().toString(), creation);
}

QTEST_GUILESS_MAIN(TestJobInsights)
#include "tst_jobinsights.moc"
