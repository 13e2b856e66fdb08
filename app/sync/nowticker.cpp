#include "sync/nowticker.h"

#include "jobtablemodel.h"

#include <chrono>

namespace {

// Running durations show whole seconds.
constexpr std::chrono::seconds runningStep { 1 };

} // namespace

NowTicker::NowTicker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    // It wakes rarely, and then at the moment a text changes: not early, which would only wake
    // it again.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &NowTicker::tick);
}

void NowTicker::follow(const QList<JobTableModel *> &tables)
{
    for (JobTableModel *table : std::as_const(m_tables)) {
        if (table)
            disconnect(table, nullptr, this, nullptr);
    }
    m_tables.clear();
    const QDateTime now = m_clock.now();
    for (JobTableModel *table : tables) {
        m_tables.append(table);
        table->setCurrentTime(now);
        // A job that starts running, or the last that stops, changes what is due.
        for (const auto signal :
             { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(table, signal, this, &NowTicker::schedule);
        connect(table, &QAbstractItemModel::dataChanged, this, &NowTicker::schedule);
    }
    schedule();
}

void NowTicker::setShown(bool shown)
{
    if (m_shown == shown)
        return;
    m_shown = shown;
    if (shown)
        tick();
    else
        schedule();
}

void NowTicker::tickAt(const QObject *listener, const QDateTime &when)
{
    if (!m_asked.contains(listener))
        connect(listener, &QObject::destroyed, this, [this, listener] {
            m_asked.remove(listener);
            schedule();
        });
    m_asked.insert(listener, when);
    schedule();
}

QDateTime NowTicker::nextTick() const
{
    return m_timer.isActive() ? m_next : QDateTime();
}

void NowTicker::tick()
{
    const QDateTime now = m_clock.now();
    m_tables.removeAll(nullptr);
    if (m_shown) {
        for (JobTableModel *table : std::as_const(m_tables))
            table->setCurrentTime(now);
    }
    // What was asked for is done; listeners ask again for their next moment.
    for (auto it = m_asked.begin(); it != m_asked.end(); ++it) {
        if (it->isValid() && *it <= now)
            *it = QDateTime();
    }
    m_runningDue = QDateTime();
    emit ticked(now);
    schedule();
}

bool NowTicker::hasRunningJobs() const
{
    return std::any_of(m_tables.cbegin(), m_tables.cend(),
                       [](const JobTableModel *table) { return table && table->hasRunningJobs(); });
}

void NowTicker::schedule()
{
    const QDateTime now = m_clock.now();
    QDateTime next;
    if (m_shown && hasRunningJobs()) {
        // Kept once set, so that a stream of changes does not keep putting the second off.
        if (!m_runningDue.isValid())
            m_runningDue = now.addSecs(runningStep.count());
        next = m_runningDue;
    } else {
        m_runningDue = QDateTime();
    }
    if (m_shown) {
        for (const QDateTime &asked : std::as_const(m_asked)) {
            if (asked.isValid() && (!next.isValid() || asked < next))
                next = asked;
        }
    }
    if (!next.isValid()) {
        m_timer.stop();
        m_next = QDateTime();
        return;
    }
    if (m_timer.isActive() && m_next == next)
        return;
    m_next = next;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(next))));
}
