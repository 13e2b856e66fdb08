#include "fixtures/commandline.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString buildDir = QStringLiteral(JOBMON_BUILD_DIR);
const QString sourceDir = QStringLiteral(JOBMON_SOURCE_DIR);
const QStringList programs { QStringLiteral("id360-jobmon"), QStringLiteral("id360-emulator") };

// cpack (with dpkg-shlibdeps and xz) and lintian take their time on a busy machine.
constexpr int toolTimeoutMs = 90000;

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The package names a Depends-like field lists ("a (>= 1), b | c" gives a, b, c).
QStringList packageNamesIn(const QString &field)
{
    QStringList names;
    static const QRegularExpression separator(QStringLiteral("[,|]"));
    for (const QString &entry : field.split(separator, Qt::SkipEmptyParts))
        names.append(entry.trimmed().section(QLatin1Char(' '), 0, 0));
    return names;
}

} // namespace

// The .deb as scripts/package builds it (CPack from the build tree), unpacked into a throwaway
// root: what it holds, that its programs start from there alone, and what dpkg and lintian say.
class TestPackage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsTheProgramsAndTheirFiles();
    void holdsOnlyOurFiles();
    void installedProgramsStart_data();
    void installedProgramsStart();
    void programsAreStrippedAndLookIntoNoOtherFolder_data();
    void programsAreStrippedAndLookIntoNoOtherFolder();
    void dependsOnQtAndWhatItLoadsAtRunTime();
    void changelogIsForThePackagedVersion();
    void lintianFindsNoError();

private:
    // Runs `program` in a throwaway home, from the unpacked root, with no library path of ours.
    Ran run(const QString &program, const QStringList &arguments,
            int timeoutMs = toolTimeoutMs) const;
    // A field of the package's control file.
    QString field(const QString &name) const;
    QString installed(const QString &path) const { return m_root.filePath(path); }

    QTemporaryDir m_work;
    QTemporaryDir m_root;
    QString m_deb;
};

Ran TestPackage::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    QProcessEnvironment environment = throwawayHomeEnvironment(m_work.path());
    environment.remove(QStringLiteral("LD_LIBRARY_PATH"));
    return runProgram(program, arguments, environment, {}, m_root.path(), timeoutMs);
}

QString TestPackage::field(const QString &name) const
{
    return run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb, name }).out.trimmed();
}

void TestPackage::initTestCase()
{
    // What CPack's DEB generator and this test run.
    for (const char *tool : { "dpkg-deb", "dpkg-shlibdeps", "readelf" })
        REQUIRE_TOOL(QLatin1String(tool));
    QVERIFY(m_work.isValid() && m_root.isValid());
    const QString out = m_work.filePath(QStringLiteral("out"));
    const Ran packed
        = run(QStringLiteral(JOBMON_CPACK_COMMAND),
              { QStringLiteral("--config"), buildDir + QStringLiteral("/CPackConfig.cmake"),
                QStringLiteral("-B"), out });
    QVERIFY2(packed.exitCode == 0, qPrintable(packed.out + packed.err));
    const QStringList debs = QDir(out).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = out + QLatin1Char('/') + debs.constFirst();
    const Ran unpacked
        = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, m_root.path() });
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
}

void TestPackage::holdsTheProgramsAndTheirFiles()
{
    // Debian's name for it: package_version_architecture.deb.
    QCOMPARE(QFileInfo(m_deb).fileName(),
             QStringLiteral("%1_%2_%3.deb")
                 .arg(field(QStringLiteral("Package")), field(QStringLiteral("Version")),
                      field(QStringLiteral("Architecture"))));
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("id360-jobmon"));
    for (const QString &program : programs)
        QVERIFY2(QFileInfo(installed(QStringLiteral("usr/bin/") + program)).isExecutable(),
                 qPrintable(program));
    for (const char *path :
         { "usr/share/man/man1/id360-jobmon.1.gz", "usr/share/man/man1/id360-emulator.1.gz",
           "usr/share/doc/id360-jobmon/changelog.gz",
           "usr/share/bash-completion/completions/id360-jobmon",
           "usr/share/zsh/vendor-completions/_id360-jobmon",
           "usr/share/fish/vendor_completions.d/id360-jobmon.fish" })
        QVERIFY2(QFileInfo(installed(QLatin1String(path))).isFile(), path);
    // What the desktop shows: the menu entry, the software centre's metainfo, the icons.
    const QString appId = QStringLiteral(JOBMON_APP_ID);
    for (const QString &path : { QStringLiteral("usr/share/applications/%1.desktop"),
                                 QStringLiteral("usr/share/metainfo/%1.metainfo.xml"),
                                 QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg"),
                                 QStringLiteral("usr/share/icons/hicolor/16x16/apps/%1.png"),
                                 QStringLiteral("usr/share/icons/hicolor/256x256/apps/%1.png") })
        QVERIFY2(QFileInfo(installed(path.arg(appId))).isFile(), qPrintable(path.arg(appId)));
    QCOMPARE(readBytes(installed(QStringLiteral("usr/share/doc/id360-jobmon/copyright"))),
             readBytes(sourceDir + QStringLiteral("/resources/debian/copyright")));
}

void TestPackage::holdsOnlyOurFiles()
{
    // No test, benchmark or fuzzer, no library: the two programs and data under usr/share.
    QStringList expected = programs;
    expected.sort();
    QCOMPARE(QDir(installed(QStringLiteral("usr/bin"))).entryList(QDir::Files, QDir::Name),
             expected);
    QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = QDir(m_root.path()).relativeFilePath(files.next());
        QVERIFY2(path.startsWith(QLatin1String("usr/bin/"))
                     || path.startsWith(QLatin1String("usr/share/")),
                 qPrintable(path));
        QVERIFY2(!path.endsWith(QLatin1String(".a")) && !path.contains(QLatin1String(".so")),
                 qPrintable(path));
    }
}

void TestPackage::installedProgramsStart_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    // What the output must name: option names are never translated.
    QTest::addColumn<QStringList>("shows");
    const QString version = QStringLiteral("--version");
    const QString help = QStringLiteral("--help");
    QTest::newRow("id360-jobmon --help")
        << programs[0] << QStringList { help }
        << QStringList { QStringLiteral("--demo"), QStringLiteral("--account"), version };
    QTest::newRow("id360-emulator --help")
        << programs[1] << QStringList { help }
        << QStringList { QStringLiteral("--port"), QStringLiteral("--fault"), version };
    // Both say the package's version.
    for (const QString &program : programs)
        QTest::addRow("%s --version", qPrintable(program))
            << program << QStringList { version } << QStringList();
}

void TestPackage::installedProgramsStart()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shows);
    const Ran started = run(installed(QStringLiteral("usr/bin/") + program), arguments, 30000);
    QVERIFY2(started.exitCode == 0, qPrintable(started.err));
    if (shows.isEmpty()) {
        QCOMPARE(started.out.trimmed(),
                 program + QLatin1Char(' ') + field(QStringLiteral("Version")));
        return;
    }
    for (const QString &shown : shows)
        QVERIFY2(started.out.contains(shown),
                 qPrintable(shown + QStringLiteral(" not in:\n") + started.out));
}

void TestPackage::programsAreStrippedAndLookIntoNoOtherFolder_data()
{
    QTest::addColumn<QString>("program");
    for (const QString &program : programs)
        QTest::newRow(qPrintable(program)) << program;
}

void TestPackage::programsAreStrippedAndLookIntoNoOtherFolder()
{
    QFETCH(QString, program);
    const QString binary = installed(QStringLiteral("usr/bin/") + program);
    // Our code is linked in and Qt is the system's: no RPATH or RUNPATH, least of all one into
    // the build tree.
    const Ran dynamic = run(QStringLiteral("readelf"), { QStringLiteral("-d"), binary });
    QCOMPARE(dynamic.exitCode, 0);
    QVERIFY2(dynamic.out.contains(QLatin1String("(NEEDED)")), qPrintable(dynamic.out));
    QVERIFY2(!dynamic.out.contains(QLatin1String("(RPATH)"))
                 && !dynamic.out.contains(QLatin1String("(RUNPATH)")),
             qPrintable(dynamic.out));
    QVERIFY(!readBytes(binary).contains(buildDir.toUtf8()));
    const Ran sections = run(QStringLiteral("readelf"), { QStringLiteral("-S"), binary });
    QCOMPARE(sections.exitCode, 0);
    QVERIFY2(!sections.out.contains(QLatin1String(".symtab")), "not stripped");
}

void TestPackage::dependsOnQtAndWhatItLoadsAtRunTime()
{
    const QStringList depends = packageNamesIn(field(QStringLiteral("Depends")));
    // From dpkg-shlibdeps, and what it cannot see: the SVG plugins and libsecret.
    for (const char *package : { "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                                 "libqt6keychain1", "libqt6svg6", "libsecret-1-0" })
        QVERIFY2(depends.contains(QLatin1String(package)),
                 qPrintable(QLatin1String(package) + QStringLiteral(" not in ")
                            + depends.join(QStringLiteral(", "))));
    const QStringList recommends = packageNamesIn(field(QStringLiteral("Recommends")));
    QVERIFY2(recommends.contains(QStringLiteral("gnome-keyring"))
                 && recommends.contains(QStringLiteral("qt6-translations-l10n")),
             qPrintable(recommends.join(QStringLiteral(", "))));
}

void TestPackage::changelogIsForThePackagedVersion()
{
    const QString changelog = m_work.filePath(QStringLiteral("changelog"));
    QFile unpacked(changelog);
    QVERIFY(unpacked.open(QIODevice::WriteOnly));
    unpacked.write(run(QStringLiteral("gzip"),
                       { QStringLiteral("-dc"),
                         installed(QStringLiteral("usr/share/doc/id360-jobmon/changelog.gz")) })
                       .out.toUtf8());
    unpacked.close();
    const Ran parsed
        = run(QStringLiteral("dpkg-parsechangelog"),
              { QStringLiteral("-l"), changelog, QStringLiteral("-S"), QStringLiteral("Version") });
    QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.err));
    QCOMPARE(parsed.out.trimmed(), field(QStringLiteral("Version")));
    QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(JOBMON_VERSION));
}

void TestPackage::lintianFindsNoError()
{
    REQUIRE_TOOL(QStringLiteral("lintian"));
    // Exit 1 on an error, 2 when lintian itself failed; warnings are docs/PACKAGING.md's.
    QStringList arguments { QStringLiteral("--fail-on"), QStringLiteral("error"), m_deb };
    if (getuid() == 0)
        arguments.prepend(QStringLiteral("--allow-root"));
    const Ran checked = run(QStringLiteral("lintian"), arguments);
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    if (!checked.out.isEmpty())
        qInfo("lintian:\n%s", qPrintable(checked.out));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
