#pragma once

#include "job.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A job's per-entity results as files an admin can hand on: CSV for spreadsheets (RFC 4180,
// UTF-8) and JSON in the API's own shape; and rows as tab-separated text for the clipboard.
// The tabular ones never hold a formula (ServerText::spreadsheetCell); JSON stays exact.
namespace ResultExport {
// What an export of `results` holds: all of them, or with `errorsOnly` the failed ones
// (JobResultModel::isError), in their order.
QList<EntityResult> chosen(const QList<EntityResult> &results, bool errorsOnly);
QByteArray csv(const QList<EntityResult> &results);
QByteArray json(const Job &job, const QList<EntityResult> &results);
QString tabSeparated(const QList<EntityResult> &results);
// One row of `cells` in each tabular form, every cell formula-safe: CSV quoted where RFC 4180
// asks for it, ending in CRLF; tab-separated with what would split a cell (tab, line breaks)
// turned into spaces, without a line end.
QString csvRow(const QStringList &cells);
QString tabSeparatedRow(const QStringList &cells);
} // namespace ResultExport
