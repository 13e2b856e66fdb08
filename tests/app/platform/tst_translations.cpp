#include "cli/joboutput.h"
#include "platform/translations.h"
#include "sync/jobdeletion.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QTest>

namespace {

// What Qt's own dialogs say on their buttons (QPlatformTheme's standard button texts).
QString qtButton(const char *text)
{
    return QCoreApplication::translate("QPlatformTheme", text);
}

} // namespace

// Each language as Translations::install makes it, in turn in one process: Qt's own texts, ours,
// and the numbers, dates and durations in the way that language writes them.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void everyLanguage_data();
    void everyLanguage();
    void aLanguageReplacesTheOneBefore();
};

void TestTranslations::cleanup()
{
    Translations::install(*QCoreApplication::instance(), QLocale::system());
}

void TestTranslations::everyLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("yes");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("deleted");
    QTest::addColumn<QString>("pages");
    QTest::addColumn<QString>("started");
    QTest::addColumn<QString>("ran");
    QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("&Yes")
                             << QStringLiteral("Cancel") << QStringLiteral("12,345 jobs deleted")
                             << QStringLiteral("Fetching page 1,234 of 5,678…")
                             << QStringLiteral("11/30/26 2:05 PM UTC") << QStringLiteral("3 d 4 h");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("&Ja")
                            << QStringLiteral("Abbrechen") << QStringLiteral("12.345 Jobs gelöscht")
                            << QStringLiteral("Seite 1.234 von 5.678 wird abgerufen…")
                            << QStringLiteral("30.11.26 14:05 UTC") << QStringLiteral("3 T 4 h");
    // French groups digits with a narrow no-break space.
    QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("&Oui")
                            << QStringLiteral("Annuler")
                            << QStringLiteral("12\u202F345 tâches supprimées")
                            << QStringLiteral("Récupération de la page 1\u202F234 sur 5\u202F678…")
                            << QStringLiteral("30/11/2026 14:05 UTC") << QStringLiteral("3 j 4 h");
    QTest::newRow("Japanese") << QStringLiteral("ja_JP") << QStringLiteral("はい(&Y)")
                              << QStringLiteral("キャンセル")
                              << QStringLiteral("12,345 件のジョブを削除しました")
                              << QStringLiteral("5,678 ページ中 1,234 ページ目を取得しています…")
                              << QStringLiteral("2026/11/30 14:05 UTC")
                              << QStringLiteral("3 日 4 時間");
}

void TestTranslations::everyLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, yes);
    QFETCH(QString, cancel);
    QFETCH(QString, deleted);
    QFETCH(QString, pages);
    QFETCH(QString, started);
    QFETCH(QString, ran);
    Translations::install(*QCoreApplication::instance(), QLocale(locale));

    QCOMPARE(qtButton("&Yes"), yes);
    QCOMPARE(qtButton("Cancel"), cancel);
    const QList<JobDeletion::Outcome> outcomes(
        12345, { QStringLiteral("1"), QString(), JobDeletion::Outcome::Kind::Deleted, QString() });
    QCOMPARE(JobDeletion::summary(outcomes), deleted);
    QCOMPARE(JobOutput::progressLine(1234, 5678), pages);
    QCOMPARE(TimeFormat::dateTime(QDateTime(QDate(2026, 11, 30), QTime(14, 5), Qt::UTC),
                                  TimeFormat::Zone::Utc),
             started);
    QCOMPARE(TimeFormat::duration(3 * 86400 + 4 * 3600 + 59), ran);
}

void TestTranslations::aLanguageReplacesTheOneBefore()
{
    Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("de_DE")));
    QCOMPARE(qtButton("Cancel"), QStringLiteral("Abbrechen"));
    Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en_GB")));
    // Nothing German is left to answer: Qt's text and ours are English again.
    QCOMPARE(qtButton("Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(TimeFormat::duration(3 * 86400), QStringLiteral("3 d 0 h"));
    QCOMPARE(QLocale().toString(12345), QStringLiteral("12,345"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
