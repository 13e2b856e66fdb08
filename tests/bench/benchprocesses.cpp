#include "benchprocesses.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSettings>
#include <QTimer>

bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs, int stepMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() >= timeoutMs)
            return false;
        waitFor(stepMs);
    }
    return true;
}

void waitFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

std::optional<QString> EmulatorProcess::start(const QString &program, const QStringList &arguments)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readLog(); });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program,
                    arguments
                        + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--log") });
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
    // 100,000 jobs are generated before it listens.
    if (!waitUntil(
            [this] { return m_apiBaseUrl.isValid() || m_process.state() != QProcess::Running; },
            120000))
        return QStringLiteral("%1 printed no base URL within 120 s").arg(program);
    if (!m_apiBaseUrl.isValid())
        return QStringLiteral("%1 ended: %2")
            .arg(program, QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
    return std::nullopt;
}

void EmulatorProcess::readLog()
{
    // "2026-01-01T00:00:00.000Z GET /api/v1/jobs?limit=200&from=1 200 1234 B 1.2 ms"; the query
    // (decoded) may hold spaces.
    static const QRegularExpression logLine(
        QStringLiteral(R"(^\S+ ([A-Z]+) ([^ ?]+)(?:\?(.*))? (\d{3}) -?\d+ B [0-9.]+ ms)"));
    m_pending += m_process.readAllStandardOutput();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        if (!m_apiBaseUrl.isValid() && line.startsWith(QLatin1String("http"))) {
            m_apiBaseUrl = QUrl(line.trimmed(), QUrl::StrictMode);
            continue;
        }
        const QRegularExpressionMatch match = logLine.match(line);
        if (match.hasMatch())
            m_requests.append({ now, match.captured(1), match.captured(2), match.captured(3),
                                match.captured(4).toInt() });
    }
}

std::optional<QJsonObject> EmulatorProcess::admin(const QString &pathAndQuery,
                                                  const QJsonObject &body, QString *error)
{
    QUrl url = m_apiBaseUrl.resolved(QUrl(QStringLiteral("/_emulator/") + pathAndQuery));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply
        = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool finished = waitUntil([reply] { return reply->isFinished(); }, 30000, 5);
    const QByteArray answer = finished ? reply->readAll() : QByteArray();
    const bool ok = finished && reply->error() == QNetworkReply::NoError;
    if (!ok)
        *error = QStringLiteral("POST %1: %2 %3")
                     .arg(url.toString(),
                          finished ? reply->errorString() : QStringLiteral("no answer in 30 s"),
                          QString::fromUtf8(answer));
    reply->deleteLater();
    if (!ok)
        return std::nullopt;
    return QJsonDocument::fromJson(answer).object();
}

AppHome::AppHome()
{
    for (const char *folder : { "home", "config", "data", "cache" })
        QDir(m_directory.path()).mkpath(QLatin1String(folder));
    // Qt refuses a runtime folder that others may enter.
    QDir(m_directory.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(path(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool AppHome::isValid() const
{
    return m_directory.isValid();
}

QString AppHome::path(const QString &relative) const
{
    return m_directory.filePath(relative);
}

QProcessEnvironment AppHome::environment(const QString &token) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("ID360_ACCESS_TOKEN"), token);
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    return environment;
}

bool AppHome::setHotIntervalMs(int ms) const
{
    // Where QSettings() of an app named id360-jobmon by id360-jobmon keeps its settings.
    QSettings settings(path(QStringLiteral("config/id360-jobmon/id360-jobmon.conf")),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("polling/activeMs"), ms);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

bool AppHome::hasCache() const
{
    QDirIterator files(path(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        if (files.next().contains(QLatin1String("/cache/")))
            return true;
    }
    return false;
}

AppProcess::~AppProcess()
{
    stop();
}

void AppProcess::start(const QString &program, const QStringList &arguments,
                       const QProcessEnvironment &environment)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { readStandardError(); });
    m_process.setProcessEnvironment(environment);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_sinceStart.start();
    m_process.start(program, arguments);
}

bool AppProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void AppProcess::readStandardError()
{
    m_pending += m_process.readAllStandardError();
    const double now = double(m_sinceStart.nsecsElapsed()) / 1e6;
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        m_lines.append({ QString::fromUtf8(m_pending.left(end)), now });
        m_pending.remove(0, end + 1);
    }
}

std::optional<std::pair<QRegularExpressionMatch, double>>
AppProcess::waitForLine(const QRegularExpression &pattern, qint64 timeoutMs)
{
    qsizetype looked = 0;
    std::optional<std::pair<QRegularExpressionMatch, double>> found;
    waitUntil(
        [&] {
            for (; looked < m_lines.size() && !found; ++looked) {
                QRegularExpressionMatch match = pattern.match(m_lines.at(looked).first);
                if (match.hasMatch())
                    found = std::pair { match, m_lines.at(looked).second };
            }
            return found || !isRunning();
        },
        timeoutMs, 2);
    return found;
}

QList<QRegularExpressionMatch> AppProcess::linesMatching(const QRegularExpression &pattern) const
{
    QList<QRegularExpressionMatch> matches;
    for (const auto &line : m_lines) {
        QRegularExpressionMatch match = pattern.match(line.first);
        if (match.hasMatch())
            matches.append(match);
    }
    return matches;
}

void AppProcess::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString AppProcess::standardErrorTail() const
{
    QStringList tail;
    for (qsizetype i = std::max<qsizetype>(0, m_lines.size() - 10); i < m_lines.size(); ++i)
        tail.append(m_lines.at(i).first);
    return tail.join(QLatin1Char('\n'));
}

NotifyMonitor::~NotifyMonitor()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    m_process.waitForFinished(5000);
}

std::optional<QString> NotifyMonitor::start()
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { read(); });
    m_process.start(QStringLiteral("dbus-monitor"),
                    { QStringLiteral("--session"),
                      QStringLiteral("type='method_call',interface='org.freedesktop.Notifications',"
                                     "member='Notify'") });
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("dbus-monitor did not start: %1").arg(m_process.errorString());
    // It says nothing until it has become a monitor: give it a moment to be one.
    waitFor(500);
    if (m_process.state() != QProcess::Running)
        return QStringLiteral("dbus-monitor ended: %1")
            .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
    return std::nullopt;
}

void NotifyMonitor::read()
{
    // "method call time=1764523456.123456 sender=:1.12 -> … member=Notify", then one line per
    // argument.
    static const QRegularExpression header(
        QStringLiteral(R"(^method call time=([0-9.]+) .*member=Notify)"));
    m_pending += m_process.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        const QRegularExpressionMatch match = header.match(line);
        if (match.hasMatch())
            m_calls.append({ match.captured(1).toDouble() * 1000.0, QString() });
        else if (!m_calls.isEmpty())
            m_calls.last().text += line + QLatin1Char('\n');
    }
}

std::optional<double> NotifyMonitor::waitForCall(const QString &text, qint64 timeoutMs)
{
    std::optional<double> found;
    waitUntil(
        [&] {
            for (const Call &call : std::as_const(m_calls)) {
                if (call.text.contains(text))
                    found = call.atMs;
            }
            return found.has_value();
        },
        timeoutMs, 5);
    return found;
}
