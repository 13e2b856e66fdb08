#include "sync/nowticker.h"

#include "jobtablemodel.h"

NowTicker::NowTicker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &NowTicker::tick);
    m_timer.start();
}

void NowTicker::follow(JobTableModel *table)
{
    if (m_tables.contains(table))
        return;
    m_tables.append(table);
    table->setCurrentTime(m_clock.now());
}

void NowTicker::tick()
{
    const QDateTime now = m_clock.now();
    m_tables.removeAll(nullptr);
    for (JobTableModel *table : std::as_const(m_tables))
        table->setCurrentTime(now);
    emit ticked(now);
}
