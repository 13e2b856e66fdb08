#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="jobmon.*.debug=true".
// No line in any of them ever carries a token, a code or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
// What of the administrator's policy file cannot be obeyed (Policy).
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)
// Off unless QT_LOGGING_RULES="jobmon.startup.info=true": see StartupTrace.
Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// How long the monitor takes to show its window, phase by phase, for benchmarks: one line per
// phase on jobmon.startup, "startup: <phase> at <ms> ms", counted from main(); each phase is
// told once per process, the first time it is reached.
namespace StartupTrace {

enum class Phase {
    ApplicationCreated,
    SettingsReady,
    AccountsReady,
    KeychainAnswered,
    WindowCreated,
    CacheLoaded, // with the number of jobs read
    WindowShowsJobs, // the job table's first paint with rows, with their number
};

// First thing in main(): the phases count from here.
void begin();
void reached(Phase phase, qsizetype jobs = 0);

} // namespace StartupTrace
