#include "cli/terminal.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <sys/ioctl.h>
#include <unistd.h>

TerminalInfo TerminalInfo::of(int fd)
{
    TerminalInfo info;
    info.isTerminal = ::isatty(fd) == 1;
    winsize size {};
    bool known = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &known);
    if (info.isTerminal && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        info.width = size.ws_col;
    else if (known && columns > 0)
        info.width = columns;
    else
        info.width = info.isTerminal ? 80 : 0;
    info.colour = info.isTerminal && !qEnvironmentVariableIsSet("NO_COLOR")
        && qgetenv("TERM") != QByteArrayLiteral("dumb");
    return info;
}

namespace {

int columnsOf(char32_t character)
{
    switch (QChar::category(character)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    // East Asian wide and fullwidth characters, and the emoji blocks.
    const bool wide = (character >= 0x1100 && character <= 0x115F)
        || (character >= 0x2E80 && character <= 0xA4CF && character != 0x303F)
        || (character >= 0xAC00 && character <= 0xD7A3)
        || (character >= 0xF900 && character <= 0xFAFF)
        || (character >= 0xFE30 && character <= 0xFE4F)
        || (character >= 0xFF00 && character <= 0xFF60)
        || (character >= 0xFFE0 && character <= 0xFFE6)
        || (character >= 0x1F300 && character <= 0x1F64F)
        || (character >= 0x1F900 && character <= 0x1F9FF)
        || (character >= 0x20000 && character <= 0x3FFFD);
    return wide ? 2 : 1;
}

// The longest start of `characters` from `from` that takes at most `columns` columns.
qsizetype fitting(const QList<uint> &characters, qsizetype from, int columns)
{
    qsizetype end = from;
    for (int used = 0; end < characters.size(); ++end) {
        used += columnsOf(characters.at(end));
        if (used > columns)
            break;
    }
    return end;
}

QString textOf(const QList<uint> &characters, qsizetype from, qsizetype to)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData() + from),
                             to - from);
}

} // namespace

namespace TerminalText {

QString plain(const QString &text)
{
    QString result = text;
    for (QChar &character : result) {
        // Bidirectional overrides and isolates too: they reorder what follows them on screen.
        const char16_t code = character.unicode();
        if (character.category() == QChar::Other_Control || character == QChar::LineSeparator
            || character == QChar::ParagraphSeparator || (code >= 0x202A && code <= 0x202E)
            || (code >= 0x2066 && code <= 0x2069))
            character = QLatin1Char(' ');
    }
    return result;
}

int width(const QString &text)
{
    int columns = 0;
    for (const uint character : text.toUcs4())
        columns += columnsOf(character);
    return columns;
}

QString shortened(const QString &text, int columns)
{
    if (width(text) <= columns)
        return text;
    if (columns < 1)
        return QString();
    const QList<uint> characters = text.toUcs4();
    QString start = textOf(characters, 0, fitting(characters, 0, columns - 1));
    // "Bulk…", not "Bulk …".
    while (start.endsWith(u' '))
        start.chop(1);
    return start + QStringLiteral("…");
}

QStringList wrapped(const QString &text, int columns)
{
    if (columns < 1 || width(text) <= columns)
        return { text };
    const QList<uint> characters = text.toUcs4();
    QStringList lines;
    qsizetype start = 0;
    while (start < characters.size()) {
        qsizetype end = fitting(characters, start, columns);
        if (end < characters.size()) {
            // Back to the last space that fits, unless the word is longer than a line.
            qsizetype space = end;
            while (space > start && characters.at(space) != ' ')
                --space;
            if (space > start)
                end = space;
            else if (end == start)
                end = start + 1;
        }
        lines.append(textOf(characters, start, end));
        start = end;
        while (start < characters.size() && characters.at(start) == ' ')
            ++start;
    }
    return lines;
}

QString coloured(const QString &text, const char *sgr, bool colour)
{
    if (!colour || !sgr || text.isEmpty())
        return text;
    return QStringLiteral("\x1b[") + QLatin1String(sgr) + QLatin1Char('m') + text
        + QStringLiteral("\x1b[0m");
}

} // namespace TerminalText
