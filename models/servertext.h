#pragma once

#include <QString>

// Text a server sent (action names, modules, statuses, entity messages that echo what users
// typed, error details) handed on so that it stays data wherever it goes. Labels and message
// boxes show it with Qt::PlainText; these are for the places that have no plain-text mode.
namespace ServerText {
// `text` as a spreadsheet cell that is read as text: a cell starting with =, +, -, @, a tab or a
// carriage return would be read as a formula, so it gets a leading ' (OWASP's rule against CSV
// injection). Every tabular output (CSV files, tab-separated copies) passes each cell through it.
QString spreadsheetCell(const QString &text);
// `text` as a tooltip shows it, character for character: a tooltip reads markup whenever its
// first line looks like some, and has no plain-text mode. Empty stays empty (no tooltip).
QString toolTip(const QString &text);
// `text` as a menu entry shows it: an & is no mnemonic, a tab no shortcut column.
QString menuText(const QString &text);
} // namespace ServerText
