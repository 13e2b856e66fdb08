#pragma once

#include <QString>

// Text a server sent (action names, modules, statuses, entity messages that echo what users
// typed, error details) handed on so that it stays data wherever it goes.
namespace ServerText {
// `text` as a spreadsheet cell that is read as text: a cell starting with =, +, -, @, a tab or a
// carriage return would be read as a formula, so it gets a leading ' (OWASP's rule against CSV
// injection). Every tabular output (CSV files, tab-separated copies) passes each cell through it.
QString spreadsheetCell(const QString &text);
} // namespace ServerText
