#include "syncstatusbar.h"

#include "notify/syncstatustext.h"
#include "sync/jobsync.h"
#include "sync/nowticker.h"

#include <QLabel>
#include <QToolButton>

SyncStatusBar::SyncStatusBar(const QList<JobSync *> &syncs, NowTicker *ticker, QWidget *parent)
    : QStatusBar(parent)
    , m_syncs(syncs)
    , m_ticker(ticker)
    , m_summary(new QLabel(this))
    , m_retry(new QToolButton(this))
    , m_polling(new QLabel(this))
    , m_source(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("syncLabel"));
    m_polling->setObjectName(QStringLiteral("pollingLabel"));
    m_source->setObjectName(QStringLiteral("serverLabel"));
    // Account names, server URLs and the servers' error details: never markup.
    for (QLabel *label : { m_summary, m_source, m_polling })
        label->setTextFormat(Qt::PlainText);
    addWidget(m_summary, 1);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_retry->setText(tr("Retry Now"));
    m_retry->setAutoRaise(true);
    m_retry->hide();
    connect(m_retry, &QToolButton::clicked, this, &SyncStatusBar::retryRequested);
    addWidget(m_retry);
    addPermanentWidget(m_polling);
    addPermanentWidget(m_source);
    m_source->setText(SyncStatusText(m_syncs).source());

    for (JobSync *sync : std::as_const(m_syncs)) {
        connect(sync, &JobSync::pollStarted, this, &SyncStatusBar::showRefreshing);
        // Every outcome of a poll and every change of state.
        connect(sync, &JobSync::pollSucceeded, this, &SyncStatusBar::showNow);
        connect(sync, &JobSync::pollFailed, this, &SyncStatusBar::showNow);
        connect(sync, &JobSync::stateChanged, this, &SyncStatusBar::showNow);
    }
    // What the bar says of time moves on without a poll, at the moments it asked for.
    connect(ticker, &NowTicker::ticked, this, &SyncStatusBar::showTime);
    // A window made over syncs that already polled (another account chosen, then this one
    // again) says where they stand at once, not at their next poll.
    showNow();
}

void SyncStatusBar::setAccountProblem(const QString &problem)
{
    m_accountProblem = problem;
    showSyncState(m_ticker->now());
}

void SyncStatusBar::showNow()
{
    const QDateTime now = m_ticker->now();
    showSyncState(now);
    showPolling(now);
}

void SyncStatusBar::showRefreshing()
{
    if (const QString loading = SyncStatusText(m_syncs, m_accountProblem).loading();
        !loading.isEmpty())
        m_summary->setText(loading);
}

void SyncStatusBar::showSyncState(const QDateTime &now)
{
    const SyncStatusText::Summary summary = SyncStatusText(m_syncs, m_accountProblem).summary(now);
    m_summary->setText(summary.text);
    m_summary->setToolTip(summary.toolTip);
    m_retry->setVisible(summary.showRetry);
    m_summaryChangesAt = summary.changesAt;
    askForTick();
}

void SyncStatusBar::showPolling(const QDateTime &now)
{
    const SyncStatusText text(m_syncs);
    // Without a server there is no polling to speak of.
    if (const QString polling = text.polling(now); !polling.isEmpty())
        m_polling->setText(polling);
    m_pollingChangesAt = text.pollingChangesAt(now);
    askForTick();
}

void SyncStatusBar::showTime(const QDateTime &now)
{
    if (m_summaryChangesAt.isValid() && m_summaryChangesAt <= now)
        showSyncState(now);
    if (m_pollingChangesAt.isValid() && m_pollingChangesAt <= now)
        showPolling(now);
}

void SyncStatusBar::askForTick()
{
    QDateTime soonest = m_summaryChangesAt;
    if (m_pollingChangesAt.isValid() && (!soonest.isValid() || m_pollingChangesAt < soonest))
        soonest = m_pollingChangesAt;
    m_ticker->tickAt(this, soonest);
}

void SyncStatusBar::showActivity(const QString &text)
{
    m_summary->setText(text);
}
