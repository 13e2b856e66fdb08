// A cache file as JobCache::load reads it (JobCache::decode). Whatever the bytes: nothing (a
// damaged or foreign file is ignored, never half-loaded) or jobs that each have an id.

#include "sync/jobcache.h"

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The seed corpus is written for this account.
    const std::optional<JobCache::Snapshot> snapshot
        = JobCache::decode(fuzzInput(data, size), QStringLiteral("fuzz"));
    if (!snapshot)
        return 0;
    for (const Job &job : snapshot->jobs) {
        FUZZ_CHECK(!job.id.isEmpty());
        FUZZ_CHECK(job.startTime.isValid());
    }
    return 0;
}
