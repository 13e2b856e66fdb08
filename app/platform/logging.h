#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="jobmon.*.debug=true".
// No line in any of them ever carries a token, a code or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
