#include "messageboxtext.h"

#include <QLabel>
#include <QMessageBox>

namespace MessageBoxText {

void makePlain(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    // Qt 6.4's setTextFormat() reaches the text only; the informative text's label (named so
    // by Qt) guesses the format of every text it is given.
    if (auto *informative = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
}

} // namespace MessageBoxText
