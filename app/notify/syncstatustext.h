#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class AccountSession;
class JobSync;

// What the window says about the syncs it shows, in words: the status bar's summary (left) and
// how the servers are asked (right), the notice above jobs that are not current, and what an
// account's state is called in lists. Read from the syncs and the "now" it is given; the widgets
// only show it.
class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatusText)

public:
    // The status bar's left side.
    struct Summary
    {
        QString text;
        // The server's words behind the trouble, or when each account last synced.
        QString toolTip;
        // An account is offline, failing or refused: asking again now may help.
        bool showRetry = false;
        // When the text reads differently with nothing but time passed ("synced just now" turns
        // "synced 1 min ago"); invalid while only a change of the syncs changes it.
        QDateTime changesAt;
    };

    // `syncs` are those shown (one at least); `accountProblem` is what the owner reported about
    // an account (not signed in, the keychain failed), naming it when several are shown.
    explicit SyncStatusText(const QList<JobSync *> &syncs,
                            const QString &accountProblem = QString());

    // The first account in trouble speaks (with its name when several are shown); while none
    // is, how current the jobs are.
    Summary summary(const QDateTime &now) const;
    // Said when a poll starts: empty once jobs have come or a problem is reported, as what is
    // said then stays.
    QString loading() const;
    // How the servers are asked, so the admin knows what to expect without opening anything:
    // an account in trouble speaks for itself, otherwise all together. Empty without a server.
    QString polling(const QDateTime &now) const;
    // When the polling text reads differently with nothing but time passed (a countdown to the
    // next try moves on a second); invalid while it does not count down.
    QDateTime pollingChangesAt(const QDateTime &now) const;
    // Above the table when the jobs shown are kept from before (offline, the server failing):
    // empty while they are current.
    QString staleNotice() const;
    // Where the jobs come from: how many accounts, or the one server; empty without a server.
    QString source() const;
    // `text` about `sync`, with its account's name when several are shown.
    QString about(const JobSync *sync, const QString &text) const;
    int jobCount() const;
    // The oldest of the accounts' last good answers: every job shown is at least this current.
    QDateTime oldestSuccess() const;

    // A few words on how a watched account is doing, for lists: empty while all is well (and
    // for no session).
    static QString accountState(const AccountSession *session);

private:
    bool showsSeveral() const { return m_syncs.size() > 1; }
    bool hasServer() const;
    bool allPaused() const;
    Summary synced(const QDateTime &now) const;
    // What keeps `sync`'s jobs from being current: empty while nothing does.
    static QString trouble(const JobSync *sync);
    static QString paused(const JobSync *keptFrom);
    static QString keptJobs(const JobSync *sync);
    static QString pollingOf(const JobSync *sync, const QDateTime &now);
    static QString pace(const JobSync *pacing, int activeJobs);
    static QString loadingJobs();

    QList<JobSync *> m_syncs;
    QString m_accountProblem;
};
