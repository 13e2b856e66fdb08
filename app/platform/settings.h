#pragma once

#include "notify/jobnotifier.h"
#include "sync/jobsync.h"

// The admin's preferences that the app (not only a window) acts on, kept in QSettings.
namespace Settings {

// How often to poll; defaults from JobSync, never below JobSync::minimumIntervals.
JobSync::Intervals pollIntervals();
void setPollIntervals(const JobSync::Intervals &intervals);

// What to notify about; defaults from NotificationRules.
NotificationRules notificationRules();
void setNotificationRules(const NotificationRules &rules);

} // namespace Settings
