#pragma once

#include <QByteArray>
#include <QLocalServer>
#include <QObject>
#include <QStringList>

#include <chrono>

class QLocalSocket;

// One running id360-jobmon per user: the first start listens on a local socket, a second start
// hands its arguments to the first and exits.
//
// A message is a frame: the payload's size (quint32, big-endian), then the payload: each argument
// as a QString written by QDataStream (Qt 6.4 format), one after another. The running instance
// answers a whole message with one acknowledgement byte and closes the connection; a frame larger
// than 64 KiB or a payload that does not read as strings is dropped without an answer.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // A socket in the user's runtime directory (XDG_RUNTIME_DIR): never shared between users or
    // between sessions that have their own runtime directory.
    static QString defaultServerName();

    explicit SingleInstance(const QString &serverName = defaultServerName(),
                            QObject *parent = nullptr);

    enum class Claim {
        Listening, // this is the running instance now
        AnotherRunning, // another instance holds the name (it may be slow to answer)
        Unavailable, // the name cannot be listened on at all (logged)
    };

    // Tries to become the running instance. A socket left behind by a crash is removed; two
    // starts at once take turns (a lock file beside the socket), so only one of them listens.
    Claim listen();
    // From a second start, before any window exists: blocks (at most `wait`) until the running
    // instance acknowledged `arguments`. False if none answered or it did not acknowledge.
    bool sendToRunning(const QStringList &arguments,
                       std::chrono::milliseconds wait = std::chrono::seconds(3));

    // What the bytes received so far on a connection hold, read without a socket (so that it can
    // be fuzzed): not yet a whole frame, a frame that is not a message of ours, or a message.
    struct Received
    {
        enum class State { Incomplete, Invalid, Complete };
        State state = State::Incomplete;
        // When Complete: the arguments, and how many bytes the frame took, header included.
        QStringList arguments;
        qint64 frameSize = 0;
    };
    static Received decodeMessage(const QByteArray &received);
    static QByteArray encodeMessage(const QStringList &arguments);

signals:
    // In the running instance, once per complete message.
    void messageReceived(const QStringList &arguments);

private:
    void handleNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer m_server;
};
