#include "servertext.h"

#include <QTest>

class TestServerText final : public QObject
{
    Q_OBJECT

private slots:
    void spreadsheetCellQuotesFormulas_data();
    void spreadsheetCellQuotesFormulas();
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

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
