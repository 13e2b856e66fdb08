#include "platform/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {

// The translators install() made, found again by this name among the application's children.
const QString installedName = QStringLiteral("Translations::install");

// Every count our texts say with %n is for people ("12,345 jobs"), so each is written as the
// language writes numbers: Qt writes %n in plain digits, %Ln with QLocale's default. Handing Qt
// %Ln from the translator keeps %n in the sources and the .ts files, which the translators and
// the English plural forms already use, and leaves no text to make the choice on its own.
class LocaleCountTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString translation = QTranslator::translate(context, sourceText, disambiguation, n);
        if (n >= 0)
            translation.replace(QLatin1String("%n"), QLatin1String("%Ln"));
        return translation;
    }
};

template<typename Translator> QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new Translator(&app);
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
    QTranslator *qtTranslator = newTranslator<QTranslator>(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    QTranslator *appTranslator = newTranslator<LocaleCountTranslator>(app);
    const QString directory = QStringLiteral(":/i18n");
    if (appTranslator->load(locale, QStringLiteral("id360-jobmon"), QStringLiteral("_"), directory)
        || appTranslator->load(QStringLiteral("id360-jobmon_en"), directory))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
}

} // namespace Translations
