#include "scimscan.h"

ScimScan::ScimScan(const ScimFilter &filter)
    : m_filter(filter)
{ }

bool ScimScan::matches(const Job &job)
{
    if (!m_filter.readsSharedTextsOnly())
        return m_filter.matches(job);
    const QChar *actionName = job.actionName.constData();
    const QChar *module = job.module.constData();
    const QChar *status = job.statusText.constData();
    const auto mix = (reinterpret_cast<quintptr>(actionName) >> 4)
        ^ (reinterpret_cast<quintptr>(module) >> 6) ^ (reinterpret_cast<quintptr>(status) >> 8);
    Remembered &slot = m_remembered[mix % m_remembered.size()];
    if (slot.actionName == actionName && slot.module == module && slot.status == status)
        return slot.answer;
    const bool answer = m_filter.matches(job);
    slot = { actionName, module, status, answer };
    return answer;
}
