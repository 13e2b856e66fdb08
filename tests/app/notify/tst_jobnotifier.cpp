#include "fixtures/policyfile.h"
#include "fixtures/watchedsync.h"
#include "jobgenerator.h"
#include "jobresultmodel.h"
#include "jobstore.h"
#include "notify/jobnotifier.h"
#include "platform/policy.h"
#include "platform/translations.h"
#include "sync/jobcache.h"
#include "timeformat.h"

#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace std::chrono_literals;

namespace {

// Three recent runs of `action` that took a minute each, the last ended 39 minutes before `now`.
QList<Job> minuteRuns(const char *action)
{
    QList<Job> runs;
    for (int i = 0; i < 3; ++i) {
        Job done;
        done.id = QString::number(2000000000100LL + i);
        done.actionName = QString::fromLatin1(action);
        done.module = QStringLiteral("Management");
        done.status = JobStatus::Completed;
        done.statusText = QStringLiteral("COMPLETED");
        done.startTime = now.addSecs(-3600 + i * 600);
        done.endTime = done.startTime.addSecs(60);
        runs.append(done);
    }
    return runs;
}

// `failed` of `runs` runs of `action`, one a day from two days before `now` back, a minute each.
QList<Job> dailyRuns(const char *action, int runs, int failed, int firstId)
{
    QList<Job> history;
    for (int day = 0; day < runs; ++day) {
        Job done;
        done.id = QString::number(2000000000000LL + firstId + day);
        done.actionName = QString::fromLatin1(action);
        done.module = QStringLiteral("Management");
        done.status = day < failed ? JobStatus::Error : JobStatus::Completed;
        done.statusText = jobStatusToApi(done.status);
        done.startTime = now.addDays(-2 - day);
        done.endTime = done.startTime.addSecs(60);
        history.append(done);
    }
    return history;
}

// The notifications of `kind` among `notifications`.
QList<JobNotification> ofKind(const QList<JobNotification> &notifications,
                              JobNotification::Kind kind)
{
    QList<JobNotification> found;
    for (const JobNotification &notification : notifications) {
        if (notification.kind == kind)
            found.append(notification);
    }
    return found;
}

// The notifications told while `what` runs.
QList<JobNotification> told(JobNotifier &notifier, const std::function<void()> &what)
{
    QList<JobNotification> notifications;
    const QMetaObject::Connection connection
        = QObject::connect(&notifier, &JobNotifier::notificationReady,
                           [&notifications](const JobNotification &notification) {
                               notifications.append(notification);
                           });
    what();
    QObject::disconnect(connection);
    return notifications;
}

} // namespace

class TestJobNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aJobSeenFinishingIsToldOnceWithItsCounts();
    void jobsFinishedBeforeTheFirstGoodPollAreHistory();
    void aJobThatCameAndWentBetweenPollsIsTold();
    void fourOrMoreInOnePollAreOneSummary();
    void rulesSwitchAndMute_data();
    void rulesSwitchAndMute();
    void doNotDisturbHoldsAllButErrors();
    void whatQuietHeldSurvivesARestart();
    void nothingIsToldTwiceAcrossARestart();
    void aStuckJobIsToldOnce();
    void stuckRulesSwitchAndMute_data();
    void stuckRulesSwitchAndMute();
    void whatCouldNotBeReadIsNeverTold();
    void anActionFailingFarMoreThanUsualIsToldOnceADay();
    void failureSpikesSwitchOff_data();
    void failureSpikesSwitchOff();

private:
    // Where a notifier keeps what it told; one per test, shared by its notifiers.
    QString toldFile() const { return m_told->filePath(QStringLiteral("told")); }

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_told;
};

void TestJobNotifier::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*QCoreApplication::instance());
}

void TestJobNotifier::init()
{
    QSettings().clear();
    m_told = std::make_unique<QTemporaryDir>();
}

void TestJobNotifier::aJobSeenFinishingIsToldOnceWithItsCounts()
{
    Watched watched(finishedJobs(30, now.addSecs(-6 * 3600)));
    JobNotifier notifier(toldFile(), watched.clock);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const Job job = startJob(watched, "Bulk User Creation", JobStatus::Error, 40);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QSignalSpy unseen(&notifier, &JobNotifier::unseenProblemsChanged);

    watched.moveServerTime(11s);
    const QList<JobNotification> notifications = told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.size(), 1);
    const JobNotification &notification = notifications.constFirst();
    QCOMPARE(notification.kind, JobNotification::Kind::Finished);
    QCOMPARE(notification.jobId, job.id);
    QCOMPARE(notification.accountId, QStringLiteral("test"));
    QCOMPARE(notification.summary, QStringLiteral("Bulk User Creation failed"));
    const std::optional<Job> served = watched.server->store().get(job.id);
    const int failed = JobResultModel::summarize(served->details->results).failed;
    QVERIFY(failed > 0);
    QVERIFY2(
        notification.body.startsWith(QStringLiteral("%1 of 40 users failed\nTook ").arg(failed)),
        qPrintable(notification.body));
    // One account: no account line.
    QVERIFY(!notification.body.contains(QStringLiteral("Account")));
    QVERIFY(notification.isCritical());
    QVERIFY(notification.hasFailures);
    QCOMPARE(notifier.unseenProblems(), 1);
    QCOMPARE(unseen.size(), 1);
    notifier.markSeen();
    QCOMPARE(notifier.unseenProblems(), 0);

    // Later polls and a full reconcile say nothing more.
    const QList<JobNotification> later = told(notifier, [&] {
        QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
        QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    });
    QVERIFY(later.isEmpty());
}

// A cache from before the app started says a job ran; the first poll finds it finished. The
// sync fetches it with its details all the same, but the admin is not told of old news.
void TestJobNotifier::jobsFinishedBeforeTheFirstGoodPollAreHistory()
{
    QTemporaryDir cacheDirectory;
    const JobCache cache(cacheDirectory.path());
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    const Job job = startJob(watched, "Bulk Password Reset", JobStatus::Completed);
    QVERIFY(cache.save(QStringLiteral("test"),
                       { { watched.server->store().get(job.id).value() }, now.addSecs(-60) }));
    watched.moveServerTime(11s);
    watched.sync.setCache(&cache);
    JobNotifier notifier(toldFile(), watched.clock);
    notifier.watch(&watched.sync);
    QSignalSpy finished(&watched.sync, &JobSync::jobFinished);
    const QList<JobNotification> notifications
        = told(notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.start(); })); });
    QCOMPARE(finished.size(), 1);
    QVERIFY(notifications.isEmpty());
}

// Between two polls a short job arrived and finished: the first the app sees of it is its end.
void TestJobNotifier::aJobThatCameAndWentBetweenPollsIsTold()
{
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    JobNotifier notifier(toldFile(), watched.clock);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const Job job = startJob(watched, "Bulk Group Creation", JobStatus::Warning, 12, 2000);
    watched.moveServerTime(3s);
    const QList<JobNotification> notifications = told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.size(), 1);
    QCOMPARE(notifications.constFirst().jobId, job.id);
    QCOMPARE(notifications.constFirst().summary,
             QStringLiteral("Bulk Group Creation finished with warnings"));
    QVERIFY2(
        notifications.constFirst().body.contains(QStringLiteral(" of 12 groups failed"))
            || notifications.constFirst().body.contains(QStringLiteral("All 12 groups succeeded")),
        qPrintable(notifications.constFirst().body));
}

void TestJobNotifier::fourOrMoreInOnePollAreOneSummary()
{
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    JobNotifier notifier(toldFile(), watched.clock);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QStringList ids;
    for (const JobStatus outcome : { JobStatus::Completed, JobStatus::Completed, JobStatus::Warning,
                                     JobStatus::Error, JobStatus::Completed })
        ids.append(startJob(watched, "Bulk User Modification", outcome).id);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    watched.moveServerTime(11s);
    const QList<JobNotification> notifications = told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.size(), 1);
    const JobNotification &burst = notifications.constFirst();
    QCOMPARE(burst.kind, JobNotification::Kind::Burst);
    QCOMPARE(burst.summary, QStringLiteral("5 jobs finished"));
    QCOMPARE(burst.body, QStringLiteral("3 completed · 1 with warnings · 1 failed"));
    QCOMPARE(burst.status, JobStatus::Error);
    QVERIFY(burst.hasFailures);
    QVERIFY(burst.jobId.isEmpty());
    QCOMPARE(notifier.unseenProblems(), 2);
}

void TestJobNotifier::rulesSwitchAndMute_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("told");
    QTest::newRow("as is") << QString() << true;
    QTest::newRow("errors off") << QStringLiteral("error") << false;
    QTest::newRow("completions off, an error still told") << QStringLiteral("completed") << true;
    QTest::newRow("module muted, any case") << QStringLiteral("module") << false;
    QTest::newRow("action muted") << QStringLiteral("action") << false;
    // The administrator's policy tells every failure, whatever the user's rules.
    QTest::newRow("errors off, failures forced by the policy")
        << QStringLiteral("policy error") << true;
    QTest::newRow("module muted, failures forced by the policy")
        << QStringLiteral("policy module") << true;
}

void TestJobNotifier::rulesSwitchAndMute()
{
    QFETCH(QString, change);
    QFETCH(bool, told);
    if (change.startsWith(QLatin1String("policy "))) {
        change = change.mid(7);
        applyPolicy(m_settings.path(), "[General]\nalwaysNotifyFailures=true\n");
    }
    const auto noPolicy = qScopeGuard([] { Policy::makeCurrent(Policy()); });
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    JobNotifier notifier(toldFile(), watched.clock);
    NotificationRules rules;
    rules.error = change != QLatin1String("error");
    rules.completed = change != QLatin1String("completed");
    if (change == QLatin1String("module"))
        rules.mutedModules = QStringList { QStringLiteral("AUTOMATION") };
    if (change == QLatin1String("action"))
        rules.mutedActions = QStringList { QStringLiteral("Scheduled User Provisioning") };
    notifier.setRules(rules);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    startJob(watched, "Scheduled User Provisioning", JobStatus::Error);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    watched.moveServerTime(11s);
    const QList<JobNotification> notifications = ::told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.size(), told ? 1 : 0);
}

void TestJobNotifier::doNotDisturbHoldsAllButErrors()
{
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    JobNotifier notifier(toldFile(), watched.clock);
    NotificationRules rules;
    rules.doNotDisturb = true;
    notifier.setRules(rules);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    startJob(watched, "Bulk User Creation", JobStatus::Completed);
    startJob(watched, "Bulk Password Reset", JobStatus::Warning);
    const Job failing = startJob(watched, "Bulk User Deletion", JobStatus::Error);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    watched.moveServerTime(11s);
    const QList<JobNotification> notifications = told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.size(), 1);
    QCOMPARE(notifications.constFirst().jobId, failing.id);
    // The tray still knows a warning came in.
    QCOMPARE(notifier.unseenProblems(), 2);

    // Quiet ends: what it held is told as one summary, once.
    rules.doNotDisturb = false;
    const QList<JobNotification> held = told(notifier, [&] { notifier.setRules(rules); });
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.constFirst().summary,
             QStringLiteral("2 jobs finished while you were not to be disturbed"));
    QCOMPARE(held.constFirst().body, QStringLiteral("1 completed · 1 with warnings"));
    QCOMPARE(held.constFirst().accountId, QStringLiteral("test"));
    QVERIFY(told(notifier, [&] {
                QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
                notifier.setRules(rules);
            }).isEmpty());
}

// The app quits while quiet; it is started again once quiet is over: what was held is told.
void TestJobNotifier::whatQuietHeldSurvivesARestart()
{
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    NotificationRules quiet;
    quiet.doNotDisturb = true;
    {
        JobNotifier first(toldFile(), watched.clock);
        first.setRules(quiet);
        first.watch(&watched.sync);
        QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
        startJob(watched, "Bulk User Creation", JobStatus::Completed);
        QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
        watched.moveServerTime(11s);
        QVERIFY(told(first, [&] {
                    QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
                }).isEmpty());
    }
    JobNotifier second(toldFile(), watched.clock);
    const QList<JobNotification> notifications
        = told(second, [&] { second.setRules(NotificationRules()); });
    QCOMPARE(notifications.size(), 1);
    QCOMPARE(notifications.constFirst().summary,
             QStringLiteral("1 job finished while you were not to be disturbed"));
    // Told once: a third run has nothing to say.
    JobNotifier third(toldFile(), watched.clock);
    QVERIFY(told(third, [&] { third.setRules(NotificationRules()); }).isEmpty());
}

// The app quits after telling of a job, and the next run sees the same job finish (its cache was
// lost, say, and it had followed the job since before): told once only.
void TestJobNotifier::nothingIsToldTwiceAcrossARestart()
{
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    JobSync again(QStringLiteral("test"), watched.clock);
    again.client()->setBaseUrl(watched.server->apiBaseUrl());
    again.client()->setTokenSource(&watched.source);
    auto first = std::make_unique<JobNotifier>(toldFile(), watched.clock);
    first->watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const Job job = startJob(watched, "Bulk User Creation", JobStatus::Completed);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QSignalSpy againPolled(&again, &JobSync::pollSucceeded);
    again.start();
    QTRY_COMPARE(againPolled.size(), 1);

    watched.moveServerTime(11s);
    QCOMPARE(told(*first,
                  [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); })
                 .size(),
             1);
    first.reset();

    JobNotifier second(toldFile(), watched.clock);
    second.watch(&again);
    QSignalSpy finished(&again, &JobSync::jobFinished);
    const QList<JobNotification> notifications = told(second, [&] {
        again.refreshNow();
        QTRY_COMPARE(againPolled.size(), 2);
    });
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<Job>().id, job.id);
    QVERIFY(notifications.isEmpty());
}

void TestJobNotifier::aStuckJobIsToldOnce()
{
    Watched watched(minuteRuns("Bulk Password Reset"));
    JobNotifier notifier(toldFile(), watched.clock);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const Job slow
        = startJob(watched, "Bulk Password Reset", JobStatus::Completed, 20, 3600 * 1000);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));

    // Five minutes is over three times the usual minute, but under the ten-minute floor.
    watched.moveServerTime(5min);
    QVERIFY(told(notifier, [&] {
                QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
            }).isEmpty());
    watched.moveServerTime(6min);
    const QList<JobNotification> notifications = told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.size(), 1);
    QCOMPARE(notifications.constFirst().kind, JobNotification::Kind::Stuck);
    QCOMPARE(notifications.constFirst().jobId, slow.id);
    QCOMPARE(notifications.constFirst().summary,
             QStringLiteral("Bulk Password Reset may be stuck"));
    QCOMPARE(notifications.constFirst().body,
             QStringLiteral("Running for %1; it usually takes %2.")
                 .arg(TimeFormat::duration(11 * 60), TimeFormat::duration(60)));
    QVERIFY(!notifications.constFirst().isCritical());

    watched.moveServerTime(10min);
    QVERIFY(told(notifier, [&] {
                QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
            }).isEmpty());
}

void TestJobNotifier::stuckRulesSwitchAndMute_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("told");
    QTest::newRow("as is") << QString() << true;
    QTest::newRow("stuck jobs off") << QStringLiteral("stuck") << false;
    QTest::newRow("do not disturb") << QStringLiteral("quiet") << false;
    QTest::newRow("module muted") << QStringLiteral("module") << false;
    QTest::newRow("action muted, any case") << QStringLiteral("action") << false;
}

// Stuck by StuckDetector's measure (eleven minutes, usually one): told only as the rules allow.
void TestJobNotifier::stuckRulesSwitchAndMute()
{
    QFETCH(QString, change);
    QFETCH(bool, told);
    Watched watched(minuteRuns("Bulk Password Reset"));
    const Job slow
        = startJob(watched, "Bulk Password Reset", JobStatus::Completed, 20, 3600 * 1000);
    JobNotifier notifier(toldFile(), watched.clock);
    NotificationRules rules;
    rules.stuck = change != QLatin1String("stuck");
    rules.doNotDisturb = change == QLatin1String("quiet");
    if (change == QLatin1String("module"))
        rules.mutedModules = QStringList { slow.module };
    if (change == QLatin1String("action"))
        rules.mutedActions = QStringList { QStringLiteral("bulk password RESET") };
    notifier.setRules(rules);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.moveServerTime(11min);
    const QList<JobNotification> notifications = ::told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.size(), told ? 1 : 0);
    if (told)
        QCOMPARE(notifications.constFirst().kind, JobNotification::Kind::Stuck);
}

void TestJobNotifier::whatCouldNotBeReadIsNeverTold()
{
    // The action's history: enough for a stuck verdict.
    Watched watched(minuteRuns("Bulk User Creation"));
    const Job job = startJob(watched, "Bulk User Creation", JobStatus::Error, 40);
    JobNotifier notifier(toldFile(), watched.clock);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));

    // Read running; from now on every answer about it is unreadable, while it fails. Still
    // "running" as last read eleven minutes on, past the stuck rule's ten-minute floor and three
    // times the usual minute: what could not be read is not taken for stuck either.
    watched.setFaults({ QStringLiteral("odd-job") });
    const QList<JobNotification> whileUnreadable = told(notifier, [&] {
        QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
        watched.moveServerTime(11min);
        QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
        QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    });
    QCOMPARE(watched.sync.unreadableCount(), 1);
    QCOMPARE(whileUnreadable.size(), 0);
    QCOMPARE(notifier.unseenProblems(), 0);

    // The first answer that can be read tells it, once.
    watched.setFaults({});
    const QList<JobNotification> readAgain = told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); })); });
    QCOMPARE(readAgain.size(), 1);
    QCOMPARE(readAgain.constFirst().jobId, job.id);
    QCOMPARE(readAgain.constFirst().summary, QStringLiteral("Bulk User Creation failed"));
}

// Bulk User Creation usually fails 1 run in 20; today 6 of 8 fail: told once, that day, even
// after a restart; Bulk Password Reset fails 3 of 4 today against its usual 1 in 2: not 3× that.
void TestJobNotifier::anActionFailingFarMoreThanUsualIsToldOnceADay()
{
    Watched watched(dailyRuns("Bulk User Creation", 20, 1, 0)
                    + dailyRuns("Bulk Password Reset", 10, 5, 100));
    auto notifier = std::make_unique<JobNotifier>(toldFile(), watched.clock);
    notifier->watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    for (int run = 0; run < 8; ++run)
        startJob(watched, "Bulk User Creation", run < 6 ? JobStatus::Error : JobStatus::Completed);
    for (int run = 0; run < 4; ++run)
        startJob(watched, "Bulk Password Reset", run < 3 ? JobStatus::Error : JobStatus::Completed);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));

    watched.moveServerTime(11s);
    const QList<JobNotification> spikes = ofKind(
        told(*notifier,
             [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); }),
        JobNotification::Kind::FailureSpike);
    QCOMPARE(spikes.size(), 1);
    QCOMPARE(spikes.constFirst().summary,
             QStringLiteral("Bulk User Creation: 6 of 8 runs failed today, usually 1 in 20"));
    QCOMPARE(spikes.constFirst().accountId, QStringLiteral("test"));
    QVERIFY(spikes.constFirst().isCritical());
    // Not one job's failures: no "Show Failures" that could only open the account.
    QVERIFY(!spikes.constFirst().hasFailures);

    // One more failure the same day: not told again, not after a restart either.
    notifier = std::make_unique<JobNotifier>(toldFile(), watched.clock);
    notifier->watch(&watched.sync);
    startJob(watched, "Bulk User Creation", JobStatus::Error);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    watched.moveServerTime(11s);
    QVERIFY(ofKind(told(*notifier,
                        [&] {
                            QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); }));
                        }),
                   JobNotification::Kind::FailureSpike)
                .isEmpty());

    // The next day three failures of three runs against 8 of 29 usually (1 in 4): told anew.
    watched.moveServerTime(24h);
    for (int run = 0; run < 3; ++run)
        startJob(watched, "Bulk User Creation", JobStatus::Error);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    watched.moveServerTime(11s);
    const QList<JobNotification> nextDay = ofKind(
        told(*notifier,
             [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); }),
        JobNotification::Kind::FailureSpike);
    QCOMPARE(nextDay.size(), 1);
    QCOMPARE(nextDay.constFirst().summary,
             QStringLiteral("Bulk User Creation: 3 of 3 runs failed today, usually 1 in 4"));
}

void TestJobNotifier::failureSpikesSwitchOff_data()
{
    QTest::addColumn<bool>("switchedOff");
    QTest::newRow("switched off") << true;
    QTest::newRow("its module muted") << false;
}

// Switched off, or the failing jobs' module muted: the failures are told, the spike is not.
void TestJobNotifier::failureSpikesSwitchOff()
{
    QFETCH(bool, switchedOff);
    Watched watched(dailyRuns("Bulk User Creation", 20, 1, 0));
    JobNotifier notifier(toldFile(), watched.clock);
    notifier.watch(&watched.sync);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    Job failing;
    for (int run = 0; run < 4; ++run)
        failing = startJob(watched, "Bulk User Creation", JobStatus::Error);
    NotificationRules rules;
    if (switchedOff)
        rules.failureSpikes = false;
    else
        rules.mutedModules = QStringList { failing.module };
    notifier.setRules(rules);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    watched.moveServerTime(11s);
    const QList<JobNotification> notifications = told(
        notifier, [&] { QVERIFY(watched.completePoll([&] { watched.sync.runScheduledPoll(); })); });
    QCOMPARE(notifications.isEmpty(), !switchedOff);
    QVERIFY(ofKind(notifications, JobNotification::Kind::FailureSpike).isEmpty());
}

QTEST_GUILESS_MAIN(TestJobNotifier)
#include "tst_jobnotifier.moc"
