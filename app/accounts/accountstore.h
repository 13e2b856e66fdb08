#pragma once

#include "accounts/account.h"

#include <QObject>

// The accounts, kept in QSettings (group "accounts"): names, URLs, client ids, scopes. Never a
// secret: those are in the keychain. The administrator's accounts (Policy::accounts()) come
// first, with the policy's settings: what is kept of them here is their sign-in, and they cannot
// be changed or removed. A managed account the policy no longer names is not listed, but its
// record (and so its sign-in) is kept for when the policy names it again.
// The user's own account named as one of the policy's is renamed "NAME (yours)", for good, so
// that names stay unique.
class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    explicit AccountStore(QObject *parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    // By id, or by name (case-insensitive).
    std::optional<Account> find(const QString &idOrName) const;
    // What would keep `account` from being saved: a problem of its own, another account with
    // its name, or a change to a managed account's settings. Empty when it can be saved.
    QString problemWith(const Account &account) const;
    // A managed account whose sign-in was made with servers or a client id the policy has
    // changed since: as it was stored, with those. The account is listed signed out, and
    // AccountManager ends that sign-in where it was made.
    std::optional<Account> outdatedSignIn(const QString &id) const;
    QList<Account> outdatedSignIns() const { return m_outdatedSignIns; }
    // Adds or replaces (by id). Returns problemWith() instead, and saves nothing, when there is
    // one. What is saved replaces an outdated sign-in's record: end that sign-in first.
    QString save(const Account &account);
    // A managed account stays.
    void remove(const QString &id);

signals:
    void accountsChanged();

private:
    // Changes start from what is stored now, so accounts another process added are kept.
    void read();
    void write() const;
    // Whether a listed account other than `byOtherThanId` has this name (case-insensitive).
    bool isNameTaken(const QString &name, const QString &byOtherThanId) const;
    // A name for the user's own account that no listed account has.
    QString ownName(const QString &name) const;

    QList<Account> m_accounts;
    // Managed accounts the policy does not name now, as stored: written back untouched.
    QList<Account> m_unlisted;
    // Stored records of listed accounts, written back untouched until they are saved.
    QList<Account> m_outdatedSignIns;
};
