#include "emptyjobspage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyJobsPage::EmptyJobsPage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_clearFilters(new QPushButton(tr("Clear Filters"), this))
{
    m_text->setObjectName(QStringLiteral("emptyLabel"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_clearFilters->setObjectName(QStringLiteral("emptyClearFilters"));
    connect(m_clearFilters, &QPushButton::clicked, this, &EmptyJobsPage::clearFiltersRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    layout->addStretch(1);
}

void EmptyJobsPage::showReason(Reason reason)
{
    switch (reason) {
    case Reason::SignInNeeded:
        m_text->setText(tr("Once the account is signed in, its jobs appear here."));
        break;
    case Reason::NoAnswer:
        m_text->setText(tr("No jobs yet: the server has not answered (see below)."));
        break;
    case Reason::Loading:
        m_text->setText(tr("Loading jobs…"));
        break;
    case Reason::AskingTheServer:
        m_text->setText(tr("Asking the server which jobs match the advanced filter…"));
        break;
    case Reason::NothingMatches:
        m_text->setText(tr("No job matches the filters."));
        break;
    case Reason::NoJobs:
        m_text->setText(tr("The server lists no jobs yet. New jobs appear here as they start."));
        break;
    }
    m_clearFilters->setVisible(reason == Reason::NothingMatches);
}
