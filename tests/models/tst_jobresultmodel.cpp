#include "fixtures/showntext.h"
#include "jobresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<EntityResult> results(int count, int failEvery)
{
    QList<EntityResult> list;
    for (int i = 0; i < count; ++i) {
        const bool fails = failEvery > 0 && i % failEvery == failEvery - 1;
        list.append({ QString::number(2000000000011LL + i),
                      fails ? QStringLiteral("ERROR") : QStringLiteral("SUCCESS"),
                      fails ? QStringLiteral("Email already exists")
                            : QStringLiteral("User created successfully") });
    }
    return list;
}

} // namespace

class TestJobResultModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsResultsAndSummary();
    void growingResultsAppendRows();
    void anotherJobResets();
    void errorsOnlyAndSearch();
    void toolTipsShowTheServersTextAsItIs();

private:
    JobResultModel *m_model = nullptr;
    JobResultFilterModel *m_filter = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestJobResultModel::init()
{
    m_model = new JobResultModel(this);
    m_filter = new JobResultFilterModel(this);
    m_filter->setSourceModel(m_model);
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_model),
                                       static_cast<QAbstractItemModel *>(m_filter) })
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal, this));
}

void TestJobResultModel::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_filter;
    delete m_model;
}

void TestJobResultModel::showsResultsAndSummary()
{
    // The seed's own two results.
    m_model->setResults({ { QStringLiteral("2000000000011"), QStringLiteral("SUCCESS"),
                            QStringLiteral("User created successfully") },
                          { QStringLiteral("2000000000012"), QStringLiteral("ERROR"),
                            QStringLiteral("Email already exists") } });
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, JobResultModel::Entity).data().toString(),
             QStringLiteral("2000000000012"));
    QCOMPARE(m_model->index(1, JobResultModel::Status).data().toString(), QStringLiteral("Error"));
    QCOMPARE(m_model->index(1, JobResultModel::Message).data().toString(),
             QStringLiteral("Email already exists"));
    QCOMPARE(m_model->index(0, JobResultModel::Status).data().toString(),
             QStringLiteral("Success"));
    QVERIFY(m_model->index(1, 0).data(JobResultModel::IsErrorRole).toBool());
    QCOMPARE(m_model->summary().succeeded, 1);
    QCOMPARE(m_model->summary().failed, 1);
}

void TestJobResultModel::growingResultsAppendRows()
{
    const QList<EntityResult> all = results(250, 50);
    m_model->setResults(all.mid(0, 100));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->setResults(all);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 100);
    QCOMPARE(inserted.at(0).at(2).toInt(), 249);
    QCOMPARE(m_model->summary().succeeded, 245);
    QCOMPARE(m_model->summary().failed, 5);
    m_model->setResults(all);
    QCOMPARE(inserted.count(), 1);
}

void TestJobResultModel::anotherJobResets()
{
    m_model->setResults(results(10, 2));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setResults(results(3, 0).mid(1));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->summary().failed, 0);
    QCOMPARE(m_model->summary().succeeded, 2);
}

void TestJobResultModel::errorsOnlyAndSearch()
{
    m_model->setResults(results(3000, 100));
    m_filter->setErrorsOnly(true);
    QCOMPARE(m_filter->rowCount(), 30);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        QCOMPARE(m_filter->index(row, JobResultModel::Status).data().toString(),
                 QStringLiteral("Error"));
    m_filter->setSearchText(QStringLiteral("0000000110"));
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->index(0, JobResultModel::Entity).data().toString(),
             QStringLiteral("2000000000110"));
    m_filter->setErrorsOnly(false);
    m_filter->setSearchText(QStringLiteral("EMAIL ALREADY"));
    QCOMPARE(m_filter->rowCount(), 30);
    m_filter->setSearchText(QString());
    QCOMPARE(m_filter->rowCount(), 3000);
}

// Entity ids, statuses and messages echo what users typed: a tooltip shows them, never renders
// them.
void TestJobResultModel::toolTipsShowTheServersTextAsItIs()
{
    const EntityResult crafted {
        QStringLiteral("<b>2000000000011</b>"), QStringLiteral("<i>SKIPPED</i>"),
        QStringLiteral("<img src=\"x.png\">Department & title <!-- missing")
    };
    m_model->setResults({ crafted });
    const auto toolTip = [this](int column) {
        return shownText(m_model->index(0, column).data(Qt::ToolTipRole).toString());
    };
    QCOMPARE(toolTip(JobResultModel::Entity), crafted.id);
    QCOMPARE(toolTip(JobResultModel::Status), crafted.status);
    QCOMPARE(toolTip(JobResultModel::Message), crafted.message);
}

QTEST_MAIN(TestJobResultModel)
#include "tst_jobresultmodel.moc"
