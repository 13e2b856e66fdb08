#include "processprobe.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace {

std::optional<QByteArray> readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// The number after "Name:" in a /proc status file (kB for the Vm lines); -1 when missing.
qint64 statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name) && line.at(name.size()) == ':')
            return line.mid(name.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

double cpuTicksPerSecond()
{
    return double(sysconf(_SC_CLK_TCK));
}

std::optional<ProcessSample> sampleProcess(qint64 pid)
{
    const QString directory = QStringLiteral("/proc/%1").arg(pid);
    const std::optional<QByteArray> status = readProcFile(directory + QStringLiteral("/status"));
    const std::optional<QByteArray> stat = readProcFile(directory + QStringLiteral("/stat"));
    if (!status || !stat)
        return std::nullopt;
    ProcessSample sample;
    sample.residentKb = statusField(*status, "VmRSS");
    sample.peakResidentKb = statusField(*status, "VmHWM");
    // The command name in parentheses may hold spaces: the fields start after its last ')'.
    // After it come state (field 3) … utime (14) and stime (15).
    const QList<QByteArray> fields = stat->mid(stat->lastIndexOf(')') + 2).split(' ');
    if (sample.residentKb < 0 || fields.size() < 13)
        return std::nullopt;
    sample.cpuTicks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    const QStringList threads
        = QDir(directory + QStringLiteral("/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        const std::optional<QByteArray> threadStatus = readProcFile(
            directory + QStringLiteral("/task/") + thread + QStringLiteral("/status"));
        if (!threadStatus)
            continue; // ended meanwhile
        sample.contextSwitchesByThread.insert(
            thread.toLongLong(),
            std::max<qint64>(0, statusField(*threadStatus, "voluntary_ctxt_switches"))
                + std::max<qint64>(0, statusField(*threadStatus, "nonvoluntary_ctxt_switches")));
    }
    return sample;
}

qint64 contextSwitchesBetween(const ProcessSample &first, const ProcessSample &last)
{
    qint64 switches = 0;
    for (auto it = last.contextSwitchesByThread.cbegin(); it != last.contextSwitchesByThread.cend();
         ++it) {
        // A count lower than before is a new thread given an ended one's id: all of it is new.
        const qint64 before = first.contextSwitchesByThread.value(it.key(), 0);
        switches += it.value() >= before ? it.value() - before : it.value();
    }
    return switches;
}
