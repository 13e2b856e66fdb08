#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

// Misbehaviour on purpose, for the Jobs API calls only. A fault is written as
//   NAME[=VALUE][,rate=R][,count=N]
// e.g. "latency=250", "error500,rate=0.2", "rate-limit=30,count=2", "stall,count=1".
// Without rate or count a fault fires on every request; with count it fires on the next N
// requests it applies to and is then gone. The same text works for --fault and for
// POST /_emulator/faults.
class FaultPlan
{
public:
    enum class Kind {
        Latency, // VALUE ms before the answer starts (adds up with any other fault)
        Error500, // HTTP 500, code 00000000
        RateLimit, // HTTP 429, code 00000109, Retry-After: VALUE s (default 30)
        Malformed, // HTTP 200 with a body that is not JSON
        Truncate, // HTTP 200 whose connection closes half way through the body
        Reset, // the connection is reset before any answer
        LyingTotal, // list: total_no_of_objects off by VALUE (default +1000)
        RepeatPage, // list: the first page again, whatever `from` says
        Oversized, // HTTP 200, a valid page padded to VALUE bytes (default 80 MB)
        Stall, // headers and half the body, then nothing, never finishing
        OddJob, // list: the first job of each page with start_time a number
        NoIdJob, // list: the first job of each page without its id
        EmptyEndTime, // every job not yet finished has end_time "" instead of null
    };

    struct Fault
    {
        Kind kind = Kind::Error500;
        qint64 value = 0;
        double rate = 1.0;
        // -1: no limit.
        int count = -1;
    };

    // What happens to one request.
    struct Decision
    {
        qint64 latencyMs = 0;
        // The fault that replaces the normal answer, if any fires.
        std::optional<Fault> failure;
        qint64 totalOffset = 0;
        bool repeatPage = false;
        bool oddJob = false;
        bool noIdJob = false;
        bool emptyEndTime = false;
    };

    static std::optional<Fault> parse(const QString &spec, QString *error);
    static QString format(const Fault &fault);
    static QString help();

    explicit FaultPlan(quint32 seed);

    void set(const QList<Fault> &faults) { m_faults = faults; }
    const QList<Fault> &faults() const { return m_faults; }
    QStringList describe() const;

    // Decides for one request; firing faults with a count use one up.
    Decision decide(bool isListRequest);

private:
    QList<Fault> m_faults;
    QRandomGenerator m_random;
};
