#include "fixtures/jobfixture.h"
#include "jobset.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// One account's jobs as the sync keeps them: a table fed by merging each answer.
struct AccountTable
{
    explicit AccountTable(const QString &name) { table.setAccountName(name); }

    // What a full listing with `jobs` does to the table.
    void show(const QList<Job> &jobs) { table.applyChanges(set.merge(jobs, true)); }

    JobSet set;
    JobTableModel table;
};

QString accountAt(const MergedJobModel &merged, int row)
{
    return merged.index(row, JobTableModel::Account).data().toString();
}

} // namespace

// Two accounts' tables as one: rows one table after the other, each named by its account, and
// every change to either arrives as the same small change to the merged rows.
class TestMergedJobModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsLieOneTableAfterAnother();
    void rowsCompareAcrossTables();
    void aChangedJobChangesItsMergedRow();
    void jobsGainedInsertWhereTheirTableSits();
    void jobsLostLeaveWhereTheySat();
    void anEmptyTableTakesNoRows();

private:
    std::unique_ptr<AccountTable> m_production;
    std::unique_ptr<AccountTable> m_lab;
    std::unique_ptr<MergedJobModel> m_merged;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMergedJobModel::init()
{
    m_production = std::make_unique<AccountTable>(QStringLiteral("Production"));
    m_production->show(makeJobs(3));
    m_lab = std::make_unique<AccountTable>(QStringLiteral("lab"));
    m_lab->show({ makeJob(2, JobStatus::Running) });
    m_merged = std::make_unique<MergedJobModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_merged.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_merged->addTable(&m_production->table);
    m_merged->addTable(&m_lab->table);
}

void TestMergedJobModel::cleanup()
{
    m_tester.reset();
    m_merged.reset();
    m_lab.reset();
    m_production.reset();
}

void TestMergedJobModel::rowsLieOneTableAfterAnother()
{
    QCOMPARE(m_merged->rowCount(), 4);
    QCOMPARE(m_merged->columnCount(), int(JobTableModel::ColumnCount));
    QCOMPARE(m_merged->headerData(JobTableModel::Account, Qt::Horizontal).toString(),
             QStringLiteral("Account"));
    QCOMPARE(accountAt(*m_merged, 2), QStringLiteral("Production"));
    QCOMPARE(accountAt(*m_merged, 3), QStringLiteral("lab"));
    QCOMPARE(m_merged->index(3, JobTableModel::Status).data().toString(),
             QStringLiteral("Running"));
    // The same id in both, each its own job.
    QCOMPARE(m_merged->jobAt(1).id, m_merged->jobAt(3).id);
    QCOMPARE(m_merged->jobAt(1).status, JobStatus::Completed);
    QCOMPARE(m_merged->jobAt(3).status, JobStatus::Running);

    QCOMPARE(m_merged->locate(0).table, &m_production->table);
    QCOMPARE(m_merged->locate(2).table, &m_production->table);
    QCOMPARE(m_merged->locate(2).row, 2);
    QCOMPARE(m_merged->locate(3).table, &m_lab->table);
    QCOMPARE(m_merged->locate(3).row, 0);
    QVERIFY(!m_merged->locate(4).table);
    QCOMPARE(m_merged->offsetOf(&m_production->table), 0);
    QCOMPARE(m_merged->offsetOf(&m_lab->table), 3);
    QCOMPARE(m_merged->tables(), (QList<JobTableModel *> { &m_production->table, &m_lab->table }));
}

void TestMergedJobModel::rowsCompareAcrossTables()
{
    // By account, the names in any case: "lab" before "Production".
    QVERIFY(m_merged->compareRows(3, 1, JobTableModel::Account) < 0);
    QVERIFY(m_merged->compareRows(1, 3, JobTableModel::Account) > 0);
    QCOMPARE(m_merged->compareRows(0, 2, JobTableModel::Account), 0);
    // Otherwise as the tables order their jobs: running before completed.
    QVERIFY(m_merged->compareRows(3, 1, JobTableModel::Status) < 0);
    QVERIFY(m_merged->compareRows(0, 2, JobTableModel::Started) < 0);
    QCOMPARE(m_merged->compareRows(1, 3, JobTableModel::Id), 0);
}

void TestMergedJobModel::aChangedJobChangesItsMergedRow()
{
    QSignalSpy changed(m_merged.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_merged.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_merged.get(), &QAbstractItemModel::rowsRemoved);
    m_lab->show({ makeJob(2, JobStatus::Warning) });
    QCOMPARE(changedRows(changed), QSet<int> { 3 });
    QCOMPARE(m_merged->index(3, JobTableModel::Status).data().toString(),
             QStringLiteral("Warning"));
    changed.clear();
    Job renamed = makeJob(2);
    renamed.actionName = QStringLiteral("Bulk Group Modification");
    m_production->show({ makeJob(1), renamed, makeJob(3) });
    QCOMPARE(changedRows(changed), QSet<int> { 1 });
    QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().column(), int(JobTableModel::Action));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void TestMergedJobModel::jobsGainedInsertWhereTheirTableSits()
{
    QSignalSpy inserted(m_merged.get(), &QAbstractItemModel::rowsInserted);
    m_lab->show({ makeJob(2, JobStatus::Running), makeJob(9) });
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 4);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 4);
    QCOMPARE(m_merged->jobAt(4).id, makeJob(9).id);

    // A job the first table gains comes before the second's rows.
    m_production->show(makeJobs(4));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(m_merged->rowCount(), 6);
    QCOMPARE(m_merged->jobAt(3).id, makeJob(4).id);
    QCOMPARE(accountAt(*m_merged, 3), QStringLiteral("Production"));
    QCOMPARE(accountAt(*m_merged, 4), QStringLiteral("lab"));
    QCOMPARE(m_merged->locate(5).row, 1);
}

// Rows leaving either table leave the merged rows where they sat.
void TestMergedJobModel::jobsLostLeaveWhereTheySat()
{
    m_lab->show({ makeJob(2, JobStatus::Running), makeJob(9) });
    QSignalSpy removed(m_merged.get(), &QAbstractItemModel::rowsRemoved);
    m_lab->show({ makeJob(9) });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().at(1).toInt(), 3);
    QCOMPARE(removed.constFirst().at(2).toInt(), 3);
    QCOMPARE(m_merged->rowCount(), 4);

    m_production->show({ makeJob(1) });
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QCOMPARE(m_merged->rowCount(), 2);
    QCOMPARE(m_merged->jobAt(1).id, makeJob(9).id);
    QCOMPARE(accountAt(*m_merged, 1), QStringLiteral("lab"));
}

void TestMergedJobModel::anEmptyTableTakesNoRows()
{
    AccountTable empty(QStringLiteral("Staging"));
    AccountTable late(QStringLiteral("Late"));
    late.show(makeJobs(2));
    QSignalSpy inserted(m_merged.get(), &QAbstractItemModel::rowsInserted);
    m_merged->addTable(&empty.table);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_merged->rowCount(), 4);
    // A table added with jobs: its rows in one insert, at the end.
    m_merged->addTable(&late.table);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 4);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 5);
    QCOMPARE(accountAt(*m_merged, 5), QStringLiteral("Late"));
    // The empty table's first job comes between the tables around it.
    empty.show({ makeJob(7) });
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(accountAt(*m_merged, 4), QStringLiteral("Staging"));
    QCOMPARE(accountAt(*m_merged, 5), QStringLiteral("Late"));
    QCOMPARE(m_merged->offsetOf(&late.table), 5);
    // The tables must outlive the merged model.
    m_tester.reset();
    m_merged.reset();
}

QTEST_MAIN(TestMergedJobModel)
#include "tst_mergedjobmodel.moc"
