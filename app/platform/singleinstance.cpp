#include "platform/singleinstance.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtEndian>

namespace {

Q_LOGGING_CATEGORY(lcInstance, "jobmon.instance", QtInfoMsg)

constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;
constexpr qint64 headerSize = sizeof(quint32);
// Arguments are a few short words; anything larger is not from us.
constexpr quint32 maximumPayloadSize = 64 * 1024;
// How QDataStream writes the length of a null QString.
constexpr quint32 nullStringLength = 0xffffffff;
constexpr char acknowledgement = '\x06';
constexpr int timeoutMs = 3000;

} // namespace

QByteArray SingleInstance::encodeMessage(const QStringList &arguments)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    // One string after another, not the QStringList: reading a list trusts its element count
    // and reserves that much before reading a single element.
    for (const QString &argument : arguments)
        out << argument;
    QByteArray frame(headerSize, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(payload.size()), frame.data());
    return frame + payload;
}

SingleInstance::Received SingleInstance::decodeMessage(const QByteArray &received)
{
    Received message;
    if (received.size() < headerSize)
        return message;
    const quint32 size = qFromBigEndian<quint32>(received.constData());
    if (size > maximumPayloadSize) {
        message.state = Received::State::Invalid;
        return message;
    }
    if (received.size() < headerSize + size)
        return message;
    const QByteArray payload = received.sliced(headerSize, size);
    QDataStream in(payload);
    in.setVersion(streamVersion);
    while (!in.atEnd()) {
        // QDataStream reserves what a string claims (up to 1 MB at a time) before it finds the
        // bytes missing: a claim longer than what is left of the frame is refused first.
        const qint64 left = payload.size() - in.device()->pos() - qint64(sizeof(quint32));
        const quint32 claimed = left >= 0
            ? qFromBigEndian<quint32>(payload.constData() + in.device()->pos())
            : nullStringLength;
        QString argument;
        if (claimed == nullStringLength || claimed <= left)
            in >> argument;
        else
            in.setStatus(QDataStream::ReadCorruptData);
        if (in.status() != QDataStream::Ok) {
            message.state = Received::State::Invalid;
            message.arguments.clear();
            return message;
        }
        message.arguments.append(argument);
    }
    message.state = Received::State::Complete;
    message.frameSize = headerSize + size;
    return message;
}

QString SingleInstance::defaultServerName()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
        + QStringLiteral("/id360-jobmon.socket");
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::handleNewConnection);
    // Only this user may hand the monitor a job to open or a window to raise, whatever the
    // umask and wherever the runtime directory is.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
}

SingleInstance::Claim SingleInstance::listen()
{
    // Two starts at once, with a stale socket: one probes, removes and listens while the other
    // waits, then finds it listening.
    QLockFile lock(m_serverName + QStringLiteral(".lock"));
    if (!lock.tryLock(timeoutMs)) {
        // Held that long by another start: it is becoming the running instance.
        if (lock.error() == QLockFile::LockFailedError)
            return Claim::AnotherRunning;
        qCWarning(lcInstance) << "cannot take" << lock.fileName() << lock.error();
        return Claim::Unavailable;
    }
    // Looked at before listening: a user-only socket is bound elsewhere and renamed over the
    // name, so listen() would take the name of a running instance instead of failing.
    if (QFileInfo::exists(m_serverName)) {
        // Only a refusal proves the socket stale: a busy instance may be slow to accept.
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(timeoutMs)
            || (probe.error() != QLocalSocket::ConnectionRefusedError
                && probe.error() != QLocalSocket::ServerNotFoundError))
            return Claim::AnotherRunning;
        qCInfo(lcInstance) << "removing the socket a previous run left behind:" << m_serverName;
        QLocalServer::removeServer(m_serverName);
    }
    if (m_server.listen(m_serverName))
        return Claim::Listening;
    qCWarning(lcInstance) << "cannot listen on" << m_serverName << m_server.errorString();
    return Claim::Unavailable;
}

bool SingleInstance::sendToRunning(const QStringList &arguments, std::chrono::milliseconds wait)
{
    const QDeadlineTimer deadline(wait);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(deadline.remainingTime()))
        return false;
    socket.write(encodeMessage(arguments));
    if (!socket.waitForBytesWritten(deadline.remainingTime()))
        return false;
    while (socket.bytesAvailable() == 0) {
        if (!socket.waitForReadyRead(deadline.remainingTime()))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == acknowledgement;
}

void SingleInstance::handleNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // Bytes may have arrived with the connection, before readyRead was connected.
        readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    const Received message = decodeMessage(socket->peek(headerSize + maximumPayloadSize));
    switch (message.state) {
    case Received::State::Incomplete:
        return;
    case Received::State::Invalid:
        qCWarning(lcInstance) << "dropping a message that is too large or not a list of arguments";
        socket->abort();
        return;
    case Received::State::Complete:
        break;
    }
    socket->skip(message.frameSize);
    socket->putChar(acknowledgement);
    socket->disconnectFromServer();
    emit messageReceived(message.arguments);
}
