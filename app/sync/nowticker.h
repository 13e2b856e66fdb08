#pragma once

#include "clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class JobTableModel;

// The app's one "now" for what changes with time alone, and the one timer that moves it on. It
// wakes only when something shown would read differently: once a second while a followed table
// has a running job (those jobs' Duration cells count up), and at the moments its listeners ask
// for (tickAt(): when "synced just now" turns "synced 1 min ago", when a countdown moves on).
// While nothing is shown (the window hidden in the tray) it does not wake at all; shown again,
// it ticks at once. The views read time from here and never write it into a model.
class NowTicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NowTicker)

public:
    explicit NowTicker(const Clock &clock = Clock::system(), QObject *parent = nullptr);

    QDateTime now() const { return m_clock.now(); }
    // Keeps the time of `tables` (those the window shows) current from now on, in place of the
    // tables it followed before; each until it is destroyed.
    void follow(const QList<JobTableModel *> &tables);
    // Whether what it moves on is on screen (the owner of the window says so; shown until told
    // otherwise).
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    // `listener` wants a tick at `when` (replacing what it asked before; an invalid time asks
    // for none), until it is destroyed.
    void tickAt(const QObject *listener, const QDateTime &when);
    // When the timer ticks next; invalid when it is not set.
    QDateTime nextTick() const;
    // One tick now, as the timer would: lets tests move time without waiting.
    void tick();

signals:
    void ticked(const QDateTime &now);

private:
    bool hasRunningJobs() const;
    // Sets the timer for the earliest moment something shown changes.
    void schedule();

    const Clock &m_clock;
    QList<QPointer<JobTableModel>> m_tables;
    QHash<const QObject *, QDateTime> m_asked;
    bool m_shown = true;
    // The next second of running durations (while one is due), and the timer's next tick.
    QDateTime m_runningDue;
    QDateTime m_next;
    QTimer m_timer;
};
