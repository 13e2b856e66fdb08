#include "cli/auditcommand.h"

#include "audit/deletionlog.h"
#include "cli/texttable.h"
#include "deletionhistorymodel.h"

#include <QCoreApplication>

namespace {

// What the table shows of the history: the dialog's columns, the ones a terminal has room for.
QString table(const QList<DeletionEntry> &attempts, const TerminalInfo &terminal)
{
    DeletionHistoryModel model;
    model.setAttempts(attempts);
    const QList<std::pair<DeletionHistoryModel::Column, TextTable::Fit>> columns {
        { DeletionHistoryModel::Time, TextTable::Fit::Fixed },
        { DeletionHistoryModel::JobId, TextTable::Fit::Fixed },
        { DeletionHistoryModel::Action, TextTable::Fit::Shorten },
        { DeletionHistoryModel::Account, TextTable::Fit::Shorten },
        { DeletionHistoryModel::Outcome, TextTable::Fit::Wrap },
    };
    TextTable text;
    for (const auto &[column, fit] : columns)
        text.addColumn(model.headerData(column, Qt::Horizontal).toString(), fit);
    for (int row = 0; row < model.rowCount(); ++row) {
        QList<TextTable::Cell> cells;
        for (const auto &[column, fit] : columns)
            cells.append({ TerminalText::plain(model.index(row, column).data().toString()) });
        text.addRow(cells);
    }
    return text.render(terminal);
}

} // namespace

namespace AuditCommand {

int list(const AuditRequest &request, const DeletionLog &log, QTextStream &out, QTextStream &err,
         const TerminalInfo &terminal)
{
    const DeletionLog::Contents contents = log.read();
    // Not "No deletion recorded": what it holds is unknown.
    if (!contents.unreadable.isEmpty()) {
        err << "id360-jobmon: "
            << QCoreApplication::translate("AuditCommand", "The deletion log could not be read: %1")
                   .arg(contents.unreadable)
            << Qt::endl;
        return 1;
    }
    if (contents.damagedLines > 0)
        err << "id360-jobmon: "
            << QCoreApplication::translate("AuditCommand",
                                           "%n damaged line(s) of the deletion log skipped.",
                                           nullptr, contents.damagedLines)
            << Qt::endl;
    QList<DeletionEntry> attempts = DeletionHistory::attempts(contents.lines);
    if (request.since.isValid())
        attempts.removeIf(
            [&request](const DeletionEntry &attempt) { return attempt.time < request.since; });
    switch (request.format) {
    case AuditRequest::Format::Table:
        if (attempts.isEmpty())
            err << QCoreApplication::translate("AuditCommand", "No deletion recorded.") << Qt::endl;
        else
            out << table(attempts, terminal);
        break;
    case AuditRequest::Format::Json:
        out << QString::fromUtf8(DeletionHistory::json(attempts));
        break;
    case AuditRequest::Format::Csv:
        out << QString::fromUtf8(DeletionHistory::csv(attempts));
        break;
    }
    out.flush();
    return 0;
}

} // namespace AuditCommand
