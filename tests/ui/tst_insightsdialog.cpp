#include "fixtures/windowfixture.h"
#include "insightsdialog.h"
#include "insightstablemodel.h"
#include "jobstore.h"
#include "jobtableview.h"
#include "platform/settings.h"
#include "settingsdialog.h"
#include "trendchartdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolButton>

namespace {

const QString creation = QStringLiteral("Bulk User Creation");
const QString reset = QStringLiteral("Bulk Password Reset");
const QString management = QStringLiteral("Management");

// A job started at `hour` o'clock local time `daysAgo` days before today.
Job jobOn(int id, int daysAgo, int hour, const QString &action, JobStatus status, int seconds)
{
    Job job;
    job.id = QString::number(2000000000000LL + id);
    job.startTime = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(hour, 0)).toUTC();
    job.endTime = job.startTime.addSecs(seconds);
    job.actionName = action;
    job.module = management;
    job.status = status;
    job.statusText = jobStatusToApi(status);
    return job;
}

// Over the last 7 days: Bulk User Creation ran 4 times (3 two days ago, one of them failed; one
// warned five days ago) in 30, 60, 120 and 180 s; Bulk Password Reset once, yesterday, and
// failed. Older: one creation ten days ago, one reset forty days ago.
QList<Job> knownJobs()
{
    return {
        jobOn(1, 2, 10, creation, JobStatus::Completed, 60),
        jobOn(2, 2, 11, creation, JobStatus::Error, 120),
        jobOn(3, 2, 12, creation, JobStatus::Completed, 180),
        jobOn(4, 5, 9, creation, JobStatus::Warning, 30),
        jobOn(5, 1, 9, reset, JobStatus::Error, 600),
        jobOn(6, 10, 9, creation, JobStatus::Completed, 45),
        jobOn(7, 40, 9, reset, JobStatus::Completed, 45),
    };
}

QString shown(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// Where a click lands on day `day`'s bar in the chart of `row`.
QPoint barOf(const QTableView *table, int row, int day, int days)
{
    const QRect cell = table->visualRect(table->model()->index(row, InsightsTableModel::Trend));
    const int margin = 3;
    return QPoint(cell.left() + margin + (cell.width() - 2 * margin) * (2 * day + 1) / (2 * days),
                  cell.center().y());
}

} // namespace

class TestInsightsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheNumbersOfTheServersJobs();
    void clickingARowOrABarFiltersTheJobTable();
    void barsAreDrawnInTheFailureColour();
    void failureSpikesAreSwitchedInTheSettings();

private:
    InsightsDialog *openInsights(MainWindow &window);

    QTemporaryDir m_settings;
};

void TestInsightsDialog::initTestCase()
{
    prepareWindowTests(m_settings.path());
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

InsightsDialog *TestInsightsDialog::openInsights(MainWindow &window)
{
    window.findChild<QAction *>(QStringLiteral("insightsAction"))->trigger();
    auto *dialog = window.findChild<InsightsDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestInsightsDialog::showsTheNumbersOfTheServersJobs()
{
    WindowOnEmulator shown_(knownJobs());
    QVERIFY(shown_.open());
    MainWindow &window = shown_.window;
    QTRY_COMPARE(window.jobTable()->model()->rowCount(), 7);
    InsightsDialog *dialog = openInsights(window);
    QVERIFY(dialog);
    QTableView *table = dialog->table();

    // Most runs first.
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(shown(table, 0, InsightsTableModel::Name), creation);
    QCOMPARE(shown(table, 0, InsightsTableModel::Runs), QStringLiteral("4"));
    QCOMPARE(shown(table, 0, InsightsTableModel::FailureRate), QStringLiteral("25.0%"));
    QCOMPARE(shown(table, 0, InsightsTableModel::WarningRate), QStringLiteral("25.0%"));
    QCOMPARE(shown(table, 0, InsightsTableModel::MedianDuration), QStringLiteral("1 min 0 s"));
    QCOMPARE(shown(table, 0, InsightsTableModel::P90Duration), QStringLiteral("3 min 0 s"));
    // The listing carries no per-entity results.
    QCOMPARE(shown(table, 0, InsightsTableModel::FailedEntities), QStringLiteral("—"));
    QCOMPARE(shown(table, 1, InsightsTableModel::Name), reset);
    QCOMPARE(shown(table, 1, InsightsTableModel::FailureRate), QStringLiteral("100.0%"));
    const QString trend = table->model()
                              ->index(0, InsightsTableModel::Trend)
                              .data(Qt::AccessibleTextRole)
                              .toString();
    const QString twoDaysAgo
        = QLocale().toString(QDate::currentDate().addDays(-2), QLocale::ShortFormat);
    QVERIFY2(trend.contains(twoDaysAgo + QStringLiteral(": runs 3, failed 1")), qPrintable(trend));

    // 90 days reach the older runs; by module, every job is one row.
    dialog->findChild<QComboBox *>(QStringLiteral("insightsPeriod"))->setCurrentIndex(2);
    QCOMPARE(shown(table, 0, InsightsTableModel::Runs), QStringLiteral("5"));
    QCOMPARE(shown(table, 1, InsightsTableModel::Runs), QStringLiteral("2"));
    QCOMPARE(shown(table, 1, InsightsTableModel::FailureRate), QStringLiteral("50.0%"));
    dialog->findChild<QComboBox *>(QStringLiteral("insightsGrouping"))->setCurrentIndex(1);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(shown(table, 0, InsightsTableModel::Name), management);
    QCOMPARE(shown(table, 0, InsightsTableModel::Runs), QStringLiteral("7"));
    QCOMPARE(table->model()->headerData(InsightsTableModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Module"));

    // A job the server adds shows after the next poll, without reopening.
    shown_.emulator.server->store().add(
        JobStore::NewJob { reset, management, QStringLiteral("RUNNING") },
        QDateTime::currentDateTimeUtc());
    window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_COMPARE(shown(table, 0, InsightsTableModel::Runs), QStringLiteral("8"));
}

void TestInsightsDialog::clickingARowOrABarFiltersTheJobTable()
{
    WindowOnEmulator shown_(knownJobs());
    QVERIFY(shown_.open());
    MainWindow &window = shown_.window;
    QTableView *jobs = window.jobTable();
    QTRY_COMPARE(jobs->model()->rowCount(), 7);
    InsightsDialog *dialog = openInsights(window);
    QVERIFY(dialog);
    QTableView *table = dialog->table();
    auto *action = window.findChild<QComboBox *>(QStringLiteral("actionFilter"));
    auto *period = window.findChild<QComboBox *>(QStringLiteral("periodFilter"));

    // A row: the action's jobs since the first of the last 7 days (not the one ten days ago).
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, InsightsTableModel::Runs)).center());
    QCOMPARE(action->currentText(), creation);
    const QString sixDaysAgo
        = QLocale().toString(QDate::currentDate().addDays(-6), QLocale::ShortFormat);
    QCOMPARE(period->currentText(), QStringLiteral("Since ") + sixDaysAgo);
    QCOMPARE(jobs->model()->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(jobs->model()->index(row, JobTableModel::Action).data().toString(), creation);
    // Open-ended: a job of that action started a day from now (after midnight, the window
    // still open) shows too.
    shown_.emulator.server->store().add(
        JobStore::NewJob { creation, management, QStringLiteral("RUNNING") },
        QDateTime::currentDateTimeUtc().addDays(1));
    window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_COMPARE(jobs->model()->rowCount(), 5);
    // Such a range is not a period a preset could keep: saving is not offered while it is shown.
    auto *presets = window.findChild<QToolButton *>(QStringLiteral("filterPresets"));
    emit presets->menu()->aboutToShow();
    QVERIFY(!presets->menu()->findChild<QAction *>(QStringLiteral("savePreset"))->isEnabled());

    // A bar: that day's jobs only (two days ago is the fifth of seven days).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, barOf(table, 0, 4, 7));
    const QString twoDaysAgo
        = QLocale().toString(QDate::currentDate().addDays(-2), QLocale::ShortFormat);
    QCOMPARE(period->currentText(), QStringLiteral("On ") + twoDaysAgo);
    QCOMPARE(jobs->model()->rowCount(), 3);
    QStringList ids;
    for (int row = 0; row < 3; ++row)
        ids.append(jobs->model()->index(row, JobTableModel::Id).data().toString());
    ids.sort();
    QCOMPARE(ids,
             QStringList({ QStringLiteral("2000000000001"), QStringLiteral("2000000000002"),
                           QStringLiteral("2000000000003") }));

    // The other action's row replaces the filter; the range is not kept as a setting.
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(1, InsightsTableModel::Name)).center());
    QCOMPARE(action->currentText(), reset);
    QCOMPARE(jobs->model()->rowCount(), 1);
    QCOMPARE(period->count(), 5);
    period->setCurrentIndex(0);
    QCOMPARE(jobs->model()->rowCount(), 2);
}

void TestInsightsDialog::barsAreDrawnInTheFailureColour()
{
    WindowOnEmulator shown_(knownJobs());
    QVERIFY(shown_.open());
    QTRY_COMPARE(shown_.window.jobTable()->model()->rowCount(), 7);
    InsightsDialog *dialog = openInsights(shown_.window);
    QVERIFY(dialog);
    QTableView *table = dialog->table();
    table->clearSelection();
    const QPalette palette = table->palette();
    // How many pixels of a day's bar in the first row have `colour`.
    const auto pixelsOfBar = [table](int day, const QColor &colour) {
        const QImage picture = table->viewport()->grab().toImage();
        const QPoint bar = barOf(table, 0, day, 7) * picture.devicePixelRatio();
        const QRect cell = table->visualRect(table->model()->index(0, InsightsTableModel::Trend));
        int count = 0;
        for (int y = int(cell.top() * picture.devicePixelRatio());
             y < int(cell.bottom() * picture.devicePixelRatio()); ++y)
            count += picture.pixelColor(bar.x(), y) == colour ? 1 : 0;
        return count;
    };
    const QColor failure = TrendChartDelegate::failureColor(palette.color(QPalette::Base));
    // Two days ago one of three runs failed; five days ago one warned.
    QVERIFY(pixelsOfBar(4, failure) > 0);
    QCOMPARE(pixelsOfBar(1, failure), 0);
    QVERIFY(pixelsOfBar(4, palette.color(QPalette::Highlight)) > 0);

    // Selected, the row's bars stay in view on the selection colour.
    table->selectRow(0);
    QVERIFY(pixelsOfBar(4, palette.color(QPalette::HighlightedText)) > 0);
    QVERIFY(pixelsOfBar(4, TrendChartDelegate::failureColor(palette.color(QPalette::Highlight)))
            > 0);
}

// Settings → Notifications: "fails far more often today than usual" is on; switched off, it is
// kept.
void TestInsightsDialog::failureSpikesAreSwitchedInTheSettings()
{
    WindowOnEmulator shown_(knownJobs());
    QVERIFY(shown_.open());
    bool wasOn = false;
    whenModalShows<SettingsDialog>([&](SettingsDialog *dialog) {
        auto *spikes = dialog->findChild<QCheckBox *>(QStringLiteral("notifyFailureSpikes"));
        wasOn = spikes->isChecked();
        spikes->setChecked(false);
        dialog->accept();
    });
    shown_.window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QVERIFY(wasOn);
    QVERIFY(!Settings::notificationRules().failureSpikes);
}

QTEST_MAIN(TestInsightsDialog)
#include "tst_insightsdialog.moc"
