#pragma once

#include <QHash>
#include <QtGlobal>

#include <optional>

// What /proc says about a running process: nothing a process could report wrongly about itself.
struct ProcessSample
{
    // VmRSS and VmHWM of /proc/PID/status.
    qint64 residentKb = 0;
    qint64 peakResidentKb = 0;
    // utime + stime of /proc/PID/stat, every thread's, the ended ones' too.
    qint64 cpuTicks = 0;
    // Voluntary and involuntary context switches of each thread alive now (/proc/PID/task/*),
    // by thread id: how often the process woke up or was put to sleep.
    QHash<qint64, qint64> contextSwitchesByThread;
};

// The context switches from `first` to `last`: of the threads in both, what they added; of those
// started since, all theirs. A thread that ended in between takes its count with it, so this is
// never more than happened, and never less than nothing.
qint64 contextSwitchesBetween(const ProcessSample &first, const ProcessSample &last);

// Nothing when the process is gone (or /proc cannot be read).
std::optional<ProcessSample> sampleProcess(qint64 pid);
// sysconf(_SC_CLK_TCK): what cpuTicks are counted in.
double cpuTicksPerSecond();
