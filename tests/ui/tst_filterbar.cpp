#include "faultplan.h"
#include "fixtures/windowfixture.h"
#include "jobgenerator.h"
#include "jobtableview.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrlQuery>

namespace {

// The filters the server was asked for since request `since`.
QStringList filtersReceived(const EmulatorServer &server, qsizetype since = 0)
{
    QStringList filters;
    for (const auto &request : server.receivedRequests().mid(since)) {
        const QUrlQuery query(request.query);
        if (query.hasQueryItem(QStringLiteral("filter")))
            filters.append(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded));
    }
    return filters;
}

} // namespace

class TestFilterBar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterBarNarrowsTheTableAndCounts();
    void advancedFilterIsSentOnlyWhenValid();
    void presetsSaveAndRestoreFilters();
    void tabFollowsTheFilterBarAsItReads();
    void countsWaitWhileTheWindowIsHidden();

private:
    QTemporaryDir m_settings;
};

void TestFilterBar::initTestCase()
{
    prepareWindowTests(m_settings.path());
    // The GUI tests run on a real X server (scripts/headless-session), not offscreen.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestFilterBar::filterBarNarrowsTheTableAndCounts()
{
    const QList<Job> jobs = JobGenerator::generate(120, 12, QDateTime::currentDateTimeUtc());
    const auto count = [&](const std::function<bool(const Job &)> &predicate) {
        return static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), predicate));
    };
    const int errors = count([](const Job &job) { return job.status == JobStatus::Error; });
    const int automationErrors = count([](const Job &job) {
        return job.status == JobStatus::Error && job.module == QLatin1String("Automation");
    });
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 120);

    auto *errorChip = window.findChild<QToolButton *>(QStringLiteral("chip-error"));
    QTRY_COMPARE(errorChip->text(), QStringLiteral("Error %1").arg(errors));
    QTest::mouseClick(errorChip, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), errors);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, JobTableModel::Status).data().toString(),
                 QStringLiteral("Error"));

    auto *module = window.findChild<QComboBox *>(QStringLiteral("moduleFilter"));
    module->setCurrentIndex(module->findText(QStringLiteral("Automation")));
    QCOMPARE(table->model()->rowCount(), automationErrors);
    // The other chips count within the module too, so choosing never hides how many they have.
    QTRY_COMPARE(errorChip->text(), QStringLiteral("Error %1").arg(automationErrors));

    // Ctrl+F, type an id, Esc clears the search; "Clear filters" clears the rest.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("jobSearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 120);
    search->setFocus();
    QTest::keyClicks(search, jobs.at(17).id);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, JobTableModel::Id).data().toString(), jobs.at(17).id);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table->model()->rowCount(), 120);

    // Nothing matches: the table says so, with the way back.
    QTest::keyClicks(search, QStringLiteral("no such job anywhere"));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No job matches the filters."));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("emptyClearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 120);
    QVERIFY(table->isVisible());
}

void TestFilterBar::advancedFilterIsSentOnlyWhenValid()
{
    const QList<Job> jobs = JobGenerator::generate(150, 14, QDateTime::currentDateTimeUtc());
    const int automationErrors
        = static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
              return job.status == JobStatus::Error && job.module == QLatin1String("Automation");
          }));
    QVERIFY(automationErrors > 0);
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    const EmulatorServer &server = *shown.emulator.server;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 150);

    auto *field = window.findChild<QLineEdit *>(QStringLiteral("scimFilter"));
    QVERIFY(!field->isVisible());
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("advancedToggle")),
                      Qt::LeftButton);
    QVERIFY(field->isVisible());
    auto *status = window.findChild<QLabel *>(QStringLiteral("scimFilterStatus"));
    auto *apply = window.findChild<QToolButton *>(QStringLiteral("applyScimFilter"));

    // Wrong as typed: said at once, with where; Enter marks the spot and sends nothing.
    const qsizetype before = server.receivedRequests().size();
    QTest::keyClicks(field, QStringLiteral(R"(module eq "Automation" and state eq "ERROR")"));
    QCOMPARE(status->text(),
             QStringLiteral("Not a valid filter: unknown attribute 'state' at "
                            "character 28; jobs have id, action_name, status, "
                            "module, start_time and end_time"));
    QVERIFY(!apply->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->selectionStart(), 27);
    QTest::qWait(200);
    QVERIFY(filtersReceived(server, before).isEmpty());
    QCOMPARE(table->model()->rowCount(), 150);

    // Right: sent as typed, and the table shows what the server matched.
    field->clear();
    const QString expression = QStringLiteral(R"(module eq "Automation" and status eq "ERROR")");
    QTest::keyClicks(field, expression);
    QVERIFY(apply->isEnabled());
    QVERIFY(filtersReceived(server, before).isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(table->model()->rowCount(), automationErrors);
    QCOMPARE(filtersReceived(server, before), QStringList { expression });
    QCOMPARE(status->text(), QStringLiteral("The server matched %1 jobs.").arg(automationErrors));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, JobTableModel::Module).data().toString(),
                 QStringLiteral("Automation"));

    // The server fails to answer a new one: the jobs stay, the bar says why and offers to ask
    // again.
    shown.emulator.server->faults().set({ *FaultPlan::parse(QStringLiteral("error500"), nullptr) });
    field->clear();
    QTest::keyClicks(field, QStringLiteral(R"(status eq "WARNING")"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *retry = window.findChild<QToolButton *>(QStringLiteral("retryScimFilter"));
    QTRY_VERIFY(retry->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("Not applied, the server did not answer: ")),
             qPrintable(status->text()));
    QCOMPARE(table->model()->rowCount(), 150);
    shown.emulator.server->faults().set({});
    QTest::mouseClick(retry, Qt::LeftButton);
    const int warnings
        = static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
              return job.status == JobStatus::Warning;
          }));
    QTRY_COMPARE(table->model()->rowCount(), warnings);
    QVERIFY(!retry->isVisible());

    // "Clear filters" takes it off.
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 150);
    QCOMPARE(field->text(), QString());
}

void TestFilterBar::presetsSaveAndRestoreFilters()
{
    const QList<Job> jobs = JobGenerator::generate(90, 15, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 90);
    const QString action = jobs.at(3).actionName;
    const int matching
        = static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [&](const Job &job) {
              return job.actionName == action && job.status != JobStatus::Completed;
          }));

    auto *actionPicker = window.findChild<QComboBox *>(QStringLiteral("actionFilter"));
    // The pickers learn the jobs' actions once the jobs have arrived.
    QTRY_VERIFY(actionPicker->findText(action) >= 0);
    actionPicker->setCurrentIndex(actionPicker->findText(action));
    for (const char *chip : { "chip-queued", "chip-running", "chip-warning", "chip-error" })
        QTest::mouseClick(window.findChild<QToolButton *>(QString::fromLatin1(chip)),
                          Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), matching);

    auto *presets = window.findChild<QToolButton *>(QStringLiteral("filterPresets"));
    whenModalShows<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Not done yet"));
        dialog->accept();
    });
    whenMenuShows(QStringLiteral("savePreset"));
    QTest::mouseClick(presets, Qt::LeftButton);
    QTRY_COMPARE(QSettings().value(QStringLiteral("filterPresets/size")).toInt(), 1);

    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 90);
    whenMenuShows(QStringLiteral("preset:Not done yet"));
    QTest::mouseClick(presets, Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), matching);
    QCOMPARE(actionPicker->currentText(), action);
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("chip-error"))->isChecked());
    QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("chip-completed"))->isChecked());

    whenMenuShows(QStringLiteral("deletePreset:Not done yet"));
    QTest::mouseClick(presets, Qt::LeftButton);
    QTRY_COMPARE(QSettings().value(QStringLiteral("filterPresets/size")).toInt(), 0);
    QSettings().clear();
}

// Hidden in the tray, the window counts nothing; shown again, it says what changed meanwhile.
void TestFilterBar::countsWaitWhileTheWindowIsHidden()
{
    const QList<Job> jobs = finishedJobs(30, QDateTime::currentDateTimeUtc());
    const auto completedChipText
        = [](qsizetype count) { return QStringLiteral("Completed %1").arg(count); };
    const qsizetype completedJobs = std::count_if(jobs.cbegin(), jobs.cend(), [](const Job &job) {
        return job.status == JobStatus::Completed;
    });
    WindowOnEmulator shown(jobs);
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    auto *completedChip = window.findChild<QToolButton *>(QStringLiteral("chip-completed"));
    QTRY_COMPARE(completedChip->text(), completedChipText(completedJobs));
    window.hide();
    JobStore::NewJob completed;
    completed.statusText = QStringLiteral("COMPLETED");
    shown.emulator.server->store().add(completed, QDateTime::currentDateTimeUtc());
    QSignalSpy polled(&shown.emulator.sync, &JobSync::pollSucceeded);
    shown.emulator.sync.refreshNow();
    QTRY_COMPARE(polled.size(), 1);
    QCOMPARE(window.jobTable()->model()->rowCount(), 31);
    // What is queued (a recount) runs, and changes nothing while hidden.
    QCoreApplication::processEvents();
    QCOMPARE(completedChip->text(), completedChipText(completedJobs));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(completedChip->text(), completedChipText(completedJobs + 1));
}

void TestFilterBar::tabFollowsTheFilterBarAsItReads()
{
    WindowOnEmulator shown(JobGenerator::generate(10, 22, QDateTime::currentDateTimeUtc()));
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *first = window.findChild<QToolButton *>(QStringLiteral("chip-queued"));
    first->setFocus(Qt::TabFocusReason);
    QStringList visited { first->objectName() };
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited,
             (QStringList { QStringLiteral("chip-queued"), QStringLiteral("chip-running"),
                            QStringLiteral("chip-warning"), QStringLiteral("chip-completed"),
                            QStringLiteral("chip-error"), QStringLiteral("jobSearch"),
                            QStringLiteral("moduleFilter"), QStringLiteral("actionFilter"),
                            QStringLiteral("periodFilter"), QStringLiteral("advancedToggle"),
                            QStringLiteral("filterPresets") }));
    // Every control a screen reader lands on has a name.
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->focusPolicy() & Qt::TabFocus
            && (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QTableView *>(widget)))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
