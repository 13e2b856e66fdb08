#pragma once

#include "emulatorserver.h"

#include <memory>

// The tests' one way to get an emulator: listening on a free loopback port, accepting `token`
// (the emulator's --token) besides whatever OAuth issues.
inline std::unique_ptr<EmulatorServer> startEmulator(const QList<Job> &jobs, const QString &token,
                                                     EmulatorServer::Options options = {})
{
    options.accessToken = token;
    auto server = std::make_unique<EmulatorServer>(jobs, options);
    if (server->listen(QHostAddress(QHostAddress::LocalHost), 0) == 0)
        qFatal("the emulator could not listen on loopback");
    return server;
}
