#pragma once

#include "cli/terminal.h"
#include "job.h"
#include "sync/jobdeletion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The columns `jobs list` can show, as `--columns` names them: id, status, action, module,
// started, ended, duration.
enum class JobColumn { Id, Status, Action, Module, Started, Ended, Duration };

// Everything the `jobs` commands print, as text: the caller writes it (data on stdout, messages
// on stderr) and says what the stream is attached to. Nothing here reads or writes anything.
//
// For people (table, show's text, the lines): statuses in the API's words (COMPLETED, ERROR) so
// that they read as `--status` takes them, coloured only when the terminal allows and never by
// colour alone; local times; server text with its control characters made spaces, so that no
// escape sequence a server sent reaches the terminal.
//
// For programs, stable and in the API's terms:
// - JSON (`list`): one document, an array of job objects exactly as the API writes them
//   (id, status, action_name, module, start_time, end_time: ISO 8601 in UTC or null). A job that
//   could not be read carries the fields the server sent as it sent them, its id as a string
//   and "read_problem": what was wrong. `show`: the one job object with "details":
//   {"entity", "result": [{"id", "status", "message"}]}.
// - CSV (RFC 4180, UTF-8, CRLF) and TSV (tabs and line breaks in a cell become spaces): a header
//   row of the API's field names for the columns asked for (id, status, action_name, module,
//   start_time, end_time, duration_seconds), then one row per job; times as in JSON, durations
//   in whole seconds (a running job's up to now). A cell that would start a formula (=, +, -, @)
//   starts with ' instead. `show`'s CSV is the detail pane's export: Entity ID,Result,Message.
class JobOutput
{
    Q_DECLARE_TR_FUNCTIONS(JobOutput)

public:
    enum class ListFormat { Table, Json, Csv, Tsv };
    enum class ShowFormat { Text, Json, Csv };

    // id, status, action, module, started, duration
    static QList<JobColumn> defaultColumns();
    // "id,status" (any case, spaces around names allowed); nullopt and *error saying which
    // name is unknown and which are known.
    static std::optional<QList<JobColumn>> parseColumns(const QString &text, QString *error);

    // `jobs list`: a table of `columns` fitted to `terminal` (the action and module shortened
    // with "…" as needed, never the id or status), or a JSON/CSV/TSV document. `now` ends a
    // running job's duration.
    static QString list(const QList<Job> &jobs, ListFormat format, const QList<JobColumn> &columns,
                        const TerminalInfo &terminal, const QDateTime &now);
    // `jobs show`: the job's fields, its results summary ("248 succeeded · 2 failed", always
    // counting all) and its per-entity results (the failed ones only with `errorsOnly`).
    static QString show(const Job &job, ShowFormat format, bool errorsOnly,
                        const TerminalInfo &terminal, const QDateTime &now);
    // How a job ended, for `wait`: "2000000000123  ERROR  Bulk User Creation — 2 of 250 users
    // failed". No line end.
    static QString outcomeLine(const Job &job, const TerminalInfo &terminal);
    // A change `watch` saw at `now`: "14:02:07  2000000000123  RUNNING → COMPLETED  Bulk User
    // Creation  (4 min 10 s)". From JobStatus::Unknown (a job not seen before): its status
    // alone. No line end.
    static QString changeLine(const Job &job, JobStatus from, const TerminalInfo &terminal,
                              const QDateTime &now);
    // What became of a job `delete` was asked to delete: "2000000000123  deleted", "…  already
    // gone", "…  not deleted: <the server's words>". No line end.
    static QString deletionLine(const JobDeletion::Outcome &outcome);
    // "Fetching page 12 of 51…"; "Fetching page 12…" while the number of pages is not known
    // (pagesExpected ≤ 0). No line end.
    static QString progressLine(int pagesDone, int pagesExpected);
    // Why a job could not be read, for stderr: "2000000000005 could not be read: start_time: …".
    // Empty for a job that was read. No line end.
    static QString readProblemLine(const Job &job);
    // The title of `column` in the table, and its label in `show`.
    static QString columnTitle(JobColumn column);
};
