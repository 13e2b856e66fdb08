#include "faultplan.h"

#include <QTest>

Q_DECLARE_METATYPE(FaultPlan::Kind)

class TestFaultPlan final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void countedFaultsRunOut();
    void onlyOneFaultReplacesAnAnswer();
    void listModifiersWaitForListRequests();
    void answerQuirksGoAlongWithAFailure();
    void rateZeroNeverFiresAndLatencyAddsUp();
};

void TestFaultPlan::parses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<FaultPlan::Kind>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("count");
    using Kind = FaultPlan::Kind;
    QTest::newRow("latency") << QStringLiteral("latency=250") << Kind::Latency << qint64(250) << 1.0
                             << -1;
    QTest::newRow("error500 at a rate")
        << QStringLiteral("error500,rate=0.2") << Kind::Error500 << qint64(0) << 0.2 << -1;
    QTest::newRow("rate limit default")
        << QStringLiteral("rate-limit") << Kind::RateLimit << qint64(30) << 1.0 << -1;
    QTest::newRow("rate limit twice")
        << QStringLiteral("rate-limit=5,count=2") << Kind::RateLimit << qint64(5) << 1.0 << 2;
    QTest::newRow("malformed") << QStringLiteral("malformed") << Kind::Malformed << qint64(0) << 1.0
                               << -1;
    QTest::newRow("truncate once")
        << QStringLiteral("truncate,count=1") << Kind::Truncate << qint64(0) << 1.0 << 1;
    QTest::newRow("reset") << QStringLiteral("reset,rate=0.05,count=3") << Kind::Reset << qint64(0)
                           << 0.05 << 3;
    QTest::newRow("lying total") << QStringLiteral("lying-total=-50") << Kind::LyingTotal
                                 << qint64(-50) << 1.0 << -1;
    QTest::newRow("repeat page") << QStringLiteral("repeat-page") << Kind::RepeatPage << qint64(0)
                                 << 1.0 << -1;
    QTest::newRow("oversized") << QStringLiteral("oversized=2000000") << Kind::Oversized
                               << qint64(2000000) << 1.0 << -1;
    QTest::newRow("stall") << QStringLiteral("stall,count=1") << Kind::Stall << qint64(0) << 1.0
                           << 1;
    QTest::newRow("odd job") << QStringLiteral("odd-job") << Kind::OddJob << qint64(0) << 1.0 << -1;
    QTest::newRow("job without id")
        << QStringLiteral("no-id-job,count=2") << Kind::NoIdJob << qint64(0) << 1.0 << 2;
    QTest::newRow("empty end time")
        << QStringLiteral("empty-end-time") << Kind::EmptyEndTime << qint64(0) << 1.0 << -1;
}

void TestFaultPlan::parses()
{
    QFETCH(QString, spec);
    QFETCH(FaultPlan::Kind, kind);
    QFETCH(qint64, value);
    QFETCH(double, rate);
    QFETCH(int, count);
    QString error;
    const std::optional<FaultPlan::Fault> fault = FaultPlan::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->kind, kind);
    QCOMPARE(fault->value, value);
    QCOMPARE(fault->rate, rate);
    QCOMPARE(fault->count, count);
    // What GET /_emulator/faults shows reads back as the same fault.
    const std::optional<FaultPlan::Fault> again
        = FaultPlan::parse(FaultPlan::format(*fault), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->kind, kind);
    QCOMPARE(again->value, value);
    QCOMPARE(again->count, count);
}

void TestFaultPlan::rejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown") << QStringLiteral("explode")
                             << QStringLiteral(
                                    "fault 'explode': unknown fault; known: latency, "
                                    "error500, rate-limit, malformed, truncate, reset, "
                                    "lying-total, repeat-page, oversized, stall, odd-job, "
                                    "no-id-job, empty-end-time");
    QTest::newRow("latency without value")
        << QStringLiteral("latency")
        << QStringLiteral("fault 'latency': needs a value, as in latency=250");
    QTest::newRow("value not a number")
        << QStringLiteral("latency=soon")
        << QStringLiteral("fault 'latency=soon': the value after '=' must be a whole number");
    QTest::newRow("rate above 1")
        << QStringLiteral("error500,rate=2")
        << QStringLiteral("fault 'error500,rate=2': rate must be a number from 0 to 1");
    QTest::newRow("count 0")
        << QStringLiteral("reset,count=0")
        << QStringLiteral("fault 'reset,count=0': count must be a whole number of 1 or more");
    QTest::newRow("unknown setting")
        << QStringLiteral("stall,after=3")
        << QStringLiteral("fault 'stall,after=3': unknown setting 'after'; use rate= or count=");
}

void TestFaultPlan::rejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!FaultPlan::parse(spec, &message));
    QCOMPARE(message, error);
}

void TestFaultPlan::countedFaultsRunOut()
{
    FaultPlan plan(1);
    plan.set({ *FaultPlan::parse(QStringLiteral("error500,count=2"), nullptr) });
    QVERIFY(plan.decide(false).failure);
    QCOMPARE(plan.describe(), QStringList { QStringLiteral("error500,count=1") });
    QVERIFY(plan.decide(true).failure);
    QVERIFY(!plan.decide(true).failure);
    QVERIFY(plan.faults().isEmpty());
}

void TestFaultPlan::onlyOneFaultReplacesAnAnswer()
{
    FaultPlan plan(1);
    plan.set({ *FaultPlan::parse(QStringLiteral("reset,count=1"), nullptr),
               *FaultPlan::parse(QStringLiteral("error500,count=1"), nullptr) });
    QCOMPARE(plan.decide(false).failure->kind, FaultPlan::Kind::Reset);
    // The error waited its turn rather than being used up unseen.
    QCOMPARE(plan.decide(false).failure->kind, FaultPlan::Kind::Error500);
    QVERIFY(!plan.decide(false).failure);
}

void TestFaultPlan::listModifiersWaitForListRequests()
{
    FaultPlan plan(1);
    plan.set({ *FaultPlan::parse(QStringLiteral("lying-total=7,count=1"), nullptr),
               *FaultPlan::parse(QStringLiteral("repeat-page,count=1"), nullptr) });
    const FaultPlan::Decision onGet = plan.decide(false);
    QCOMPARE(onGet.totalOffset, 0);
    QVERIFY(!onGet.repeatPage);
    const FaultPlan::Decision onList = plan.decide(true);
    QCOMPARE(onList.totalOffset, 7);
    QVERIFY(onList.repeatPage);
    QVERIFY(plan.faults().isEmpty());
}

void TestFaultPlan::answerQuirksGoAlongWithAFailure()
{
    FaultPlan plan(1);
    plan.set({ *FaultPlan::parse(QStringLiteral("odd-job,count=1"), nullptr),
               *FaultPlan::parse(QStringLiteral("no-id-job,count=1"), nullptr),
               *FaultPlan::parse(QStringLiteral("empty-end-time,count=2"), nullptr),
               *FaultPlan::parse(QStringLiteral("error500,count=1"), nullptr) });
    // One job's GET: only the end time applies; the failure still fires.
    const FaultPlan::Decision onGet = plan.decide(false);
    QVERIFY(onGet.emptyEndTime);
    QVERIFY(!onGet.oddJob);
    QVERIFY(!onGet.noIdJob);
    QCOMPARE(onGet.failure->kind, FaultPlan::Kind::Error500);
    const FaultPlan::Decision onList = plan.decide(true);
    QVERIFY(onList.emptyEndTime);
    QVERIFY(onList.oddJob);
    QVERIFY(onList.noIdJob);
    QVERIFY(!onList.failure);
    QVERIFY(plan.faults().isEmpty());
}

void TestFaultPlan::rateZeroNeverFiresAndLatencyAddsUp()
{
    FaultPlan plan(1);
    plan.set({ *FaultPlan::parse(QStringLiteral("error500,rate=0"), nullptr),
               *FaultPlan::parse(QStringLiteral("latency=100"), nullptr),
               *FaultPlan::parse(QStringLiteral("latency=20,count=1"), nullptr) });
    QCOMPARE(plan.decide(true).latencyMs, 120);
    for (int i = 0; i < 100; ++i) {
        const FaultPlan::Decision decision = plan.decide(true);
        QVERIFY(!decision.failure);
        QCOMPARE(decision.latencyMs, 100);
    }
}

QTEST_GUILESS_MAIN(TestFaultPlan)
#include "tst_faultplan.moc"
