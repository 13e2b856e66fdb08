#include "audit/deletionlog.h"
#include "deletionhistorydialog.h"
#include "fixtures/windowfixture.h"
#include "jobgenerator.h"
#include "jobtableview.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The cells of `column` in `table`, top to bottom.
QStringList columnOf(const QTableView *table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        cells.append(table->model()->index(row, column).data().toString());
    return cells;
}

// Selects the jobs `ids` in the table, presses Delete and confirms; false when the window
// could not be made active to take the key.
bool deleteConfirmed(MainWindow &window, const QStringList &ids)
{
    QTableView *table = window.jobTable();
    selectJobs(table, ids);
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    table->setFocus();
    whenMessageBoxShows([](QMessageBox *box) {
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
    });
    QTest::keyClick(table, Qt::Key_Delete);
    return true;
}

} // namespace

// Deleting in the window, then Job → Deletion History…: what the admin finds there.
class TestDeletionHistoryDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void windowDeletesAreInTheHistory();
    void aDamagedLineIsSaidAndTheRestShown();
    void aLogThatCannotBeWrittenOrReadIsSaid();

private:
    QTemporaryDir m_settings;
};

void TestDeletionHistoryDialog::initTestCase()
{
    prepareWindowTests(m_settings.path());
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestDeletionHistoryDialog::init()
{
    QDir(QFileInfo(DeletionLog::defaultPath()).absolutePath()).removeRecursively();
}

void TestDeletionHistoryDialog::windowDeletesAreInTheHistory()
{
    const QList<Job> jobs = JobGenerator::generate(20, 9, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown({ QStringLiteral("Production") }, { jobs });
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 20);
    const QStringList victims { jobs.at(3).id, jobs.at(11).id };
    QVERIFY(deleteConfirmed(window, victims));
    QTRY_COMPARE(table->model()->rowCount(), 18);

    // On disk: a request and its answer for each, never the token.
    const QString written = readAll(DeletionLog::defaultPath());
    QCOMPARE(written.count(QLatin1Char('\n')), 4);
    QCOMPARE(written.count(QStringLiteral("\"outcome\":\"requested\"")), 2);
    QCOMPARE(written.count(QStringLiteral("\"outcome\":\"deleted\"")), 2);
    QVERIFY(!written.contains(shown.emulator.token));

    window.findChild<QAction *>(QStringLiteral("deletionHistoryAction"))->trigger();
    auto *history = window.findChild<DeletionHistoryDialog *>();
    QVERIFY(history);
    QVERIFY(QTest::qWaitForWindowExposed(history));
    auto *rows = history->findChild<QTableView *>(QStringLiteral("historyTable"));
    QCOMPARE(rows->model()->rowCount(), 2);
    QCOMPARE(columnOf(rows, DeletionHistoryModel::Outcome),
             (QStringList { QStringLiteral("Deleted"), QStringLiteral("Deleted") }));
    QCOMPARE(columnOf(rows, DeletionHistoryModel::Account),
             (QStringList { QStringLiteral("Production"), QStringLiteral("Production") }));
    QStringList ids = columnOf(rows, DeletionHistoryModel::JobId);
    ids.sort();
    QStringList expected = victims;
    expected.sort();
    QCOMPARE(ids, expected);

    // Sorted by a click on the Job ID header, then the other way round.
    QHeaderView *header = rows->horizontalHeader();
    const QPoint jobIdHeader(header->sectionViewportPosition(DeletionHistoryModel::JobId) + 5,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, jobIdHeader);
    const QStringList firstClick = columnOf(rows, DeletionHistoryModel::JobId);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, jobIdHeader);
    const QStringList secondClick = columnOf(rows, DeletionHistoryModel::JobId);
    const QStringList reversed { expected.at(1), expected.at(0) };
    QVERIFY((firstClick == expected && secondClick == reversed)
            || (firstClick == reversed && secondClick == expected));

    // Searched for one job's id: only it is shown, and only it is exported.
    QTest::keyClicks(history->findChild<QLineEdit *>(QStringLiteral("historySearch")),
                     victims.at(1));
    QCOMPARE(columnOf(rows, DeletionHistoryModel::JobId), QStringList { victims.at(1) });

    QTemporaryDir target;
    const QString csvPath = target.filePath(QStringLiteral("history.csv"));
    whenModalShows<QFileDialog>([csvPath](QFileDialog *dialog) {
        dialog->selectFile(csvPath);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    history->findChild<QAction *>(QStringLiteral("exportHistoryCsv"))->trigger();
    const QStringList csvLines = readAll(csvPath).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), 2);
    QVERIFY(csvLines.at(0).startsWith(QStringLiteral("time,outcome,job_id,")));
    QVERIFY2(
        csvLines.at(1).contains(QStringLiteral(",deleted,") + victims.at(1) + QLatin1Char(',')),
        qPrintable(csvLines.at(1)));

    const QString jsonPath = target.filePath(QStringLiteral("history.json"));
    whenModalShows<QFileDialog>([jsonPath](QFileDialog *dialog) {
        dialog->selectFile(jsonPath);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    history->findChild<QAction *>(QStringLiteral("exportHistoryJson"))->trigger();
    const QJsonArray exported = QJsonDocument::fromJson(readAll(jsonPath).toUtf8()).array();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0)[QLatin1String("job_id")].toString(), victims.at(1));
    QCOMPARE(exported.at(0)[QLatin1String("outcome")].toString(), QStringLiteral("deleted"));
    QCOMPARE(exported.at(0)[QLatin1String("account_name")].toString(),
             QStringLiteral("Production"));
    history->close();
}

void TestDeletionHistoryDialog::aDamagedLineIsSaidAndTheRestShown()
{
    const DeletionLog log;
    DeletionEntry asked;
    asked.time = QDateTime::currentDateTimeUtc();
    asked.attemptId = QStringLiteral("one");
    asked.jobId = QStringLiteral("2000000000001");
    QVERIFY(log.append(asked));
    {
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\":\"2026-11-29T09:30:02Z\",\"att\n");
    }
    DeletionHistoryDialog history(log);
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    const auto *rows = history.findChild<QTableView *>(QStringLiteral("historyTable"));
    QCOMPARE(columnOf(rows, DeletionHistoryModel::JobId), QStringList { asked.jobId });
    QCOMPARE(columnOf(rows, DeletionHistoryModel::Outcome),
             QStringList { QStringLiteral("No answer recorded") });
    const auto *damaged = history.findChild<QLabel *>(QStringLiteral("damagedLines"));
    QVERIFY(damaged);
    // In the app's English plural forms (translations/id360-jobmon_en.ts).
    QCOMPARE(damaged->text(),
             QStringLiteral("Not shown: 1 damaged line of the log that could not be read."));
}

// A directory where the log should be (which stops root too): the delete is done, the status
// bar says the history lacks it and why, and the history says it could not be read rather than
// showing nothing.
void TestDeletionHistoryDialog::aLogThatCannotBeWrittenOrReadIsSaid()
{
    QVERIFY(QDir().mkpath(DeletionLog::defaultPath()));
    const QList<Job> jobs = JobGenerator::generate(20, 9, QDateTime::currentDateTimeUtc());
    WindowOnEmulator shown({ QStringLiteral("Production") }, { jobs });
    QVERIFY(shown.open());
    MainWindow &window = shown.window;
    QTableView *table = window.jobTable();
    QTRY_COMPARE(table->model()->rowCount(), 20);
    QVERIFY(deleteConfirmed(window, { jobs.at(5).id }));
    QTRY_COMPARE(table->model()->rowCount(), 19);
    QVERIFY(!shown.emulator.server->store().get(jobs.at(5).id));
    const QString path = QDir::toNativeSeparators(DeletionLog::defaultPath());
    QCOMPARE(syncText(window),
             QStringLiteral("1 job deleted · 1 not recorded in the Deletion History (%1: open: %2)")
                 .arg(path, QString::fromLocal8Bit(strerror(EISDIR))));

    window.findChild<QAction *>(QStringLiteral("deletionHistoryAction"))->trigger();
    auto *history = window.findChild<DeletionHistoryDialog *>();
    QVERIFY(history);
    QVERIFY(QTest::qWaitForWindowExposed(history));
    const auto *unreadable = history->findChild<QLabel *>(QStringLiteral("unreadableLog"));
    QVERIFY(unreadable);
    QVERIFY2(unreadable->text().startsWith(
                 QStringLiteral("The deletion log could not be read: %1: ").arg(path)),
             qPrintable(unreadable->text()));
    history->close();
}

QTEST_MAIN(TestDeletionHistoryDialog)
#include "tst_deletionhistorydialog.moc"
