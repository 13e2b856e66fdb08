#include "jobgenerator.h"
#include "scimscan.h"

#include <QTest>

class TestScimScan final : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithMatchesWhetherTextsAreSharedOrNot_data();
    void agreesWithMatchesWhetherTextsAreSharedOrNot();
};

void TestScimScan::agreesWithMatchesWhetherTextsAreSharedOrNot_data()
{
    QTest::addColumn<QString>("expression");
    // Texts only: answers are remembered.
    QTest::newRow("module and status")
        << QStringLiteral(R"(module eq "Management" and status eq "COMPLETED")");
    QTest::newRow("action or status")
        << QStringLiteral(R"(action_name co "single" or status eq "queued")");
    QTest::newRow("not") << QStringLiteral(R"(not (status eq "ERROR") and action_name sw "Bulk")");
    // Reads the id and the end: every job is asked.
    QTest::newRow("id and end") << QStringLiteral(R"(id ew "7" and end_time pr)");
}

// Many jobs sharing a few texts (as the emulator keeps them), and the same jobs with texts of
// their own: a scan must answer exactly as matches() does for both.
void TestScimScan::agreesWithMatchesWhetherTextsAreSharedOrNot()
{
    QFETCH(QString, expression);
    const QList<Job> kinds
        = JobGenerator::generate(12, 5, QDateTime(QDate(2025, 4, 4), QTime(13, 0), Qt::UTC));
    QList<Job> shared;
    QList<Job> separate;
    for (int i = 0; i < 300; ++i) {
        Job job = kinds.at(i % kinds.size());
        job.id = QString::number(3000000000000LL + i);
        shared.append(job);
        job.actionName = QString(job.actionName.constData(), job.actionName.size());
        job.module = QString(job.module.constData(), job.module.size());
        job.statusText = QString(job.statusText.constData(), job.statusText.size());
        separate.append(job);
    }
    ScimFilterError error;
    const std::optional<ScimFilter> filter = ScimFilter::parse(expression, &error);
    QVERIFY2(filter, qPrintable(error.message));
    for (const QList<Job> *jobs : { &shared, &separate }) {
        ScimScan scan(*filter);
        int matched = 0;
        for (const Job &job : *jobs) {
            QCOMPARE(scan.matches(job), filter->matches(job));
            matched += filter->matches(job) ? 1 : 0;
        }
        QVERIFY2(matched > 0 && matched < jobs->size(), qPrintable(QString::number(matched)));
    }
}

QTEST_GUILESS_MAIN(TestScimScan)
#include "tst_scimscan.moc"
