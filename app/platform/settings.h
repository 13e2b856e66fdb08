#pragma once

#include "notify/jobnotifier.h"
#include "sync/jobsync.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

// What the filter bar is set to: what is kept between runs and what a preset holds.
struct JobFilters
{
    QStringList statuses; // API names, sorted
    QString module;
    QString action;
    int period = 0; // index into the filter bar's period picker
    QString text;
    QString advanced;

    bool operator==(const JobFilters &other) const;
};

struct FilterPreset
{
    QString name;
    JobFilters filters;
};

// The admin's preferences, kept in QSettings: every name the app keeps there is spelled here
// and nowhere else (but the accounts, which AccountStore keeps as records of its own). The
// names are what earlier versions wrote: renaming one would lose what the admin set.
namespace Settings {

// The slowest polling Settings offers, and so the highest minimum a policy may set.
inline constexpr JobSync::Intervals slowestPollIntervals { std::chrono::minutes(10),
                                                           std::chrono::hours(1),
                                                           std::chrono::hours(24) };
// How often to poll; defaults from JobSync, never below JobSync::minimumIntervals nor the
// administrator's (Policy::minimumIntervals()).
JobSync::Intervals pollIntervals();
// How often the user chose to poll (defaults from JobSync, never below its minimum), before the
// administrator's minimum raises it: what Settings keeps when the user leaves it as it was.
JobSync::Intervals chosenPollIntervals();
void setPollIntervals(const JobSync::Intervals &intervals);

// What to notify about, as the user chose; defaults from NotificationRules. (A policy that
// forces failures is obeyed by JobNotifier over these.)
NotificationRules notificationRules();
void setNotificationRules(const NotificationRules &rules);

// The account the last window showed (or MainWindow's id for all of them): what a start names
// no account shows.
QString lastAccount();
void setLastAccount(const QString &accountId);

// Whether the admin was told once that closing the window leaves the monitor in the tray.
bool closeHintShown();
void markCloseHintShown();

// Light or dark, by the admin's choice, or the desktop's (System, also for anything unknown).
enum class ColorScheme { System, Light, Dark };
ColorScheme colorScheme();
void setColorScheme(ColorScheme scheme);

// The filters the last window was left with.
JobFilters lastFilters();
void setLastFilters(const JobFilters &filters);

// How the admin left the window (Qt's own saved states): its geometry and toolbars, the splitter
// between the jobs and the details, and the job table's columns (order, widths, hidden ones, the
// sort), kept apart for one account's table and all accounts' (which has an Account column).
struct WindowLayout
{
    QByteArray geometry;
    QByteArray state;
    QByteArray splitter;
    QByteArray columns;
};
WindowLayout windowLayout(bool allAccounts);
void setWindowLayout(bool allAccounts, const WindowLayout &layout);

// Filters saved under a name, in the order they were saved.
QList<FilterPreset> filterPresets();
void setFilterPresets(const QList<FilterPreset> &presets);

// When an access token was pasted for an account (never the token: it is a secret), and how long
// the account's last token answer said its tokens live — Zoho's hour when none said.
struct PastedToken
{
    QDateTime pastedAt; // invalid when none was pasted
    std::chrono::seconds lifetime { 3600 };
};
PastedToken pastedToken(const QString &accountId);
void setTokenPasted(const QString &accountId, const QDateTime &at);
void setTokenLifetime(const QString &accountId, std::chrono::seconds lifetime);
// Both gone with the account.
void forgetTokenTimes(const QString &accountId);

// What an account's current sign-in was found to allow, beyond the scopes it asks for (never a
// token): the scopes its token answer granted (empty when the answer named none), and whether
// the server has refused it a delete for lack of scope (403 00000106) since. Replaced by the
// next sign-in, gone with the account. DeleteAccess reads them.
struct SignInScopes
{
    QString granted;
    bool deleteRefused = false;
};
SignInScopes signInScopes(const QString &accountId);
void setSignedIn(const QString &accountId, const QString &grantedScopes);
void setDeleteRefused(const QString &accountId);
void forgetSignInScopes(const QString &accountId);

} // namespace Settings
