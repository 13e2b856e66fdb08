#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

// A D-Bus session bus of the test's own, for a test that owns a well-known name itself: on the
// headless session's bus dunst owns org.freedesktop.Notifications, and `dbus-daemon --session`
// would start dunst on demand (it is D-Bus activatable). This bus starts nothing on demand.
//
// QtDBus reads DBUS_SESSION_BUS_ADDRESS once, when the session bus is first used; a
// QApplication may already use it (accessibility, the tray). So construct the PrivateBus before
// the application: in a test, as a static object in the file that has QTEST_MAIN:
//     static PrivateBus privateBus;
// Everything in the process — and every process it starts — then sees only this bus: no
// keychain, no StatusNotifierItem host, no notification daemon but the test's own.
class PrivateBus final
{
    Q_DISABLE_COPY_MOVE(PrivateBus)

public:
    PrivateBus()
    {
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly))
            qFatal("PrivateBus: cannot write %s", qPrintable(config));
        // The session bus's policy, without <standard_session_servicedirs/>: no activation.
        file.write(QStringLiteral(R"(<busconfig>
  <type>session</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();

        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A test that crashes runs no destructor: the daemon must not outlive it (and keep
        // ctest's output pipe open).
        m_daemon.setChildProcessModifier([parent = ::getpid()] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            // The test may have died before the line above took effect.
            if (::getppid() != parent)
                ::_exit(1);
        });
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                         QStringLiteral("--print-address=1") });
        // It prints the address once it accepts connections.
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000))
                qFatal("PrivateBus: dbus-daemon did not start: %s",
                       qPrintable(m_daemon.errorString()));
        }
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_daemon.readLine().trimmed());
    }

    ~PrivateBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }

private:
    // The configuration and the socket; outlives the daemon.
    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/jobmon-bus-XXXXXX") };
    QProcess m_daemon;
};
