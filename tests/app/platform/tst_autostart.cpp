#include "platform/autostart.h"
#include "platform/desktopentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// An entry as versions before the application id wrote it, under their name for it.
QByteArray oldEntry(const QByteArray &gnomeEnabled, const QByteArray &more = {})
{
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Identity360 Job Monitor\n"
           "Exec=/opt/old/id360-jobmon --minimized\n"
           "Icon=id360-jobmon\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled="
        + gnomeEnabled + "\n" + more;
}

struct OldEntry
{
    const char *name;
    QByteArray contents;
    bool enabled;
};

// Such entries, switched on and off.
QList<OldEntry> oldEntries()
{
    return { { "on", oldEntry("true"), true },
             { "hidden", oldEntry("true", "Hidden=true\n"), false },
             { "GNOME switched it off", oldEntry("false"), false } };
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly)
        && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAutostart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void enableWritesEntry();
    void fromTheBuildTreeStartsThisBinary_data();
    void fromTheBuildTreeStartsThisBinary();
    void installedStartsAsTheMenuDoes_data();
    void installedStartsAsTheMenuDoes();
    void disableRemovesEntry();
    void switchedOffByDesktop_data();
    void switchedOffByDesktop();
    void oldEntryCountsUntilReplaced_data();
    void oldEntryCountsUntilReplaced();
    void startReplacesOldEntry_data();
    void startReplacesOldEntry();
    void startLeavesOursAlone();
    void oldEntryCannotBeRemoved();
    void cannotWrite_data();
    void cannotWrite();
    void execValue_data();
    void execValue();

private:
    QString autostartDirectory() const
    {
        return m_home.filePath(QStringLiteral("config/autostart"));
    }
    QString entryPath() const
    {
        return autostartDirectory() + QLatin1Char('/') + DesktopEntry::id()
            + QStringLiteral(".desktop");
    }
    QString oldEntryPath() const
    {
        return autostartDirectory() + QStringLiteral("/id360-jobmon.desktop");
    }
    // Where a package installs the menu entry (XDG_DATA_DIRS), and where a user's own install
    // does (XDG_DATA_HOME).
    QString systemData() const { return m_home.filePath(QStringLiteral("share")); }
    QString userData() const { return m_home.filePath(QStringLiteral("data")); }
    // The Exec line of our entry, as written.
    QString writtenExec() const;
    // The menu entry as installed under `dataDirectory`, starting `exec`.
    static bool installMenuEntry(const QString &dataDirectory, const QString &exec);

    QTemporaryDir m_home;
    QByteArray m_path = qgetenv("PATH");
};

void TestAutostart::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(userData()));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(systemData()));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
             m_home.filePath(QStringLiteral("config")));
    QCOMPARE(QStandardPaths::standardLocations(QStandardPaths::ApplicationsLocation),
             QStringList({ userData() + QStringLiteral("/applications"),
                           systemData() + QStringLiteral("/applications") }));
}

void TestAutostart::init()
{
    const QString directory = autostartDirectory();
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(QDir(directory).removeRecursively());
    QFile::remove(directory);
    QVERIFY(QDir(systemData()).removeRecursively());
    QVERIFY(QDir(userData()).removeRecursively());
    qputenv("PATH", m_path);
}

QString TestAutostart::writtenExec() const
{
    const QStringList lines = QString::fromUtf8(readFile(entryPath())).split(QLatin1Char('\n'));
    const QStringList exec = lines.filter(QRegularExpression(QStringLiteral("^Exec=")));
    return exec.size() == 1 ? exec.constFirst().mid(5) : QString();
}

bool TestAutostart::installMenuEntry(const QString &dataDirectory, const QString &exec)
{
    return writeFile(dataDirectory + QStringLiteral("/applications/") + DesktopEntry::id()
                         + QStringLiteral(".desktop"),
                     "[Desktop Entry]\nType=Application\nName=Identity360 Job Monitor\nExec="
                         + exec.toUtf8() + "\nTerminal=false\n");
}

void TestAutostart::enableWritesEntry()
{
    QVERIFY(!Autostart::isEnabled());
    QCOMPARE(Autostart::setEnabled(true), std::nullopt);
    QVERIFY(Autostart::isEnabled());

    QFile file(entryPath());
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.constFirst(), QStringLiteral("[Desktop Entry]"));
    const QString exec = QStringLiteral("Exec=") + QCoreApplication::applicationFilePath()
        + QStringLiteral(" --minimized");
    for (const QString &line :
         { QStringLiteral("Type=Application"), QStringLiteral("Name=Identity360 Job Monitor"), exec,
           QString(QStringLiteral("Icon=") + DesktopEntry::id()), QStringLiteral("Terminal=false"),
           QStringLiteral("X-GNOME-Autostart-enabled=true") })
        QVERIFY2(lines.contains(line), qPrintable(line));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("Comment=")) && line.size() > 8;
    }));
    QVERIFY(lines.filter(QStringLiteral("Hidden")).isEmpty());
}

void TestAutostart::fromTheBuildTreeStartsThisBinary_data()
{
    QTest::addColumn<QString>("installedExec");
    QTest::newRow("nothing installed") << QString();
    QTest::newRow("installed entry starts another file") << QStringLiteral("/bin/sh");
    QTest::newRow("installed program not on PATH") << QStringLiteral("id360-jobmon-nowhere");
}

void TestAutostart::fromTheBuildTreeStartsThisBinary()
{
    QFETCH(QString, installedExec);
    if (!installedExec.isEmpty())
        QVERIFY(installMenuEntry(systemData(), installedExec));
    QCOMPARE(Autostart::setEnabled(true), std::nullopt);
    QCOMPARE(writtenExec(),
             Autostart::execValue(QCoreApplication::applicationFilePath())
                 + QStringLiteral(" --minimized"));
}

void TestAutostart::installedStartsAsTheMenuDoes_data()
{
    QTest::addColumn<QString>("dataDirectory");
    QTest::addColumn<QString>("installedExec");
    QTest::addColumn<QString>("path");
    const QFileInfo binary(QCoreApplication::applicationFilePath());
    QTest::newRow("package, by name on PATH")
        << systemData() << binary.fileName()
        << binary.path() + QLatin1Char(':') + QString::fromLocal8Bit(m_path);
    // Links followed (a user's own install links its binary into ~/.local/bin), and the Exec
    // quoting undone.
    const QString ownLink = m_home.filePath(QStringLiteral("local/bin/id360-jobmon"));
    const QString quotedLink = m_home.filePath(QStringLiteral("Job Monitor $1/id360-jobmon"));
    for (const QString &link : { ownLink, quotedLink }) {
        QVERIFY(QDir().mkpath(QFileInfo(link).path()));
        QVERIFY(QFile::link(binary.filePath(), link));
    }
    QTest::newRow("own install, through a link")
        << userData() << Autostart::execValue(ownLink) << QString();
    QTest::newRow("package, through a link that needs quoting")
        << systemData() << Autostart::execValue(quotedLink) << QString();
}

void TestAutostart::installedStartsAsTheMenuDoes()
{
    QFETCH(QString, dataDirectory);
    QFETCH(QString, installedExec);
    QFETCH(QString, path);
    if (!path.isEmpty())
        qputenv("PATH", QFile::encodeName(path));
    QVERIFY(installMenuEntry(dataDirectory, installedExec));
    QCOMPARE(Autostart::setEnabled(true), std::nullopt);
    QCOMPARE(writtenExec(), installedExec + QStringLiteral(" --minimized"));
    QVERIFY(Autostart::isEnabled());
}

void TestAutostart::disableRemovesEntry()
{
    QCOMPARE(Autostart::setEnabled(true), std::nullopt);
    QCOMPARE(Autostart::setEnabled(false), std::nullopt);
    QVERIFY(!QFile::exists(entryPath()));
    QVERIFY(!Autostart::isEnabled());
    // Already off: nothing to do, nothing to complain about.
    QCOMPARE(Autostart::setEnabled(false), std::nullopt);
}

void TestAutostart::switchedOffByDesktop_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("edited");
    QTest::addColumn<bool>("enabled");
    const QByteArray terminal = QByteArrayLiteral("Terminal=false\n");
    QTest::newRow("hidden") << terminal << terminal + "Hidden=true\n" << false;
    QTest::newRow("hidden with spaces") << terminal << terminal + "Hidden = true\n" << false;
    QTest::newRow("not hidden") << terminal << terminal + "Hidden=false\n" << true;
    QTest::newRow("hidden in another group")
        << terminal << terminal + "\n[Desktop Action Open]\nHidden=true\n"
        << true;
    QTest::newRow("GNOME switched it off")
        << QByteArrayLiteral("X-GNOME-Autostart-enabled=true")
        << QByteArrayLiteral("X-GNOME-Autostart-enabled=false") << false;
}

void TestAutostart::switchedOffByDesktop()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, edited);
    QFETCH(bool, enabled);
    // Desktops switch an entry off by editing it, not by removing it.
    QCOMPARE(Autostart::setEnabled(true), std::nullopt);
    QFile file(entryPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray contents = file.readAll();
    QVERIFY(contents.contains(line));
    file.resize(0);
    file.write(contents.replace(line, edited));
    file.close();
    QCOMPARE(Autostart::isEnabled(), enabled);

    // Switching it on again in our settings wins.
    QCOMPARE(Autostart::setEnabled(true), std::nullopt);
    QVERIFY(Autostart::isEnabled());
}

void TestAutostart::oldEntryCountsUntilReplaced_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("enable");
    for (const OldEntry &old : oldEntries()) {
        QTest::addRow("%s, switched on", old.name) << old.contents << old.enabled << true;
        QTest::addRow("%s, switched off", old.name) << old.contents << old.enabled << false;
    }
}

void TestAutostart::oldEntryCountsUntilReplaced()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, enabled);
    QFETCH(bool, enable);
    QVERIFY(writeFile(oldEntryPath(), contents));
    QCOMPARE(Autostart::isEnabled(), enabled);
    QCOMPARE(Autostart::setEnabled(enable), std::nullopt);
    QVERIFY(!QFile::exists(oldEntryPath()));
    QCOMPARE(QFile::exists(entryPath()), enable);
    QCOMPARE(Autostart::isEnabled(), enable);
}

void TestAutostart::startReplacesOldEntry_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("enabled");
    for (const OldEntry &old : oldEntries())
        QTest::newRow(old.name) << old.contents << old.enabled;
}

void TestAutostart::startReplacesOldEntry()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, enabled);
    QVERIFY(writeFile(oldEntryPath(), contents));
    QCOMPARE(Autostart::replaceOldEntry(), std::nullopt);
    QVERIFY(!QFile::exists(oldEntryPath()));
    QCOMPARE(Autostart::isEnabled(), enabled);
    // Switched on, it starts this binary now, not what the old entry named.
    QCOMPARE(writtenExec(),
             enabled ? Autostart::execValue(QCoreApplication::applicationFilePath())
                     + QStringLiteral(" --minimized")
                     : QString());
}

void TestAutostart::startLeavesOursAlone()
{
    // The admin's desktop switched ours off; without an old entry a start changes nothing.
    const QByteArray hidden = "[Desktop Entry]\nType=Application\nExec=elsewhere\nHidden=true\n";
    QVERIFY(writeFile(entryPath(), hidden));
    QCOMPARE(Autostart::replaceOldEntry(), std::nullopt);
    QCOMPARE(readFile(entryPath()), hidden);
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::oldEntryCannotBeRemoved()
{
    QVERIFY(QDir().mkpath(oldEntryPath() + QStringLiteral("/in the way")));
    const QString expected = QStringLiteral("Could not remove %1: ").arg(oldEntryPath());
    for (const std::optional<QString> &error :
         { Autostart::setEnabled(false), Autostart::replaceOldEntry() }) {
        QVERIFY(error);
        QVERIFY2(error->startsWith(expected), qPrintable(*error));
    }
}

void TestAutostart::cannotWrite_data()
{
    QTest::addColumn<QString>("obstacle");
    QTest::addColumn<bool>("enable");
    QTest::addColumn<QString>("message");
    QTest::newRow("autostart is a file")
        << QStringLiteral("file") << true
        << QStringLiteral("Could not create the folder %1.").arg(autostartDirectory());
    QTest::newRow("read-only folder") << QStringLiteral("read-only") << true
                                      << QStringLiteral("Could not write %1: ").arg(entryPath());
    QTest::newRow("entry is a folder: enable")
        << QStringLiteral("folder") << true
        << QStringLiteral("Could not write %1: ").arg(entryPath());
    QTest::newRow("entry is a folder: disable")
        << QStringLiteral("folder") << false
        << QStringLiteral("Could not remove %1: ").arg(entryPath());
}

void TestAutostart::cannotWrite()
{
    QFETCH(QString, obstacle);
    QFETCH(bool, enable);
    QFETCH(QString, message);
    if (obstacle == QLatin1String("file")) {
        QFile file(autostartDirectory());
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (obstacle == QLatin1String("read-only")) {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QVERIFY(QDir().mkpath(autostartDirectory()));
        QVERIFY(QFile::setPermissions(autostartDirectory(), QFile::ReadOwner | QFile::ExeOwner));
    } else {
        QVERIFY(QDir().mkpath(entryPath()));
    }
    const std::optional<QString> error = Autostart::setEnabled(enable);
    QVERIFY(error);
    QVERIFY2(error->startsWith(message), qPrintable(*error));
    QVERIFY(error->endsWith(QLatin1Char('.')));
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::execValue_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/id360-jobmon")
                           << QStringLiteral("/usr/bin/id360-jobmon");
    QTest::newRow("non-ASCII") << QStringLiteral("/opt/Überwachung/id360-jobmon")
                               << QStringLiteral("/opt/Überwachung/id360-jobmon");
    QTest::newRow("space") << QStringLiteral("/opt/Job Monitor/id360-jobmon")
                           << QStringLiteral("\"/opt/Job Monitor/id360-jobmon\"");
    QTest::newRow("semicolon") << QStringLiteral("/opt/a;b/id360-jobmon")
                               << QStringLiteral("\"/opt/a;b/id360-jobmon\"");
    // The quoting escapes ", `, $ and \ with a backslash; then the string escapes double every
    // backslash (the specification's own examples: \\$ and four for one backslash).
    QTest::newRow("double quote") << QStringLiteral("/opt/a\"b/id360-jobmon")
                                  << QStringLiteral("\"/opt/a\\\\\"b/id360-jobmon\"");
    QTest::newRow("dollar") << QStringLiteral("/opt/$HOME/id360-jobmon")
                            << QStringLiteral("\"/opt/\\\\$HOME/id360-jobmon\"");
    QTest::newRow("backtick") << QStringLiteral("/opt/`x`/id360-jobmon")
                              << QStringLiteral("\"/opt/\\\\`x\\\\`/id360-jobmon\"");
    QTest::newRow("backslash") << QStringLiteral("/opt/a\\b/id360-jobmon")
                               << QStringLiteral("\"/opt/a\\\\\\\\b/id360-jobmon\"");
    QTest::newRow("single quote") << QStringLiteral("/opt/it's/id360-jobmon")
                                  << QStringLiteral("\"/opt/it's/id360-jobmon\"");
    QTest::newRow("newline") << QStringLiteral("/opt/a\nb/id360-jobmon")
                             << QStringLiteral("\"/opt/a\\nb/id360-jobmon\"");
    // Not a field code.
    QTest::newRow("percent") << QStringLiteral("/opt/100%/id360-jobmon")
                             << QStringLiteral("/opt/100%%/id360-jobmon");
    QTest::newRow("percent and space") << QStringLiteral("/opt/100% sure/id360-jobmon")
                                       << QStringLiteral("\"/opt/100%% sure/id360-jobmon\"");
}

void TestAutostart::execValue()
{
    QFETCH(QString, program);
    QFETCH(QString, value);
    QCOMPARE(Autostart::execValue(program), value);
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
