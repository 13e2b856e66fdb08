#pragma once

#include "accounts/account.h"
#include "sync/jobsync.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// What an IT department set for every user of this computer (docs/ADMIN.md): policy.conf in
// id360-jobmon/ under the first of the system config dirs ($XDG_CONFIG_DIRS, else /etc/xdg) that
// has one, read as INI — never the user's own config dir. It is read once at start (main() makes
// it current()); the window and every command obey it. What cannot be obeyed (an unknown key, a
// bad value, a secret, a line that is not UTF-8 or not INI, a file that cannot be read) is
// neither obeyed nor dropped in silence: it is logged on jobmon.policy, kept in problems() for
// Settings to show, and only that key, line or account is ignored.
class Policy final
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    // The policy in force: the one last made current, none before that.
    static const Policy &current();
    static void makeCurrent(const Policy &policy);

    // The first policy.conf of searchPaths() that exists; no policy when none does.
    static Policy load();
    // Where load() looks, in order.
    static QStringList searchPaths();
    // The file at `path`, each problem logged.
    static Policy read(const QString &path);

    // The file it was read from; empty when there is none.
    QString file() const { return m_file; }
    // What could not be obeyed, each naming the file, the key and what was wrong.
    QStringList problems() const { return m_problems; }

    // Accounts every user has: marked managed, their settings locked.
    QList<Account> accounts() const { return m_accounts; }
    // The managed account with this id, if there is one.
    std::optional<Account> managedAccount(const QString &id) const;
    // The fastest polling allowed: JobSync's own minimum where the policy sets none.
    JobSync::Intervals minimumIntervals() const { return m_minimumIntervals; }
    bool deletingDisabled() const { return m_deletingDisabled; }
    bool failureNotificationsForced() const { return m_failureNotificationsForced; }
    bool sessionOnlySignInsDisabled() const { return m_sessionOnlySignInsDisabled; }
    // Whether the monitor starts at login, when the policy decides it.
    std::optional<bool> startAtLogin() const { return m_startAtLogin; }
    // Switches starting at login (Autostart) as the policy decides, at the monitor's start;
    // what could not be done, in words. Nothing to do when the policy leaves it to the user.
    std::optional<QString> applyStartAtLogin() const;

    // Where policies show (Settings): which file sets things, and each problem; empty without a
    // policy file.
    QString notice() const;
    // "Set by your administrator", where a locked setting is shown.
    static QString lockedNote();
    // "managed", where accounts are listed, for an account the policy sets up.
    static QString managedLabel();

private:
    // `text` without a UTF-8 byte order mark, without each line that is not UTF-8 (with the
    // group it begins) or not INI, each reported, and without the value of a key that names a
    // secret (reported when read).
    QByteArray checkedText(QByteArray text);
    void readGeneral(QSettings &file);
    void readAccount(QSettings &file, const QString &group);
    // Logs and keeps a problem with `key` of the file.
    void report(const QString &key, const QString &problem);

    QString m_file;
    QStringList m_problems;
    QList<Account> m_accounts;
    JobSync::Intervals m_minimumIntervals = JobSync::minimumIntervals;
    bool m_deletingDisabled = false;
    bool m_failureNotificationsForced = false;
    bool m_sessionOnlySignInsDisabled = false;
    std::optional<bool> m_startAtLogin;
};
