#pragma once

#include <QIcon>
#include <QString>

// How desktops know the app: by its reverse-DNS application id (JOBMON_APP_ID in CMake), which
// names its installed desktop entry, AppStream metainfo, icons and autostart entry, and which it
// gives as its desktop file name and in its notifications. Not the application name: that one
// ("id360-jobmon") names where its settings, keychain entries and caches are.
namespace DesktopEntry {

QString id();
// The app's icon: the icon theme's, by id(), where the app is installed; else the one built in.
QIcon icon();

} // namespace DesktopEntry
