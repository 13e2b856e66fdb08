#include "sync/jobcache.h"

#include "jobjson.h"
#include "platform/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int formatVersion = 1;
}

JobCache::JobCache(const QString &directory)
    : m_directory(directory)
{ }

QString JobCache::fileFor(const QString &account) const
{
    // The account name may hold any character; the file name must not.
    const QByteArray key
        = QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QStringLiteral("/jobs-") + QString::fromLatin1(key)
        + QStringLiteral(".json");
}

bool JobCache::save(const QString &account, const Snapshot &snapshot) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    QJsonArray jobs;
    for (const Job &job : snapshot.jobs) {
        // What was never read is not kept (it would make the whole file unreadable); what was
        // read before is kept as it was read.
        if (job.status == JobStatus::Unreadable)
            continue;
        Job listed = job;
        listed.details.reset();
        jobs.append(JobJson::encodeJob(listed));
    }
    const QJsonObject document {
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("account"), account },
        { QStringLiteral("synced_at"), JobJson::formatTime(snapshot.syncedAt) },
        { QStringLiteral("jobs"), jobs },
    };
    // Written aside and renamed into place: a crash never leaves half a cache.
    QSaveFile file(fileFor(account));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
    const bool saved = file.commit();
    if (!saved)
        qCWarning(lcSync) << "could not write the job cache" << file.fileName()
                          << file.errorString();
    return saved;
}

std::optional<JobCache::Snapshot> JobCache::load(const QString &account) const
{
    QFile file(fileFor(account));
    if (!file.open(QIODevice::ReadOnly)) {
        StartupTrace::reached(StartupTrace::Phase::CacheLoaded, 0);
        return std::nullopt;
    }
    std::optional<Snapshot> snapshot = decode(file.readAll(), account);
    StartupTrace::reached(StartupTrace::Phase::CacheLoaded, snapshot ? snapshot->jobs.size() : 0);
    return snapshot;
}

std::optional<JobCache::Snapshot> JobCache::decode(const QByteArray &contents,
                                                   const QString &account)
{
    const QJsonObject document = QJsonDocument::fromJson(contents).object();
    if (document.value(QLatin1String("version")).toInt() != formatVersion
        || document.value(QLatin1String("account")).toString() != account)
        return std::nullopt;
    Snapshot snapshot;
    snapshot.syncedAt = QDateTime::fromString(document.value(QLatin1String("synced_at")).toString(),
                                              Qt::ISODateWithMs);
    const QJsonArray jobs = document.value(QLatin1String("jobs")).toArray();
    snapshot.jobs.reserve(jobs.size());
    for (const QJsonValue &value : jobs) {
        QString error;
        const std::optional<Job> job = JobJson::decodeJob(value.toObject(), &error);
        if (!job) {
            qCWarning(lcSync) << "ignoring a damaged job cache:" << error;
            return std::nullopt;
        }
        snapshot.jobs.append(*job);
    }
    return snapshot;
}
