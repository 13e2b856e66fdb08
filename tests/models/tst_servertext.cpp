#include "fixtures/showntext.h"
#include "servertext.h"

#include <QTest>

class TestServerText final : public QObject
{
    Q_OBJECT

private slots:
    void spreadsheetCellQuotesFormulas_data();
    void spreadsheetCellQuotesFormulas();
    void toolTipShowsTheTextAsItIs_data();
    void toolTipShowsTheTextAsItIs();
    void menuTextHasNoMnemonic();
};

void TestServerText::spreadsheetCellQuotesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    const QList<std::pair<const char *, QChar>> starts {
        { "=", u'=' }, { "+", u'+' },    { "-", u'-' },
        { "@", u'@' }, { "tab", u'\t' }, { "carriage return", u'\r' },
    };
    for (const auto &[name, start] : starts) {
        const QString formula = start + QStringLiteral("SUM(A1:A9)");
        QTest::newRow(name) << formula << QString(QLatin1Char('\'') + formula);
    }
    QTest::newRow("plain") << QStringLiteral("User created") << QStringLiteral("User created");
    QTest::newRow("signs inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("newline first") << QStringLiteral("\nx") << QStringLiteral("\nx");
    QTest::newRow("empty") << QString() << QString();
}

void TestServerText::spreadsheetCellQuotesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(ServerText::spreadsheetCell(text), cell);
}

void TestServerText::toolTipShowsTheTextAsItIs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << QStringLiteral("<b>Payroll</b> import");
    QTest::newRow("styled") << QStringLiteral("<span style=\"color:white\">hidden</span>");
    QTest::newRow("image") << QStringLiteral("<img src=\"http://x.example/p.png\">Sync");
    QTest::newRow("comment") << QStringLiteral("<b>x</b><!-- the rest");
    // Escaping alone would show these with their entities: the tooltip must read markup.
    QTest::newRow("ampersand") << QStringLiteral("R&D import");
    QTest::newRow("entity text") << QStringLiteral("&lt;b&gt; as typed");
    QTest::newRow("comparison") << QStringLiteral("count < 5 and > 2");
    QTest::newRow("lines") << QStringLiteral("first\n<i>second</i>");
    QTest::newRow("plain") << QStringLiteral("Bulk User Creation");
}

void TestServerText::toolTipShowsTheTextAsItIs()
{
    QFETCH(QString, text);
    QCOMPARE(shownText(ServerText::toolTip(text)), text);
    // No text, no tooltip.
    QCOMPARE(ServerText::toolTip(QString()), QString());
}

void TestServerText::menuTextHasNoMnemonic()
{
    QCOMPARE(ServerText::menuText(QStringLiteral("R&D import\tnow")),
             QStringLiteral("R&&D import now"));
}

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
