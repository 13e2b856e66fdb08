// One job with its details (JobJson::decodeJobDocument, GET /jobs/{id}). Whatever the bytes: a
// job or an error that says what was wrong; a job survives being encoded and decoded again.

#include "fuzzsupport.h"
#include "jobjson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<Job> job = JobJson::decodeJobDocument(fuzzInput(data, size), &error);
    if (!job) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!job->id.isEmpty());
    FUZZ_CHECK(job->startTime.isValid());
    FUZZ_CHECK(job->status == jobStatusFromApi(job->statusText));

    const QByteArray again = QJsonDocument(JobJson::encodeJob(*job)).toJson();
    const std::optional<Job> reread = JobJson::decodeJobDocument(again, &error);
    FUZZ_CHECK(reread);
    FUZZ_CHECK(*reread == *job);
    return 0;
}
