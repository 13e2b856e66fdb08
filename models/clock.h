#pragma once

#include <QDateTime>

#include <chrono>

// Where "now" comes from. Everything that measures or schedules time takes a Clock, so tests
// (and the emulator's --manual-clock) can move time by hand instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The real wall clock, in UTC.
    static const Clock &system();
};

// Time that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);

    QDateTime now() const override { return m_now; }
    void advance(std::chrono::milliseconds step);

private:
    QDateTime m_now;
};
