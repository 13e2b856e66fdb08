#pragma once

#include <QTextDocument>
#include <QTextDocumentFragment>

// What the user reads of text that Qt may take for markup: a tooltip, or a label with the text
// format it has, by the rule Qt applies when it shows them (Qt::mightBeRichText for AutoText).
inline QString shownText(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    const bool markup
        = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    return markup ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// A QLabel's (a template, so that tests without widgets can use the rest).
template<typename Label> QString shownText(const Label *label)
{
    return shownText(label->text(), label->textFormat());
}

// What a menu shows of an action's text: an & marks the next character as the mnemonic (&& is
// one &), and a tab starts the shortcut's column.
inline QString shownMenuText(const QString &text)
{
    const QString entry = text.section(QLatin1Char('\t'), 0, 0);
    QString shown;
    for (qsizetype i = 0; i < entry.size(); ++i) {
        if (entry.at(i) == u'&' && ++i == entry.size())
            break;
        shown += entry.at(i);
    }
    return shown;
}
