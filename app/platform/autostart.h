#pragma once

#include <QString>

#include <optional>

// "Start at login": an XDG autostart entry (freedesktop Desktop Application Autostart
// Specification), <GenericConfigLocation>/autostart/<application id>.desktop, that starts the
// monitor with --minimized: as the installed menu entry starts it when that entry starts this
// binary, else (a build run where it was built) by the running binary's path.
namespace Autostart {

// Our entry exists and is not switched off by the desktop (Hidden=true, or GNOME's
// X-GNOME-Autostart-enabled=false). Without one, an entry under the name older versions wrote,
// id360-jobmon.desktop, says.
bool isEnabled();
// Writes or removes the entry, and removes one under the older name; the reason in words when
// that failed.
std::optional<QString> setEnabled(bool enabled);
// Replaces an entry under the older name by ours, switched on or off as it was; the reason in
// words when that failed. Nothing to do without one.
std::optional<QString> replaceOldEntry();
// The entry's Exec value for `program`: quoted and escaped as the Desktop Entry Specification
// requires, so any path starts the right file.
QString execValue(const QString &program);

} // namespace Autostart
