#include "emptyjobspage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(EmptyJobsPage::Reason)

class TestEmptyJobsPage final : public QObject
{
    Q_OBJECT

private slots:
    void saysWhyNoJobIsShown_data();
    void saysWhyNoJobIsShown();
};

void TestEmptyJobsPage::saysWhyNoJobIsShown_data()
{
    QTest::addColumn<EmptyJobsPage::Reason>("reason");
    QTest::addColumn<QString>("said");
    QTest::addColumn<bool>("offersClearFilters");
    using Reason = EmptyJobsPage::Reason;
    QTest::newRow("sign-in needed")
        << Reason::SignInNeeded
        << QStringLiteral("Once the account is signed in, its jobs appear here.") << false;
    QTest::newRow("no answer") << Reason::NoAnswer
                               << QStringLiteral(
                                      "No jobs yet: the server has not answered (see below).")
                               << false;
    QTest::newRow("loading") << Reason::Loading << QStringLiteral("Loading jobs…") << false;
    QTest::newRow("asking the server")
        << Reason::AskingTheServer
        << QStringLiteral("Asking the server which jobs match the advanced filter…") << false;
    QTest::newRow("nothing matches")
        << Reason::NothingMatches << QStringLiteral("No job matches the filters.") << true;
    QTest::newRow("no jobs")
        << Reason::NoJobs
        << QStringLiteral("The server lists no jobs yet. New jobs appear here as they start.")
        << false;
}

void TestEmptyJobsPage::saysWhyNoJobIsShown()
{
    QFETCH(EmptyJobsPage::Reason, reason);
    EmptyJobsPage page;
    // What was offered before is not left over.
    page.showReason(EmptyJobsPage::Reason::NothingMatches);
    page.showReason(reason);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTEST(page.findChild<QLabel *>(QStringLiteral("emptyLabel"))->text(), "said");
    auto *clear = page.findChild<QPushButton *>(QStringLiteral("emptyClearFilters"));
    QTEST(clear->isVisible(), "offersClearFilters");
    if (!clear->isVisible())
        return;
    QSignalSpy asked(&page, &EmptyJobsPage::clearFiltersRequested);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
}

QTEST_MAIN(TestEmptyJobsPage)
#include "tst_emptyjobspage.moc"
