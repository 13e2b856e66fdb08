#pragma once

#include "job.h"

#include <QString>

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

    // Whether it reads only action_name, status and module: texts that many jobs share, so one
    // pass over them can remember its answer per combination of them (the emulator's ScimScan).
    bool readsSharedTextsOnly() const { return m_sharedTextsOnly; }

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    bool m_sharedTextsOnly = false;
};
