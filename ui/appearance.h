#pragma once

#include "platform/settings.h"

#include <QCoreApplication>
#include <QString>

// Light or dark, by the admin's choice or the desktop's (Settings::colorScheme()).
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    using Scheme = Settings::ColorScheme;

    // Remembers the desktop's own palette, then applies the saved choice. Call once, before
    // the first window shows.
    static void applySaved();
    // Applies `scheme` to the whole application and saves it.
    static void choose(Scheme scheme);
    static QString displayName(Scheme scheme);
};
