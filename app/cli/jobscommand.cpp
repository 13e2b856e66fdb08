#include "cli/jobscommand.h"

#include "accounts/accountmanager.h"
#include "accounts/deleteaccess.h"
#include "api/tokensource.h"
#include "cli/joboutput.h"
#include "platform/settings.h"
#include "resultexport.h"
#include "scimfilter.h"
#include "sync/jobsync.h"
#include "sync/jobwaiter.h"
#include "timeformat.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <memory>

JobsCommand::JobsCommand(const JobsRequest &request, AccountManager *accounts, QTextStream &in,
                         QTextStream &out, QTextStream &err, const Terminals &terminals,
                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_accounts(accounts)
    , m_in(in)
    , m_out(out)
    , m_err(err)
    , m_terminals(terminals)
    , m_clock(clock)
    , m_client(clock)
{
    m_timeout.setSingleShot(true);
}

JobsCommand::~JobsCommand() = default;

void JobsCommand::start()
{
    // Answers always come through the event loop, so the caller can connect first.
    QTimer::singleShot(0, this, [this] {
        // Refusals that need no server come first: nothing is sent for a request that cannot
        // be carried out.
        if (m_request.verb == JobsRequest::Verb::Delete && !m_request.yes
            && !m_terminals.in.isTerminal)
            return fail(tr("jobs delete: nobody can be asked (standard input is not a "
                           "terminal), so nothing was deleted; add --yes to delete without "
                           "asking."),
                        Refused);
        open();
    });
}

void JobsCommand::open()
{
    if (m_request.server.isValid()) {
        if (const DeleteAccess access = DeleteAccess::of(nullptr, QString());
            m_request.verb == JobsRequest::Verb::Delete && !access.allowed())
            return fail(tr("%1 Nothing was deleted.").arg(access.reason()), Refused);
        m_client.setBaseUrl(m_request.server);
        m_token = std::make_unique<StaticTokenSource>(m_request.accessToken);
        m_client.setTokenSource(m_token.get());
        return run();
    }
    const AccountStore *store = m_accounts->store();
    std::optional<Account> account;
    if (!m_request.accountName.isEmpty()) {
        account = store->find(m_request.accountName);
        if (!account)
            return fail(tr("There is no account named \"%1\"; see 'id360-jobmon account list'.")
                            .arg(m_request.accountName),
                        Refused);
    } else {
        account = store->find(Settings::lastAccount());
        if (!account && store->accounts().size() == 1)
            account = store->accounts().constFirst();
        if (!account)
            return fail(store->accounts().isEmpty()
                            ? tr("There is no account yet: add one with 'id360-jobmon account "
                                 "add', or name a server with --server.")
                            : tr("Which account? Name it with --account (see 'id360-jobmon "
                                 "account list')."),
                        Refused);
    }
    // Read-only (configured, granted or learned): nothing is sent for a delete the server would
    // refuse.
    if (const DeleteAccess access = DeleteAccess::of(*account);
        m_request.verb == JobsRequest::Verb::Delete && !access.allowed())
        return fail(
            tr("Account \"%1\": %2 Nothing was deleted.").arg(account->name, access.reason()),
            Refused);
    m_accountId = account->id;
    m_accountName = account->name;
    m_client.setBaseUrl(account->apiBaseUrl);
    m_accounts->open(account->id, this,
                     [this](std::unique_ptr<TokenSource> source, const AccountOutcome &outcome) {
                         if (!source)
                             return fail(outcome.message);
                         m_token = std::move(source);
                         m_client.setTokenSource(m_token.get());
                         run();
                     });
}

void JobsCommand::run()
{
    switch (m_request.verb) {
    case JobsRequest::Verb::List:
        return list();
    case JobsRequest::Verb::Show:
        return show();
    case JobsRequest::Verb::Export:
        return exportResults();
    case JobsRequest::Verb::Delete:
        return remove();
    case JobsRequest::Verb::Wait:
        return wait();
    case JobsRequest::Verb::Watch:
        return watch();
    }
}

QString JobsCommand::whose() const
{
    return m_accountName.isEmpty() ? m_client.baseUrl().toDisplayString()
                                   : tr("account \"%1\"").arg(m_accountName);
}

void JobsCommand::print(const QString &data)
{
    m_out << data;
    if (!data.endsWith(QLatin1Char('\n')))
        m_out << '\n';
    m_out.flush();
}

void JobsCommand::say(const QString &message)
{
    if (m_request.quiet)
        return;
    clearProgress();
    // After what came before it on stdout, where both go to one terminal.
    m_out.flush();
    // Messages may carry the server's words: no control character of theirs reaches the terminal.
    m_err << TerminalText::plain(message) << Qt::endl;
}

void JobsCommand::fail(const QString &message, ExitCode code)
{
    clearProgress();
    m_err << "id360-jobmon: " << TerminalText::plain(message) << Qt::endl;
    finish(code);
}

void JobsCommand::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    clearProgress();
    m_out.flush();
    m_timeout.stop();
    emit finished(code);
}

QString JobsCommand::explain(const RequestError &error) const
{
    QString message = error.message();
    if (error.kind == RequestError::Kind::Unauthorized && !m_accountName.isEmpty())
        message += QLatin1Char(' ')
            + tr("Sign in again: id360-jobmon account login \"%1\"").arg(m_accountName);
    return message;
}

void JobsCommand::showProgress(int pagesAnswered, int pagesExpected)
{
    // Only where someone watches, and only for listings long enough to wait for.
    if (!m_terminals.err.isTerminal || m_request.quiet || pagesAnswered < 2)
        return;
    m_err << '\r' << JobOutput::progressLine(pagesAnswered, pagesExpected) << "\x1b[K" << Qt::flush;
    m_progressShown = true;
}

void JobsCommand::clearProgress()
{
    if (!m_progressShown)
        return;
    m_err << "\r\x1b[K" << Qt::flush;
    m_progressShown = false;
}

void JobsCommand::list()
{
    const QString filter = JobsArguments::scimFilter(m_request);
    const auto listed = [this](const JobListResult &result) {
        if (result.error)
            return fail(explain(*result.error));
        QList<Job> jobs = result.jobs;
        if (m_request.limit > 0 && jobs.size() > m_request.limit)
            jobs.resize(m_request.limit);
        clearProgress();
        print(JobOutput::list(jobs, m_request.listFormat, m_request.columns, m_terminals.out,
                              m_clock.now()));
        for (const Job &job : std::as_const(jobs)) {
            if (job.readProblem)
                say(JobOutput::readProblemLine(job));
        }
        if (result.unreadableWithoutId > 0)
            say(tr("%n listed job(s) had no readable id and are not shown.", nullptr,
                   result.unreadableWithoutId));
        // A hint for whoever reads the table, not for a script reading a document.
        if (m_terminals.out.isTerminal && m_request.limit > 0
            && result.jobs.size() >= m_request.limit && !result.complete)
            say(tr("The newest %n job(s); more with --limit or --all.", nullptr, int(jobs.size())));
        finish(Succeeded);
    };
    const auto progress = [this](int answered, int expected) { showProgress(answered, expected); };
    if (m_request.limit > 0)
        m_client.fetchNewestJobs(filter, m_request.limit, listed, progress);
    else
        m_client.fetchAllJobs(filter, listed, progress);
}

void JobsCommand::show()
{
    m_client.fetchJob(m_request.ids.constFirst(), [this](const ApiResult<Job> &result) {
        if (result.error)
            return fail(tr("Job %1: %2").arg(m_request.ids.constFirst(), explain(*result.error)));
        print(JobOutput::show(*result.value, m_request.showFormat, m_request.errorsOnly,
                              m_terminals.out, m_clock.now()));
        finish(Succeeded);
    });
}

void JobsCommand::exportResults()
{
    m_client.fetchJob(m_request.ids.constFirst(), [this](const ApiResult<Job> &result) {
        if (result.error)
            return fail(tr("Job %1: %2").arg(m_request.ids.constFirst(), explain(*result.error)));
        const Job &job = *result.value;
        const QList<EntityResult> results = ResultExport::chosen(
            job.details ? job.details->results : QList<EntityResult>(), m_request.errorsOnly);
        const bool json = m_request.output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        QSaveFile file(m_request.output);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(json ? ResultExport::json(job, results) : ResultExport::csv(results)) < 0
            || !file.commit())
            return fail(tr("Could not write %1: %2").arg(m_request.output, file.errorString()));
        say(tr("%n result(s) of job %1 written to %2.", nullptr, int(results.size()))
                .arg(job.id, QFileInfo(m_request.output).absoluteFilePath()));
        finish(Succeeded);
    });
}

void JobsCommand::remove()
{
    // Each job is read first: the question names what it deletes, and a job already gone is
    // said so without a delete being sent.
    auto read = std::make_shared<QList<Job>>();
    auto waiting = std::make_shared<int>(int(m_request.ids.size()));
    auto problem = std::make_shared<std::optional<QString>>();
    for (const QString &id : m_request.ids) {
        m_client.fetchJob(id, [this, id, read, waiting, problem](const ApiResult<Job> &result) {
            if (result.error && result.error->kind == RequestError::Kind::NotFound)
                m_outcomes.append(
                    { id, m_accountName, JobDeletion::Outcome::Kind::AlreadyGone, QString() });
            else if (result.error && !*problem)
                *problem = tr("Job %1: %2").arg(id, explain(*result.error));
            else if (result.value)
                read->append(*result.value);
            if (--*waiting > 0)
                return;
            if (*problem)
                return fail(**problem + QLatin1Char(' ') + tr("Nothing was deleted."));
            // In the order given.
            QList<Job> jobs;
            for (const QString &wanted : m_request.ids) {
                for (const Job &job : *read) {
                    if (job.id == wanted)
                        jobs.append(job);
                }
            }
            askThenDelete(jobs);
        });
    }
}

void JobsCommand::askThenDelete(const QList<Job> &jobs)
{
    for (const JobDeletion::Outcome &gone : m_outcomes)
        m_out << JobOutput::deletionLine(gone) << Qt::endl;
    if (jobs.isEmpty())
        return finish(Succeeded);
    if (!m_request.yes) {
        clearProgress();
        m_err << tr("Delete %n job(s) of %1? This cannot be undone.", nullptr, int(jobs.size()))
                     .arg(whose())
              << Qt::endl;
        for (const Job &job : jobs)
            m_err << QStringLiteral("  ") << JobOutput::outcomeLine(job, m_terminals.err)
                  << Qt::endl;
        //: The question before deleting; [y/N] names the answers, No being the default.
        m_err << tr("Delete? [y/N] ") << Qt::flush;
        QString answer;
        m_in.readLineInto(&answer);
        answer = answer.trimmed().toLower();
        //: The answers that mean yes to "Delete? [y/N]" (besides y and yes), comma-separated.
        const QStringList yes = QStringList { QStringLiteral("y"), QStringLiteral("yes") }
            + tr("y,yes").toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (answer.isEmpty() || !yes.contains(answer)) {
            m_err << tr("Nothing was deleted.") << Qt::endl;
            return finish(Refused);
        }
    }
    deleteJobs(jobs);
}

void JobsCommand::deleteJobs(const QList<Job> &jobs)
{
    auto waiting = std::make_shared<int>(int(jobs.size()));
    const DeletionLog::Where where { m_accountName, m_accountId, m_client.baseUrl() };
    for (const Job &job : jobs) {
        QString notRecorded;
        const DeletionEntry requested = m_deletionLog.requested(where, job, &notRecorded);
        // Never retried: a delete that failed is reported, and the admin decides.
        m_client.deleteJob(
            job.id,
            [this, id = job.id, waiting, requested,
             notRecorded](const std::optional<RequestError> &error) {
                QString whyNotRecorded = notRecorded;
                m_deletionLog.answered(requested, error, &whyNotRecorded);
                JobDeletion::Outcome outcome { id, m_accountName,
                                               JobDeletion::Outcome::Kind::Deleted, QString(),
                                               whyNotRecorded };
                if (error && error->kind == RequestError::Kind::NotFound)
                    outcome.kind = JobDeletion::Outcome::Kind::AlreadyGone;
                else if (error)
                    outcome = { id, m_accountName, JobDeletion::Outcome::Kind::Failed,
                                explain(*error), whyNotRecorded };
                if (error)
                    DeleteAccess::learnFrom(m_accountId, *error);
                m_outcomes.append(outcome);
                if (outcome.kind == JobDeletion::Outcome::Kind::Failed)
                    m_err << "id360-jobmon: " << JobOutput::deletionLine(outcome) << Qt::endl;
                else
                    m_out << JobOutput::deletionLine(outcome) << Qt::endl;
                // Even with --quiet: the admin counts on the history holding every delete.
                if (!whyNotRecorded.isEmpty())
                    m_err << "id360-jobmon: "
                          << tr("%1  not recorded in the Deletion History: %2")
                                 .arg(id, whyNotRecorded)
                          << Qt::endl;
                if (--*waiting > 0)
                    return;
                say(JobDeletion::summary(m_outcomes));
                const bool anyFailed = std::any_of(
                    m_outcomes.cbegin(), m_outcomes.cend(), [](const JobDeletion::Outcome &done) {
                        return done.kind == JobDeletion::Outcome::Kind::Failed;
                    });
                finish(anyFailed ? Failed : Succeeded);
            });
    }
}

void JobsCommand::wait()
{
    m_waiter = std::make_unique<JobWaiter>(&m_client, m_request.ids);
    m_waiter->setInterval(Settings::pollIntervals().hot);
    connect(m_waiter.get(), &JobWaiter::jobFinished, this, [this](const Job &job) {
        m_out << JobOutput::outcomeLine(job, m_terminals.out) << Qt::endl;
        if (job.status != JobStatus::Completed && m_waitOutcome == Succeeded)
            m_waitOutcome = JobDidNotComplete;
    });
    connect(m_waiter.get(), &JobWaiter::jobGone, this, [this](const QString &id) {
        m_err
            << "id360-jobmon: "
            << tr("Job %1 is gone: it was deleted, or it is not one of %2's jobs.").arg(id, whose())
            << Qt::endl;
        m_waitOutcome = Failed;
    });
    connect(m_waiter.get(), &JobWaiter::retrying, this,
            [this](const RequestError &error, std::chrono::milliseconds delay) {
                say(tr("%1 Trying again in %n s.", nullptr,
                       int(std::chrono::ceil<std::chrono::seconds>(delay).count()))
                        .arg(error.message()));
            });
    connect(m_waiter.get(), &JobWaiter::stopped, this,
            [this](const RequestError &error) { fail(explain(error)); });
    connect(m_waiter.get(), &JobWaiter::allDone, this, [this] { finish(m_waitOutcome); });
    if (m_request.timeout) {
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            fail(tr("Still not finished after %1: %2.")
                     .arg(TimeFormat::duration(m_request.timeout->count()),
                          m_waiter->waitingFor().join(QStringLiteral(", "))),
                 TimedOut);
        });
        m_timeout.start(*m_request.timeout);
    }
    m_waiter->start();
}

void JobsCommand::watch()
{
    ScimFilterError unused;
    const ScimFilter shown = *ScimFilter::parse(JobsArguments::scimFilter(m_request), &unused);
    m_watched = std::make_unique<JobSync>(
        m_accountId.isEmpty() ? m_client.baseUrl().toString() : m_accountId, m_clock,
        m_accountId.isEmpty() ? JobSync::Owner::ThisRunOnly : JobSync::Owner::StoredAccount);
    m_watched->client()->setBaseUrl(m_client.baseUrl());
    m_watched->client()->setTokenSource(m_token.get());
    m_watched->setIntervals(Settings::pollIntervals());
    auto started = std::make_shared<bool>(false);
    connect(m_watched.get(), &JobSync::pollSucceeded, this, [this, shown, started] {
        if (*started)
            return;
        *started = true;
        QList<Job> active;
        for (const QString &id : m_watched->jobs().activeIds()) {
            if (const Job *job = m_watched->jobs().find(id); shown.matches(*job))
                active.append(*job);
        }
        say(tr("Watching %1: %n job(s) queued or running; Ctrl+C ends.", nullptr,
               int(active.size()))
                .arg(whose()));
        for (const Job &job : active)
            printWatchLine(job, JobStatus::Unknown);
    });
    connect(m_watched.get(), &JobSync::jobsChanged, this,
            [this, shown, started](const JobChanges &changes) {
                if (!*started)
                    return;
                // New jobs that run; those that came and went are told by jobFinished.
                for (const Job &job : changes.added) {
                    if (jobStatusIsActive(job.status) && shown.matches(job))
                        printWatchLine(job, JobStatus::Unknown);
                }
                // Only those it told of: a job that went is no longer there to filter.
                for (const QString &id : changes.removed) {
                    if (m_watchTold.remove(id))
                        say(tr("Job %1 was deleted.").arg(id));
                }
            });
    // A job that finished is told once its details (how many entities failed) are in.
    auto finishedFrom = std::make_shared<QHash<QString, JobStatus>>();
    connect(m_watched.get(), &JobSync::jobTransitioned, this,
            [this, shown, started, finishedFrom](const Job &job, JobStatus from, JobStatus to) {
                if (!*started || !shown.matches(job))
                    return;
                if (jobStatusIsActive(to))
                    printWatchLine(job, from);
                else
                    finishedFrom->insert(job.id, from);
            });
    connect(m_watched.get(), &JobSync::jobFinished, this,
            [this, shown, finishedFrom](const Job &job) {
                // Not seen running (it came and went between two polls): told as new.
                const JobStatus from = finishedFrom->contains(job.id) ? finishedFrom->take(job.id)
                                                                      : JobStatus::Unknown;
                if (shown.matches(job))
                    printWatchLine(job, from);
            });
    connect(m_watched.get(), &JobSync::pollFailed, this, [this](const RequestError &error) {
        if (m_watched->state() == JobSync::State::SignInNeeded)
            return fail(explain(error));
        say(error.message());
    });
    m_watched->start();
}

void JobsCommand::printWatchLine(const Job &job, JobStatus from)
{
    m_watchTold.insert(job.id);
    m_out << JobOutput::changeLine(job, from, m_terminals.out, m_clock.now()) << Qt::endl;
}
