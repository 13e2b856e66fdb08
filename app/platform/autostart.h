#pragma once

#include <QString>

#include <optional>

// "Start at login": an XDG autostart entry (freedesktop Desktop Application Autostart
// Specification), <GenericConfigLocation>/autostart/id360-jobmon.desktop, that starts the
// running binary with --minimized.
namespace Autostart {

// Our entry exists and is not switched off by the desktop (Hidden=true, or GNOME's
// X-GNOME-Autostart-enabled=false).
bool isEnabled();
// Writes or removes the entry; the reason in words when that failed.
std::optional<QString> setEnabled(bool enabled);
// The entry's Exec value for `program`: quoted and escaped as the Desktop Entry Specification
// requires, so any path starts the right file.
QString execValue(const QString &program);

} // namespace Autostart
