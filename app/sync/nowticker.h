#pragma once

#include "clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class JobTableModel;

// The app's one "now" for what changes with time alone: once a second it sets the time of every
// job table it follows (running jobs' durations count up) and says it ticked (what the window
// says of "synced … ago" and of the next try). The views read time from here and never write
// it into a model.
class NowTicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NowTicker)

public:
    explicit NowTicker(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Keeps `table`'s time current from now on, until the table is destroyed.
    void follow(JobTableModel *table);
    // One tick now, as the timer would: lets tests move time without waiting.
    void tick();

signals:
    void ticked(const QDateTime &now);

private:
    const Clock &m_clock;
    QList<QPointer<JobTableModel>> m_tables;
    QTimer m_timer;
};
