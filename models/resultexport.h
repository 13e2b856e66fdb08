#pragma once

#include "job.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A job's per-entity results as files an admin can hand on: CSV for spreadsheets (RFC 4180,
// UTF-8) and JSON in the API's own shape; and rows as tab-separated text for the clipboard.
// The tabular ones never hold a formula (ServerText::spreadsheetCell); JSON stays exact.
namespace ResultExport {
QByteArray csv(const QList<EntityResult> &results);
QByteArray json(const Job &job, const QList<EntityResult> &results);
QString tabSeparated(const QList<EntityResult> &results);
} // namespace ResultExport
