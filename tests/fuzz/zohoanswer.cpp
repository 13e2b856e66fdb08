// The accounts server's answer to a token exchange, a renewal or a revoke
// (ZohoAccounts::decodeAnswer), with each kind of HTTP status. Whatever the bytes: the object it
// sent, or an error in words; an error status never passes for an answer, and Zoho's own error
// code is kept.

#include "fuzzsupport.h"
#include "zohoaccounts.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzInput(data, size);
    const QString zohoCode
        = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
    for (const int status : { 200, 400, 500 }) {
        RequestError error;
        const std::optional<QJsonObject> answer = ZohoAccounts::decodeAnswer(status, body, &error);
        if (answer) {
            FUZZ_CHECK(status < 400);
            FUZZ_CHECK(zohoCode.isEmpty());
            continue;
        }
        FUZZ_CHECK(!error.message().isEmpty());
        FUZZ_CHECK(zohoCode.isEmpty() || error.server.code == zohoCode);
    }
    return 0;
}
