#pragma once

#include "cli/terminal.h"

#include <QDateTime>
#include <QTextStream>

class DeletionLog;

// What `id360-jobmon audit list` asks: the deletion attempts since a time (all when invalid),
// printed as a table for people or as JSON or CSV for programs.
struct AuditRequest
{
    enum class Format { Table, Json, Csv };

    QDateTime since;
    Format format = Format::Table;
};

// Carries out `id360-jobmon audit list`: the attempts of `log`, newest first, on `out`; a note
// on `err` for damaged lines (skipped) and for a table with nothing in it. Nothing is sent to
// any server. Returns the exit code: 0, or 1 when a log file that is there could not be read
// (said on `err`, nothing listed).
namespace AuditCommand {
int list(const AuditRequest &request, const DeletionLog &log, QTextStream &out, QTextStream &err,
         const TerminalInfo &terminal);
} // namespace AuditCommand
