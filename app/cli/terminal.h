#pragma once

#include <QString>
#include <QStringList>

// What an output stream of the command line is attached to, so that what is printed suits it:
// a table fitted to a terminal's width, colour only where a person reads it.
struct TerminalInfo
{
    bool isTerminal = false;
    // Columns to fit a table to; 0: no fitting (a file or pipe without COLUMNS).
    int width = 0;
    // ANSI colours: on a terminal only, and neither with NO_COLOR set (to anything, even
    // empty: no-color.org) nor with TERM=dumb.
    bool colour = false;

    // The stream on file descriptor `fd` (1 for stdout, 2 for stderr). Width: the terminal's
    // own, else COLUMNS, else 80 on a terminal and 0 off one.
    static TerminalInfo of(int fd);
};

// Text as a terminal shows it: measured in columns (a combining mark takes none, a CJK
// character or an emoji two), cut or wrapped to a width, coloured.
namespace TerminalText {
// Server text made safe to print: every control character (escape sequences start with one,
// tabs and line breaks would break a layout) and every bidirectional override becomes a space.
QString plain(const QString &text);
int width(const QString &text);
// `text` in at most `columns` columns, ending with "…" when it had to be cut.
QString shortened(const QString &text, int columns);
// `text` in lines of at most `columns` columns, broken at spaces where it can be.
QStringList wrapped(const QString &text, int columns);
// `text` in an SGR colour ("31" red) when `colour`, else as it is.
QString coloured(const QString &text, const char *sgr, bool colour);
} // namespace TerminalText
