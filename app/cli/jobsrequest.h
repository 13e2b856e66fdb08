#pragma once

#include "cli/joboutput.h"
#include "job.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

// `id360-jobmon jobs VERB …`: one request of the jobs command line, as read from its arguments.
struct JobsRequest
{
    enum class Verb { List, Show, Delete, Wait, Watch, Export };

    Verb verb = Verb::List;
    // Whose jobs: a stored account by name, or --server with the token from the environment;
    // neither: the account used last.
    QString accountName;
    QUrl server;
    QString accessToken;
    // No messages on stderr but errors.
    bool quiet = false;
    // show, delete, wait, export: the jobs named (digits only, each once, in the order given).
    QStringList ids;

    // list and watch: the filters, combined with AND.
    QList<JobStatus> statuses;
    QString module;
    QString action;
    QDateTime since;
    // list: a SCIM filter expression, already checked.
    QString filter;
    // list: how many of the newest jobs; 0 for all of them.
    int limit = 50;
    // How list and show print what they found.
    JobOutput::ListFormat listFormat = JobOutput::ListFormat::Table;
    JobOutput::ShowFormat showFormat = JobOutput::ShowFormat::Text;
    QList<JobColumn> columns = JobOutput::defaultColumns();

    // show and export.
    bool errorsOnly = false;
    // export: the file, ending .csv or .json.
    QString output;
    // delete: no question asked.
    bool yes = false;
    // wait: how long at most; nullopt waits as long as it takes.
    static constexpr std::chrono::hours longestTimeout { 24 * 24 };
    std::optional<std::chrono::seconds> timeout;
};

// The values the jobs command line takes, read the way its --help describes them.
namespace JobsArguments {
// "30m", "2h", "7d", "2w", "90s", or a plain number of seconds.
std::optional<std::chrono::seconds> duration(const QString &text);
// A duration back from `now`, a date (its start, local time) or a date-time, local unless it
// carries Z or an offset.
std::optional<QDateTime> since(const QString &text, const QDateTime &now);
// "running,error": each status once, case-insensitive; nullopt when one is not a status, named
// in `unknown`.
std::optional<QList<JobStatus>> statuses(const QString &text, QString *unknown);
// The statuses --status takes, as typed.
QStringList statusNames();
// The SCIM filter that asks the server for what the filters of `request` describe (statuses,
// module, action, since and its own --filter), empty when it asks for every job.
QString scimFilter(const JobsRequest &request);
} // namespace JobsArguments
