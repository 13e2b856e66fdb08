#include "platform/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {

// The translators install() made, found again by this name among the application's children.
const QString installedName = QStringLiteral("Translations::install");

QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(installedName);
    return translator;
}

} // namespace

void install(QCoreApplication &app, const QLocale &locale)
{
    const QList<QTranslator *> installed
        = app.findChildren<QTranslator *>(installedName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale);

    // qtbase_xx.qm comes with Qt (Debian: qt6-translations-l10n).
    QTranslator *qtTranslator = newTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    QTranslator *appTranslator = newTranslator(app);
    const QString directory = QStringLiteral(":/i18n");
    if (appTranslator->load(locale, QStringLiteral("id360-jobmon"), QStringLiteral("_"), directory)
        || appTranslator->load(QStringLiteral("id360-jobmon_en"), directory))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
}

} // namespace Translations
