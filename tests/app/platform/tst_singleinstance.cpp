#include "platform/singleinstance.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <future>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// sendToRunning() blocks, as it may in a second start. Here the running instance shares the test's
// thread, so the second start runs beside it, the way another process would.
std::future<bool> sendFromSecondStart(const QString &serverName, const QStringList &arguments)
{
    return std::async(std::launch::async, [serverName, arguments] {
        SingleInstance second(serverName);
        return second.sendToRunning(arguments);
    });
}

bool isReady(const std::future<bool> &future)
{
    return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

// The framing documented in singleinstance.h, written out by hand.
QByteArray frame(const QByteArray &payload)
{
    QByteArray header(sizeof(quint32), Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(payload.size()), header.data());
    return header + payload;
}

QByteArray payloadOf(const QStringList &arguments)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    for (const QString &argument : arguments)
        out << argument;
    return payload;
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultServerNameIsInRuntimeDirectory();
    void secondInstanceDoesNotListen();
    void socketIsForThisUserOnly();
    void deliversArguments_data();
    void deliversArguments();
    void messageInChunks();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void recoversStaleSocket();
    void nothingRunning();
    void runningInstanceDoesNotAnswer();

private:
    // A fresh name for every test, in a private directory.
    QString serverName();

    QTemporaryDir m_directory;
    int m_names = 0;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

QString TestSingleInstance::serverName()
{
    return m_directory.filePath(QStringLiteral("instance-%1.socket").arg(++m_names));
}

void TestSingleInstance::defaultServerNameIsInRuntimeDirectory()
{
    const QByteArray previous = qgetenv("XDG_RUNTIME_DIR");
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const QString name = SingleInstance::defaultServerName();
    qputenv("XDG_RUNTIME_DIR", previous);
    QCOMPARE(QFileInfo(name).absolutePath(), runtime.path());
    QVERIFY2(QFileInfo(name).fileName().startsWith(QLatin1String("id360-jobmon")),
             qPrintable(name));
}

void TestSingleInstance::secondInstanceDoesNotListen()
{
    const QString name = serverName();
    auto first = std::make_unique<SingleInstance>(name);
    QCOMPARE(first->listen(), SingleInstance::Claim::Listening);
    SingleInstance second(name);
    QCOMPARE(second.listen(), SingleInstance::Claim::AnotherRunning);

    // The second start's look did not take the name from the first.
    QSignalSpy received(first.get(), &SingleInstance::messageReceived);
    std::future<bool> sent = sendFromSecondStart(name, { QStringLiteral("--show") });
    QTRY_VERIFY(isReady(sent));
    QVERIFY(sent.get());
    QCOMPARE(received.count(), 1);

    // Once the first quits, the next start is the running one.
    first.reset();
    SingleInstance third(name);
    QCOMPARE(third.listen(), SingleInstance::Claim::Listening);
}

void TestSingleInstance::socketIsForThisUserOnly()
{
    // The most permissive umask there is: the socket's mode must not come from it.
    const mode_t previous = ::umask(0);
    const QString name = serverName();
    SingleInstance instance(name);
    const SingleInstance::Claim claim = instance.listen();
    ::umask(previous);
    QCOMPARE(claim, SingleInstance::Claim::Listening);
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(name).constData(), &status), 0);
    QVERIFY(S_ISSOCK(status.st_mode));
    QCOMPARE(status.st_mode & 0777, mode_t(0700));
}

void TestSingleInstance::deliversArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show") << QStringList { QStringLiteral("--show") };
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("empty strings")
        << QStringList { QString(), QStringLiteral("--job"), QStringLiteral("") };
    QTest::newRow("non-ASCII") << QStringList { QStringLiteral("--account"),
                                                QStringLiteral("Größe 東京 \U0001F600"),
                                                QStringLiteral("--job"), QStringLiteral("42") };
}

void TestSingleInstance::deliversArguments()
{
    QFETCH(QStringList, arguments);
    const QString name = serverName();
    SingleInstance running(name);
    QCOMPARE(running.listen(), SingleInstance::Claim::Listening);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    std::future<bool> sent = sendFromSecondStart(name, arguments);
    QTRY_VERIFY(isReady(sent));
    QVERIFY(sent.get());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);
}

void TestSingleInstance::messageInChunks()
{
    const QString name = serverName();
    SingleInstance running(name);
    QCOMPARE(running.listen(), SingleInstance::Claim::Listening);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    const QStringList arguments { QStringLiteral("--job"), QStringLiteral("1234567") };
    const QByteArray message = frame(payloadOf(arguments));

    QLocalSocket client;
    client.connectToServer(name);
    QVERIFY(client.waitForConnected());
    // Half a header, the rest of it, half the payload, the rest.
    const qsizetype cuts[] = { 2, 4, 4 + (message.size() - 4) / 2, message.size() };
    qsizetype from = 0;
    for (const qsizetype to : cuts) {
        client.write(message.mid(from, to - from));
        QVERIFY(client.waitForBytesWritten());
        from = to;
        if (to < message.size())
            QVERIFY(!received.wait(100));
    }
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    // Acknowledged with one byte; then the running instance hangs up.
    QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(client.readAll().size(), 1);
}

void TestSingleInstance::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArrayLiteral("hello, world\n");
    QTest::newRow("frame over 64 KiB") << frame(QByteArray(64 * 1024 + 1, 'x'));
    QByteArray oddString(sizeof(quint32), Qt::Uninitialized);
    qToBigEndian(quint32(3), oddString.data());
    QTest::newRow("string of an odd size") << frame(oddString + "abc");
    QByteArray longString(sizeof(quint32), Qt::Uninitialized);
    qToBigEndian(quint32(100), longString.data());
    QTest::newRow("string longer than the frame") << frame(longString + "abcd");
    QTest::newRow("half a string size") << frame(QByteArrayLiteral("\0\0"));
}

void TestSingleInstance::rejectsGarbage()
{
    QFETCH(QByteArray, bytes);
    const QString name = serverName();
    SingleInstance running(name);
    QCOMPARE(running.listen(), SingleInstance::Claim::Listening);
    QSignalSpy received(&running, &SingleInstance::messageReceived);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^dropping a message")));
    QLocalSocket client;
    client.connectToServer(name);
    QVERIFY(client.waitForConnected());
    client.write(bytes);
    QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(client.readAll(), QByteArray());
    QCOMPARE(received.count(), 0);

    // Still running and answering.
    std::future<bool> sent = sendFromSecondStart(name, { QStringLiteral("--show") });
    QTRY_VERIFY(isReady(sent));
    QVERIFY(sent.get());
    QCOMPARE(received.count(), 1);
}

void TestSingleInstance::recoversStaleSocket()
{
    // What a crash leaves behind: a socket file that nothing listens on.
    const QString name = serverName();
    const QByteArray path = QFile::encodeName(name);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), path.size());
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(descriptor >= 0);
    QCOMPARE(::bind(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
    ::close(descriptor);
    QVERIFY(QFileInfo::exists(name));
    QLocalServer plain;
    QVERIFY(!plain.listen(name));
    QCOMPARE(plain.serverError(), QAbstractSocket::AddressInUseError);

    SingleInstance running(name);
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(QStringLiteral("^removing the socket a previous run")));
    QCOMPARE(running.listen(), SingleInstance::Claim::Listening);
    QVERIFY(QFileInfo::exists(name));
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    std::future<bool> sent = sendFromSecondStart(name, { QStringLiteral("--show") });
    QTRY_VERIFY(isReady(sent));
    QVERIFY(sent.get());
    QCOMPARE(received.count(), 1);
}

void TestSingleInstance::nothingRunning()
{
    SingleInstance second(serverName());
    QVERIFY(!second.sendToRunning({ QStringLiteral("--show") }));
}

void TestSingleInstance::runningInstanceDoesNotAnswer()
{
    // Something listens on the name but never acknowledges: the wait ends, with false.
    const QString name = serverName();
    QLocalServer silent;
    QVERIFY(silent.listen(name));
    SingleInstance second(name);
    QVERIFY(!second.sendToRunning({ QStringLiteral("--show") }));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
