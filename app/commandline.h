#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What one start of id360-jobmon was asked to do, read from its arguments and environment.
struct LaunchOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    // Help or version text, or the error for Fail.
    QString message;

    // --demo: the embedded emulator on a free loopback port.
    bool demo = false;
    // --demo-seed N: the demo's jobs from this seed, the same on every start (for pictures).
    std::optional<quint32> demoSeed;
    // --server URL with the access token from ID360_ACCESS_TOKEN, for this run only.
    QUrl server;
    QString accessToken;
};

namespace CommandLine {
inline constexpr char accessTokenVariable[] = "ID360_ACCESS_TOKEN";

LaunchOptions parse(const QStringList &arguments, const QProcessEnvironment &environment);
} // namespace CommandLine
