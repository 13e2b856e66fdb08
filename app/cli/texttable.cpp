#include "cli/texttable.h"

#include <algorithm>
#include <limits>

namespace {

constexpr int gap = 2;

// One line of the table: `cells` (already fitted) padded to `widths`, coloured where asked.
QString line(const QList<TextTable::Cell> &cells, const QList<int> &widths, bool colour)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const TextTable::Cell &cell = cells.at(i);
        text += TerminalText::coloured(cell.text, cell.colour, colour);
        if (i + 1 < cells.size())
            text += QString(std::max(widths.at(i) - TerminalText::width(cell.text), 0) + gap, u' ');
    }
    // A last cell that is empty leaves the padding before it.
    while (text.endsWith(u' '))
        text.chop(1);
    return text + QLatin1Char('\n');
}

} // namespace

void TextTable::addColumn(const QString &title, Fit fit)
{
    m_columns.append({ title, fit });
}

void TextTable::addRow(const QList<Cell> &cells)
{
    m_rows.append(cells);
}

QList<int> TextTable::widths(int fitTo) const
{
    QList<int> widths;
    QList<int> least;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        int widest = TerminalText::width(m_columns.at(column).title);
        least.append(m_columns.at(column).fit == Fit::Fixed ? std::numeric_limits<int>::max()
                                                            : widest);
        for (const QList<Cell> &row : m_rows)
            widest = std::max(widest, TerminalText::width(row.value(column).text));
        widths.append(widest);
    }
    if (fitTo <= 0)
        return widths;
    int total = 0;
    for (const int width : widths)
        total += width;
    total += gap * int(std::max<qsizetype>(widths.size() - 1, 0));
    // One column at a time off the widest that may give one, until the table fits or none may.
    while (total > fitTo) {
        qsizetype widest = -1;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            if (widths.at(column) > least.at(column)
                && (widest < 0 || widths.at(column) > widths.at(widest)))
                widest = column;
        }
        if (widest < 0)
            break;
        --widths[widest];
        --total;
    }
    return widths;
}

QString TextTable::render(const TerminalInfo &terminal) const
{
    const QList<int> widths = this->widths(terminal.width);
    QList<Cell> header;
    for (const Column &column : m_columns)
        header.append({ column.title });
    QString text = line(header, widths, terminal.colour);
    for (const QList<Cell> &row : m_rows) {
        // Each cell as the lines it takes; a wrapped one may take several.
        QList<QStringList> cellLines;
        qsizetype height = 1;
        for (qsizetype column = 0; column < m_columns.size(); ++column) {
            const QString cell = row.value(column).text;
            switch (m_columns.at(column).fit) {
            case Fit::Fixed:
                cellLines.append({ cell });
                break;
            case Fit::Shorten:
                cellLines.append({ TerminalText::shortened(cell, widths.at(column)) });
                break;
            case Fit::Wrap:
                cellLines.append(TerminalText::wrapped(cell, widths.at(column)));
                break;
            }
            height = std::max(height, cellLines.last().size());
        }
        for (qsizetype i = 0; i < height; ++i) {
            QList<Cell> cells;
            for (qsizetype column = 0; column < m_columns.size(); ++column)
                cells.append({ cellLines.at(column).value(i), row.value(column).colour });
            text += line(cells, widths, terminal.colour);
        }
    }
    return text;
}
