#include "lockedsetting.h"

#include "platform/policy.h"

#include <QHBoxLayout>
#include <QLabel>

namespace LockedSetting {

QWidget *shown(QWidget *widget, bool locked)
{
    if (!locked)
        return widget;
    auto *row = new QWidget(widget->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    widget->setParent(row);
    widget->setEnabled(false);
    widget->setToolTip(Policy::lockedNote());
    layout->addWidget(widget);
    auto *note = new QLabel(Policy::lockedNote(), row);
    note->setObjectName(widget->objectName() + QStringLiteral("Locked"));
    note->setEnabled(false);
    layout->addWidget(note);
    layout->addStretch(1);
    return row;
}

QLabel *policyNotice(QWidget *parent)
{
    const QString text = Policy::current().notice();
    if (text.isEmpty())
        return nullptr;
    auto *notice = new QLabel(text, parent);
    notice->setObjectName(QStringLiteral("policyNotice"));
    notice->setTextFormat(Qt::PlainText);
    notice->setWordWrap(true);
    notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return notice;
}

} // namespace LockedSetting
