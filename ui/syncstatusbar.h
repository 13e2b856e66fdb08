#pragma once

#include <QDateTime>
#include <QStatusBar>

class JobSync;
class NowTicker;
class QLabel;
class QToolButton;

// The window's status bar: what is said about the jobs on the left (with the server's words or
// when each account last synced as its tooltip) and a Retry Now button while an account is in
// trouble; how the servers are asked and where the jobs come from on the right. The words come
// from SyncStatusText; the bar follows the syncs' polls itself, and asks the ticker for a tick
// only at the moment its words would change with the time alone.
class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusBar)

public:
    // `syncs` are the window's (one at least); they and `ticker` must outlive the bar.
    SyncStatusBar(const QList<JobSync *> &syncs, NowTicker *ticker, QWidget *parent = nullptr);

    // What the owner reported about an account (naming it among several); empty for none.
    void setAccountProblem(const QString &problem);
    // Both sides, as the syncs are now (after the intervals changed, say).
    void showNow();
    // What the window is doing or did (deleting jobs), in the summary's place until the sync
    // state is shown again.
    void showActivity(const QString &text);

signals:
    // The admin pressed Retry Now.
    void retryRequested();

private:
    // A poll started: said only before the first jobs come.
    void showRefreshing();
    // A poll ended or a sync changed state: the summary, its tooltip and Retry Now.
    void showSyncState(const QDateTime &now);
    // Time passed: "synced … ago" and a countdown to the next try say it.
    void showTime(const QDateTime &now);
    // How the servers are asked now (the intervals, a wait, a countdown to the next try).
    void showPolling(const QDateTime &now);
    // Asks the ticker for the next moment what is shown changes with the time alone.
    void askForTick();

    QList<JobSync *> m_syncs;
    NowTicker *m_ticker;
    QString m_accountProblem;
    QLabel *m_summary;
    QToolButton *m_retry;
    QLabel *m_polling;
    QLabel *m_source;
    // When the summary and the polling text change with the time alone (invalid: they do not).
    QDateTime m_summaryChangesAt;
    QDateTime m_pollingChangesAt;
};
