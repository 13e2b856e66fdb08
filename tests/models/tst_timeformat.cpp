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
    void clockTimeInTheLocalesWay_data();
    void clockTimeInTheLocalesWay();
    void relative_data();
    void relative();
    void relativeInMinutes();
    void relativeChangesWhenItReadsDifferently_data();
    void relativeChangesWhenItReadsDifferently();
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

void TestTimeFormat::clockTimeInTheLocalesWay_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("sameDay");
    QTest::addColumn<QString>("otherDay");
    QTest::newRow("English (US)") << QStringLiteral("en_US") << QStringLiteral("2:05 PM")
                                  << QStringLiteral("11/30/26 2:05 PM");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("14:05")
                            << QStringLiteral("30.11.26 14:05");
    QTest::newRow("Japanese") << QStringLiteral("ja_JP") << QStringLiteral("14:05")
                              << QStringLiteral("2026/11/30 14:05");
}

void TestTimeFormat::clockTimeInTheLocalesWay()
{
    QFETCH(QString, locale);
    QFETCH(QString, sameDay);
    QFETCH(QString, otherDay);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QDateTime time(QDate(2026, 11, 30), QTime(14, 5));
    const QString onTheDay = TimeFormat::clockTime(time, time.addSecs(-5 * 3600));
    const QString dayBefore = TimeFormat::clockTime(time, time.addDays(-1));
    QLocale::setDefault(before);
    QCOMPARE(onTheDay, sameDay);
    QCOMPARE(dayBefore, otherDay);
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

void TestTimeFormat::relativeInMinutes()
{
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    const auto inMinutes = [&now](qint64 secondsAgo) {
        return TimeFormat::relative(now.addSecs(-secondsAgo), now, TimeFormat::Unit::Minute);
    };
    QCOMPARE(inMinutes(45), QStringLiteral("just now"));
    QCOMPARE(inMinutes(59), QStringLiteral("just now"));
    QCOMPARE(inMinutes(60), QStringLiteral("1 min ago"));
    QCOMPARE(inMinutes(2 * 3600 + 10), QStringLiteral("2 h ago"));
}

void TestTimeFormat::relativeChangesWhenItReadsDifferently_data()
{
    QTest::addColumn<qint64>("msecsAgo");
    QTest::addColumn<bool>("inMinutes");
    QTest::addColumn<qint64>("changesInMsecs");
    QTest::newRow("just now") << qint64(3000) << false << qint64(7000);
    QTest::newRow("seconds") << qint64(45500) << false << qint64(500);
    QTest::newRow("just now, in minutes") << qint64(12000) << true << qint64(48000);
    QTest::newRow("minutes") << qint64(3 * 60000 + 20000) << true << qint64(40000);
    QTest::newRow("a whole minute") << qint64(60000) << true << qint64(60000);
    QTest::newRow("hours") << qint64(2 * 3600000 + 60000) << true << qint64(3540000);
    QTest::newRow("days") << qint64(86400000) << true << qint64(86400000);
}

// The moment it says is the first at which the text differs: a millisecond before, it does not.
void TestTimeFormat::relativeChangesWhenItReadsDifferently()
{
    QFETCH(qint64, msecsAgo);
    QFETCH(bool, inMinutes);
    QFETCH(qint64, changesInMsecs);
    const TimeFormat::Unit unit = inMinutes ? TimeFormat::Unit::Minute : TimeFormat::Unit::Second;
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    const QDateTime time = now.addMSecs(-msecsAgo);
    const QDateTime changes = TimeFormat::relativeChangesAt(time, now, unit);
    QCOMPARE(now.msecsTo(changes), changesInMsecs);
    QCOMPARE(TimeFormat::relative(time, changes.addMSecs(-1), unit),
             TimeFormat::relative(time, now, unit));
    QVERIFY(TimeFormat::relative(time, changes, unit) != TimeFormat::relative(time, now, unit));
    QVERIFY(!TimeFormat::relativeChangesAt(QDateTime(), now, unit).isValid());
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
