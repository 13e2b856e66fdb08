#pragma once

#include <QString>

// Beside its own table, every benchmark prints one line per measure for scripts/bench:
//
//   BENCH<TAB>measure<TAB>figure<TAB>unit<TAB>target<TAB>verdict
//
// `target` is "<= 150", ">= 20" or "-"; `verdict` is "met", "not met" or "-" (a figure without a
// target). A missed target is a figure like any other: benchmarks never fail because of one.
struct BenchTarget
{
    enum class Bound { None, AtMost, AtLeast };

    static BenchTarget atMost(double limit) { return { Bound::AtMost, limit }; }
    static BenchTarget atLeast(double limit) { return { Bound::AtLeast, limit }; }

    Bound bound = Bound::None;
    double limit = 0;
};

// Prints the line (and flushes, so a run cut short keeps what it measured).
void reportMeasure(const QString &measure, double figure, const QString &unit,
                   BenchTarget target = {});
// "met", "not met" or "-".
QString benchVerdict(double figure, BenchTarget target);
// "<= 150", ">= 20" or "-".
QString benchTargetText(BenchTarget target);
