#include "jobfilterproxymodel.h"
#include "jobset.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QTest>

namespace {

const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

Job job(int n, JobStatus status, const char *action, const char *module)
{
    Job job;
    job.id = QString::number(2000000000000LL + n);
    job.startTime = base.addSecs(n * 600);
    if (!jobStatusIsActive(status))
        job.endTime = job.startTime.addSecs(60 + n);
    job.actionName = QString::fromLatin1(action);
    job.module = QString::fromLatin1(module);
    job.status = status;
    job.statusText = jobStatusToApi(status);
    return job;
}

QList<Job> sample()
{
    return { job(1, JobStatus::Completed, "Bulk User Creation", "Management"),
             job(2, JobStatus::Error, "Bulk User Creation", "Management"),
             job(3, JobStatus::Warning, "Single User Creation", "Management"),
             job(4, JobStatus::Running, "Bulk Group Modification", "Management"),
             job(5, JobStatus::Queued, "Scheduled User Provisioning", "Automation"),
             job(6, JobStatus::Completed, "Bulk Password Reset", "Management"),
             job(7, JobStatus::Error, "Scheduled User Provisioning", "Automation") };
}

// A table of a test's own jobs, which it changes poll by poll.
struct PolledTable
{
    explicit PolledTable(const QList<Job> &jobs)
    {
        merged.addTable(&model);
        poll(jobs);
    }
    void poll(const QList<Job> &jobs) { model.applyChanges(set.merge(jobs, true)); }

    JobSet set;
    JobTableModel model;
    MergedJobModel merged;
};

} // namespace

class TestJobFilterProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void statusCountsIgnoreOnlyTheStatusFilter();
    void serverMatchedIdsNarrowTheView();
    void accountsWithTheSameIdsStayApart();
    void sortsStablyOnEveryColumn_data();
    void sortsStablyOnEveryColumn();
    void selectionSurvivesAHundredPolls();
    void typingWhileJobsChangeShowsWhatAFreshFilterShows_data();
    void typingWhileJobsChangeShowsWhatAFreshFilterShows();

private:
    QStringList visibleIds() const;

    JobSet m_set;
    JobTableModel *m_model = nullptr;
    MergedJobModel *m_merged = nullptr;
    JobFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestJobFilterProxyModel::init()
{
    m_set = JobSet();
    m_model = new JobTableModel(this);
    m_merged = new MergedJobModel(this);
    m_merged->addTable(m_model);
    m_proxy = new JobFilterProxyModel(this);
    m_proxy->setSourceModel(m_merged);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    m_model->applyChanges(m_set.merge(sample(), true));
    m_proxy->sort(JobTableModel::Started, Qt::AscendingOrder);
}

void TestJobFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_merged;
    delete m_model;
}

QStringList TestJobFilterProxyModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, JobTableModel::Id).data().toString().right(1));
    return ids;
}

void TestJobFilterProxyModel::filters_data()
{
    QTest::addColumn<QList<JobStatus>>("statuses");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fromHours");
    QTest::addColumn<QStringList>("expected");
    const QStringList all { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                            QStringLiteral("7") };
    QTest::newRow("nothing set") << QList<JobStatus>() << QString() << QString() << QString() << -1
                                 << all;
    QTest::newRow("errors") << QList<JobStatus> { JobStatus::Error } << QString() << QString()
                            << QString() << -1
                            << QStringList { QStringLiteral("2"), QStringLiteral("7") };
    QTest::newRow("queued and running")
        << QList<JobStatus> { JobStatus::Queued, JobStatus::Running } << QString() << QString()
        << QString() << -1 << QStringList { QStringLiteral("4"), QStringLiteral("5") };
    QTest::newRow("module, any case")
        << QList<JobStatus>() << QStringLiteral("automation") << QString() << QString() << -1
        << QStringList { QStringLiteral("5"), QStringLiteral("7") };
    QTest::newRow("action") << QList<JobStatus>() << QString()
                            << QStringLiteral("Bulk User Creation") << QString() << -1
                            << QStringList { QStringLiteral("1"), QStringLiteral("2") };
    QTest::newRow("text in the action")
        << QList<JobStatus>() << QString() << QString() << QStringLiteral("user") << -1
        << QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("5"), QStringLiteral("7") };
    QTest::newRow("text in the id")
        << QList<JobStatus>() << QString() << QString() << QStringLiteral("0000006") << -1
        << QStringList { QStringLiteral("6") };
    QTest::newRow("text in the module")
        << QList<JobStatus>() << QString() << QString() << QStringLiteral(" AUTO ") << -1
        << QStringList { QStringLiteral("5"), QStringLiteral("7") };
    QTest::newRow("started after") << QList<JobStatus>() << QString() << QString() << QString() << 1
                                   << QStringList { QStringLiteral("6"), QStringLiteral("7") };
    QTest::newRow("all together") << QList<JobStatus> { JobStatus::Error }
                                  << QStringLiteral("Automation") << QString()
                                  << QStringLiteral("prov") << 0
                                  << QStringList { QStringLiteral("7") };
}

void TestJobFilterProxyModel::filters()
{
    QFETCH(QList<JobStatus>, statuses);
    QFETCH(QString, module);
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(int, fromHours);
    QFETCH(QStringList, expected);
    m_proxy->setStatuses(QSet<JobStatus>(statuses.cbegin(), statuses.cend()));
    m_proxy->setModule(module);
    m_proxy->setAction(action);
    m_proxy->setText(text);
    if (fromHours >= 0)
        m_proxy->setStartRange(base.addSecs(fromHours * 3600 - 1), QDateTime());
    QCOMPARE(visibleIds(), expected);
    QCOMPARE(m_proxy->hasFilters(), expected.size() != 7);
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 7);
}

void TestJobFilterProxyModel::serverMatchedIdsNarrowTheView()
{
    const auto id = [](int n) { return QString::number(2000000000000LL + n); };
    m_proxy->setIds({ { m_model, { id(2), id(5), id(6), id(99) } } });
    QCOMPARE(visibleIds(),
             (QStringList { QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("6") }));
    QVERIFY(m_proxy->hasFilters());
    QCOMPARE(m_proxy->statusCounts().value(JobStatus::Completed), 1);
    m_proxy->setStatuses({ JobStatus::Error });
    QCOMPARE(visibleIds(), QStringList { QStringLiteral("2") });
    // An answer that matched nothing shows nothing, and says a filter is on.
    m_proxy->setStatuses({});
    m_proxy->setIds({ { m_model, {} } });
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(m_proxy->hasFilters());
    m_proxy->setIds({});
    QCOMPARE(m_proxy->rowCount(), 7);
    QVERIFY(!m_proxy->hasFilters());
}

// Two tenants number their jobs alike: every account's jobs show, each under its own name, and
// what one server matched narrows only that account's jobs.
void TestJobFilterProxyModel::accountsWithTheSameIdsStayApart()
{
    m_model->setAccountName(QStringLiteral("Production"));
    // Goes with the merged model, in cleanup().
    auto &lab = *new JobTableModel(m_merged);
    lab.setAccountName(QStringLiteral("lab"));
    JobSet labSet;
    lab.applyChanges(labSet.merge({ job(2, JobStatus::Running, "Bulk User Creation", "Management"),
                                    job(5, JobStatus::Error, "Bulk Password Reset", "Management") },
                                  true));
    m_merged->addTable(&lab);
    QCOMPARE(m_proxy->rowCount(), 9);
    QCOMPARE(m_proxy->statusCounts().value(JobStatus::Error), 3);

    const auto rowsOf = [this](int n) {
        QStringList accounts;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, JobTableModel::Id)
                    .data()
                    .toString()
                    .endsWith(QString::number(n)))
                accounts.append(m_proxy->index(row, JobTableModel::Account).data().toString());
        }
        return accounts;
    };
    // Sorted by id, the twin rows sit together in the order of their accounts' names.
    m_proxy->sort(JobTableModel::Id, Qt::AscendingOrder);
    QCOMPARE(rowsOf(2), (QStringList { QStringLiteral("lab"), QStringLiteral("Production") }));
    m_proxy->sort(JobTableModel::Account, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, JobTableModel::Account).data().toString(), QStringLiteral("lab"));
    QCOMPARE(m_proxy->index(1, JobTableModel::Account).data().toString(), QStringLiteral("lab"));
    QCOMPARE(m_proxy->index(2, JobTableModel::Id).data().toString(),
             QString::number(2000000000001LL));

    // The search finds an account's jobs by its name too.
    m_proxy->setText(QStringLiteral("LAB"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setText(QString());

    const QString five = QString::number(2000000000005LL);
    m_proxy->setIds({ { &lab, { five } } });
    QCOMPARE(m_proxy->rowCount(), 8);
    QCOMPARE(rowsOf(5), (QStringList { QStringLiteral("lab"), QStringLiteral("Production") }));
    QCOMPARE(rowsOf(2), QStringList { QStringLiteral("Production") });
}

void TestJobFilterProxyModel::statusCountsIgnoreOnlyTheStatusFilter()
{
    m_proxy->setStatuses({ JobStatus::Error });
    m_proxy->setModule(QStringLiteral("Management"));
    const QHash<JobStatus, int> counts = m_proxy->statusCounts();
    QCOMPARE(counts.value(JobStatus::Completed), 2);
    QCOMPARE(counts.value(JobStatus::Error), 1);
    QCOMPARE(counts.value(JobStatus::Warning), 1);
    QCOMPARE(counts.value(JobStatus::Running), 1);
    QCOMPARE(counts.value(JobStatus::Queued), 0);
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestJobFilterProxyModel::sortsStablyOnEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::newRow("status") << int(JobTableModel::Status)
                            << QStringList { QStringLiteral("5"), QStringLiteral("4"),
                                             QStringLiteral("3"), QStringLiteral("1"),
                                             QStringLiteral("6"), QStringLiteral("2"),
                                             QStringLiteral("7") };
    QTest::newRow("action, ties by id")
        << int(JobTableModel::Action)
        << QStringList { QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("1"),
                         QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("7"),
                         QStringLiteral("3") };
    QTest::newRow("module") << int(JobTableModel::Module)
                            << QStringList { QStringLiteral("5"), QStringLiteral("7"),
                                             QStringLiteral("1"), QStringLiteral("2"),
                                             QStringLiteral("3"), QStringLiteral("4"),
                                             QStringLiteral("6") };
    QTest::newRow("finished, running last")
        << int(JobTableModel::Finished)
        << QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("4"),
                         QStringLiteral("5") };
}

void TestJobFilterProxyModel::sortsStablyOnEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), ascending);
    // Polls that change nothing about the order leave it exactly as it was.
    QList<Job> jobs = sample();
    jobs[0].endTime = jobs[0].endTime.addSecs(0);
    m_model->applyChanges(m_set.merge(jobs, true));
    QCOMPARE(visibleIds(), ascending);
}

void TestJobFilterProxyModel::selectionSurvivesAHundredPolls()
{
    QList<Job> jobs;
    for (int n = 1; n <= 500; ++n)
        jobs.append(job(n, n % 5 == 0 ? JobStatus::Running : JobStatus::Completed,
                        "Bulk User Creation", "Management"));
    PolledTable table(jobs);
    m_proxy->setSourceModel(&table.merged);
    m_proxy->sort(JobTableModel::Started, Qt::DescendingOrder);
    QItemSelectionModel selection(m_proxy);
    const QString chosen = QString::number(2000000000000LL + 250);
    int row = 0;
    while (m_proxy->index(row, JobTableModel::Id).data().toString() != chosen)
        ++row;
    selection.setCurrentIndex(m_proxy->index(row, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QRandomGenerator random(5);
    int next = 501;
    for (int poll = 0; poll < 100; ++poll) {
        // A few jobs finish, one arrives, one older one goes away.
        for (int i = 0; i < 3; ++i) {
            Job &changed = jobs[random.bounded(int(jobs.size()))];
            if (changed.id == chosen)
                continue;
            changed.status = JobStatus::Warning;
            changed.statusText = QStringLiteral("WARNING");
            changed.endTime = changed.startTime.addSecs(30);
        }
        jobs.prepend(job(next++, JobStatus::Queued, "Single User Creation", "Management"));
        if (jobs.constLast().id != chosen)
            jobs.removeLast();
        table.poll(jobs);
        QCOMPARE(selection.currentIndex()
                     .sibling(selection.currentIndex().row(), JobTableModel::Id)
                     .data()
                     .toString(),
                 chosen);
        QCOMPARE(selection.selectedRows().size(), 1);
    }
    m_proxy->setSourceModel(m_merged);
}

void TestJobFilterProxyModel::typingWhileJobsChangeShowsWhatAFreshFilterShows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("started, newest first") << int(JobTableModel::Started) << Qt::DescendingOrder;
    QTest::newRow("finished") << int(JobTableModel::Finished) << Qt::AscendingOrder;
    QTest::newRow("status") << int(JobTableModel::Status) << Qt::AscendingOrder;
}

// Each keystroke sorts what passes by the order of all jobs found for an earlier one, as long as
// no poll moved a job: the rows and their order are those of a filter set up afresh, whatever
// the polls in between changed, added or removed.
void TestJobFilterProxyModel::typingWhileJobsChangeShowsWhatAFreshFilterShows()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const char *actions[] = { "Bulk User Creation", "Bulk Password Reset", "Single User Creation",
                              "Bulk Group Modification" };
    QList<Job> jobs;
    for (int n = 1; n <= 400; ++n)
        jobs.append(job(n, n % 4 == 0 ? JobStatus::Running : JobStatus::Completed, actions[n % 4],
                        n % 3 ? "Management" : "Automation"));
    PolledTable table(jobs);
    m_proxy->setSourceModel(&table.merged);
    m_proxy->sort(column, order);
    const auto idsOf = [](const QAbstractItemModel &proxy) {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, JobTableModel::Id).data().toString());
        return ids;
    };

    QRandomGenerator random(13);
    int next = 401;
    const QStringList typed { QStringLiteral("u"),    QStringLiteral("us"),  QStringLiteral("use"),
                              QStringLiteral("user"), QStringLiteral("use"), QString(),
                              QStringLiteral("b"),    QStringLiteral("bu"),  QStringLiteral("bul"),
                              QStringLiteral("bulk") };
    // Filtered first and then sorted, a proxy compares the jobs themselves.
    const auto freshIds = [&](const QString &text) {
        JobFilterProxyModel fresh;
        fresh.setSourceModel(&table.merged);
        fresh.setText(text);
        fresh.sort(column, order);
        return idsOf(fresh);
    };
    for (int step = 0; step < typed.size(); ++step) {
        m_proxy->setText(typed.at(step));
        QCOMPARE(idsOf(*m_proxy), freshIds(typed.at(step)));
        // Between keystrokes (every other one): running jobs finish, and every other time one
        // arrives and one goes too.
        if (step % 2)
            continue;
        for (Job &changed : jobs) {
            if (changed.status == JobStatus::Running && random.bounded(3) == 0) {
                changed.status = JobStatus::Error;
                changed.statusText = QStringLiteral("ERROR");
                changed.endTime = changed.startTime.addSecs(random.bounded(5000));
            }
        }
        if (step % 4 == 2) {
            jobs.prepend(job(next, JobStatus::Running, actions[next % 4], "Management"));
            ++next;
            jobs.removeAt(random.bounded(int(jobs.size())));
        }
        table.poll(jobs);
        QCOMPARE(idsOf(*m_proxy), freshIds(typed.at(step)));
    }
    m_proxy->setSourceModel(m_merged);
}

QTEST_MAIN(TestJobFilterProxyModel)
#include "tst_jobfilterproxymodel.moc"
