#include "accounts/accountstore.h"

#include "platform/logging.h"
#include "platform/policy.h"

#include <QSettings>

namespace {

const QString group = QStringLiteral("accounts");

QString credentialName(Account::Credential credential)
{
    switch (credential) {
    case Account::Credential::RefreshToken:
        return QStringLiteral("refresh-token");
    case Account::Credential::AccessToken:
        return QStringLiteral("access-token");
    case Account::Credential::None:
        break;
    }
    return QStringLiteral("none");
}

Account::Credential credentialFromName(const QString &name)
{
    if (name == QLatin1String("refresh-token"))
        return Account::Credential::RefreshToken;
    if (name == QLatin1String("access-token"))
        return Account::Credential::AccessToken;
    return Account::Credential::None;
}

// What the policy locks of a managed account: all but its sign-in.
bool sameSettings(const Account &one, const Account &other)
{
    return one.name.trimmed() == other.name.trimmed() && one.dataCenter == other.dataCenter
        && hasSameSignInServers(one, other) && one.scopes == other.scopes
        && one.redirectPort == other.redirectPort;
}

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
{
    read();
}

void AccountStore::read()
{
    m_accounts.clear();
    m_unlisted.clear();
    m_outdatedSignIns.clear();
    QList<Account> stored;
    QSettings settings;
    // Another process (the account command) may have written since this one last read.
    settings.sync();
    const int count = settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.id = settings.value(QStringLiteral("id")).toString();
        account.name = settings.value(QStringLiteral("name")).toString();
        account.dataCenter = settings.value(QStringLiteral("dataCenter")).toString();
        account.apiBaseUrl = QUrl(settings.value(QStringLiteral("apiBaseUrl")).toString());
        account.accountsServer = QUrl(settings.value(QStringLiteral("accountsServer")).toString());
        account.clientId = settings.value(QStringLiteral("clientId")).toString();
        account.hasClientSecret = settings.value(QStringLiteral("hasClientSecret")).toBool();
        account.scopes
            = settings.value(QStringLiteral("scopes"), Account::defaultScopes()).toString();
        account.redirectPort = static_cast<quint16>(
            settings.value(QStringLiteral("redirectPort"), Account::defaultRedirectPort).toUInt());
        account.credential
            = credentialFromName(settings.value(QStringLiteral("credential")).toString());
        account.managed = settings.value(QStringLiteral("managed")).toBool();
        // A hand-edited entry without an id would have no keychain key: skip it rather than
        // guess.
        if (!account.id.isEmpty())
            stored.append(account);
    }
    settings.endArray();
    // The policy's accounts first, with its settings over what was kept of them (their sign-in).
    const Policy &policy = Policy::current();
    for (Account managed : policy.accounts()) {
        const auto kept
            = std::find_if(stored.cbegin(), stored.cend(),
                           [&managed](const Account &each) { return each.id == managed.id; });
        if (kept != stored.cend()) {
            if (kept->clientId == managed.clientId)
                managed.hasClientSecret = kept->hasClientSecret;
            // A sign-in belongs to the servers and client it was made with: a refresh token
            // never goes to a host the policy moved the account to. Listed signed out, it is
            // ended where it was made (AccountManager) and its record kept until then.
            if (hasSameSignInServers(*kept, managed))
                managed.credential = kept->credential;
            else if (kept->credential != Account::Credential::None)
                m_outdatedSignIns.append(*kept);
        }
        m_accounts.append(managed);
    }
    bool renamed = false;
    for (Account account : std::as_const(stored)) {
        if (account.managed || policy.managedAccount(account.id)) {
            // One the policy no longer names is not listed, but its record stays with its
            // sign-in: the policy may name it again (or could not be read this time).
            if (!policy.managedAccount(account.id))
                m_unlisted.append(account);
            continue;
        }
        if (isNameTaken(account.name, account.id)) {
            const QString before = account.name;
            account.name = ownName(account.name);
            qCInfo(lcPolicy) << "the account" << before << "is named" << account.name
                             << "from now on: the administrator's policy has one named so";
            renamed = true;
        }
        m_accounts.append(account);
    }
    // Saved at once, so that the names stay unique for every process and command.
    if (renamed)
        write();
}

bool AccountStore::isNameTaken(const QString &name, const QString &byOtherThanId) const
{
    return std::any_of(m_accounts.cbegin(), m_accounts.cend(), [&](const Account &each) {
        return each.id != byOtherThanId
            && each.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

QString AccountStore::ownName(const QString &name) const
{
    QString own = name.trimmed();
    do
        own = tr("%1 (yours)", "the user's own account, named as the administrator's").arg(own);
    while (isNameTaken(own, QString()));
    return own;
}

std::optional<Account> AccountStore::outdatedSignIn(const QString &id) const
{
    for (const Account &outdated : m_outdatedSignIns) {
        if (outdated.id == id)
            return outdated;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::find(const QString &idOrName) const
{
    for (const Account &account : m_accounts) {
        if (account.id == idOrName)
            return account;
    }
    for (const Account &account : m_accounts) {
        if (account.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

QString AccountStore::problemWith(const Account &account) const
{
    if (const std::optional<Account> managed = Policy::current().managedAccount(account.id);
        managed && !sameSettings(*managed, account))
        return tr("The account \"%1\" is set up by your administrator: its settings cannot be "
                  "changed.")
            .arg(managed->name);
    if (const QString problem = account.problem(); !problem.isEmpty())
        return problem;
    for (const Account &other : m_accounts) {
        if (other.id != account.id
            && other.name.compare(account.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("An account named \"%1\" exists already.").arg(other.name);
    }
    return QString();
}

QString AccountStore::save(const Account &account)
{
    read();
    if (const QString problem = problemWith(account); !problem.isEmpty())
        return problem;
    Account saved = account;
    saved.name = saved.name.trimmed();
    const auto existing
        = std::find_if(m_accounts.begin(), m_accounts.end(),
                       [&account](const Account &each) { return each.id == account.id; });
    m_outdatedSignIns.removeIf([&account](const Account &each) { return each.id == account.id; });
    if (existing != m_accounts.end())
        *existing = saved;
    else
        m_accounts.append(saved);
    write();
    emit accountsChanged();
    return QString();
}

void AccountStore::remove(const QString &id)
{
    read();
    const auto removed = m_accounts.removeIf(
        [&id](const Account &each) { return each.id == id && !each.managed; });
    if (removed == 0)
        return;
    write();
    emit accountsChanged();
}

void AccountStore::write() const
{
    QList<Account> records;
    for (const Account &account : m_accounts)
        records.append(outdatedSignIn(account.id).value_or(account));
    records += m_unlisted;
    QSettings settings;
    settings.remove(group);
    settings.beginWriteArray(group, int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const Account &account = records.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), account.id);
        settings.setValue(QStringLiteral("name"), account.name);
        settings.setValue(QStringLiteral("dataCenter"), account.dataCenter);
        settings.setValue(QStringLiteral("apiBaseUrl"), account.apiBaseUrl.toString());
        settings.setValue(QStringLiteral("accountsServer"), account.accountsServer.toString());
        settings.setValue(QStringLiteral("clientId"), account.clientId);
        settings.setValue(QStringLiteral("hasClientSecret"), account.hasClientSecret);
        settings.setValue(QStringLiteral("scopes"), account.scopes);
        settings.setValue(QStringLiteral("redirectPort"), account.redirectPort);
        settings.setValue(QStringLiteral("credential"), credentialName(account.credential));
        settings.setValue(QStringLiteral("managed"), account.managed);
    }
    settings.endArray();
    settings.sync();
}
