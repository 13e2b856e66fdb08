#pragma once

#include "job.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The last good job list of each account, on disk, so the window fills at once on start and
// the jobs stay visible offline. It holds jobs only: never a token or any other secret.
//
// The file is ours alone and read on every start, so it is a compact binary form rather than
// the API's JSON: written job by job as it goes (100,000 jobs are never one document in memory)
// and read back in a fraction of the time JSON decoding took (see jobcache.cpp for the layout).
class JobCache
{
public:
    struct Snapshot
    {
        QList<Job> jobs;
        QDateTime syncedAt;
    };

    // Files go under `directory` (normally the app's data location + "/cache").
    explicit JobCache(const QString &directory);

    // Jobs never read (status Unreadable) are left out; details and read marks are not kept.
    bool save(const QString &account, const Snapshot &snapshot) const;
    // Nothing when there is no cache for the account or it cannot be read; a damaged file is
    // ignored, never half-loaded.
    std::optional<Snapshot> load(const QString &account) const;
    // The same from a cache file's contents, without the file (so that it can be fuzzed).
    static std::optional<Snapshot> decode(const QByteArray &contents, const QString &account);

    QString fileFor(const QString &account) const;

private:
    QString m_directory;
};
