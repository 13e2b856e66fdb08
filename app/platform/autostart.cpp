#include "platform/autostart.h"

#include "platform/desktopentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <iterator>
#include <utility>

namespace {

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart");
}

QString entryPath()
{
    return directory() + QLatin1Char('/') + DesktopEntry::id() + QStringLiteral(".desktop");
}

// Where versions before the application id wrote the entry.
QString oldEntryPath()
{
    return directory() + QStringLiteral("/id360-jobmon.desktop");
}

// The value of `key` in the [Desktop Entry] group of `contents`, as written.
QByteArray entryValue(const QByteArray &contents, const QByteArray &key)
{
    bool inEntry = false;
    for (const QByteArray &rawLine : contents.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith('[')) {
            inEntry = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (inEntry && equals > 0 && line.left(equals).trimmed() == key)
            return line.mid(equals + 1).trimmed();
    }
    return {};
}

// The Exec rules: an argument with a reserved character is quoted, and inside the quotes ", `, $
// and \ take a backslash; % is doubled so it is not read as a field code.
QString quotedArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    static const QString escapedInQuotes = QStringLiteral("\"`$\\");
    const QString text = QString(argument).replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar character) { return reserved.contains(character); }))
        return text;
    QString quoted = QStringLiteral("\"");
    for (const QChar character : text) {
        if (escapedInQuotes.contains(character))
            quoted += QLatin1Char('\\');
        quoted += character;
    }
    return quoted + QLatin1Char('"');
}

// The string escapes of the Desktop Entry Specification: a character and the letter that
// follows the backslash for it. (\s, a space, is read too; a space needs no escape.)
constexpr std::pair<char16_t, char16_t> stringEscapes[]
    = { { u'\\', u'\\' }, { u'\n', u'n' }, { u'\t', u't' }, { u'\r', u'r' } };

// Escapes for any string value, undone before the Exec quoting is: a literal backslash in a
// quoted argument ends up as four.
QString stringValue(const QString &text)
{
    QString value;
    for (const QChar character : text) {
        const auto *escape = std::find_if(
            std::cbegin(stringEscapes), std::cend(stringEscapes),
            [character](const auto &escape) { return escape.first == character.unicode(); });
        if (escape != std::cend(stringEscapes))
            value += QLatin1Char('\\') + QChar(escape->second);
        else
            value += character;
    }
    return value;
}

// The string escapes of a value undone.
QString unescapedString(const QString &value)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != QLatin1Char('\\') || i + 1 == value.size()) {
            text += value.at(i);
            continue;
        }
        const QChar letter = value.at(++i);
        const auto *escape = std::find_if(
            std::cbegin(stringEscapes), std::cend(stringEscapes),
            [letter](const auto &escape) { return escape.second == letter.unicode(); });
        if (escape != std::cend(stringEscapes))
            text += QChar(escape->first);
        else
            text += letter == u's' ? QChar(u' ') : letter;
    }
    return text;
}

// The program an Exec value starts (its first argument), its escapes and quoting undone: the
// reverse of Autostart::execValue().
QString programOf(const QString &exec)
{
    const QString command = unescapedString(exec);
    QString program;
    bool quoted = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar character = command.at(i);
        if (character == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted && character == QLatin1Char('\\') && i + 1 < command.size())
            program += command.at(++i);
        else if (!quoted && character == QLatin1Char(' '))
            break;
        else
            program += character;
    }
    return program.replace(QStringLiteral("%%"), QStringLiteral("%"));
}

// The installed menu entry's Exec value when it starts this very binary (by its path or through
// PATH, links followed), so that login starts the monitor as the menu does.
std::optional<QString> installedExec()
{
    QFile installed(QStandardPaths::locate(QStandardPaths::ApplicationsLocation,
                                           DesktopEntry::id() + QStringLiteral(".desktop")));
    if (installed.fileName().isEmpty() || !installed.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString exec = QString::fromUtf8(entryValue(installed.readAll(), "Exec"));
    QString program = programOf(exec);
    if (!program.contains(QLatin1Char('/')))
        program = QStandardPaths::findExecutable(program);
    const QString running = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    if (program.isEmpty() || QFileInfo(program).canonicalFilePath() != running)
        return std::nullopt;
    return exec;
}

std::optional<QString> removeEntry(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return std::nullopt;
    return QCoreApplication::translate("Autostart", "Could not remove %1: %2.")
        .arg(path, file.errorString());
}

std::optional<QString> writeEntry()
{
    if (!QDir().mkpath(directory()))
        return QCoreApplication::translate("Autostart", "Could not create the folder %1.")
            .arg(directory());
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Identity360 Job Monitor\n"
                                         "Comment=Watches Identity360 jobs from the system tray\n"
                                         "Exec=")
        + installedExec().value_or(Autostart::execValue(QCoreApplication::applicationFilePath()))
        + QStringLiteral(" --minimized\n"
                         "Icon=")
        + DesktopEntry::id()
        + QStringLiteral("\n"
                         "Terminal=false\n"
                         "X-GNOME-Autostart-enabled=true\n");
    const QString path = entryPath();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(entry.toUtf8());
        if (file.commit())
            return std::nullopt;
    }
    return QCoreApplication::translate("Autostart", "Could not write %1: %2.")
        .arg(path, file.errorString());
}

} // namespace

namespace Autostart {

bool isEnabled()
{
    const QString path = QFile::exists(entryPath()) ? entryPath() : oldEntryPath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray contents = file.readAll();
    return entryValue(contents, "Hidden") != "true"
        && entryValue(contents, "X-GNOME-Autostart-enabled") != "false";
}

std::optional<QString> setEnabled(bool enabled)
{
    if (const std::optional<QString> problem = enabled ? writeEntry() : removeEntry(entryPath()))
        return problem;
    return removeEntry(oldEntryPath());
}

std::optional<QString> replaceOldEntry()
{
    if (!QFile::exists(oldEntryPath()))
        return std::nullopt;
    return setEnabled(isEnabled());
}

QString execValue(const QString &program)
{
    return stringValue(quotedArgument(program));
}

} // namespace Autostart
