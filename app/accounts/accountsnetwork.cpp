#include "accounts/accountsnetwork.h"

#include <QNetworkReply>

namespace {

// Set on a reply that was aborted for its size.
constexpr char tooLargeProperty[] = "jobmonAnswerTooLarge";

} // namespace

AccountsNetwork::AccountsNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

QNetworkReply *AccountsNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    // On every request, whoever made it: Qt's OAuth flow builds its own.
    QNetworkRequest sameOrigin(request);
    sameOrigin.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply *reply
        = QNetworkAccessManager::createRequest(operation, sameOrigin, outgoingData);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received <= maxAnswerBytes && total <= maxAnswerBytes)
            return;
        reply->setProperty(tooLargeProperty, true);
        reply->abort();
    });
    return reply;
}

std::optional<RequestError> AccountsNetwork::refusalOf(const QNetworkReply *reply)
{
    if (reply->property(tooLargeProperty).toBool())
        return RequestError::of(
            RequestError::Kind::Decode,
            tr("The accounts server's answer is larger than %n MiB, far more than a token answer "
               "holds: it was not read.",
               nullptr, int(maxAnswerBytes / (1024 * 1024))));
    if (reply->error() == QNetworkReply::InsecureRedirectError)
        return RequestError::of(
            RequestError::Kind::Server,
            tr("The accounts server redirected to another host; nothing was sent there."));
    return std::nullopt;
}
