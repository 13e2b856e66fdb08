#include "textmatch.h"

#include <QTest>

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

} // namespace

// TextMatch folds ASCII itself and leaves everything else to Qt: the search box and the sorting
// of text columns must answer as Qt's case-insensitive comparison would, only faster.
class TestTextMatch final : public QObject
{
    Q_OBJECT

private slots:
    void containsInsensitive_data();
    void containsInsensitive();
    void compareInsensitive_data();
    void compareInsensitive();
};

void TestTextMatch::containsInsensitive_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("part");
    QTest::addColumn<bool>("contained");
    QTest::newRow("same case") << QStringLiteral("Bulk User Creation") << QStringLiteral("User")
                               << true;
    QTest::newRow("other case") << QStringLiteral("Bulk User Creation")
                                << QStringLiteral("uSER cREATION") << true;
    QTest::newRow("at the start") << QStringLiteral("Management") << QStringLiteral("MAN") << true;
    QTest::newRow("at the end") << QStringLiteral("Management") << QStringLiteral("MENT") << true;
    QTest::newRow("the whole text")
        << QStringLiteral("Automation") << QStringLiteral("automation") << true;
    QTest::newRow("absent") << QStringLiteral("Bulk User Creation") << QStringLiteral("group")
                            << false;
    QTest::newRow("longer than the text")
        << QStringLiteral("Bulk") << QStringLiteral("Bulk User") << false;
    QTest::newRow("only a prefix at the end")
        << QStringLiteral("Bulk Us") << QStringLiteral("user") << false;
    // Only letters fold: [ and { differ by the same bit as A and a.
    QTest::newRow("brackets are not letters")
        << QStringLiteral("[x]") << QStringLiteral("{X}") << false;
    QTest::newRow("@ is not `") << QStringLiteral("a@b") << QStringLiteral("A`B") << false;
    QTest::newRow("digits") << QStringLiteral("2000000000042") << QStringLiteral("0042") << true;
    QTest::newRow("empty part in a text") << QStringLiteral("Bulk") << QString() << true;
    QTest::newRow("empty part in an empty text")
        << QStringLiteral("") << QStringLiteral("") << true;
    QTest::newRow("empty part in a null text") << QString() << QString() << true;
    QTest::newRow("a part in a null text") << QString() << QStringLiteral("a") << false;
    QTest::newRow("umlaut, other case")
        << QStringLiteral("Job für Müller") << QStringLiteral("MÜLLER") << true;
    QTest::newRow("umlaut after an ASCII start")
        << QStringLiteral("Bulk Müller") << QStringLiteral("BULK MÜ") << true;
    QTest::newRow("non-ASCII before the match")
        << QStringLiteral("é Bulk") << QStringLiteral("BULK") << true;
    QTest::newRow("Greek") << QStringLiteral("Ομαδική δημιουργία") << QStringLiteral("ΔΗΜΙΟΥΡΓΊΑ")
                           << true;
    QTest::newRow("an umlaut is not its letter")
        << QStringLiteral("Muller") << QStringLiteral("MÜLLER") << false;
    // Qt folds one character into one: ß is not SS.
    QTest::newRow("sharp s is not ss")
        << QStringLiteral("Grüße") << QStringLiteral("GRÜSSE") << false;
}

void TestTextMatch::containsInsensitive()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    QFETCH(bool, contained);
    QCOMPARE(TextMatch::containsInsensitive(text, part), contained);
    // What Qt says: the promise the header makes.
    QCOMPARE(QStringView(text).contains(part, Qt::CaseInsensitive), contained);
}

void TestTextMatch::compareInsensitive_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("order");
    QTest::newRow("equal but for case") << QStringLiteral("Lab") << QStringLiteral("LAB") << 0;
    QTest::newRow("both empty") << QString() << QStringLiteral("") << 0;
    QTest::newRow("empty first") << QString() << QStringLiteral("a") << -1;
    QTest::newRow("a prefix first") << QStringLiteral("lab") << QStringLiteral("Lab 2") << -1;
    QTest::newRow("by letter, not by case")
        << QStringLiteral("apple") << QStringLiteral("Zebra") << -1;
    QTest::newRow("capital later letter after")
        << QStringLiteral("Zebra") << QStringLiteral("apple") << 1;
    // Folded to lower case, as Qt does: _ sits between the capitals and the small letters.
    QTest::newRow("underscore before letters")
        << QStringLiteral("_x") << QStringLiteral("Ax") << -1;
    QTest::newRow("umlaut, other case") << QStringLiteral("Ärger") << QStringLiteral("ärger") << 0;
    QTest::newRow("after an umlaut") << QStringLiteral("äb") << QStringLiteral("ÄC") << -1;
    QTest::newRow("ASCII before non-ASCII") << QStringLiteral("z") << QStringLiteral("é") << -1;
}

void TestTextMatch::compareInsensitive()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, order);
    QCOMPARE(sign(TextMatch::compareInsensitive(left, right)), order);
    QCOMPARE(sign(TextMatch::compareInsensitive(right, left)), -order);
    QCOMPARE(sign(QStringView(left).compare(right, Qt::CaseInsensitive)), order);
}

QTEST_APPLESS_MAIN(TestTextMatch)
#include "tst_textmatch.moc"
