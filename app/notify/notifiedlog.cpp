#include "notify/notifiedlog.h"

#include "platform/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// "held<TAB>STATUS<TAB>ACCOUNT": held by do not disturb, still to be summed up. Every other line
// is a key.
const QString heldMark = QStringLiteral("held");

} // namespace

NotifiedLog::NotifiedLog(const QString &file)
    : m_file(file)
{
    QFile stored(m_file);
    if (stored.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines
            = QString::fromUtf8(stored.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList held = line.split(QLatin1Char('\t'));
            if (held.size() == 3 && held.constFirst() == heldMark)
                m_held.append({ jobStatusFromApi(held.at(1)), held.at(2) });
            else
                m_keyOrder.append(line);
        }
    }
    m_keys = QSet<QString>(m_keyOrder.cbegin(), m_keyOrder.cend());
}

void NotifiedLog::remember(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!m_keys.contains(key)) {
            m_keys.insert(key);
            m_keyOrder.append(key);
            m_changed = true;
        }
    }
    while (m_keyOrder.size() > keptKeys)
        m_keys.remove(m_keyOrder.takeFirst());
}

void NotifiedLog::hold(const Held &held)
{
    m_held.append(held);
    m_changed = true;
}

QList<NotifiedLog::Held> NotifiedLog::takeHeld()
{
    if (!m_held.isEmpty())
        m_changed = true;
    return std::exchange(m_held, {});
}

void NotifiedLog::save()
{
    if (!m_changed)
        return;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QStringList lines = m_keyOrder;
        for (const Held &held : std::as_const(m_held))
            lines.append(QStringList { heldMark, jobStatusToApi(held.status), held.accountId }.join(
                QLatin1Char('\t')));
        file.write(lines.join(QLatin1Char('\n')).toUtf8());
        if (file.commit()) {
            m_changed = false;
            return;
        }
    }
    qCWarning(lcNotify) << "cannot keep what was told in" << m_file << file.errorString();
}
