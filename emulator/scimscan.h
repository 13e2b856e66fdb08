#pragma once

#include "scimfilter.h"

#include <array>

// One pass of a filter over many jobs, as the emulator lists them. When the filter reads only
// action_name, status and module (ScimFilter::readsSharedTextsOnly), it remembers the answer for
// each combination of those texts by identity, so jobs that share their texts (implicitly
// shared QStrings, as the emulator keeps them) cost a few pointer comparisons each instead of a
// walk over the expression.
// Valid only while no job's text changes or is freed, i.e. for one pass.
class ScimScan final
{
public:
    explicit ScimScan(const ScimFilter &filter);
    bool matches(const Job &job);

private:
    struct Remembered
    {
        const QChar *actionName = nullptr;
        const QChar *module = nullptr;
        const QChar *status = nullptr;
        bool answer = false;
    };
    const ScimFilter &m_filter;
    // Direct-mapped by the three texts' addresses: a lookup is a few comparisons.
    std::array<Remembered, 64> m_remembered;
};
