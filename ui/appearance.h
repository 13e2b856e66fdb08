#pragma once

#include <QCoreApplication>
#include <QString>

// Light or dark, by the admin's choice or the desktop's. Kept in QSettings ("appearance").
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    enum class Scheme { System, Light, Dark };

    // Remembers the desktop's own palette, then applies the saved choice. Call once, before
    // the first window shows.
    static void applySaved();
    static Scheme saved();
    // Applies `scheme` to the whole application and saves it.
    static void choose(Scheme scheme);
    static QString displayName(Scheme scheme);
};
