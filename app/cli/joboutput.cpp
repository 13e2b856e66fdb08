#include "cli/joboutput.h"

#include "cli/texttable.h"
#include "jobjson.h"
#include "jobresultmodel.h"
#include "resultexport.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {

struct ColumnName
{
    JobColumn column;
    // As `--columns` takes it.
    QLatin1String option;
    // As the API names the field (CSV and TSV headers).
    QLatin1String field;
};

constexpr ColumnName columnNames[] = {
    { JobColumn::Id, QLatin1String("id"), QLatin1String("id") },
    { JobColumn::Status, QLatin1String("status"), QLatin1String("status") },
    { JobColumn::Action, QLatin1String("action"), QLatin1String("action_name") },
    { JobColumn::Module, QLatin1String("module"), QLatin1String("module") },
    { JobColumn::Started, QLatin1String("started"), QLatin1String("start_time") },
    { JobColumn::Ended, QLatin1String("ended"), QLatin1String("end_time") },
    { JobColumn::Duration, QLatin1String("duration"), QLatin1String("duration_seconds") },
};

const ColumnName &nameOf(JobColumn column)
{
    return *std::find_if(std::cbegin(columnNames), std::cend(columnNames),
                         [column](const ColumnName &name) { return name.column == column; });
}

const char *colourOf(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return "32";
    case JobStatus::Warning:
        return "33";
    case JobStatus::Error:
    case JobStatus::Unreadable:
        return "31";
    case JobStatus::Running:
        return "36";
    case JobStatus::Queued:
    case JobStatus::Unknown:
        break;
    }
    return nullptr;
}

const char *colourOf(const EntityResult &result)
{
    if (JobResultModel::isError(result))
        return "31";
    return result.status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0 ? "32"
                                                                                     : nullptr;
}

// A status as `--status` names it; an unknown one as the server wrote it.
QString statusWord(JobStatus status, const QString &serverText)
{
    if (status == JobStatus::Unreadable)
        return JobOutput::tr("UNREADABLE", "job status, written like the API's statuses");
    if (status == JobStatus::Unknown)
        return TerminalText::plain(serverText);
    return jobStatusToApi(status);
}

QString statusWord(const Job &job)
{
    return statusWord(job.status, job.statusText);
}

// Seconds the job ran: to its end, or (still active) to `now`; nullopt before it started.
std::optional<qint64> runSeconds(const Job &job, const QDateTime &now)
{
    if (!job.startTime.isValid())
        return std::nullopt;
    return job.startTime.secsTo(job.endTime.isValid() ? job.endTime : now);
}

QString durationText(const Job &job, const QDateTime &now)
{
    const std::optional<qint64> seconds = runSeconds(job, now);
    return seconds ? TimeFormat::duration(*seconds) : QString();
}

// A cell of the table, as a person reads it.
TextTable::Cell tableCell(const Job &job, JobColumn column, const QDateTime &now)
{
    switch (column) {
    case JobColumn::Id:
        return { TerminalText::plain(job.id) };
    case JobColumn::Status:
        return { statusWord(job), colourOf(job.status) };
    case JobColumn::Action:
        return { TerminalText::plain(job.actionName) };
    case JobColumn::Module:
        return { TerminalText::plain(job.module) };
    case JobColumn::Started:
        return { TimeFormat::dateTime(job.startTime) };
    case JobColumn::Ended:
        return { TimeFormat::dateTime(job.endTime) };
    case JobColumn::Duration:
        return { durationText(job, now) };
    }
    return {};
}

// A cell of CSV or TSV, in the API's terms: plain digits and ISO 8601 in every locale, since a
// program reads them (the table above is for people and follows the locale).
QString dataCell(const Job &job, JobColumn column, const QDateTime &now)
{
    const auto time = [](const QDateTime &time) {
        return time.isValid() ? JobJson::formatTime(time) : QString();
    };
    switch (column) {
    case JobColumn::Id:
        return job.id;
    case JobColumn::Status:
        return job.statusText;
    case JobColumn::Action:
        return job.actionName;
    case JobColumn::Module:
        return job.module;
    case JobColumn::Started:
        return time(job.startTime);
    case JobColumn::Ended:
        return time(job.endTime);
    case JobColumn::Duration:
        if (const std::optional<qint64> seconds = runSeconds(job, now))
            return QString::number(*seconds);
        return QString();
    }
    return QString();
}

QString table(const QList<Job> &jobs, const QList<JobColumn> &columns, const TerminalInfo &terminal,
              const QDateTime &now)
{
    TextTable table;
    for (const JobColumn column : columns) {
        const bool text = column == JobColumn::Action || column == JobColumn::Module;
        table.addColumn(JobOutput::columnTitle(column),
                        text ? TextTable::Fit::Shorten : TextTable::Fit::Fixed);
    }
    for (const Job &job : jobs) {
        QList<TextTable::Cell> cells;
        for (const JobColumn column : columns)
            cells.append(tableCell(job, column, now));
        table.addRow(cells);
    }
    return table.render(terminal);
}

// The job as the API writes it; one that could not be read as the server sent it, with its id
// as text and what was wrong.
QJsonObject jsonOf(const Job &job)
{
    QJsonObject object = job.status == JobStatus::Unreadable && job.readProblem
        ? QJsonDocument::fromJson(job.readProblem->rawJson).object()
        : JobJson::encodeJob(job);
    object.insert(QStringLiteral("id"), job.id);
    if (job.readProblem)
        object.insert(QStringLiteral("read_problem"), job.readProblem->problem);
    return object;
}

QString json(const QList<Job> &jobs)
{
    QJsonArray array;
    for (const Job &job : jobs)
        array.append(jsonOf(job));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString separated(const QList<Job> &jobs, const QList<JobColumn> &columns, bool csv,
                  const QDateTime &now)
{
    const auto row = [csv](const QStringList &cells) {
        return csv ? ResultExport::csvRow(cells)
                   : ResultExport::tabSeparatedRow(cells) + QLatin1Char('\n');
    };
    QStringList header;
    for (const JobColumn column : columns)
        header.append(nameOf(column).field);
    QString text = row(header);
    for (const Job &job : jobs) {
        QStringList cells;
        for (const JobColumn column : columns)
            cells.append(dataCell(job, column, now));
        text += row(cells);
    }
    return text;
}

QList<EntityResult> shownResults(const Job &job, bool errorsOnly)
{
    return job.details ? ResultExport::chosen(job.details->results, errorsOnly)
                       : QList<EntityResult>();
}

QString showText(const Job &job, bool errorsOnly, const TerminalInfo &terminal,
                 const QDateTime &now)
{
    struct Field
    {
        QString label;
        QString value;
        const char *colour = nullptr;
    };
    QList<Field> fields {
        { JobOutput::columnTitle(JobColumn::Id), TerminalText::plain(job.id) },
        { JobOutput::columnTitle(JobColumn::Action), TerminalText::plain(job.actionName) },
        { JobOutput::columnTitle(JobColumn::Module), TerminalText::plain(job.module) },
        { JobOutput::columnTitle(JobColumn::Status), statusWord(job), colourOf(job.status) },
        { JobOutput::columnTitle(JobColumn::Started), TimeFormat::dateTime(job.startTime) },
        { JobOutput::columnTitle(JobColumn::Ended), TimeFormat::dateTime(job.endTime) },
        { JobOutput::columnTitle(JobColumn::Duration), durationText(job, now) },
    };
    if (job.readProblem)
        fields.append(
            { JobOutput::tr("Could not be read"), TerminalText::plain(job.readProblem->problem) });
    if (job.details)
        fields.append(
            { JobOutput::tr("Results"),
              JobResultModel::summaryText(JobResultModel::summarize(job.details->results)) });
    int labelWidth = 0;
    for (const Field &field : fields)
        labelWidth = std::max(labelWidth, TerminalText::width(field.label));
    QString text;
    for (const Field &field : fields) {
        if (field.value.isEmpty())
            continue;
        text += field.label + QLatin1Char(':')
            + QString(labelWidth - TerminalText::width(field.label) + 2, u' ')
            + TerminalText::coloured(field.value, field.colour, terminal.colour)
            + QLatin1Char('\n');
    }
    const QList<EntityResult> results = shownResults(job, errorsOnly);
    if (results.isEmpty())
        return text;
    TextTable table;
    table.addColumn(JobResultModel::columnTitle(JobResultModel::Entity));
    table.addColumn(JobResultModel::columnTitle(JobResultModel::Status));
    table.addColumn(JobResultModel::columnTitle(JobResultModel::Message), TextTable::Fit::Wrap);
    for (const EntityResult &result : results)
        table.addRow({ { TerminalText::plain(result.id) },
                       { TerminalText::plain(result.status), colourOf(result) },
                       { TerminalText::plain(result.message) } });
    return text + QLatin1Char('\n') + table.render(terminal);
}

} // namespace

QString JobOutput::columnTitle(JobColumn column)
{
    switch (column) {
    case JobColumn::Id:
        return tr("ID");
    case JobColumn::Status:
        return tr("Status");
    case JobColumn::Action:
        return tr("Action");
    case JobColumn::Module:
        return tr("Module");
    case JobColumn::Started:
        return tr("Started");
    case JobColumn::Ended:
        return tr("Ended");
    case JobColumn::Duration:
        return tr("Duration");
    }
    return QString();
}

QList<JobColumn> JobOutput::defaultColumns()
{
    return { JobColumn::Id,     JobColumn::Status,  JobColumn::Action,
             JobColumn::Module, JobColumn::Started, JobColumn::Duration };
}

std::optional<QList<JobColumn>> JobOutput::parseColumns(const QString &text, QString *error)
{
    QList<JobColumn> columns;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QString name = item.trimmed();
        const auto found = std::find_if(
            std::cbegin(columnNames), std::cend(columnNames), [&name](const ColumnName &known) {
                return name.compare(known.option, Qt::CaseInsensitive) == 0;
            });
        if (found == std::cend(columnNames)) {
            QStringList known;
            for (const ColumnName &column : columnNames)
                known.append(column.option);
            if (error)
                *error = tr("Unknown column \"%1\"; the columns are %2.")
                             .arg(name, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        columns.append(found->column);
    }
    return columns;
}

QString JobOutput::list(const QList<Job> &jobs, ListFormat format, const QList<JobColumn> &columns,
                        const TerminalInfo &terminal, const QDateTime &now)
{
    switch (format) {
    case ListFormat::Table:
        return table(jobs, columns, terminal, now);
    case ListFormat::Json:
        return json(jobs);
    case ListFormat::Csv:
        return separated(jobs, columns, true, now);
    case ListFormat::Tsv:
        return separated(jobs, columns, false, now);
    }
    return QString();
}

QString JobOutput::show(const Job &job, ShowFormat format, bool errorsOnly,
                        const TerminalInfo &terminal, const QDateTime &now)
{
    switch (format) {
    case ShowFormat::Text:
        return showText(job, errorsOnly, terminal, now);
    case ShowFormat::Json:
        return QString::fromUtf8(ResultExport::json(job, shownResults(job, errorsOnly)));
    case ShowFormat::Csv:
        return QString::fromUtf8(ResultExport::csv(shownResults(job, errorsOnly)));
    }
    return QString();
}

QString JobOutput::outcomeLine(const Job &job, const TerminalInfo &terminal)
{
    QString what = TerminalText::plain(job.readProblem && job.status == JobStatus::Unreadable
                                           ? job.readProblem->problem
                                           : job.actionName);
    if (job.details && !job.details->results.isEmpty())
        what += QStringLiteral(" — ") + JobResultModel::resultsLine(*job.details);
    return TerminalText::plain(job.id) + QStringLiteral("  ")
        + TerminalText::coloured(statusWord(job), colourOf(job.status), terminal.colour)
        + QStringLiteral("  ") + what;
}

QString JobOutput::changeLine(const Job &job, JobStatus from, const TerminalInfo &terminal,
                              const QDateTime &now)
{
    QString status = TerminalText::coloured(statusWord(job), colourOf(job.status), terminal.colour);
    if (from != JobStatus::Unknown)
        status
            = TerminalText::coloured(statusWord(from, QString()), colourOf(from), terminal.colour)
            + QStringLiteral(" → ") + status;
    QString line = now.toLocalTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ")
        + TerminalText::plain(job.id) + QStringLiteral("  ") + status + QStringLiteral("  ")
        + TerminalText::plain(job.actionName);
    if (const QString duration = durationText(job, now); !duration.isEmpty())
        line += QStringLiteral("  (") + duration + QLatin1Char(')');
    return line;
}

QString JobOutput::deletionLine(const JobDeletion::Outcome &outcome)
{
    switch (outcome.kind) {
    case JobDeletion::Outcome::Kind::Deleted:
        return tr("%1  deleted").arg(outcome.id);
    case JobDeletion::Outcome::Kind::AlreadyGone:
        return tr("%1  already gone (deleted before): nothing to delete").arg(outcome.id);
    case JobDeletion::Outcome::Kind::Failed:
        break;
    }
    return tr("%1  not deleted: %2").arg(outcome.id, TerminalText::plain(outcome.reason));
}

QString JobOutput::progressLine(int pagesDone, int pagesExpected)
{
    const QLocale locale;
    if (pagesExpected <= 0)
        return tr("Fetching page %1…").arg(locale.toString(pagesDone));
    return tr("Fetching page %1 of %2…")
        .arg(locale.toString(pagesDone), locale.toString(pagesExpected));
}

QString JobOutput::readProblemLine(const Job &job)
{
    if (!job.readProblem)
        return QString();
    return tr("%1 could not be read: %2")
        .arg(TerminalText::plain(job.id), TerminalText::plain(job.readProblem->problem));
}
