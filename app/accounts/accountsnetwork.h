#pragma once

#include "api/requesterror.h"

#include <QNetworkAccessManager>

#include <optional>

// How the app reaches the accounts server (ZohoAccounts, and Qt's OAuth flow in BrowserSignIn).
// What goes there carries secrets, so a redirect to another origin is never followed (a token
// endpoint's 307 would send the form — code, refresh token, client secret — on to that host),
// and an answer larger than maxAnswerBytes is cut off instead of being read into memory.
class AccountsNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsNetwork)

public:
    // A token or revoke answer is a few hundred bytes.
    static constexpr qint64 maxAnswerBytes = 1024 * 1024;

    explicit AccountsNetwork(QObject *parent = nullptr);

    // Why a finished reply must not be read, in the admin's words: a redirect refused, an
    // answer too large. nullopt for any other reply.
    static std::optional<RequestError> refusalOf(const QNetworkReply *reply);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};
