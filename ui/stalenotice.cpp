#include "stalenotice.h"

StaleNotice::StaleNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("staleNotice"));
    // It names accounts as the admin typed them.
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setContentsMargins(6, 3, 6, 3);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    hide();
}
