#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <optional>

// Runs the event loop until `done` holds or `timeoutMs` passed; whether it held. It looks every
// `stepMs` and sleeps in between, so waiting costs the machine next to nothing.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs, int stepMs = 100);
// Runs the event loop for `ms`.
void waitFor(qint64 ms);

// id360-emulator as a process of its own, with its access log read as it is written.
class EmulatorProcess final
{
public:
    struct Request
    {
        // Wall clock (ms since the epoch) when the bench read the line.
        qint64 seenAtMs = 0;
        QString method;
        QString path;
        QString query;
        int status = 0;
    };

    EmulatorProcess() = default;
    ~EmulatorProcess();
    Q_DISABLE_COPY_MOVE(EmulatorProcess)

    // Starts `program ARGUMENTS --port 0 --log` and waits for the base URL it prints; nothing
    // but an error text when it does not come.
    std::optional<QString> start(const QString &program, const QStringList &arguments);
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    const QList<Request> &requests() const { return m_requests; }
    // POST /_emulator/PATH with a JSON body; the answer, or nothing (and `error` says why).
    std::optional<QJsonObject> admin(const QString &pathAndQuery, const QJsonObject &body,
                                     QString *error);

private:
    void readLog();

    QProcess m_process;
    QByteArray m_pending;
    QUrl m_apiBaseUrl;
    QList<Request> m_requests;
    QNetworkAccessManager m_network;
};

// A throwaway home for the app: HOME, the XDG folders and a runtime folder of its own, so no
// real settings, cache or keychain is touched, and the single-instance socket (in the runtime
// folder) is the bench's own: the app never hands over to a monitor already running.
class AppHome final
{
public:
    AppHome();
    Q_DISABLE_COPY_MOVE(AppHome)

    bool isValid() const;
    // The environment an app started here gets, with ID360_ACCESS_TOKEN=`token`.
    QProcessEnvironment environment(const QString &token) const;
    // Polling/activeMs in the app's settings file (the minimum is 1,000).
    bool setHotIntervalMs(int ms) const;
    // Whether a job cache has been written.
    bool hasCache() const;

private:
    QString path(const QString &relative) const;

    QTemporaryDir m_directory;
};

// One run of id360-jobmon --server URL: its standard error is read line by line, each line with
// the time it came since start().
class AppProcess final
{
public:
    AppProcess() = default;
    ~AppProcess();
    Q_DISABLE_COPY_MOVE(AppProcess)

    void start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment);
    bool isRunning() const;
    qint64 pid() const { return m_process.processId(); }
    // Waits for a line of standard error matching `pattern`: its match and when it came (ms
    // since start()); nothing on timeout or when the process ended.
    std::optional<std::pair<QRegularExpressionMatch, double>>
    waitForLine(const QRegularExpression &pattern, qint64 timeoutMs);
    // Every line so far matching `pattern`.
    QList<QRegularExpressionMatch> linesMatching(const QRegularExpression &pattern) const;
    // SIGTERM (then SIGKILL). The app does not handle it, so aboutToQuit's cache save does not
    // run: a run that needs the cache waits for the one written after each full sync.
    void stop();
    QString standardErrorTail() const;

private:
    void readStandardError();

    QProcess m_process;
    QElapsedTimer m_sinceStart;
    QByteArray m_pending;
    QList<std::pair<QString, double>> m_lines;
};

// Watches the session bus for org.freedesktop.Notifications.Notify calls (dbus-monitor).
class NotifyMonitor final
{
public:
    NotifyMonitor() = default;
    ~NotifyMonitor();
    Q_DISABLE_COPY_MOVE(NotifyMonitor)

    // An error text when dbus-monitor could not start.
    std::optional<QString> start();
    // Waits for a Notify call whose text (summary, body, …) holds `text`: when the bus carried
    // it, in ms since the epoch; nothing on timeout.
    std::optional<double> waitForCall(const QString &text, qint64 timeoutMs);

private:
    void read();

    struct Call
    {
        double atMs = 0;
        QString text;
    };
    QProcess m_process;
    QByteArray m_pending;
    QList<Call> m_calls;
};
