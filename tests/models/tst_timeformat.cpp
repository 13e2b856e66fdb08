#include "timeformat.h"

#include <QLocale>
#include <QTest>

class TestTimeFormat final : public QObject
{
    Q_OBJECT

private slots:
    void duration_data();
    void duration();
    void localDateTimeOfNothingIsEmpty();
    void utcIsMarked();
    void relative_data();
    void relative();
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
    QCOMPARE(TimeFormat::dateTime(QDateTime()), QString());
    QVERIFY(!TimeFormat::dateTime(QDateTime::currentDateTimeUtc()).isEmpty());
}

void TestTimeFormat::utcIsMarked()
{
    const QDateTime time(QDate(2025, 4, 4), QTime(13, 12, 13), Qt::UTC);
    QCOMPARE(TimeFormat::dateTime(time, TimeFormat::Zone::Utc),
             QLocale().toString(time, QLocale::ShortFormat) + QStringLiteral(" UTC"));
    QCOMPARE(TimeFormat::dateTime(time, TimeFormat::Zone::Local),
             QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
}

void TestTimeFormat::relative_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
    QTest::newRow("nine seconds") << qint64(9) << QStringLiteral("just now");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s ago");
    QTest::newRow("minutes") << qint64(3 * 60 + 59) << QStringLiteral("3 min ago");
    QTest::newRow("hours") << qint64(2 * 3600 + 10) << QStringLiteral("2 h ago");
    QTest::newRow("days") << qint64(4 * 86400) << QStringLiteral("4 d ago");
    QTest::newRow("future") << qint64(-125) << QStringLiteral("in 2 min");
}

void TestTimeFormat::relative()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    QCOMPARE(TimeFormat::relative(now.addSecs(-secondsAgo), now), expected);
    QCOMPARE(TimeFormat::relative(QDateTime(), now), QString());
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
