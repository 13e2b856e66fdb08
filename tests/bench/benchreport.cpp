#include "benchreport.h"

#include <cstdio>

QString benchTargetText(BenchTarget target)
{
    switch (target.bound) {
    case BenchTarget::Bound::AtMost:
        return QStringLiteral("<= ") + QString::number(target.limit, 'g', 6);
    case BenchTarget::Bound::AtLeast:
        return QStringLiteral(">= ") + QString::number(target.limit, 'g', 6);
    case BenchTarget::Bound::None:
        break;
    }
    return QStringLiteral("-");
}

QString benchVerdict(double figure, BenchTarget target)
{
    switch (target.bound) {
    case BenchTarget::Bound::AtMost:
        return figure <= target.limit ? QStringLiteral("met") : QStringLiteral("not met");
    case BenchTarget::Bound::AtLeast:
        return figure >= target.limit ? QStringLiteral("met") : QStringLiteral("not met");
    case BenchTarget::Bound::None:
        break;
    }
    return QStringLiteral("-");
}

void reportMeasure(const QString &measure, double figure, const QString &unit, BenchTarget target)
{
    std::printf("BENCH\t%s\t%s\t%s\t%s\t%s\n", qUtf8Printable(measure),
                qUtf8Printable(QString::number(figure, 'g', 6)), qUtf8Printable(unit),
                qUtf8Printable(benchTargetText(target)),
                qUtf8Printable(benchVerdict(figure, target)));
    std::fflush(stdout);
}
