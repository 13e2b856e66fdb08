#include "accounts/accountmanager.h"
#include "accounts/watchedaccounts.h"
#include "fixtures/accountfixture.h"
#include "fixtures/showntext.h"
#include "fixtures/standinkeychain.h"
#include "fixtures/watchedsync.h"
#include "jobgenerator.h"
#include "notify/syncstatustext.h"
#include "platform/translations.h"
#include "timeformat.h"

#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <cmath>
#include <ctime>

using namespace std::chrono_literals;

namespace {

// What a sync goes through before its words are read.
enum class Situation {
    NotStarted,
    Loading,
    Synced,
    SyncedMinutesAgo,
    Unreadable,
    Offline,
    Unreachable,
    Failing,
    RateLimited,
    SignInNeeded,
    Paused,
};

// Ten jobs that had finished an hour before now.
QList<Job> history()
{
    return finishedJobs(10, now.addSecs(-3600));
}

// A job on `watched`'s server that runs for an hour from now.
void startLongJob(Watched &watched)
{
    JobStore::NewJob job;
    job.statusText = QStringLiteral("RUNNING");
    job.runMs = 3600 * 1000;
    watched.server->store().add(job, now);
}

// Two accounts' syncs shown together (All Accounts): Production's jobs have all finished, one of
// Lab's runs on.
struct TwoSyncs
{
    TwoSyncs()
    {
        startLongJob(lab);
        production.sync.model()->setAccountName(QStringLiteral("Production"));
        lab.sync.model()->setAccountName(QStringLiteral("Lab"));
    }

    QList<JobSync *> syncs() { return { &production.sync, &lab.sync }; }

    Watched production { history() };
    Watched lab { history() };
};

// A token the emulator never issued: the sign-in it stands for is refused.
StaticTokenSource refusedToken { QStringLiteral("1000.revoked") };

// Brings `watched` into `situation`, as an admin would meet it; false when it did not get there.
bool bringInto(Watched &watched, Situation situation)
{
    if (situation == Situation::NotStarted)
        return true;
    if (situation == Situation::Loading) {
        watched.setFaults({ QStringLiteral("latency=2000") });
        watched.sync.start();
        return watched.sync.isPolling();
    }
    if (situation == Situation::Unreadable)
        watched.setFaults({ QStringLiteral("odd-job") });
    // The rest starts from a first poll that the server answered.
    if (!watched.completePoll([&] { watched.sync.start(); }))
        return false;
    const auto refreshedInto = [&](const QStringList &faults, JobSync::State state) {
        watched.setFaults(faults);
        return watched.completePoll([&] { watched.sync.refreshNow(); })
            && watched.sync.state() == state;
    };
    switch (situation) {
    case Situation::NotStarted:
    case Situation::Loading:
    case Situation::Synced:
    case Situation::Unreadable:
        return true;
    case Situation::SyncedMinutesAgo:
        watched.moveServerTime(3min);
        return true;
    case Situation::Offline:
        watched.sync.setNetworkAvailable(false);
        return watched.sync.state() == JobSync::State::Offline;
    case Situation::Unreachable:
        return refreshedInto({ QStringLiteral("reset") }, JobSync::State::Offline);
    case Situation::Failing:
        return refreshedInto({ QStringLiteral("error500") }, JobSync::State::Failing);
    case Situation::RateLimited:
        return refreshedInto({ QStringLiteral("rate-limit=90") }, JobSync::State::Failing);
    case Situation::SignInNeeded:
        watched.sync.client()->setTokenSource(&refusedToken);
        return refreshedInto({}, JobSync::State::SignInNeeded);
    case Situation::Paused:
        watched.sync.setPaused(true);
        return watched.sync.state() == JobSync::State::Paused;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Situation)

class TestSyncStatusText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneAccount_data();
    void oneAccount();
    void theCountdownToTheNextTry();
    void theSyncedTextChangesWhenItSaysSo();
    void withoutAServerThereIsNothingToWatch();
    void anAccountProblemWaitsForTheSignIn();
    void severalAccountsNameTheOneInTrouble();
    void severalAccountsTogether();
    void everyWatchedAccountSaysHowItIsDoing();

private:
    QTemporaryDir m_settings;
};

void TestSyncStatusText::initTestCase()
{
    // The words as an admin reading English in Britain, at UTC, sees them.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Translations::install(*QCoreApplication::instance());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestSyncStatusText::oneAccount_data()
{
    QTest::addColumn<Situation>("situation");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("toolTip");
    QTest::addColumn<bool>("showRetry");
    // Whether the summary reads differently with the time alone.
    QTest::addColumn<bool>("ageing");
    // Any of these: a countdown may tick while the test reads it.
    QTest::addColumn<QStringList>("polling");
    QTest::addColumn<QString>("staleNotice");

    const QString lastSynced
        = QStringLiteral("Last synced %1").arg(TimeFormat::dateTime(now.toLocalTime()));
    const QString kept = QStringLiteral(" Showing the jobs from 09:30.");
    const QString notCurrent
        = QStringLiteral("Not current: these are the jobs as of %1. They update when the server "
                         "answers again.")
              .arg(TimeFormat::dateTime(now.toLocalTime()));
    const QStringList idle { QStringLiteral("Checking for new jobs every 1 min 0 s") };
    // The first try after a failure is 2.1 s off (the back-off's jitter is seeded).
    const QStringList nextTry { QStringLiteral("Next try in 3 s"),
                                QStringLiteral("Next try in 2 s") };
    const QString unreachable
        = QStringLiteral("The server could not be reached. Connection closed");
    const QString serverError = QStringLiteral("The server answered HTTP 500. An unexpected "
                                               "internal error has occurred on the server. Please "
                                               "try again later.");
    const QString slowDown = QStringLiteral("The server asks to slow down; retry in 90 s. Too many "
                                            "requests. Please try again later.");
    const QString refused
        = QStringLiteral("The server did not accept the access token. The OAuth token is invalid.");
    const auto row = [](const char *name, Situation situation, bool running, const QString &summary,
                        const QString &toolTip, bool showRetry, bool ageing,
                        const QStringList &polling, const QString &staleNotice) {
        QTest::newRow(name) << situation << running << summary << toolTip << showRetry << ageing
                            << polling << staleNotice;
    };

    row("not started", Situation::NotStarted, false, QStringLiteral("Not synced yet"), QString(),
        false, false, idle, QString());
    row("loading", Situation::Loading, false, QStringLiteral("Loading jobs…"), QString(), false,
        false, idle, QString());
    row("synced", Situation::Synced, false, QStringLiteral("10 jobs · synced just now"), lastSynced,
        false, true, idle, QString());
    row("one running", Situation::Synced, true, QStringLiteral("11 jobs · synced just now"),
        lastSynced, false, true, { QStringLiteral("Following 1 active job every 3 s") }, QString());
    row("synced minutes ago", Situation::SyncedMinutesAgo, false,
        QStringLiteral("10 jobs · synced 3 min ago"), lastSynced, false, true, idle, QString());
    row("unreadable job", Situation::Unreadable, false,
        QStringLiteral("10 jobs · synced just now · 1 job could not be read"), lastSynced, false,
        true, idle, QString());
    row("offline", Situation::Offline, false,
        QStringLiteral("Offline: the network is down.") + kept, QString(), true, false,
        { QStringLiteral("Waiting for the network") }, notCurrent);
    // The network's words come without a full stop: one is added before the next sentence.
    row("unreachable", Situation::Unreachable, false,
        QStringLiteral("Refresh failed: ") + unreachable + QLatin1Char('.') + kept, unreachable,
        true, false, nextTry, notCurrent);
    // A server that answers, if only with an error, leaves the jobs shown current.
    row("failing", Situation::Failing, false,
        QStringLiteral("Refresh failed: ") + serverError + kept, serverError, true, false, nextTry,
        QString());
    row("asked to wait", Situation::RateLimited, false,
        QStringLiteral("Refresh failed: ") + slowDown + kept, slowDown, true, false,
        { QStringLiteral("Server asked to wait; next try at 09:31") }, QString());
    row("sign-in needed", Situation::SignInNeeded, false,
        QStringLiteral("Refresh failed: ") + refused + kept, refused, true, false,
        { QStringLiteral("Polling stopped: sign-in needed") }, QString());
    row("paused", Situation::Paused, false, QStringLiteral("Polling paused.") + kept, QString(),
        false, false, { QStringLiteral("Polling paused") }, QString());
}

void TestSyncStatusText::oneAccount()
{
    QFETCH(Situation, situation);
    QFETCH(bool, running);
    QFETCH(QString, summary);
    QFETCH(QString, toolTip);
    QFETCH(bool, showRetry);
    QFETCH(bool, ageing);
    QFETCH(QStringList, polling);
    QFETCH(QString, staleNotice);

    Watched watched(history());
    if (running)
        startLongJob(watched);
    QVERIFY(bringInto(watched, situation));
    const SyncStatusText text({ &watched.sync });
    const SyncStatusText::Summary said = text.summary(watched.clock.now());
    QCOMPARE(said.text, summary);
    QCOMPARE(shownText(said.toolTip), toolTip);
    QCOMPARE(said.showRetry, showRetry);
    QCOMPARE(said.changesAt.isValid(), ageing);
    const QString pollingText = text.polling(watched.clock.now());
    QVERIFY2(polling.contains(pollingText), qPrintable(pollingText));
    QCOMPARE(text.staleNotice(), staleNotice);
    QCOMPARE(text.source(), watched.server->apiBaseUrl().toDisplayString());
    // Before the first jobs come, a poll that starts says so; after, what was said stays.
    QCOMPARE(text.loading(),
             watched.sync.lastSuccess().isValid() ? QString() : QStringLiteral("Loading jobs…"));
}

void TestSyncStatusText::theCountdownToTheNextTry()
{
    Watched watched(history());
    QVERIFY(bringInto(watched, Situation::Synced));
    QVERIFY(!SyncStatusText({ &watched.sync }).pollingChangesAt(watched.clock.now()).isValid());
    watched.setFaults({ QStringLiteral("error500") });
    for (int failures = 1; failures <= 3; ++failures)
        QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
    const SyncStatusText text({ &watched.sync });
    // The third try failed: the next is about 8 s off, said in whole seconds rounded up, so it
    // never comes sooner than said; the text moves on within the second.
    const qint64 before = watched.sync.timeToNextPoll()->count();
    const QString polling = text.polling(watched.clock.now());
    const qint64 changesIn
        = watched.clock.now().msecsTo(text.pollingChangesAt(watched.clock.now()));
    const qint64 after = watched.sync.timeToNextPoll()->count();
    const auto inWholeSeconds = [](qint64 ms) {
        return QStringLiteral("Next try in %1 s").arg(qint64(std::ceil(double(ms) / 1000)));
    };
    QVERIFY2(polling == inWholeSeconds(before) || polling == inWholeSeconds(after),
             qPrintable(polling));
    QVERIFY2(changesIn > 0 && changesIn <= 1000, qPrintable(QString::number(changesIn)));
    // Waiting for the network counts nothing down: nothing to say again until it is back.
    watched.sync.setNetworkAvailable(false);
    QVERIFY(!SyncStatusText({ &watched.sync }).pollingChangesAt(watched.clock.now()).isValid());
}

// "synced just now" is said for a minute, then in minutes: the summary says when it changes,
// and it changes then, not a moment sooner.
void TestSyncStatusText::theSyncedTextChangesWhenItSaysSo()
{
    Watched watched(history());
    QVERIFY(bringInto(watched, Situation::Synced));
    const SyncStatusText text({ &watched.sync });
    const QDateTime synced = watched.sync.lastSuccess();
    QCOMPARE(text.summary(synced.addSecs(45)).text, QStringLiteral("10 jobs · synced just now"));
    QCOMPARE(text.summary(synced.addSecs(45)).changesAt, synced.addSecs(60));
    QCOMPARE(text.summary(synced.addMSecs(59999)).text,
             QStringLiteral("10 jobs · synced just now"));
    QCOMPARE(text.summary(synced.addSecs(60)).text, QStringLiteral("10 jobs · synced 1 min ago"));
    QCOMPARE(text.summary(synced.addSecs(60)).changesAt, synced.addSecs(120));
    QCOMPARE(text.summary(synced.addSecs(125)).text, QStringLiteral("10 jobs · synced 2 min ago"));
}

void TestSyncStatusText::withoutAServerThereIsNothingToWatch()
{
    JobSync sync(QStringLiteral("nowhere"));
    const SyncStatusText text({ &sync });
    const SyncStatusText::Summary said = text.summary(now);
    QCOMPARE(said.text, QStringLiteral("No account to watch yet."));
    QVERIFY(!said.showRetry);
    QCOMPARE(text.polling(now), QString());
    QCOMPARE(text.source(), QString());
    QCOMPARE(text.staleNotice(), QString());
}

void TestSyncStatusText::anAccountProblemWaitsForTheSignIn()
{
    Watched watched(history());
    const QString problem = QStringLiteral("Account \"Production\" is not signed in.");
    const SyncStatusText text({ &watched.sync }, problem);
    QCOMPARE(text.summary(now).text, QStringLiteral("Waiting for sign-in"));
    // A poll that starts does not hide it.
    QCOMPARE(text.loading(), QString());

    // Among several, the problem is the banner's: the status bar speaks of the jobs.
    TwoSyncs shown;
    QVERIFY(bringInto(shown.production, Situation::Synced));
    QVERIFY(bringInto(shown.lab, Situation::Synced));
    QCOMPARE(SyncStatusText(shown.syncs(), problem).summary(now).text,
             QStringLiteral("21 jobs · synced just now"));
}

void TestSyncStatusText::severalAccountsNameTheOneInTrouble()
{
    TwoSyncs shown;
    JobSync &production = shown.production.sync;
    JobSync &lab = shown.lab.sync;
    QVERIFY(bringInto(shown.production, Situation::Synced));
    QVERIFY(bringInto(shown.lab, Situation::Offline));
    const SyncStatusText text(shown.syncs());
    const SyncStatusText::Summary said = text.summary(now);
    QCOMPARE(said.text,
             QStringLiteral("Lab: Offline: the network is down. Showing the jobs from 09:30."));
    QVERIFY(said.showRetry);
    QCOMPARE(text.polling(now), QStringLiteral("Lab: Waiting for the network"));
    QCOMPARE(text.staleNotice(),
             QStringLiteral("Not current: the jobs of Lab are from the last time the server "
                            "answered. They update when it answers again."));
    QCOMPARE(text.source(), QStringLiteral("2 accounts"));
    QCOMPARE(text.about(&production, QStringLiteral("sign-in needed")),
             QStringLiteral("Production: sign-in needed"));

    // Both offline: both are not current; the first in the list speaks.
    production.setNetworkAvailable(false);
    QCOMPARE(
        text.summary(now).text,
        QStringLiteral("Production: Offline: the network is down. Showing the jobs from 09:30."));
    QCOMPARE(text.staleNotice(),
             QStringLiteral("Not current: the jobs of Production and Lab are from the last time "
                            "the server answered. They update when it answers again."));

    // Every account paused: said once, without a time, as the accounts' may differ.
    production.setPaused(true);
    lab.setPaused(true);
    QCOMPARE(text.summary(now).text, QStringLiteral("Polling paused."));
    QVERIFY(!text.summary(now).showRetry);
    QCOMPARE(text.polling(now), QStringLiteral("Polling paused"));
}

void TestSyncStatusText::severalAccountsTogether()
{
    TwoSyncs shown;
    QVERIFY(bringInto(shown.production, Situation::Synced));
    // The oldest of the last good answers is how current the jobs are.
    shown.production.moveServerTime(2min);
    shown.lab.moveServerTime(2min);
    QVERIFY(bringInto(shown.lab, Situation::Synced));
    const SyncStatusText text(shown.syncs());
    QCOMPARE(text.jobCount(), 21);
    QCOMPARE(text.oldestSuccess(), now);
    const SyncStatusText::Summary said = text.summary(now.addSecs(120));
    QCOMPARE(said.text, QStringLiteral("21 jobs · synced 2 min ago"));
    QCOMPARE(shownText(said.toolTip),
             QStringLiteral("Production: Last synced %1\nLab: Last synced %2")
                 .arg(TimeFormat::dateTime(now.toLocalTime()),
                      TimeFormat::dateTime(now.addSecs(120).toLocalTime())));
    QVERIFY(!said.showRetry);
    // The account with running jobs sets the pace for all.
    QCOMPARE(text.polling(now), QStringLiteral("Following 1 active job every 3 s"));
    QCOMPARE(text.staleNotice(), QString());
}

// Each account in the selector and the Accounts dialog says how it is doing.
void TestSyncStatusText::everyWatchedAccountSaysHowItIsDoing()
{
    const QString token = QStringLiteral("1000.production");
    const auto server = startEmulator(history(), token);
    AccountStore store;
    StandInKeychain keychain;
    AccountManager accounts(&store, &keychain);
    const QStringList ids = signInOnEmulators(
        accounts, { { QStringLiteral("Production"), server.get(), token } }, this);
    QCOMPARE(ids.size(), 1);
    const QString id = ids.constFirst();
    QCOMPARE(SyncStatusText::accountState(nullptr), QString());

    WatchedAccounts sessions(&accounts, nullptr);
    const auto state = [&] { return SyncStatusText::accountState(sessions.session(id)); };
    // What the selector would have said at each change, without repeats.
    QStringList told;
    connect(&sessions, &WatchedAccounts::stateChanged, this, [&] {
        if (told.isEmpty() || told.constLast() != state())
            told.append(state());
    });
    sessions.refresh();
    QTRY_COMPARE(state(), QString());
    QCOMPARE(told,
             (QStringList { QStringLiteral("opening"), QStringLiteral("connecting"), QString() }));

    server->faults().set({ *FaultPlan::parse(QStringLiteral("error500"), nullptr) });
    sessions.session(id)->sync()->refreshNow();
    QTRY_COMPARE(state(), QStringLiteral("server errors"));
    sessions.session(id)->sync()->setNetworkAvailable(false);
    QCOMPARE(state(), QStringLiteral("offline"));
    sessions.session(id)->sync()->setPaused(true);
    QCOMPARE(state(), QStringLiteral("paused"));

    // The keychain cannot be read (at the next start, say).
    keychain.failReads = StandInKeychain::locked();
    WatchedAccounts later(&accounts, nullptr);
    later.refresh();
    QTRY_COMPARE(SyncStatusText::accountState(later.session(id)),
                 QStringLiteral("keychain problem"));
    keychain.failReads.reset();

    // Signed out: its session is opened again, and needs a sign-in.
    bool signedOut = false;
    accounts.signOut(id, this,
                     [&signedOut](const AccountOutcome &outcome) { signedOut = outcome.ok; });
    QTRY_VERIFY(signedOut);
    sessions.refresh();
    QTRY_COMPARE(state(), QStringLiteral("sign-in needed"));
}

QTEST_GUILESS_MAIN(TestSyncStatusText)
#include "tst_syncstatustext.moc"
