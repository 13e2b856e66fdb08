#pragma once

#include "job.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

// Why an expression is not a filter, and where: `position` is the 0-based offset of the
// offending token in the expression.
struct ScimFilterError
{
    enum class Kind {
        Syntax, // not a SCIM filter at all (400, code 00000100)
        UnknownAttribute, // a name that jobs do not have (400, code 00000107)
        InvalidValue, // a value that cannot be compared with that attribute (400, code 00000107)
    };
    Kind kind = Kind::Syntax;
    int position = 0;
    QString message;
};

// A SCIM filter (RFC 7644 §3.4.2.2) over the job attributes id, action_name, status, module,
// start_time and end_time: eq ne co sw ew gt ge lt le pr, and/or/not with parentheses and the
// RFC's precedence (not, then and, then or). Attribute names, operators and keywords are
// case-insensitive; strings compare case-insensitively (caseExact=false); the time attributes
// compare as date-times, and end_time is null while a job has not finished.
// The emulator evaluates it; the app validates what a user types before sending it.
class ScimFilter
{
public:
    // Matches every job.
    ScimFilter() = default;

    // An empty or blank expression gives the filter that matches every job.
    static std::optional<ScimFilter> parse(const QString &expression, ScimFilterError *error);

    bool matchesEverything() const { return !m_root; }
    bool matches(const Job &job) const;

    // One pass over many jobs. When the filter reads only action_name, status and module, it
    // remembers the answer for each combination of those texts by identity, so jobs that share
    // their texts (implicitly shared QStrings, as the emulator keeps them) cost a few pointer
    // comparisons each instead of a walk over the expression.
    // Valid only while no job's text changes or is freed, i.e. for one pass.
    class Scan
    {
    public:
        explicit Scan(const ScimFilter &filter);
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

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    bool m_sharedTextsOnly = false;
};
