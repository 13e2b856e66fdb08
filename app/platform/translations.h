#pragma once

class QCoreApplication;

namespace Translations {
// Installs Qt's own and our translations for the user's locale. English is the fallback, so
// plural forms ("1 job", "2 jobs") read right in every locale we have no translation for.
void install(QCoreApplication &app);
} // namespace Translations
