#include "accounts/watchedaccounts.h"
#include "faultplan.h"
#include "fixtures/accountfixture.h"
#include "jobgenerator.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestWatchedAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAccountIsWatchedWithItsOwnState();

private:
    QTemporaryDir m_settings;
};

void TestWatchedAccounts::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestWatchedAccounts::everyAccountIsWatchedWithItsOwnState()
{
    const auto now = QDateTime::currentDateTimeUtc();
    TwoAccounts two(JobGenerator::generate(30, 1, now), JobGenerator::generate(12, 2, now));
    const QStringList &ids = two.ids;
    QCOMPARE(ids.size(), 2);
    AccountManager &accounts = two.accounts;
    AccountStore &store = two.store;
    const auto &lab = two.lab;

    WatchedAccounts sessions(&accounts, nullptr);
    QSignalSpy changed(&sessions, &WatchedAccounts::stateChanged);
    sessions.refresh();
    // Both are polled at once, each from its own server.
    QTRY_COMPARE(sessions.session(ids.at(0))->sync()->model()->rowCount(), 30);
    QTRY_COMPARE(sessions.session(ids.at(1))->sync()->model()->rowCount(), 12);
    QTRY_COMPARE(sessions.session(ids.at(0))->sync()->state(), JobSync::State::Synced);
    QTRY_COMPARE(sessions.session(ids.at(1))->sync()->state(), JobSync::State::Synced);

    // One server fails: only its account is in trouble.
    lab->faults().set({ *FaultPlan::parse(QStringLiteral("error500"), nullptr) });
    changed.clear();
    sessions.session(ids.at(1))->sync()->refreshNow();
    QTRY_COMPARE(sessions.session(ids.at(1))->sync()->state(), JobSync::State::Failing);
    QCOMPARE(sessions.session(ids.at(0))->sync()->state(), JobSync::State::Synced);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                        [&](const QList<QVariant> &signal) { return signal.at(0) == ids.at(1); }));

    // Signed out: its session is opened again, and needs a sign-in.
    bool signedOut = false;
    accounts.signOut(ids.at(0), this,
                     [&signedOut](const AccountOutcome &outcome) { signedOut = outcome.ok; });
    QTRY_VERIFY(signedOut);
    sessions.refresh();
    QTRY_COMPARE(sessions.session(ids.at(0))->state(), AccountSession::State::SignInNeeded);

    // Removed: no longer watched.
    store.remove(ids.at(1));
    sessions.refresh();
    QVERIFY(!sessions.session(ids.at(1)));
    QVERIFY(sessions.session(ids.at(0)));
}

QTEST_GUILESS_MAIN(TestWatchedAccounts)
#include "tst_watchedaccounts.moc"
