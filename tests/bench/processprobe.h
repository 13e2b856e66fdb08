#pragma once

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
    // Voluntary and involuntary context switches of the threads alive now (/proc/PID/task/*):
    // how often the process woke up or was put to sleep.
    qint64 contextSwitches = 0;
};

// Nothing when the process is gone (or /proc cannot be read).
std::optional<ProcessSample> sampleProcess(qint64 pid);
// sysconf(_SC_CLK_TCK): what cpuTicks are counted in.
double cpuTicksPerSecond();
