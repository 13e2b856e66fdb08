#include "servertext.h"

#include <QTextDocument>

namespace ServerText {

QString spreadsheetCell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString toolTip(const QString &text)
{
    // Paragraphs are markup for certain, so the escaped text is never shown with its entities.
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString menuText(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QLatin1String("&&")).replace(u'\t', u' ');
}

} // namespace ServerText
