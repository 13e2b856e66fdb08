#include "platform/autostart.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestAutostart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void enableWritesEntry();
    void disableRemovesEntry();
    void switchedOffByDesktop_data();
    void switchedOffByDesktop();
    void cannotWrite_data();
    void cannotWrite();
    void execValue_data();
    void execValue();

private:
    QString autostartDirectory() const { return m_config.filePath(QStringLiteral("autostart")); }
    QString entryPath() const
    {
        return autostartDirectory() + QStringLiteral("/id360-jobmon.desktop");
    }

    QTemporaryDir m_config;
};

void TestAutostart::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
             m_config.path());
}

void TestAutostart::init()
{
    const QString directory = autostartDirectory();
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(QDir(directory).removeRecursively());
    QFile::remove(directory);
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
           QStringLiteral("Icon=id360-jobmon"), QStringLiteral("Terminal=false"),
           QStringLiteral("X-GNOME-Autostart-enabled=true") })
        QVERIFY2(lines.contains(line), qPrintable(line));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("Comment=")) && line.size() > 8;
    }));
    QVERIFY(lines.filter(QStringLiteral("Hidden")).isEmpty());
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
