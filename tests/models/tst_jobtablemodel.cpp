#include "fixtures/jobfixture.h"
#include "fixtures/showntext.h"
#include "jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestJobTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsJobsAsTheUserReadsThem();
    void showsUnknownStatusWithItsText();
    void toolTipsShowTheServersTextAsItIs();
    void sortValuesOrderCorrectly();
    void changedJobsEmitOnlyTheirCells();
    void unchangedListEmitsNothing();
    void removesInRangesAndKeepsPersistentIndexes();
    void appendsNewJobsInOneInsert();
    void runningDurationFollowsTheInjectedClock();
    void timesInUtcOrLocalWithRelativeTooltips();
    void unreadableJobsAreRowsOfTheirOwn();

private:
    // What a full reconcile with `jobs` does to the model.
    void show(const QList<Job> &jobs) { m_model->applyChanges(m_set.merge(jobs, true)); }

    JobSet m_set;
    JobTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestJobTableModel::init()
{
    m_set = JobSet();
    m_model = new JobTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestJobTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestJobTableModel::showsJobsAsTheUserReadsThem()
{
    show({ makeJob(1, JobStatus::Error) });
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(JobTableModel::ColumnCount));
    QCOMPARE(m_model->index(0, JobTableModel::Status).data().toString(), QStringLiteral("Error"));
    // The icon draws (the SVG icon engine is installed), not only exists.
    const auto icon
        = m_model->index(0, JobTableModel::Status).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.pixmap(16, 16).isNull());
    QCOMPARE(m_model->index(0, JobTableModel::Action).data().toString(),
             QStringLiteral("Bulk User Creation"));
    QCOMPARE(m_model->index(0, JobTableModel::Module).data().toString(),
             QStringLiteral("Management"));
    QCOMPARE(m_model->index(0, JobTableModel::Duration).data().toString(),
             QStringLiteral("2 min 13 s"));
    QCOMPARE(m_model->index(0, JobTableModel::Id).data().toString(),
             QStringLiteral("2000000000001"));
    QCOMPARE(m_model->headerData(JobTableModel::Started, Qt::Horizontal).toString(),
             QStringLiteral("Started"));
    QCOMPARE(m_model->index(0, JobTableModel::Finished).data().toString().isEmpty(), false);
}

void TestJobTableModel::showsUnknownStatusWithItsText()
{
    Job job = makeJob(1);
    job.status = JobStatus::Unknown;
    job.statusText = QStringLiteral("PAUSED");
    show({ job });
    QCOMPARE(m_model->index(0, JobTableModel::Status).data().toString(),
             QStringLiteral("Unknown (PAUSED)"));
    QVERIFY(m_model->index(0, JobTableModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("PAUSED")));
}

// A tooltip reads markup; what the server sent is shown as it is, never rendered.
void TestJobTableModel::toolTipsShowTheServersTextAsItIs()
{
    Job job = makeJob(1);
    job.actionName = QStringLiteral("<b>Payroll</b> <span style=\"color:white\">import");
    job.module = QStringLiteral("<img src=\"x.png\">Management");
    job.status = JobStatus::Unknown;
    job.statusText = QStringLiteral("<i>PAUSED</i> & <!-- more");
    show({ job });
    const auto toolTip = [this](int column) {
        return shownText(m_model->index(0, column).data(Qt::ToolTipRole).toString());
    };
    QCOMPARE(toolTip(JobTableModel::Action), job.actionName);
    QCOMPARE(toolTip(JobTableModel::Module), job.module);
    QCOMPARE(toolTip(JobTableModel::Status),
             QStringLiteral("The server reported a status this version does not know: ")
                 + job.statusText);
    QCOMPARE(toolTip(JobTableModel::Id), job.id);
}

void TestJobTableModel::sortValuesOrderCorrectly()
{
    Job shortId = makeJob(1);
    shortId.id = QStringLiteral("999");
    Job running = makeJob(2, JobStatus::Running);
    show({ shortId, running, makeJob(3) });
    const auto sortValue = [this](int row, int column) {
        return m_model->index(row, column).data(JobTableModel::SortRole);
    };
    // 999 < 2000000000003 although "999" > "2000000000003" as text.
    QVERIFY(sortValue(0, JobTableModel::Id).toString()
            < sortValue(2, JobTableModel::Id).toString());
    QVERIFY(sortValue(0, JobTableModel::Started).toLongLong()
            < sortValue(2, JobTableModel::Started).toLongLong());
    // A job still running sorts after every finished one by end time.
    QVERIFY(sortValue(1, JobTableModel::Finished).toLongLong()
            > sortValue(2, JobTableModel::Finished).toLongLong());
    QVERIFY(sortValue(1, JobTableModel::Status).toInt()
            < sortValue(0, JobTableModel::Status).toInt());
}

void TestJobTableModel::changedJobsEmitOnlyTheirCells()
{
    QList<Job> jobs = makeJobs(100);
    show(jobs);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    jobs[10].status = JobStatus::Warning;
    jobs[10].statusText = QStringLiteral("WARNING");
    jobs[42].actionName = QStringLiteral("Bulk Group Modification");
    jobs[77].endTime = jobs[77].endTime.addSecs(5);
    show(jobs);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changedRows(changed), (QSet<int> { 10, 42, 77 }));
    QSet<int> columnsOf42;
    for (const QList<QVariant> &arguments : changed) {
        const auto cell = arguments.at(0).value<QModelIndex>();
        if (cell.row() == 42)
            columnsOf42.insert(cell.column());
    }
    QCOMPARE(columnsOf42, (QSet<int> { JobTableModel::Action }));
    QCOMPARE(m_model->index(10, JobTableModel::Status).data().toString(),
             QStringLiteral("Warning"));
}

void TestJobTableModel::unchangedListEmitsNothing()
{
    const QList<Job> jobs = makeJobs(50);
    show(jobs);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    show(jobs);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(layout.count(), 0);
}

void TestJobTableModel::removesInRangesAndKeepsPersistentIndexes()
{
    QList<Job> jobs = makeJobs(20);
    show(jobs);
    const QPersistentModelIndex survivor = m_model->index(15, JobTableModel::Action);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    // Two separate runs: rows 3..5 and row 9.
    jobs.remove(9);
    jobs.remove(3, 3);
    show(jobs);

    QCOMPARE(m_model->rowCount(), 16);
    QCOMPARE(removed.count(), 2);
    QVERIFY(survivor.isValid());
    QCOMPARE(survivor.row(), 11);
    QCOMPARE(m_model->data(survivor.sibling(survivor.row(), JobTableModel::Id)).toString(),
             QStringLiteral("2000000000016"));
    QCOMPARE(m_model->rowOfJob(QStringLiteral("2000000000016")), 11);
    QCOMPARE(m_model->rowOfJob(QStringLiteral("2000000000004")), -1);
}

void TestJobTableModel::appendsNewJobsInOneInsert()
{
    QList<Job> jobs = makeJobs(5);
    show(jobs);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    jobs.prepend(makeJob(7));
    jobs.prepend(makeJob(6));
    show(jobs);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QCOMPARE(m_model->rowOfJob(QStringLiteral("2000000000006")), 5);
}

void TestJobTableModel::runningDurationFollowsTheInjectedClock()
{
    const Job running = makeJob(1, JobStatus::Running);
    show({ running, makeJob(2) });
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setCurrentTime(running.startTime.addSecs(3900));
    QCOMPARE(m_model->index(0, JobTableModel::Duration).data().toString(),
             QStringLiteral("1 h 5 min"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, JobTableModel::Duration));
    // Waiting in the queue is not running: no duration yet.
    QCOMPARE(m_model->index(2, JobTableModel::Duration).data().toString(), QString());
}

void TestJobTableModel::timesInUtcOrLocalWithRelativeTooltips()
{
    const Job finished = makeJob(1);
    show({ finished });
    m_model->setCurrentTime(finished.endTime.addSecs(180));
    const QModelIndex started = m_model->index(0, JobTableModel::Started);
    QVERIFY(!started.data().toString().endsWith(QStringLiteral("UTC")));
    QCOMPARE(m_model->index(0, JobTableModel::Finished).data(Qt::ToolTipRole).toString(),
             QStringLiteral("3 min ago"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setTimeZone(TimeFormat::Zone::Utc);
    QCOMPARE(changed.count(), 1);
    QVERIFY(started.data().toString().endsWith(QStringLiteral(" UTC")));
    m_model->setTimeZone(TimeFormat::Zone::Utc);
    QCOMPARE(changed.count(), 1);
}

void TestJobTableModel::unreadableJobsAreRowsOfTheirOwn()
{
    const Job unreadable = unreadableJob(99);
    Job marked = makeJob(2, JobStatus::Running);
    show({ makeJob(1), marked, unreadable });
    const QModelIndex status = m_model->index(2, JobTableModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Unreadable"));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(unreadable.readProblem->problem));
    QCOMPARE(m_model->index(2, JobTableModel::Duration).data().toString(), QString());
    // Its start unknown, it sorts with the newest.
    QVERIFY(m_model->index(2, JobTableModel::Started).data(JobTableModel::SortRole).toLongLong()
            > m_model->index(1, JobTableModel::Started).data(JobTableModel::SortRole).toLongLong());

    // A job read before, unreadable in the next answer: the same row, as read, only marked.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->applyChanges(m_set.merge({ makeJob(1), unreadableJob(2), unreadable }, true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(1, JobTableModel::Status));
    QCOMPARE(m_model->index(1, JobTableModel::Status).data().toString(),
             jobStatusDisplayName(JobStatus::Running));
    QVERIFY(m_model->index(1, JobTableModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Could not be read in the last answer")));
    QCOMPARE(m_model->jobAt(1).actionName, marked.actionName);
    QVERIFY(m_model->jobAt(1).readProblem);
    QCOMPARE(m_model->rowCount(), 3);
}

QTEST_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
