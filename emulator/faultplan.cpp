#include "faultplan.h"

namespace {

struct KindName
{
    FaultPlan::Kind kind;
    const char *name;
    qint64 defaultValue;
    bool needsValue;
};

constexpr KindName kindNames[] = {
    { FaultPlan::Kind::Latency, "latency", 0, true },
    { FaultPlan::Kind::Error500, "error500", 0, false },
    { FaultPlan::Kind::RateLimit, "rate-limit", 30, false },
    { FaultPlan::Kind::Malformed, "malformed", 0, false },
    { FaultPlan::Kind::Truncate, "truncate", 0, false },
    { FaultPlan::Kind::Reset, "reset", 0, false },
    { FaultPlan::Kind::LyingTotal, "lying-total", 1000, false },
    { FaultPlan::Kind::RepeatPage, "repeat-page", 0, false },
    { FaultPlan::Kind::Oversized, "oversized", 80000000, false },
    { FaultPlan::Kind::Stall, "stall", 0, false },
    { FaultPlan::Kind::OddJob, "odd-job", 0, false },
    { FaultPlan::Kind::NoIdJob, "no-id-job", 0, false },
    { FaultPlan::Kind::EmptyEndTime, "empty-end-time", 0, false },
};

const KindName &nameOf(FaultPlan::Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry;
    }
    return kindNames[0];
}

bool isListModifier(FaultPlan::Kind kind)
{
    return kind == FaultPlan::Kind::LyingTotal || kind == FaultPlan::Kind::RepeatPage
        || kind == FaultPlan::Kind::OddJob || kind == FaultPlan::Kind::NoIdJob;
}

// Faults that change how a normal answer is written rather than replacing it.
bool modifiesAnswer(FaultPlan::Kind kind)
{
    return kind == FaultPlan::Kind::Latency || kind == FaultPlan::Kind::EmptyEndTime
        || isListModifier(kind);
}

} // namespace

FaultPlan::FaultPlan(quint32 seed)
    : m_random(seed)
{ }

std::optional<FaultPlan::Fault> FaultPlan::parse(const QString &spec, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<Fault> {
        if (error)
            *error = QStringLiteral("fault '%1': %2").arg(spec, message);
        return std::nullopt;
    };
    const QStringList parts = spec.split(QLatin1Char(','));
    const QString head = parts.constFirst().trimmed();
    const QString name = head.section(QLatin1Char('='), 0, 0);
    const KindName *kind = nullptr;
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            kind = &entry;
    }
    if (!kind) {
        QStringList names;
        for (const KindName &entry : kindNames)
            names.append(QLatin1String(entry.name));
        return fail(QStringLiteral("unknown fault; known: ") + names.join(QStringLiteral(", ")));
    }

    Fault fault;
    fault.kind = kind->kind;
    fault.value = kind->defaultValue;
    if (head.contains(QLatin1Char('='))) {
        bool ok = false;
        fault.value = head.section(QLatin1Char('='), 1).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("the value after '=' must be a whole number"));
    } else if (kind->needsValue) {
        return fail(QStringLiteral("needs a value, as in %1=250").arg(name));
    }

    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts.at(i).section(QLatin1Char('='), 0, 0).trimmed();
        const QString text = parts.at(i).section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("rate")) {
            fault.rate = text.toDouble(&ok);
            if (!ok || fault.rate < 0 || fault.rate > 1)
                return fail(QStringLiteral("rate must be a number from 0 to 1"));
        } else if (key == QLatin1String("count")) {
            fault.count = text.toInt(&ok);
            if (!ok || fault.count < 1)
                return fail(QStringLiteral("count must be a whole number of 1 or more"));
        } else {
            return fail(QStringLiteral("unknown setting '%1'; use rate= or count=").arg(key));
        }
    }
    return fault;
}

QString FaultPlan::format(const Fault &fault)
{
    const KindName &name = nameOf(fault.kind);
    QString text = QLatin1String(name.name);
    if (fault.value != 0 || name.needsValue)
        text += QLatin1Char('=') + QString::number(fault.value);
    if (fault.rate < 1.0)
        text += QStringLiteral(",rate=") + QString::number(fault.rate);
    if (fault.count >= 0)
        text += QStringLiteral(",count=") + QString::number(fault.count);
    return text;
}

QString FaultPlan::help()
{
    return QStringLiteral(
        "  latency=MS      wait MS milliseconds before answering (adds up with others)\n"
        "  error500        HTTP 500, code 00000000\n"
        "  rate-limit[=S]  HTTP 429, code 00000109, Retry-After: S seconds (default 30)\n"
        "  malformed       HTTP 200 with a body that is not JSON\n"
        "  truncate        HTTP 200, connection closed half way through the body\n"
        "  reset           connection reset before any answer\n"
        "  lying-total[=N] list: total_no_of_objects off by N (default +1000)\n"
        "  repeat-page     list: the first page again, whatever 'from' says\n"
        "  oversized[=B]   HTTP 200 with a valid page padded to B bytes (default 80000000)\n"
        "  stall           headers and half the body, then nothing, never finishing\n"
        "  odd-job         list: the first job of each page with start_time a number\n"
        "  no-id-job       list: the first job of each page without its id\n"
        "  empty-end-time  jobs not yet finished with end_time \"\" instead of null\n");
}

QStringList FaultPlan::describe() const
{
    QStringList specs;
    for (const Fault &fault : m_faults)
        specs.append(format(fault));
    return specs;
}

FaultPlan::Decision FaultPlan::decide(bool isListRequest)
{
    Decision decision;
    for (qsizetype i = 0; i < m_faults.size();) {
        Fault &fault = m_faults[i];
        const bool applies = isListRequest || !isListModifier(fault.kind);
        const bool replacesAnswer = !modifiesAnswer(fault.kind);
        // Only one fault can replace the answer; the others wait for a later request.
        const bool blocked = replacesAnswer && decision.failure.has_value();
        if (!applies || blocked || (fault.rate < 1.0 && m_random.generateDouble() >= fault.rate)) {
            ++i;
            continue;
        }
        if (fault.kind == Kind::Latency)
            decision.latencyMs += fault.value;
        else if (fault.kind == Kind::LyingTotal)
            decision.totalOffset += fault.value;
        else if (fault.kind == Kind::RepeatPage)
            decision.repeatPage = true;
        else if (fault.kind == Kind::OddJob)
            decision.oddJob = true;
        else if (fault.kind == Kind::NoIdJob)
            decision.noIdJob = true;
        else if (fault.kind == Kind::EmptyEndTime)
            decision.emptyEndTime = true;
        else
            decision.failure = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.remove(i);
        else
            ++i;
    }
    return decision;
}
