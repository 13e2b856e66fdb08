#include "platform/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *appTranslator = new QTranslator(&app);
    const QString directory = QStringLiteral(":/i18n");
    if (appTranslator->load(QLocale(), QStringLiteral("id360-jobmon"), QStringLiteral("_"),
                            directory)
        || appTranslator->load(QStringLiteral("id360-jobmon_en"), directory))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace Translations
