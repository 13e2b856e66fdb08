#pragma once

#include "api/jobsclient.h"
#include "audit/deletionlog.h"
#include "cli/jobsrequest.h"
#include "cli/terminal.h"
#include "clock.h"
#include "sync/jobdeletion.h"

#include <QObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

class AccountManager;
class JobSync;
class JobWaiter;
class TokenSource;

// Carries out one `id360-jobmon jobs …` request: opens the account (or --server) the way the
// window does, through the same client, and says how it went. Data on `out`, messages and
// errors on `err` (messages not with --quiet), answers to a question from `in`.
// finished() gives the exit code.
class JobsCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsCommand)

public:
    enum ExitCode {
        Succeeded = 0,
        // The server, the network, the sign-in or the keychain failed; a job of a delete
        // failed; a waited job disappeared.
        Failed = 1,
        // Wrong usage, or refused before anything was sent.
        Refused = 2,
        // A waited job ended WARNING, ERROR or with a status we do not know.
        JobDidNotComplete = 3,
        TimedOut = 4,
    };
    // Whether each stream is a terminal, and how wide; see TerminalInfo.
    struct Terminals
    {
        TerminalInfo in;
        TerminalInfo out;
        TerminalInfo err;
    };

    JobsCommand(const JobsRequest &request, AccountManager *accounts, QTextStream &in,
                QTextStream &out, QTextStream &err, const Terminals &terminals,
                const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~JobsCommand() override;

    void start();

signals:
    void finished(int exitCode);

private:
    // Finds the account and opens its sign-in, then runs the verb.
    void open();
    void run();
    void list();
    void show();
    void exportResults();
    // Named so, as `delete` is a keyword: `jobs delete`.
    void remove();
    void askThenDelete(const QList<Job> &jobs);
    void deleteJobs(const QList<Job> &jobs);
    void wait();
    void watch();
    void printWatchLine(const Job &job, JobStatus from);

    // Writes `data` on out, ending with a line end.
    void print(const QString &data);
    // Says `message` (unless quiet) on err.
    void say(const QString &message);
    // Says `message` on err, always, and ends with `code`.
    void fail(const QString &message, ExitCode code = Failed);
    void finish(ExitCode code);
    // What a failed call means, in words; with what to do where the account can be named.
    QString explain(const RequestError &error) const;
    // Shows "Fetching page 12 of 51…" on a terminal's stderr; clears it once done.
    void showProgress(int pagesAnswered, int pagesExpected);
    void clearProgress();
    // "account "Production"", or the server's address for --server.
    QString whose() const;

    JobsRequest m_request;
    AccountManager *m_accounts;
    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
    Terminals m_terminals;
    const Clock &m_clock;
    QString m_accountId;
    QString m_accountName;
    bool m_progressShown = false;
    bool m_finished = false;
    std::unique_ptr<TokenSource> m_token;
    QList<JobDeletion::Outcome> m_outcomes;
    DeletionLog m_deletionLog { DeletionLog::defaultPath(), m_clock };
    // watch: the jobs it printed a line about.
    QSet<QString> m_watchTold;
    // wait: the worst way a waited job ended so far.
    ExitCode m_waitOutcome = Succeeded;
    QTimer m_timeout;
    // Destroyed before the token source they use.
    std::unique_ptr<JobWaiter> m_waiter;
    std::unique_ptr<JobSync> m_watched;
    JobsClient m_client;
};
