#include "platform/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart");
}

QString entryPath()
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

// Escapes for any string value, undone before the Exec quoting is: a literal backslash in a
// quoted argument ends up as four.
QString stringValue(const QString &text)
{
    QString value;
    for (const QChar character : text) {
        switch (character.unicode()) {
        case '\\':
            value += QStringLiteral("\\\\");
            break;
        case '\n':
            value += QStringLiteral("\\n");
            break;
        case '\t':
            value += QStringLiteral("\\t");
            break;
        case '\r':
            value += QStringLiteral("\\r");
            break;
        default:
            value += character;
        }
    }
    return value;
}

} // namespace

namespace Autostart {

bool isEnabled()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray contents = file.readAll();
    return entryValue(contents, "Hidden") != "true"
        && entryValue(contents, "X-GNOME-Autostart-enabled") != "false";
}

std::optional<QString> setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        QFile file(path);
        if (!file.exists() || file.remove())
            return std::nullopt;
        return QCoreApplication::translate("Autostart", "Could not remove %1: %2.")
            .arg(path, file.errorString());
    }
    if (!QDir().mkpath(directory()))
        return QCoreApplication::translate("Autostart", "Could not create the folder %1.")
            .arg(directory());
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Identity360 Job Monitor\n"
                                         "Comment=Watches Identity360 jobs from the system tray\n"
                                         "Exec=")
        + execValue(QCoreApplication::applicationFilePath())
        + QStringLiteral(" --minimized\n"
                         "Icon=id360-jobmon\n"
                         "Terminal=false\n"
                         "X-GNOME-Autostart-enabled=true\n");
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(entry.toUtf8());
        if (file.commit())
            return std::nullopt;
    }
    return QCoreApplication::translate("Autostart", "Could not write %1: %2.")
        .arg(path, file.errorString());
}

QString execValue(const QString &program)
{
    return stringValue(quotedArgument(program));
}

} // namespace Autostart
