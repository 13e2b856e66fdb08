#include "accounts/account.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace {

DataCenter center(const char *code, const char *apiHost, const char *accountsHost)
{
    return { QLatin1String(code),
             QUrl(QStringLiteral("https://%1/api/v1").arg(QLatin1String(apiHost))),
             QUrl(QStringLiteral("https://%1").arg(QLatin1String(accountsHost))) };
}

} // namespace

const QList<DataCenter> &DataCenter::all()
{
    // Accounts servers from Zoho's documentation; API hosts follow ManageEngine's pattern
    // (assumed, so both stay editable).
    static const QList<DataCenter> centers {
        center("US", "id360.manageengine.com", "accounts.zoho.com"),
        center("EU", "id360.manageengine.eu", "accounts.zoho.eu"),
        center("IN", "id360.manageengine.in", "accounts.zoho.in"),
        center("AU", "id360.manageengine.com.au", "accounts.zoho.com.au"),
        center("JP", "id360.manageengine.jp", "accounts.zoho.jp"),
        center("CA", "id360.manageengine.ca", "accounts.zohocloud.ca"),
        center("UK", "id360.manageengine.uk", "accounts.zoho.uk"),
        center("SA", "id360.manageengine.sa", "accounts.zoho.sa"),
        center("CN", "id360.manageengine.cn", "accounts.zoho.com.cn"),
        { customCode(), QUrl(), QUrl() },
    };
    return centers;
}

std::optional<DataCenter> DataCenter::find(const QString &code)
{
    for (const DataCenter &center : all()) {
        if (center.code.compare(code, Qt::CaseInsensitive) == 0)
            return center;
    }
    return std::nullopt;
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Account Account::forDataCenter(const QString &name, const DataCenter &center)
{
    Account account;
    account.id = newId();
    account.name = name;
    account.dataCenter = center.code;
    account.apiBaseUrl = center.apiBaseUrl;
    account.accountsServer = center.accountsServer;
    return account;
}

bool Account::scopesAllowDeleting(const QString &scopes)
{
    const QStringList granted
        = scopes.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    return std::any_of(granted.cbegin(), granted.cend(), [](const QString &scope) {
        return scope.compare(QLatin1String("id360.job.DELETE"), Qt::CaseInsensitive) == 0
            || scope.compare(QLatin1String("id360.job.ALL"), Qt::CaseInsensitive) == 0;
    });
}

QString Account::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The account needs a name.");
    if (name.contains(QLatin1Char('\n')))
        return tr("The name must fit on one line.");
    if (!isAcceptableServerUrl(apiBaseUrl))
        return tr("The API URL must be an https:// URL (http:// only for this machine), such as "
                  "https://id360.manageengine.com/api/v1.");
    if (!isAcceptableServerUrl(accountsServer))
        return tr("The accounts server must be an https:// URL (http:// only for this machine), "
                  "such as https://accounts.zoho.com.");
    if (clientId.trimmed().isEmpty())
        return tr("The account needs the OAuth client id from Zoho's API console.");
    if (scopes.trimmed().isEmpty())
        return tr("The account needs at least one scope, such as id360.job.READ.");
    return QString();
}

bool isSameServerUrl(const QUrl &one, const QUrl &other)
{
    // QUrl::StripTrailingSlash keeps a path that is only "/".
    const auto withoutTrailingSlash = [](QUrl url) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path);
        return url;
    };
    return withoutTrailingSlash(one) == withoutTrailingSlash(other);
}

bool hasSameSignInServers(const Account &one, const Account &other)
{
    return isSameServerUrl(one.apiBaseUrl, other.apiBaseUrl)
        && isSameServerUrl(one.accountsServer, other.accountsServer)
        && one.clientId == other.clientId;
}

bool isAcceptableServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    return url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

QUrl serverUrlFromText(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}
