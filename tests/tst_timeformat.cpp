#include "timeformat.h"

#include <QTest>

class TestTimeFormat final : public QObject
{
    Q_OBJECT

private slots:
    void duration_data();
    void duration();
    void localDateTimeOfNothingIsEmpty();
};

void TestTimeFormat::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("negative is clamped") << qint64(-5) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("one minute") << qint64(60) << QStringLiteral("1 min 0 s");
    QTest::newRow("minutes and seconds") << qint64(133) << QStringLiteral("2 min 13 s");
    QTest::newRow("just under an hour") << qint64(3599) << QStringLiteral("59 min 59 s");
    QTest::newRow("hours and minutes") << qint64(3900) << QStringLiteral("1 h 5 min");
    QTest::newRow("days and hours")
        << qint64(3 * 86400 + 4 * 3600 + 59) << QStringLiteral("3 d 4 h");
}

void TestTimeFormat::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat::duration(seconds), expected);
}

void TestTimeFormat::localDateTimeOfNothingIsEmpty()
{
    QCOMPARE(TimeFormat::localDateTime(QDateTime()), QString());
    QVERIFY(!TimeFormat::localDateTime(QDateTime::currentDateTimeUtc()).isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
