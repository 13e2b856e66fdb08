#pragma once

#include "cli/terminal.h"

#include <QList>
#include <QString>

// Rows of text in columns two spaces apart under a header row, for a terminal: fitted to its
// width by narrowing the columns that may be narrowed (the widest first, never below their
// title), coloured cells where it shows colour. Cells are plain text (TerminalText::plain).
class TextTable final
{
public:
    enum class Fit {
        Fixed,
        // Cut with "…".
        Shorten,
        // Broken into lines of the column's width; the row grows.
        Wrap
    };
    struct Cell
    {
        QString text;
        // The SGR colour of the text, or none.
        const char *colour = nullptr;
    };

    void addColumn(const QString &title, Fit fit = Fit::Fixed);
    void addRow(const QList<Cell> &cells);
    // Every line ends in "\n"; none ends in spaces.
    QString render(const TerminalInfo &terminal) const;

private:
    struct Column
    {
        QString title;
        Fit fit = Fit::Fixed;
    };
    // Each column's width in columns of the terminal.
    QList<int> widths(int fitTo) const;

    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};
