// The list call's answer (JobJson::decodeJobPage). Whatever the bytes: a page or an error that
// says what was wrong. The readable jobs of a page survive being encoded and decoded again, as
// the cache (JobCache) relies on; an unreadable one is never written anywhere.

#include "fuzzsupport.h"
#include "jobjson.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<JobPage> page = JobJson::decodeJobPage(fuzzInput(data, size), &error);
    if (!page) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(page->jobs.size() <= page->entries);
    FUZZ_CHECK(page->meta.limit >= 0 && page->meta.startIndex >= 0 && page->meta.total >= -1);

    QList<Job> readable;
    QJsonArray encoded;
    for (const Job &job : page->jobs) {
        FUZZ_CHECK((job.status == JobStatus::Unreadable) == job.readProblem.has_value());
        FUZZ_CHECK(!job.id.isEmpty());
        if (job.readProblem)
            continue;
        readable.append(job);
        encoded.append(JobJson::encodeJob(job));
    }
    const QByteArray again
        = QJsonDocument(QJsonObject { { QStringLiteral("data"), encoded } }).toJson();
    const std::optional<JobPage> reread = JobJson::decodeJobPage(again, &error);
    FUZZ_CHECK(reread);
    FUZZ_CHECK(reread->jobs == readable);
    return 0;
}
