// The API's error body (JobJson::decodeServerError), read from every error status. Whatever the
// bytes: nothing, or an error with something to show, which survives being encoded and decoded
// again.

#include "fuzzsupport.h"
#include "jobjson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::optional<ServerError> error = JobJson::decodeServerError(fuzzInput(data, size));
    if (!error)
        return 0;
    FUZZ_CHECK(!error->code.isEmpty() || !error->title.isEmpty() || !error->detail.isEmpty());

    const std::optional<ServerError> reread
        = JobJson::decodeServerError(QJsonDocument(JobJson::encodeServerError(*error)).toJson());
    FUZZ_CHECK(reread);
    FUZZ_CHECK(reread->code == error->code && reread->title == error->title
               && reread->detail == error->detail);
    return 0;
}
