#include "accounts/watchedaccounts.h"
#include "fixtures/accountfixture.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/jobfixture.h"
#include "fixtures/standinkeychain.h"
#include "notify/watchingnotifier.h"
#include "platform/settings.h"
#include "platform/translations.h"
#include "timeformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString clientSecret = QStringLiteral("emulator-secret");

// The notifications told while the notifier lives.
struct Told
{
    explicit Told(WatchingNotifier &notifier)
    {
        QObject::connect(
            &notifier, &WatchingNotifier::notificationReady, &notifier,
            [this](const JobNotification &notification) { notifications.append(notification); });
    }

    QList<JobNotification> notifications;
};

// Every stored account watched, as the Shell watches them; outages are measured on `clock`.
struct Watching
{
    explicit Watching(AccountManager &accounts, const Clock &clock = Clock::system())
        : sessions(&accounts, nullptr)
        , notifier(clock)
    {
        sessions.refresh();
        for (const Account &account : accounts.store()->accounts())
            notifier.watch(sessions.session(account.id));
    }

    JobSync *sync(const QString &accountId) const { return sessions.session(accountId)->sync(); }

    WatchedAccounts sessions;
    WatchingNotifier notifier;
    Told told { notifier };
};

// Production and Lab, each signed in with a pasted token on an emulator of its own (Production's
// jobs kept, for a restart), both watched; the notifier's time is `clock`, moved by hand, and an
// outage is told after five minutes (ten in the app).
struct WatchedPair
{
    explicit WatchedPair(bool accountProblems = true)
        : productionJobs(finishedJobs(6, clock.now().addSecs(-3600)))
        , two(productionJobs, finishedJobs(4, clock.now().addSecs(-3600)))
        , watching(two.accounts, clock)
    {
        rules.unreachableAfter = std::chrono::minutes(5);
        rules.accountProblems = accountProblems;
        watching.notifier.setRules(rules);
    }

    // Both signed in and polled well: where every test starts.
    bool ready() const
    {
        return two.ids.size() == 2
            && QTest::qWaitFor(
                   [this] {
                       return production()->state() == JobSync::State::Synced
                           && lab()->state() == JobSync::State::Synced;
                   },
                   10000);
    }
    JobSync *production() const { return watching.sync(two.ids.at(0)); }
    JobSync *lab() const { return watching.sync(two.ids.at(1)); }
    const QList<JobNotification> &told() const { return watching.told.notifications; }
    // Production's server stops, and a retry finds it gone.
    bool stopProductionServer()
    {
        two.production.reset();
        production()->refreshNow();
        return QTest::qWaitFor([this] { return !production()->isPolling(); });
    }

    ManualClock clock { QDateTime::currentDateTimeUtc() };
    NotificationRules rules;
    QList<Job> productionJobs;
    TwoAccounts two;
    Watching watching;
};

// The poll the sync has scheduled (a retry after a failure), run now, and its answer.
bool runScheduledPoll(JobSync *sync)
{
    sync->runScheduledPoll();
    return QTest::qWaitFor([sync] { return !sync->isPolling(); });
}

// `count` jobs that ran and finished in the last few minutes, while nobody looked.
QList<Job> finishedMeanwhile(int count)
{
    QList<Job> jobs;
    for (int n = 1; n <= count; ++n) {
        Job job = makeJob(n);
        job.startTime = QDateTime::currentDateTimeUtc().addSecs(-180 + n);
        job.endTime = job.startTime.addSecs(60);
        jobs.append(job);
    }
    return jobs;
}

// A retry as Refresh Now asks for it, and its answer.
bool pollAgain(JobSync *sync, const EmulatorServer &server)
{
    const qsizetype asked = server.receivedRequests().size();
    sync->refreshNow();
    return QTest::qWaitFor(
        [&] { return server.receivedRequests().size() > asked && !sync->isPolling(); });
}

} // namespace

class TestWatchingNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aRefusedTokenIsToldOncePerEpisode();
    void aRevokedRefreshTokenIsTold();
    void aSignInGoneFromTheKeychainIsToldButASignOutIsNot();
    void aServerThatStopsAnsweringIsToldPastTheThresholdAndWhenItIsBack();
    void noNetworkByTheSystemsWordDoesNotCount();
    void theSwitchSilencesAccountProblemsAndDoNotDisturbHoldsAnOutage();
    void aLockedKeychainAtStartIsToldOnce();
    void aPastedTokenIsToldFiveMinutesBeforeItsHourEnds();
    void aShortLivedPastedTokenIsToldByWhatItsTokenAnswerSaid();

private:
    QTemporaryDir m_settings;
};

void TestWatchingNotifier::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestWatchingNotifier::init()
{
    QSettings().clear();
}

// Production's server stops accepting its pasted token: told once, with the account's name,
// however often it is asked again; Lab, whose server still answers, is not told of. Once a poll
// succeeds the episode is over, and the next refusal is told again.
void TestWatchingNotifier::aRefusedTokenIsToldOncePerEpisode()
{
    WatchedPair pair;
    QVERIFY(pair.ready());
    JobSync *production = pair.production();
    QVERIFY(pair.told().isEmpty());

    restartEmulator(pair.two.production, pair.productionJobs, QStringLiteral("1000.rotated"));
    QVERIFY(pollAgain(production, *pair.two.production));
    QCOMPARE(production->state(), JobSync::State::SignInNeeded);
    QCOMPARE(pair.told().size(), 1);
    const JobNotification told = pair.told().constFirst();
    QCOMPARE(told.kind, JobNotification::Kind::SignInNeeded);
    QCOMPARE(told.accountId, pair.two.ids.at(0));
    QCOMPARE(told.summary, QStringLiteral("Production: sign in again to keep watching jobs"));
    QCOMPARE(told.body, production->lastError()->message());
    QVERIFY(told.isCritical());

    // Asked again and refused again: nothing more.
    QVERIFY(pollAgain(production, *pair.two.production));
    QVERIFY(pollAgain(production, *pair.two.production));
    QCOMPARE(production->state(), JobSync::State::SignInNeeded);
    QCOMPARE(pair.told().size(), 1);

    // Accepted again: the episode is over.
    restartEmulator(pair.two.production, pair.productionJobs, QStringLiteral("1000.production"));
    QVERIFY(pollAgain(production, *pair.two.production));
    QCOMPARE(production->state(), JobSync::State::Synced);
    QCOMPARE(pair.told().size(), 1);
    restartEmulator(pair.two.production, pair.productionJobs, QStringLiteral("1000.rotated"));
    QVERIFY(pollAgain(production, *pair.two.production));
    QCOMPARE(pair.told().size(), 2);
    QCOMPARE(pair.told().constLast().summary,
             QStringLiteral("Production: sign in again to keep watching jobs"));
}

// Signed in with a grant code; the refresh token is revoked at the accounts server (from
// another device, say), which ends its access tokens too: the renewal is refused and told.
void TestWatchingNotifier::aRevokedRefreshTokenIsTold()
{
    const auto server = startEmulator(finishedJobs(5, QDateTime::currentDateTimeUtc()), QString());
    AccountStore store;
    SessionSecretStore secrets;
    AccountManager accounts(&store, &secrets);
    const Account account = accountOn(QStringLiteral("Production"), *server);
    bool signedIn = false;
    accounts.signInWithGrantCode(
        account, clientSecret,
        server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                            QDateTime::currentDateTimeUtc()),
        this, [&signedIn](const AccountOutcome &outcome) { signedIn = outcome.ok; });
    QTRY_VERIFY(signedIn);
    Watching watching(accounts);
    JobSync *sync = watching.sync(account.id);
    QTRY_COMPARE_WITH_TIMEOUT(sync->state(), JobSync::State::Synced, 10000);

    QString refreshToken;
    secrets.read(account.id, this,
                 [&refreshToken](const std::optional<Secrets> &kept,
                                 const std::optional<SecretStoreError> &) {
                     refreshToken = kept ? kept->refreshToken : QStringLiteral("none");
                 });
    QTRY_VERIFY(!refreshToken.isEmpty());
    QCOMPARE(server->oauth().revoke(refreshToken).value(QStringLiteral("status")).toString(),
             QStringLiteral("success"));

    QVERIFY(pollAgain(sync, *server));
    QCOMPARE(sync->state(), JobSync::State::SignInNeeded);
    QCOMPARE(watching.told.notifications.size(), 1);
    const JobNotification told = watching.told.notifications.constFirst();
    QCOMPARE(told.summary, QStringLiteral("Production: sign in again to keep watching jobs"));
    QCOMPARE(told.accountId, account.id);
    QVERIFY2(!told.body.isEmpty(), "says why");
    QCOMPARE(told.body, sync->lastError()->message());
    // The server received the renewal it refused.
    const QList<EmulatorServer::ReceivedRequest> received = server->receivedRequests();
    QVERIFY(std::any_of(received.cbegin(), received.cend(), [](const auto &request) {
        return request.path == QLatin1String("/oauth/v2/token");
    }));

    QVERIFY(pollAgain(sync, *server));
    QCOMPARE(watching.told.notifications.size(), 1);
}

// At start, Production's keychain entry is gone: told, with what the keychain said. Lab was
// signed out by the admin: not told, since watching it stopped by their choice.
void TestWatchingNotifier::aSignInGoneFromTheKeychainIsToldButASignOutIsNot()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TwoAccounts two(finishedJobs(4, now), finishedJobs(4, now));
    QCOMPARE(two.ids.size(), 2);
    bool removed = false;
    two.secrets.remove(
        two.ids.at(0), this,
        [&removed](const std::optional<SecretStoreError> &error) { removed = !error; });
    QTRY_VERIFY(removed);
    bool signedOut = false;
    two.accounts.signOut(two.ids.at(1), this,
                         [&signedOut](const AccountOutcome &outcome) { signedOut = outcome.ok; });
    QTRY_VERIFY(signedOut);

    Watching watching(two.accounts);
    QTRY_COMPARE(watching.sessions.session(two.ids.at(0))->state(),
                 AccountSession::State::SignInNeeded);
    QTRY_COMPARE(watching.sessions.session(two.ids.at(1))->state(),
                 AccountSession::State::SignInNeeded);
    QCOMPARE(watching.told.notifications.size(), 1);
    const JobNotification told = watching.told.notifications.constFirst();
    QCOMPARE(told.accountId, two.ids.at(0));
    QCOMPARE(told.summary, QStringLiteral("Production: sign in again to keep watching jobs"));
    QCOMPARE(told.body, watching.sessions.session(two.ids.at(0))->problem());
    QVERIFY2(!told.body.isEmpty(), "says why");
}

// Production's server stops (Lab's goes on). Told once its polls have failed for longer than the
// threshold — by the notifier's own timer, between two back-off tries — with when it started
// and what the last try met; not again at the next tries. The server comes back with three jobs
// that finished meanwhile: told once that watching goes on, and how many finished.
void TestWatchingNotifier::aServerThatStopsAnsweringIsToldPastTheThresholdAndWhenItIsBack()
{
    WatchedPair pair;
    QVERIFY(pair.ready());
    JobSync *production = pair.production();

    const auto port = quint16(pair.two.production->apiBaseUrl().port());
    const QDateTime stopped = pair.clock.now();
    QVERIFY(pair.stopProductionServer());
    QCOMPARE(production->state(), JobSync::State::Offline);
    pair.clock.advance(std::chrono::minutes(4));
    QVERIFY(runScheduledPoll(production));
    pair.watching.notifier.checkDue();
    QVERIFY(pair.told().isEmpty());

    pair.clock.advance(std::chrono::seconds(61));
    pair.watching.notifier.checkDue();
    QCOMPARE(pair.told().size(), 1);
    const JobNotification told = pair.told().constFirst();
    QCOMPARE(told.kind, JobNotification::Kind::Unreachable);
    QCOMPARE(told.accountId, pair.two.ids.at(0));
    QCOMPARE(told.summary,
             QStringLiteral("Production: no answer from Identity360 since %1")
                 .arg(TimeFormat::clockTime(stopped, pair.clock.now())));
    QCOMPARE(told.body, production->lastError()->message());
    QVERIFY(!told.isCritical());

    pair.clock.advance(std::chrono::minutes(5));
    QVERIFY(runScheduledPoll(production));
    pair.watching.notifier.checkDue();
    QCOMPARE(pair.told().size(), 1);

    pair.two.production = startEmulator(pair.productionJobs + finishedMeanwhile(3),
                                        QStringLiteral("1000.production"), {}, port);
    QVERIFY(runScheduledPoll(production));
    QCOMPARE(production->state(), JobSync::State::Synced);
    QCOMPARE(pair.told().size(), 2);
    const JobNotification back = pair.told().constLast();
    QCOMPARE(back.kind, JobNotification::Kind::WatchingAgain);
    QCOMPARE(back.accountId, pair.two.ids.at(0));
    QCOMPARE(back.summary, QStringLiteral("Production: watching again"));
    QCOMPARE(back.body, QStringLiteral("3 jobs finished meanwhile"));
    // The episode is over: nothing more while all is well.
    pair.clock.advance(std::chrono::minutes(30));
    pair.watching.notifier.checkDue();
    QCOMPARE(pair.told().size(), 2);
}

// The server fails, then the system says there is no network: however long that lasts, it is
// the network's outage, not the server's. Once the network is back and the server still fails,
// the threshold counts from then.
void TestWatchingNotifier::noNetworkByTheSystemsWordDoesNotCount()
{
    WatchedPair pair;
    QVERIFY(pair.ready());
    JobSync *production = pair.production();

    QVERIFY(pair.stopProductionServer());
    production->setNetworkAvailable(false);
    pair.clock.advance(std::chrono::minutes(30));
    pair.watching.notifier.checkDue();
    QVERIFY(pair.told().isEmpty());

    production->setNetworkAvailable(true);
    QTRY_VERIFY(!production->isPolling());
    QCOMPARE(production->state(), JobSync::State::Offline);
    pair.clock.advance(std::chrono::minutes(4));
    pair.watching.notifier.checkDue();
    QVERIFY(pair.told().isEmpty());
    pair.clock.advance(std::chrono::minutes(2));
    pair.watching.notifier.checkDue();
    QCOMPARE(pair.told().size(), 1);
    QCOMPARE(pair.told().constFirst().kind, JobNotification::Kind::Unreachable);
}

// "Problems with an account" off: neither a refused sign-in nor an outage is told. Switched on
// with do not disturb: the sign-in needed is told at once (do not disturb does not hold it), the
// outage once the quiet ends.
void TestWatchingNotifier::theSwitchSilencesAccountProblemsAndDoNotDisturbHoldsAnOutage()
{
    WatchedPair pair(false);
    QVERIFY(pair.ready());
    JobSync *lab = pair.lab();

    restartEmulator(pair.two.lab, finishedJobs(4, pair.clock.now()),
                    QStringLiteral("1000.rotated"));
    QVERIFY(pollAgain(lab, *pair.two.lab));
    QCOMPARE(lab->state(), JobSync::State::SignInNeeded);
    QVERIFY(pair.stopProductionServer());
    pair.clock.advance(std::chrono::minutes(6));
    pair.watching.notifier.checkDue();
    QVERIFY(pair.told().isEmpty());

    NotificationRules rules = pair.rules;
    rules.accountProblems = true;
    rules.doNotDisturb = true;
    pair.watching.notifier.setRules(rules);
    pair.watching.notifier.checkDue();
    QCOMPARE(pair.told().size(), 1);
    QCOMPARE(pair.told().constFirst().kind, JobNotification::Kind::SignInNeeded);
    QCOMPARE(pair.told().constFirst().accountId, pair.two.ids.at(1));
    rules.doNotDisturb = false;
    pair.watching.notifier.setRules(rules);
    QCOMPARE(pair.told().size(), 2);
    QCOMPARE(pair.told().constLast().kind, JobNotification::Kind::Unreachable);
    QCOMPARE(pair.told().constLast().accountId, pair.two.ids.at(0));
}

// The keychain is locked when the monitor starts: neither account can be opened. Told once for
// the start, with what to do, however many accounts it stops.
void TestWatchingNotifier::aLockedKeychainAtStartIsToldOnce()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto production = startEmulator(finishedJobs(4, now), QStringLiteral("1000.production"));
    const auto lab = startEmulator(finishedJobs(4, now), QStringLiteral("1000.lab"));
    AccountStore store;
    StandInKeychain keychain;
    AccountManager accounts(&store, &keychain);
    const QStringList ids = signInOnEmulators(
        accounts,
        { { QStringLiteral("Production"), production.get(), QStringLiteral("1000.production") },
          { QStringLiteral("Lab"), lab.get(), QStringLiteral("1000.lab") } },
        this);
    QCOMPARE(ids.size(), 2);

    keychain.failReads = StandInKeychain::locked();
    Watching watching(accounts);
    for (const QString &id : ids)
        QTRY_COMPARE(watching.sessions.session(id)->state(),
                     AccountSession::State::KeychainProblem);
    QCOMPARE(watching.told.notifications.size(), 1);
    const JobNotification told = watching.told.notifications.constFirst();
    QCOMPARE(told.kind, JobNotification::Kind::KeychainProblem);
    QCOMPARE(told.summary, QStringLiteral("Jobs are not watched: the keychain could not be read"));
    QCOMPARE(told.body, StandInKeychain::locked().message());
    QVERIFY2(told.body.contains(QStringLiteral("Unlock it")), qPrintable(told.body));
    QVERIFY(ids.contains(told.accountId));
    // Nothing was asked of the servers.
    QVERIFY(std::none_of(
        production->receivedRequests().cbegin(), production->receivedRequests().cend(),
        [](const auto &request) { return request.path.endsWith(QLatin1String("/jobs")); }));
}

// Both accounts were signed in with pasted tokens, and no token answer said how long tokens live:
// Zoho's hour is assumed. Five minutes before it ends, each is told once, with Sign In…; the next
// polls, which still succeed, tell nothing more.
void TestWatchingNotifier::aPastedTokenIsToldFiveMinutesBeforeItsHourEnds()
{
    WatchedPair pair;
    QVERIFY(pair.ready());
    JobSync *production = pair.production();
    const QDateTime expires = Settings::pastedToken(pair.two.ids.at(0)).pastedAt.addSecs(3600);
    QVERIFY(expires.isValid());

    pair.clock.advance(std::chrono::minutes(54));
    pair.watching.notifier.checkDue();
    QVERIFY(pair.told().isEmpty());
    pair.clock.advance(std::chrono::seconds(61));
    pair.watching.notifier.checkDue();
    QCOMPARE(pair.told().size(), 2);
    const auto toldFor = [&](const QString &accountId) {
        for (const JobNotification &notification : pair.told()) {
            if (notification.accountId == accountId)
                return notification;
        }
        return JobNotification();
    };
    const JobNotification told = toldFor(pair.two.ids.at(0));
    QCOMPARE(told.kind, JobNotification::Kind::TokenExpiring);
    QVERIFY(told.opensSignIn());
    QCOMPARE(told.summary,
             QStringLiteral("Production: the access token probably expires at %1 — sign in to "
                            "keep watching")
                 .arg(TimeFormat::clockTime(expires, pair.clock.now())));
    QCOMPARE(toldFor(pair.two.ids.at(1)).kind, JobNotification::Kind::TokenExpiring);

    QVERIFY(pollAgain(production, *pair.two.production));
    QCOMPARE(production->state(), JobSync::State::Synced);
    pair.clock.advance(std::chrono::minutes(1));
    pair.watching.notifier.checkDue();
    QCOMPARE(pair.told().size(), 2);
}

// The emulator issues tokens that live ten minutes (--token-ttl). The account's sign-in with a
// Self Client code brought a token answer saying so; then the admin pasted such a token. Told
// five minutes before those ten end; when the emulator stops accepting it, the sign-in needed
// follows, once.
void TestWatchingNotifier::aShortLivedPastedTokenIsToldByWhatItsTokenAnswerSaid()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    EmulatorServer::Options options;
    options.manualClock = &clock;
    options.oauth.accessTokenLifetime = std::chrono::minutes(10);
    const auto server = startEmulator(finishedJobs(5, clock.now()), QString(), options);
    AccountStore store;
    SessionSecretStore secrets;
    AccountManager accounts(&store, &secrets, clock);
    const Account account = accountOn(QStringLiteral("Quick"), *server);
    bool signedIn = false;
    accounts.signInWithGrantCode(
        account, clientSecret,
        server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"), clock.now()), this,
        [&signedIn](const AccountOutcome &outcome) { signedIn = outcome.ok; });
    QTRY_VERIFY(signedIn);
    QCOMPARE(Settings::pastedToken(account.id).lifetime, std::chrono::minutes(10));

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), account.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
    form.addQueryItem(
        QStringLiteral("code"),
        server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"), clock.now()));
    QUrl tokenUrl = server->origin();
    tokenUrl.setPath(QStringLiteral("/oauth/v2/token"));
    const HttpAnswer answer
        = sendHttp("POST", tokenUrl, {}, form.toString(QUrl::FullyEncoded).toUtf8());
    const QString token = QJsonDocument::fromJson(answer.body)
                              .object()
                              .value(QStringLiteral("access_token"))
                              .toString();
    QVERIFY2(!token.isEmpty(), answer.body.constData());
    bool pasted = false;
    accounts.signInWithAccessToken(
        *store.find(account.id), token, this,
        [&pasted](const AccountOutcome &outcome) { pasted = outcome.ok; });
    QTRY_VERIFY(pasted);
    const QDateTime pastedAt = clock.now();
    QCOMPARE(Settings::pastedToken(account.id).pastedAt, pastedAt);

    Watching watching(accounts, clock);
    JobSync *sync = watching.sync(account.id);
    QTRY_COMPARE_WITH_TIMEOUT(sync->state(), JobSync::State::Synced, 10000);
    clock.advance(std::chrono::minutes(4));
    watching.notifier.checkDue();
    QVERIFY(watching.told.notifications.isEmpty());
    clock.advance(std::chrono::seconds(61));
    watching.notifier.checkDue();
    QCOMPARE(watching.told.notifications.size(), 1);
    QCOMPARE(watching.told.notifications.constFirst().summary,
             QStringLiteral("Quick: the access token probably expires at %1 — sign in to keep "
                            "watching")
                 .arg(TimeFormat::clockTime(pastedAt.addSecs(600), clock.now())));
    QVERIFY(pollAgain(sync, *server));
    QCOMPARE(sync->state(), JobSync::State::Synced);
    QCOMPARE(watching.told.notifications.size(), 1);

    clock.advance(std::chrono::minutes(5));
    QVERIFY(pollAgain(sync, *server));
    QCOMPARE(sync->state(), JobSync::State::SignInNeeded);
    watching.notifier.checkDue();
    QCOMPARE(watching.told.notifications.size(), 2);
    QCOMPARE(watching.told.notifications.constLast().kind, JobNotification::Kind::SignInNeeded);
    QVERIFY(pollAgain(sync, *server));
    QCOMPARE(watching.told.notifications.size(), 2);
}

QTEST_GUILESS_MAIN(TestWatchingNotifier)
#include "tst_watchingnotifier.moc"
