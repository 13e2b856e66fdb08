#include "platform/desktopentry.h"

namespace DesktopEntry {

QString id()
{
    return QStringLiteral(JOBMON_APP_ID);
}

QIcon icon()
{
    return QIcon::fromTheme(id(), QIcon(QStringLiteral(":/icons/id360-jobmon.svg")));
}

} // namespace DesktopEntry
