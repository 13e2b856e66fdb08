#include "platform/policy.h"

#include "platform/autostart.h"
#include "platform/logging.h"
#include "platform/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QUuid>

#include <chrono>

namespace {

// The keys of [General], as docs/ADMIN.md spells them.
const QString minimumActiveKey = QStringLiteral("minimumActivePollSeconds");
const QString minimumIdleKey = QStringLiteral("minimumIdlePollSeconds");
const QString minimumFullKey = QStringLiteral("minimumFullListMinutes");
const QString allowDeletingKey = QStringLiteral("allowDeleting");
const QString alwaysNotifyFailuresKey = QStringLiteral("alwaysNotifyFailures");
const QString allowSessionOnlyKey = QStringLiteral("allowSessionOnlySignIn");
const QString startAtLoginKey = QStringLiteral("startAtLogin");
// An account is a group "[Account NAME]" with these keys.
const QString accountGroupPrefix = QStringLiteral("Account ");
const QString dataCenterKey = QStringLiteral("dataCenter");
const QString apiUrlKey = QStringLiteral("apiUrl");
const QString accountsServerKey = QStringLiteral("accountsServer");
const QString clientIdKey = QStringLiteral("clientId");
const QString scopesKey = QStringLiteral("scopes");
const QString redirectPortKey = QStringLiteral("redirectPort");

// Managed accounts' ids are made from their names, so that every user's keychain entry and cache
// of one have the same name, and a policy read again finds the account it made before.
const QUuid managedAccountNamespace
    = QUuid(QStringLiteral("{6f1d3c52-3a4e-4b8e-9d0e-5c1f7a2b9e41}"));

// Whether a key names something secret: a secret in a file every user can read is no secret.
bool namesSecret(const QString &key)
{
    const QString lower = key.toLower();
    return lower.contains(QLatin1String("secret")) || lower.contains(QLatin1String("token"))
        || lower.contains(QLatin1String("password")) || lower == QLatin1String("grantcode");
}

// QSettings reads a value with commas as a list: the text as written.
QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value.toString().trimmed();
}

QString dataCenterCodes()
{
    QStringList codes;
    for (const DataCenter &center : DataCenter::all())
        codes.append(center.code);
    return codes.join(QStringLiteral(", "));
}

std::optional<bool> boolFrom(const QString &text)
{
    const QString lower = text.toLower();
    for (const char *yes : { "true", "yes", "on", "1" }) {
        if (lower == QLatin1String(yes))
            return true;
    }
    for (const char *no : { "false", "no", "off", "0" }) {
        if (lower == QLatin1String(no))
            return false;
    }
    return std::nullopt;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    return !utf8.hasError();
}

// Why a secret in the file is ignored, and where it belongs instead.
QString secretRefused()
{
    return Policy::tr("a secret has no place in a file every user can read; ignored (each user "
                      "enters the client secret once, or it is deployed with 'id360-jobmon "
                      "account add … --client-secret-stdin')");
}

Policy &installed()
{
    static Policy policy;
    return policy;
}

} // namespace

const Policy &Policy::current()
{
    return installed();
}

void Policy::makeCurrent(const Policy &policy)
{
    installed() = policy;
}

QStringList Policy::searchPaths()
{
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    QStringList paths;
    for (const QString &dir : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        // The specification takes absolute paths only; a relative one would be the user's own.
        if (QDir::isAbsolutePath(dir))
            paths.append(QDir::cleanPath(dir + QStringLiteral("/id360-jobmon/policy.conf")));
    }
    if (paths.isEmpty())
        paths.append(QStringLiteral("/etc/xdg/id360-jobmon/policy.conf"));
    return paths;
}

Policy Policy::load()
{
    for (const QString &path : searchPaths()) {
        if (QFileInfo::exists(path))
            return read(path);
    }
    return Policy();
}

Policy Policy::read(const QString &path)
{
    Policy policy;
    policy.m_file = path;
    QFile source(path);
    if (!QFileInfo(path).isFile() || !source.open(QIODevice::ReadOnly)) {
        policy.report(QString(), tr("the file cannot be read; no policy is applied"));
        return policy;
    }
    // QSettings reads a file, as UTF-8: it is given the text checked first, line by line, so
    // that what it cannot read is said, not guessed.
    QTemporaryFile checked;
    if (!checked.open() || checked.write(policy.checkedText(source.readAll())) < 0
        || !checked.flush()) {
        policy.report(QString(), tr("the file cannot be read; no policy is applied"));
        return policy;
    }
    QSettings file(checked.fileName(), QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        // What QSettings could read is applied: one bad line costs that line only.
        policy.report(QString(), tr("the file has lines that are not INI; the rest is applied"));
    }
    policy.readGeneral(file);
    const QStringList groups = file.childGroups();
    for (const QString &group : groups) {
        if (group.startsWith(accountGroupPrefix)) {
            policy.readAccount(file, group);
            continue;
        }
        file.beginGroup(group);
        const QStringList keys = file.allKeys();
        file.endGroup();
        for (const QString &key : keys)
            policy.report(group + QLatin1Char('/') + key,
                          tr("unknown group: only [General] and [Account NAME] are read; "
                             "ignored"));
    }
    return policy;
}

QByteArray Policy::checkedText(QByteArray text)
{
    // Notepad and others begin UTF-8 with a byte order mark, which Qt takes for part of a key.
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QList<QByteArray> lines = text.split('\n');
    bool inUnreadableGroup = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray &line = lines[i];
        const QByteArray trimmed = line.trimmed();
        const bool startsGroup = trimmed.startsWith('[');
        if (startsGroup)
            inUnreadableGroup = false;
        if (!isUtf8(line)) {
            report(
                QString(),
                startsGroup
                    ? tr("line %1 is not UTF-8 text; that group is ignored (save the "
                         "file as UTF-8)")
                          .arg(i + 1)
                    : tr("line %1 is not UTF-8 text; ignored (save the file as UTF-8)").arg(i + 1));
            inUnreadableGroup = startsGroup;
            line.clear();
        } else if (startsGroup && trimmed.contains(';')) {
            // QSettings would cut the name at ';' and make another account of the rest.
            report(QString(),
                   tr("line %1: a group's name cannot hold ';'; that group is ignored").arg(i + 1));
            inUnreadableGroup = true;
            line.clear();
        } else if (inUnreadableGroup) {
            line.clear();
        } else if (!trimmed.isEmpty() && !trimmed.startsWith(';') && !startsGroup
                   && !trimmed.contains('=')) {
            // QSettings would skip it too, but say only that something somewhere was wrong.
            report(QString(),
                   tr("line %1 is not INI (a [group], a key=value or a ;comment); ignored")
                       .arg(i + 1));
            line.clear();
        } else if (const qsizetype equals = trimmed.indexOf('='); equals > 0 && !startsGroup
                   && !trimmed.startsWith(';')
                   && namesSecret(QString::fromUtf8(trimmed.left(equals).trimmed()))) {
            // The key is reported when read; its value is never copied into the temporary file.
            line = trimmed.left(equals + 1);
        }
    }
    return lines.join('\n');
}

void Policy::readGeneral(QSettings &file)
{
    using std::chrono::minutes;
    using std::chrono::seconds;
    const JobSync::Intervals &least = JobSync::minimumIntervals;
    // The bounds are those of Settings' polling fields: a minimum the admin can see there.
    const JobSync::Intervals &most = Settings::slowestPollIntervals;
    struct Minimum
    {
        const QString &key;
        std::chrono::milliseconds JobSync::Intervals::*interval;
        std::chrono::milliseconds unit;
    };
    const Minimum minimums[] = { { minimumActiveKey, &JobSync::Intervals::hot, seconds(1) },
                                 { minimumIdleKey, &JobSync::Intervals::idle, seconds(1) },
                                 { minimumFullKey, &JobSync::Intervals::full, minutes(1) } };
    const QStringList boolKeys
        = { allowDeletingKey, alwaysNotifyFailuresKey, allowSessionOnlyKey, startAtLoginKey };

    const QStringList keys = file.childKeys();
    for (const QString &key : keys) {
        const QString text = textOf(file.value(key));
        if (namesSecret(key)) {
            report(key, secretRefused());
            continue;
        }
        const auto minimum = std::find_if(std::begin(minimums), std::end(minimums),
                                          [&key](const Minimum &each) { return each.key == key; });
        if (minimum != std::end(minimums)) {
            const qint64 lowest = (least.*(minimum->interval)).count() / minimum->unit.count();
            const qint64 highest = (most.*(minimum->interval)).count() / minimum->unit.count();
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            if (!ok || value < lowest || value > highest) {
                report(key,
                       tr("'%1' is not a whole number from %2 to %3; ignored")
                           .arg(text)
                           .arg(lowest)
                           .arg(highest));
                continue;
            }
            m_minimumIntervals.*(minimum->interval) = minimum->unit * value;
            continue;
        }
        if (!boolKeys.contains(key)) {
            report(key, tr("unknown key; ignored"));
            continue;
        }
        const std::optional<bool> value = boolFrom(text);
        if (!value) {
            report(key, tr("'%1' is neither true nor false; ignored").arg(text));
            continue;
        }
        if (key == allowDeletingKey)
            m_deletingDisabled = !*value;
        else if (key == alwaysNotifyFailuresKey)
            m_failureNotificationsForced = *value;
        else if (key == allowSessionOnlyKey)
            m_sessionOnlySignInsDisabled = !*value;
        else
            m_startAtLogin = *value;
    }
}

void Policy::readAccount(QSettings &file, const QString &group)
{
    const QString name = group.mid(accountGroupPrefix.size()).trimmed();
    file.beginGroup(group);
    const QStringList keys = file.allKeys();
    QHash<QString, QString> values;
    for (const QString &key : keys)
        values.insert(key, textOf(file.value(key)));
    file.endGroup();

    const QString where = group + QLatin1Char('/');
    const QString centerCode = values.value(dataCenterKey, QStringLiteral("US"));
    const std::optional<DataCenter> center = DataCenter::find(centerCode);
    if (!center) {
        report(where + dataCenterKey,
               tr("unknown data center '%1' (one of %2); the account is ignored")
                   .arg(centerCode, dataCenterCodes()));
        return;
    }
    Account account = Account::forDataCenter(name, *center);
    account.id = QUuid::createUuidV5(managedAccountNamespace, name.toLower())
                     .toString(QUuid::WithoutBraces);
    account.managed = true;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &key = it.key();
        const QString &text = it.value();
        if (namesSecret(key)) {
            report(where + key, secretRefused());
        } else if (key == dataCenterKey) {
            continue;
        } else if (key == apiUrlKey) {
            account.apiBaseUrl = serverUrlFromText(text);
        } else if (key == accountsServerKey) {
            account.accountsServer = serverUrlFromText(text);
        } else if (key == clientIdKey) {
            account.clientId = text;
        } else if (key == scopesKey) {
            account.scopes = text;
        } else if (key == redirectPortKey) {
            bool ok = false;
            const uint port = text.toUInt(&ok);
            if (ok && port >= 1 && port <= 65535)
                account.redirectPort = static_cast<quint16>(port);
            else
                report(where + key, tr("'%1' is not a port from 1 to 65535; ignored").arg(text));
        } else {
            report(where + key, tr("unknown key; ignored"));
        }
    }
    if (const QString problem = account.problem(); !problem.isEmpty()) {
        report(group, tr("%1 The account is ignored.").arg(problem));
        return;
    }
    for (const Account &other : std::as_const(m_accounts)) {
        if (other.name.compare(name, Qt::CaseInsensitive) == 0) {
            report(group, tr("a second account named \"%1\"; ignored").arg(name));
            return;
        }
    }
    m_accounts.append(account);
}

void Policy::report(const QString &key, const QString &problem)
{
    const QString line = key.isEmpty()
        ? tr("%1: %2", "policy file, problem").arg(QDir::toNativeSeparators(m_file), problem)
        : tr("%1: %2: %3", "policy file, key, problem")
              .arg(QDir::toNativeSeparators(m_file), key, problem);
    qCWarning(lcPolicy).noquote() << line;
    m_problems.append(line);
}

std::optional<Account> Policy::managedAccount(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

std::optional<QString> Policy::applyStartAtLogin() const
{
    if (!m_startAtLogin || *m_startAtLogin == Autostart::isEnabled())
        return std::nullopt;
    return Autostart::setEnabled(*m_startAtLogin);
}

QString Policy::notice() const
{
    if (m_file.isEmpty())
        return QString();
    QString text = tr("Your administrator sets some of these settings in %1.")
                       .arg(QDir::toNativeSeparators(m_file));
    if (!m_problems.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("What the file says but cannot be obeyed was ignored (tell your helpdesk):");
        for (const QString &problem : m_problems)
            text += QStringLiteral("\n• ") + problem;
    }
    return text;
}

QString Policy::lockedNote()
{
    return tr("Set by your administrator");
}

QString Policy::managedLabel()
{
    return tr("managed", "an account the administrator set up");
}
