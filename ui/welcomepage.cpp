#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *welcome = new QLabel(
        tr("<h2>Watch your Identity360 jobs</h2><p>Add your Identity360 account to see every "
           "job as it runs, its per-entity results, and to be told when it ends. You need the "
           "OAuth client id from Zoho's API console.</p><p>Or try the demo first: it runs on "
           "sample jobs on this machine.</p>"),
        this);
    welcome->setObjectName(QStringLiteral("welcomeText"));
    welcome->setWordWrap(true);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setFixedWidth(welcome->fontMetrics().averageCharWidth() * 70);
    // Rich text that wraps reports no height of its own to a layout: give it the one it needs.
    welcome->setMinimumHeight(welcome->heightForWidth(welcome->width()));
    auto *add = new QPushButton(tr("&Add Account…"), this);
    add->setObjectName(QStringLiteral("welcomeAddAccount"));
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &WelcomePage::addAccountRequested);
    auto *demo = new QPushButton(tr("Try the &Demo"), this);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(welcome, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addStretch(1);
}
