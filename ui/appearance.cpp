#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QString &systemStyle()
{
    static QString name = QApplication::style()->name();
    return name;
}

// Fusion's colours on a dark ground, with enough contrast for text, links and selections.
QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4c));
    return palette;
}

void apply(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Scheme::System:
        if (QApplication::style()->name() != systemStyle())
            QApplication::setStyle(QStyleFactory::create(systemStyle()));
        QApplication::setPalette(systemPalette());
        break;
    case Appearance::Scheme::Light:
        // Fusion honours a palette on every platform; native styles may not.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Appearance::Scheme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace

void Appearance::applySaved()
{
    systemPalette();
    systemStyle();
    const Scheme scheme = Settings::colorScheme();
    if (scheme != Scheme::System)
        apply(scheme);
}

void Appearance::choose(Scheme scheme)
{
    Settings::setColorScheme(scheme);
    apply(scheme);
}

QString Appearance::displayName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::System:
        return tr("Follow the &System");
    case Scheme::Light:
        return tr("&Light");
    case Scheme::Dark:
        return tr("&Dark");
    }
    return QString();
}
