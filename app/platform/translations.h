#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {
// Makes `locale` the language of `app`: Qt's own texts ("Cancel", "&Yes", the command-line
// parser's) and ours, and QLocale's default, which dates, times and numbers are written in.
// Translations installed by an earlier call are replaced, so a test can switch languages in one
// process. By default QLocale()'s: the user's locale, as Qt reads it from LC_ALL, LC_MESSAGES,
// LANG and LANGUAGE, unless a default was set before. English is the fallback, so plural forms
// ("1 job", "2 jobs") read right in every locale we have no translation for.
void install(QCoreApplication &app, const QLocale &locale = QLocale());
} // namespace Translations
