#include "platform/logging.h"

#include <QElapsedTimer>

#include <bitset>

Q_LOGGING_CATEGORY(lcNet, "jobmon.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "jobmon.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "jobmon.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolicy, "jobmon.policy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStartup, "jobmon.startup", QtWarningMsg)

namespace StartupTrace {

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

std::bitset<int(Phase::WindowShowsJobs) + 1> &phasesTold()
{
    static std::bitset<int(Phase::WindowShowsJobs) + 1> told;
    return told;
}

QByteArray describe(Phase phase, qsizetype jobs)
{
    switch (phase) {
    case Phase::ApplicationCreated:
        return "QApplication created";
    case Phase::SettingsReady:
        return "translations and settings ready";
    case Phase::AccountsReady:
        return "accounts ready";
    case Phase::KeychainAnswered:
        return "keychain answered";
    case Phase::WindowCreated:
        return "window created";
    case Phase::CacheLoaded:
        return "cache loaded with " + QByteArray::number(jobs) + " jobs";
    case Phase::WindowShowsJobs:
        return "window shows " + QByteArray::number(jobs) + " jobs";
    }
    return {};
}

} // namespace

void begin()
{
    sinceMain().start();
}

void reached(Phase phase, qsizetype jobs)
{
    if (!lcStartup().isInfoEnabled() || !sinceMain().isValid() || phasesTold().test(int(phase)))
        return;
    phasesTold().set(int(phase));
    qCInfo(lcStartup, "startup: %s at %lld ms", describe(phase, jobs).constData(),
           sinceMain().elapsed());
}

} // namespace StartupTrace
