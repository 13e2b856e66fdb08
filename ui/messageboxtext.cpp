#include "messageboxtext.h"

#include <QLabel>
#include <QMessageBox>

namespace MessageBoxText {

void makePlain(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    // Qt 6.4's QMessageBox::setTextFormat() does not reach the informative text's label, which
    // guesses the format of every text it is given; "qt_msgbox_informativelabel" is Qt's private
    // name for it. Drop this once setTextFormat() covers the informative text.
    if (auto *informative = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
}

} // namespace MessageBoxText
