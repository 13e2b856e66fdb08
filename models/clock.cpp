#include "clock.h"

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{ }

void ManualClock::advance(std::chrono::milliseconds step)
{
    m_now = m_now.addMSecs(step.count());
}
