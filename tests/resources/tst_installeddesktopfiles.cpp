#include "fixtures/commandline.h"
#include "platform/desktopentry.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The sizes desktops look for in the hicolor theme, 16 (menus) to 256 (software centres).
const QList<int> iconSizes { 16, 22, 24, 32, 48, 64, 128, 256 };

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a program said, for a failure message.
QString said(const Ran &ran)
{
    return ran.out + ran.err;
}

// The keys of a desktop entry's [Desktop Entry] group and their values, as written.
QHash<QString, QString> desktopEntryKeys(const QString &path)
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    for (const QString &line : QString::fromUtf8(readFile(path)).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (const qsizetype equals = line.indexOf(QLatin1Char('=')); inEntry && equals > 0)
            keys.insert(line.left(equals), line.mid(equals + 1));
    }
    return keys;
}

} // namespace

// What `cmake --install` puts where desktops and software centres look for the app, as the
// freedesktop validators and Qt's icon loader read it, all named by the one application id.
class TestInstalledDesktopFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopEntryIsValid();
    void desktopEntryStartsTheApp();
    void metainfoIsValid();
    void metainfoNamesTheApp();
    void iconHasEverySize_data();
    void iconHasEverySize();
    void scalableIconIsTheAppsIcon();
    void windowIconComesFromTheTheme();

private:
    QString installed(const QString &path) const { return m_prefix.filePath(path); }
    QString desktopEntryPath() const
    {
        return installed(QStringLiteral("share/applications/") + DesktopEntry::id()
                         + QStringLiteral(".desktop"));
    }
    QString metainfoPath() const
    {
        return installed(QStringLiteral("share/metainfo/") + DesktopEntry::id()
                         + QStringLiteral(".metainfo.xml"));
    }

    QTemporaryDir m_prefix;
};

void TestInstalledDesktopFiles::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Ran install = runProgram(QStringLiteral(JOBMON_CMAKE_COMMAND),
                                   { QStringLiteral("--install"), QStringLiteral(JOBMON_BUILD_DIR),
                                     QStringLiteral("--prefix"), m_prefix.path() },
                                   QProcessEnvironment::systemEnvironment());
    QVERIFY2(install.exitCode == 0, qPrintable(said(install)));
    QVERIFY2(QFile::exists(desktopEntryPath()), qPrintable(desktopEntryPath()));
    QVERIFY2(QFile::exists(metainfoPath()), qPrintable(metainfoPath()));
}

void TestInstalledDesktopFiles::desktopEntryIsValid()
{
    REQUIRE_TOOL(QStringLiteral("desktop-file-validate"));
    const Ran validated
        = runProgram(QStringLiteral("desktop-file-validate"), { desktopEntryPath() },
                     QProcessEnvironment::systemEnvironment());
    // Warnings and hints make no difference to its exit status: silence is the pass.
    QVERIFY2(validated.exitCode == 0 && validated.out.isEmpty() && validated.err.isEmpty(),
             qPrintable(said(validated)));
}

void TestInstalledDesktopFiles::desktopEntryStartsTheApp()
{
    const QHash<QString, QString> entry = desktopEntryKeys(desktopEntryPath());
    QCOMPARE(entry.value(QStringLiteral("Icon")), DesktopEntry::id());
    // The menu starts the installed binary by name, as PATH finds it.
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("id360-jobmon"));
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/id360-jobmon"))).isExecutable());
    QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    // Every language the app speaks has its words in the menu; the product's name stays.
    for (const QString &language :
         { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja") }) {
        for (const QString &key : { QStringLiteral("GenericName"), QStringLiteral("Comment"),
                                    QStringLiteral("Keywords") }) {
            const QString translated
                = entry.value(key + QLatin1Char('[') + language + QLatin1Char(']'));
            QVERIFY2(!translated.isEmpty() && translated != entry.value(key),
                     qPrintable(key + QLatin1Char('[') + language + QLatin1Char(']')));
        }
        QCOMPARE(entry.value(QStringLiteral("Name[%1]").arg(language)),
                 entry.value(QStringLiteral("Name")));
    }
}

void TestInstalledDesktopFiles::metainfoIsValid()
{
    REQUIRE_TOOL(QStringLiteral("appstreamcli"));
    // The metainfo alone, then as a software centre finds it with the desktop entry and icons.
    for (const QString &command : { QStringLiteral("validate"), QStringLiteral("validate-tree") }) {
        const Ran validated = runProgram(
            QStringLiteral("appstreamcli"),
            { command, QStringLiteral("--no-net"),
              command == QLatin1String("validate") ? metainfoPath() : m_prefix.path() },
            QProcessEnvironment::systemEnvironment());
        // Errors and warnings are lines of their own, "E: …" and "W: …".
        QVERIFY2(validated.exitCode == 0
                     && !validated.out.contains(QRegularExpression(
                         QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption)),
                 qPrintable(said(validated)));
    }
}

void TestInstalledDesktopFiles::metainfoNamesTheApp()
{
    QFile file(metainfoPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList ids;
    QStringList launchables;
    QStringList binaries;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id"))
            ids.append(xml.readElementText());
        else if (xml.name() == QLatin1String("launchable"))
            launchables.append(xml.readElementText());
        else if (xml.name() == QLatin1String("binary"))
            binaries.append(xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(ids, QStringList { DesktopEntry::id() });
    QCOMPARE(launchables, QStringList { DesktopEntry::id() + QStringLiteral(".desktop") });
    QCOMPARE(binaries,
             QStringList({ QStringLiteral("id360-jobmon"), QStringLiteral("id360-emulator") }));
}

void TestInstalledDesktopFiles::iconHasEverySize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : iconSizes)
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstalledDesktopFiles::iconHasEverySize()
{
    QFETCH(int, size);
    const QString path = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size)
                                   + DesktopEntry::id() + QStringLiteral(".png"));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage icon = reader.read();
    QVERIFY2(!icon.isNull(), qPrintable(path + QStringLiteral(": ") + reader.errorString()));
    QCOMPARE(icon.size(), QSize(size, size));
    // Drawn on nothing: the corners, outside the rounded rectangle, let the panel show through.
    QVERIFY(icon.hasAlphaChannel());
    QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
}

void TestInstalledDesktopFiles::scalableIconIsTheAppsIcon()
{
    const QByteArray svg = readFile(installed(QStringLiteral("share/icons/hicolor/scalable/apps/")
                                              + DesktopEntry::id() + QStringLiteral(".svg")));
    QVERIFY(!svg.isEmpty());
    QCOMPARE(svg, readFile(QStringLiteral(":/icons/id360-jobmon.svg")));
}

void TestInstalledDesktopFiles::windowIconComesFromTheTheme()
{
    // Not installed (no theme has it): the icon built in.
    QTemporaryDir noTheme;
    QIcon::setThemeSearchPaths({ noTheme.path() });
    const QIcon builtIn = DesktopEntry::icon();
    QVERIFY(!builtIn.isNull());
    QVERIFY(builtIn.name().isEmpty());

    // Installed: hicolor's, by the id, in every size. The theme's index is the system's (the
    // hicolor-icon-theme package owns it), the icons the prefix's.
    if (!QFile::exists(QStringLiteral("/usr/share/icons/hicolor/index.theme")))
        QSKIP("the hicolor icon theme is not installed");
    QIcon::setThemeSearchPaths(
        { installed(QStringLiteral("share/icons")), QStringLiteral("/usr/share/icons") });
    QIcon::setThemeName(QStringLiteral("hicolor"));
    const QIcon themed = DesktopEntry::icon();
    QCOMPARE(themed.name(), DesktopEntry::id());
    for (const int size : iconSizes)
        QVERIFY2(themed.availableSizes().contains(QSize(size, size)),
                 qPrintable(QString::number(size)));
}

QTEST_MAIN(TestInstalledDesktopFiles)
#include "tst_installeddesktopfiles.moc"
