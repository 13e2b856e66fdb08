// The accounts server's answer to a token exchange, a renewal or a revoke, with each kind of HTTP
// status: ZohoAccounts::decodeAnswer (a revoke) and ZohoAccounts::decodeGrant (a code exchange, a
// renewal, and the browser sign-in's token answer). Whatever the bytes: the answer, or an error
// in words; an error status never passes for an answer, Zoho's own error code is kept, and a
// grant always holds an access token, a positive lifetime and — for a code — a refresh token.

#include "accounts/zohoaccounts.h"
#include "fuzzsupport.h"

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
        } else {
            FUZZ_CHECK(!error.message().isEmpty());
            FUZZ_CHECK(zohoCode.isEmpty() || error.server.code == zohoCode);
        }
        for (const auto grantFor :
             { ZohoAccounts::GrantFor::Code, ZohoAccounts::GrantFor::Renewal }) {
            RequestError grantError;
            const std::optional<TokenGrant> grant
                = ZohoAccounts::decodeGrant(status, body, grantFor, &grantError);
            if (!grant) {
                FUZZ_CHECK(!grantError.message().isEmpty());
                FUZZ_CHECK(zohoCode.isEmpty() || grantError.server.code == zohoCode);
                continue;
            }
            FUZZ_CHECK(answer.has_value());
            FUZZ_CHECK(!grant->accessToken.isEmpty());
            FUZZ_CHECK(grant->expiresInSeconds > 0);
            FUZZ_CHECK((grantFor == ZohoAccounts::GrantFor::Code)
                       == !grant->refreshToken.isEmpty());
        }
    }
    return 0;
}
