#pragma once

#include "emulatorserver.h"

#include <QThread>

#include <functional>
#include <memory>

// An emulator on a thread of its own, so a benchmark's client (or a curl beside it) never
// waits for the server's work on the same thread. Everything that touches the server runs
// there, through inServer().
class EmulatorThread
{
public:
    EmulatorThread(const QList<Job> &jobs, const EmulatorServer::Options &options)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_server = std::make_unique<EmulatorServer>(jobs, options);
                m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
            },
            Qt::BlockingQueuedConnection);
    }

    ~EmulatorThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [&] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl apiBaseUrl() const { return m_server->apiBaseUrl(); }

    // Runs `work` on the server's thread and waits for it.
    void inServer(const std::function<void(EmulatorServer &)> &work)
    {
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                if (m_server)
                    work(*m_server);
            },
            Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<EmulatorServer> m_server;
};
