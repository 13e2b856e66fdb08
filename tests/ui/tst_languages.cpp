#include "fixtures/watchedsync.h"
#include "fixtures/windowfixture.h"
#include "jobgenerator.h"
#include "jobtableview.h"
#include "notify/jobnotifier.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

using namespace std::chrono_literals;

namespace {

// What a user of each language reads in a few places, as the translators wrote it.
struct Expected
{
    QString refresh; // the toolbar's first button
    QString clearFilters; // the filter bar's last button
    QString deleteQuestion; // the delete confirmation's question
    QString cancel; // its Cancel button: Qt's own translation
    QString failed; // a failed job's notification summary
};

Expected expected(const QString &language)
{
    if (language == QLatin1String("de"))
        return { QStringLiteral("Jetzt aktualisieren"), QStringLiteral("Filter zurücksetzen"),
                 QStringLiteral("Diesen Job aus Identity360 löschen?"), QStringLiteral("Abbrechen"),
                 QStringLiteral("Bulk User Creation fehlgeschlagen") };
    if (language == QLatin1String("fr"))
        return { QStringLiteral("Actualiser maintenant"), QStringLiteral("Effacer les filtres"),
                 QStringLiteral("Supprimer cette tâche d'Identity360\u202f?"),
                 QStringLiteral("Annuler"), QStringLiteral("Bulk User Creation\u00a0: échec") };
    if (language == QLatin1String("ja"))
        return { QStringLiteral("今すぐ更新"), QStringLiteral("フィルターをクリア"),
                 QStringLiteral("このジョブを Identity360 から削除しますか？"),
                 QStringLiteral("キャンセル"),
                 QStringLiteral("Bulk User Creation が失敗しました") };
    return { QStringLiteral("Refresh Now"), QStringLiteral("Clear filters"),
             QStringLiteral("Delete this job from Identity360?"), QStringLiteral("Cancel"),
             QStringLiteral("Bulk User Creation failed") };
}

// The widgets of `area` whose text is cut off: narrower than the text needs. A toolbar that is
// too narrow hides its last buttons behind its extension arrow, which counts too.
QStringList cutOff(QWidget *area)
{
    QStringList problems;
    const auto needs = [&problems](QWidget *widget, const QString &text) {
        if (widget->isVisible() && widget->width() < widget->sizeHint().width())
            problems.append(QStringLiteral("%1 \"%2\": %3 wide, needs %4")
                                .arg(widget->objectName(), text)
                                .arg(widget->width())
                                .arg(widget->sizeHint().width()));
    };
    for (QAbstractButton *button : area->findChildren<QAbstractButton *>()) {
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button")) {
            if (button->isVisible())
                problems.append(QStringLiteral("the toolbar does not show all its buttons"));
            continue;
        }
        needs(button, button->text());
    }
    for (QComboBox *box : area->findChildren<QComboBox *>())
        needs(box, box->currentText());
    for (QLabel *label : area->findChildren<QLabel *>()) {
        if (!label->wordWrap())
            needs(label, label->text());
    }
    return problems;
}

} // namespace

// Each language the app speaks, loaded in turn: the main window, the delete confirmation and a
// notification read in it, and the toolbar and filter bar show every word (run at 1× and 2×).
class TestLanguages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theWindowSpeaksTheLanguage_data();
    void theWindowSpeaksTheLanguage();
    void aNotificationSpeaksTheLanguage_data();
    void aNotificationSpeaksTheLanguage();

private:
    static void languages();
    static void speak(const QString &language);

    QTemporaryDir m_settings;
};

void TestLanguages::initTestCase()
{
    prepareWindowTests(m_settings.path());
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestLanguages::languages()
{
    QTest::addColumn<QString>("language");
    for (const char *language : { "en", "de", "fr", "ja" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestLanguages::speak(const QString &language)
{
    Translations::install(*QCoreApplication::instance(), QLocale(language));
}

void TestLanguages::theWindowSpeaksTheLanguage_data()
{
    languages();
}

void TestLanguages::theWindowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    speak(language);
    const Expected words = expected(language);
    const QList<Job> jobs = JobGenerator::generate(40, 7, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTRY_COMPARE(window.jobTable()->model()->rowCount(), 40);

    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *refresh = qobject_cast<QToolButton *>(
        toolBar->widgetForAction(window.findChild<QAction *>(QStringLiteral("refreshAction"))));
    QCOMPARE(refresh->text(), words.refresh);
    auto *filterBar = window.findChild<QWidget *>(QStringLiteral("filterBar"));
    QCOMPARE(filterBar->findChild<QToolButton *>(QStringLiteral("clearFilters"))->text(),
             words.clearFilters);
    const QStringList toolBarCut = cutOff(toolBar);
    QVERIFY2(toolBarCut.isEmpty(), qPrintable(toolBarCut.join(QLatin1Char('\n'))));
    const QStringList filterBarCut = cutOff(filterBar);
    QVERIFY2(filterBarCut.isEmpty(), qPrintable(filterBarCut.join(QLatin1Char('\n'))));

    selectJobs(window.jobTable(), { jobs.at(3).id });
    QString question;
    QString cancel;
    whenMessageBoxShows([&](QMessageBox *box) {
        question = box->text();
        cancel = box->button(QMessageBox::Cancel)->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QCOMPARE(question, words.deleteQuestion);
    QCOMPARE(cancel.remove(QLatin1Char('&')), words.cancel);
    QCOMPARE(deleteRequestCount(*shown.emulator.server), 0);
}

void TestLanguages::aNotificationSpeaksTheLanguage_data()
{
    languages();
}

void TestLanguages::aNotificationSpeaksTheLanguage()
{
    QFETCH(QString, language);
    speak(language);
    Watched watched(finishedJobs(10, now.addSecs(-3600)));
    QTemporaryDir told;
    JobNotifier notifier(told.filePath(QStringLiteral("told")), watched.clock);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    startJob(watched, "Bulk User Creation", JobStatus::Error, 40);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QStringList summaries;
    connect(&notifier, &JobNotifier::notificationReady, this,
            [&summaries](const JobNotification &told) { summaries.append(told.summary); });
    watched.moveServerTime(11s);
    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    QCOMPARE(summaries, QStringList { expected(language).failed });
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
