#include "fixtures/emulatorfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString program = QStringLiteral(JOBMON_BINARY);
// The menu entry as built, to be installed.
const QString desktopEntry = QStringLiteral(JOBMON_DESKTOP_ENTRY);

} // namespace

// The real binary, started as an admin (or the login) would start it, in the session's desktop
// with runtime, settings and data directories of its own.
class TestLaunch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSecondStartRaisesTheFirst();
    void endedByTheSessionItKeepsItsJobs();
    void startedItReplacesAnOldAutostartEntry();

private:
    QProcessEnvironment environment() const;
    // Runs a second start to its end: its exit code, or -1 if it did not end.
    int runSecond(const QStringList &arguments);
    // The first start's main windows that are visible.
    QStringList visibleWindows() const;
    bool trayIconShown() const;

    std::unique_ptr<QTemporaryDir> m_home;
    QProcess m_first;
};

void TestLaunch::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    for (const char *folder : { "runtime", "config", "data", "cache" })
        QVERIFY(QDir(m_home->path()).mkdir(QLatin1String(folder)));
    QVERIFY(QFile::setPermissions(m_home->filePath(QStringLiteral("runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner));
}

void TestLaunch::cleanup()
{
    m_first.kill();
    m_first.waitForFinished(5000);
}

QProcessEnvironment TestLaunch::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       m_home->filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    return environment;
}

int TestLaunch::runSecond(const QStringList &arguments)
{
    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(program, arguments);
    if (!second.waitForFinished(15000)) {
        second.kill();
        return -1;
    }
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
}

namespace {

QString run(const QStringList &arguments)
{
    QProcess tool;
    tool.start(arguments.constFirst(), arguments.mid(1));
    tool.waitForFinished(5000);
    return QString::fromLocal8Bit(tool.readAllStandardOutput());
}

// The value of `key` in the desktop entry at `path`.
QString desktopEntryValue(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(file.readAll())).captured(1);
}

// The visible windows of process `pid` named like the main window, each with its width.
QList<std::pair<QString, int>> windowsOf(qint64 pid)
{
    QList<std::pair<QString, int>> windows;
    const QStringList found
        = run({ QStringLiteral("xdotool"), QStringLiteral("search"),
                QStringLiteral("--onlyvisible"), QStringLiteral("--pid"), QString::number(pid),
                QStringLiteral("--name"), QStringLiteral("^Identity360 Job Monitor$") })
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &window : found) {
        const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Geometry: (\\d+)x\\d+"))
                  .match(run(
                      { QStringLiteral("xdotool"), QStringLiteral("getwindowgeometry"), window }));
        if (size.hasMatch())
            windows.append({ window, size.captured(1).toInt() });
    }
    return windows;
}

} // namespace

// The tray icon is a small window of the same name as the main window, which is not small.
bool TestLaunch::trayIconShown() const
{
    const QList<std::pair<QString, int>> windows = windowsOf(m_first.processId());
    return std::any_of(windows.cbegin(), windows.cend(),
                       [](const auto &window) { return window.second <= 64; });
}

QStringList TestLaunch::visibleWindows() const
{
    QStringList windows;
    for (const auto &[window, width] : windowsOf(m_first.processId())) {
        if (width > 200)
            windows.append(window);
    }
    return windows;
}

void TestLaunch::aSecondStartRaisesTheFirst()
{
    m_first.setProcessEnvironment(environment());
    m_first.start(program, { QStringLiteral("--demo"), QStringLiteral("--minimized") });
    QVERIFY(m_first.waitForStarted());
    // Listening: the one running monitor of this user.
    const QString socket = m_home->filePath(QStringLiteral("runtime/id360-jobmon.socket"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 15000);
    // In the tray only: its icon is there (it has started up), its window is not.
    QTRY_VERIFY_WITH_TIMEOUT(trayIconShown(), 15000);
    QVERIFY(visibleWindows().isEmpty());

    QCOMPARE(runSecond({}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(visibleWindows().size(), 1, 10000);
    QCOMPARE(m_first.state(), QProcess::Running);
    // An X11 desktop knows the window for the menu entry's (its icon, its name) by its class.
    const QRegularExpressionMatch wmClass
        = QRegularExpression(QStringLiteral("^WM_CLASS\\(STRING\\) = \"[^\"]*\", \"([^\"]*)\"$"))
              .match(run({ QStringLiteral("xprop"), QStringLiteral("-id"),
                           visibleWindows().constFirst(), QStringLiteral("WM_CLASS") })
                         .trimmed());
    QVERIFY(wmClass.hasMatch());
    QCOMPARE(wmClass.captured(1),
             desktopEntryValue(desktopEntry, QStringLiteral("StartupWMClass")));

    // A job id for the running one: it stays the one window.
    QCOMPARE(runSecond({ QStringLiteral("--job"), QStringLiteral("2000000000250") }), 0);
    QCOMPARE(visibleWindows().size(), 1);
    QCOMPARE(m_first.state(), QProcess::Running);
    // A wrong flag never reaches it.
    QCOMPARE(runSecond({ QStringLiteral("--job"), QStringLiteral("12a") }), 2);
}

// Ended by the session (SIGTERM, as at logout) it quits as from the tray, saving its jobs; the
// next start shows them from the cache at its first paint, with the server gone.
void TestLaunch::endedByTheSessionItKeepsItsJobs()
{
    auto server = startEmulator(finishedJobs(300, QDateTime::currentDateTimeUtc()),
                                QStringLiteral("token-T"));
    QProcessEnvironment started = environment();
    started.insert(QStringLiteral("ID360_ACCESS_TOKEN"), QStringLiteral("token-T"));
    const QStringList arguments { QStringLiteral("--server"), server->apiBaseUrl().toString() };
    m_first.setProcessEnvironment(started);
    m_first.start(program, arguments);
    QVERIFY(m_first.waitForStarted());
    // The first full sync saves the jobs; that file goes, so what is found next was saved on
    // quitting.
    const QDir cache(m_home->filePath(QStringLiteral("data/id360-jobmon/id360-jobmon/cache")));
    const QStringList cacheFiles { QStringLiteral("*.cache") };
    QTRY_COMPARE_WITH_TIMEOUT(cache.entryList(cacheFiles, QDir::Files).size(), 1, 15000);
    QVERIFY(QFile::remove(cache.filePath(cache.entryList(cacheFiles, QDir::Files).constFirst())));
    m_first.terminate();
    QVERIFY(m_first.waitForFinished(10000));
    QCOMPARE(m_first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_first.exitCode(), 0);
    QCOMPARE(cache.entryList(cacheFiles, QDir::Files).size(), 1);

    server.reset();
    started.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("jobmon.startup.info=true"));
    m_first.setProcessEnvironment(started);
    m_first.start(program, arguments);
    QByteArray told;
    QTRY_VERIFY_WITH_TIMEOUT(
        (told += m_first.readAllStandardError()).contains("startup: window shows 300 jobs at "),
        15000);
    QVERIFY(told.contains("startup: cache loaded with 300 jobs at "));
}

// "Start at login" as versions before the application id wrote it: the first start replaces it
// by the entry named like the menu entry, still on, starting this binary.
void TestLaunch::startedItReplacesAnOldAutostartEntry()
{
    const QDir autostart(m_home->filePath(QStringLiteral("config/autostart")));
    QVERIFY(autostart.mkpath(QStringLiteral(".")));
    QFile old(autostart.filePath(QStringLiteral("id360-jobmon.desktop")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("[Desktop Entry]\nType=Application\nName=Identity360 Job Monitor\n"
              "Exec=/opt/old/id360-jobmon --minimized\nX-GNOME-Autostart-enabled=true\n");
    old.close();
    m_first.setProcessEnvironment(environment());
    m_first.start(program, { QStringLiteral("--demo"), QStringLiteral("--minimized") });
    QVERIFY(m_first.waitForStarted());
    const QString entry = autostart.filePath(QFileInfo(desktopEntry).fileName());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(entry), 15000);
    QVERIFY(!old.exists());
    QCOMPARE(desktopEntryValue(entry, QStringLiteral("Exec")),
             program + QStringLiteral(" --minimized"));
    QCOMPARE(desktopEntryValue(entry, QStringLiteral("X-GNOME-Autostart-enabled")),
             QStringLiteral("true"));
}

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
