#include "accountbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

AccountBanner::AccountBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("accountBanner"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    // What was said about the account holds its name as the admin typed it: never markup.
    m_text->setObjectName(QStringLiteral("accountProblem"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    auto *signIn = new QPushButton(tr("&Sign In…"), this);
    signIn->setObjectName(QStringLiteral("bannerSignIn"));
    connect(signIn, &QPushButton::clicked, this, [this] { emit signInRequested(m_accountId); });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(signIn);
    hide();
}

void AccountBanner::showProblem(const QString &accountId, const QString &problem)
{
    m_accountId = accountId;
    m_text->setText(problem);
    setVisible(!problem.isEmpty());
}
