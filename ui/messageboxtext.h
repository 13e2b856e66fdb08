#pragma once

class QMessageBox;

namespace MessageBoxText {
// Shows the box's text and informative text as plain text: they hold what a server sent (or an
// account name), which as markup could restyle or hide the rest. Call it after the last
// setText() and setInformativeText().
void makePlain(QMessageBox &box);
} // namespace MessageBoxText
