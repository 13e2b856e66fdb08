#include "fixtures/watchedsync.h"
#include "jobstore.h"
#include "notify/joboverview.h"
#include "platform/translations.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {

// A job that arrives now on the emulator, QUEUED or as `statusText` says, and stays so while the
// sync is not asked again.
Job addWaitingJob(Watched &watched, const QString &action, const QString &statusText)
{
    JobStore::NewJob job;
    job.actionName = action;
    job.statusText = statusText;
    return watched.server->store().add(job, watched.clock.now());
}

// A sync that has read its server once, named `name`.
bool startWatching(Watched &watched, const QString &name)
{
    watched.sync.model()->setAccountName(name);
    return watched.completePoll([&] { watched.sync.start(); });
}

} // namespace

class TestJobOverview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSummaryCountsWhatRunsAndWhatWentWrongThisHour();
    void theWorstStateWins_data();
    void theWorstStateWins();
    void theNewestJobsAreListedInTheirOwnWords();
    void severalAccountsAreToldApartByName();
};

void TestJobOverview::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
}

void TestJobOverview::theSummaryCountsWhatRunsAndWhatWentWrongThisHour()
{
    // History: everything finished hours ago.
    Watched watched(finishedJobs(20, now.addSecs(-6 * 3600)));
    QVERIFY(startWatching(watched, QStringLiteral("Production")));
    const QList<JobOverview::Source> sources { { &watched.sync, false } };
    JobOverview overview = JobOverview::of(sources, 0, watched.clock.now());
    QCOMPARE(overview.state, JobOverview::State::Idle);
    QCOMPARE(overview.summary, QStringLiteral("Nothing running"));

    startJob(watched, "Bulk User Creation", JobStatus::Error, 20, 2000);
    startJob(watched, "Bulk Group Creation", JobStatus::Warning, 20, 2000);
    watched.moveServerTime(3s);
    startJob(watched, "Bulk Password Reset", JobStatus::Completed, 20, 60000);
    startJob(watched, "Bulk User Modification", JobStatus::Completed, 20, 60000);
    addWaitingJob(watched, QStringLiteral("Bulk User Deletion"), QStringLiteral("QUEUED"));
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    overview = JobOverview::of(sources, 0, watched.clock.now());
    QCOMPARE(overview.state, JobOverview::State::Running);
    QCOMPARE(overview.summary,
             QStringLiteral("2 running · 1 queued · 1 failed in the last hour · 1 with warnings in "
                            "the last hour"));

    // An hour after they ended, the failure and the warning are no longer news.
    watched.moveServerTime(60min - 1s);
    QCOMPARE(JobOverview::of(sources, 0, watched.clock.now()).summary,
             QStringLiteral("2 running · 1 queued · 1 failed in the last hour · 1 with warnings in "
                            "the last hour"));
    watched.moveServerTime(2s);
    QCOMPARE(JobOverview::of(sources, 0, watched.clock.now()).summary,
             QStringLiteral("2 running · 1 queued"));
}

void TestJobOverview::theWorstStateWins_data()
{
    // What happens to the one account, in this order: "running" (a job starts), "paused",
    // "server errors", "offline", "signed out" (the server refuses its token), "keychain" (the
    // session cannot sign it in); and how many problems were told and not looked at.
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<int>("unseen");
    QTest::addColumn<JobOverview::State>("state");
    QTest::addColumn<QString>("summary");

    using State = JobOverview::State;
    QTest::newRow("nothing") << QStringList() << 0 << State::Idle
                             << QStringLiteral("Nothing running");
    QTest::newRow("a job running") << QStringList { QStringLiteral("running") } << 0
                                   << State::Running << QStringLiteral("1 running");
    QTest::newRow("paused, a job still running")
        << QStringList { QStringLiteral("running"), QStringLiteral("paused") } << 0
        << State::Running << QStringLiteral("1 running\npolling paused");
    QTest::newRow("a problem not looked at beats running")
        << QStringList { QStringLiteral("running") } << 1 << State::Attention
        << QStringLiteral("1 running");
    QTest::newRow("offline beats running")
        << QStringList { QStringLiteral("running"), QStringLiteral("offline") } << 0
        << State::Offline << QStringLiteral("1 running\noffline");
    QTest::newRow("server errors are offline too")
        << QStringList { QStringLiteral("server errors") } << 0 << State::Offline
        << QStringLiteral("Nothing running\nserver errors");
    QTest::newRow("a problem not looked at beats offline")
        << QStringList { QStringLiteral("offline") } << 2 << State::Attention
        << QStringLiteral("Nothing running\noffline");
    QTest::newRow("refused by the server: sign-in needed beats everything")
        << QStringList { QStringLiteral("running"), QStringLiteral("signed out") } << 3
        << State::SignInNeeded << QStringLiteral("1 running\nsign-in needed");
    QTest::newRow("the session's word: sign-in needed")
        << QStringList { QStringLiteral("keychain") } << 0 << State::SignInNeeded
        << QStringLiteral("Nothing running\nsign-in needed");
}

void TestJobOverview::theWorstStateWins()
{
    QFETCH(QStringList, events);
    QFETCH(int, unseen);
    QFETCH(JobOverview::State, state);
    QFETCH(QString, summary);
    Watched watched(finishedJobs(10, now.addSecs(-6 * 3600)));
    QVERIFY(startWatching(watched, QStringLiteral("Production")));
    StaticTokenSource refused(QStringLiteral("1000.refused"));
    JobOverview::Source source { &watched.sync, false };
    for (const QString &event : std::as_const(events)) {
        if (event == QLatin1String("running")) {
            startJob(watched, "Bulk User Creation", JobStatus::Completed, 20, 60000);
            QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
        } else if (event == QLatin1String("paused")) {
            watched.sync.setPaused(true);
        } else if (event == QLatin1String("server errors")) {
            watched.setFaults({ QStringLiteral("error500") });
            QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
        } else if (event == QLatin1String("offline")) {
            watched.sync.setNetworkAvailable(false);
        } else if (event == QLatin1String("signed out")) {
            watched.sync.client()->setTokenSource(&refused);
            QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
        } else if (event == QLatin1String("keychain")) {
            source.signInNeeded = true;
        }
    }
    const JobOverview overview = JobOverview::of({ source }, unseen, watched.clock.now());
    QCOMPARE(overview.state, state);
    QCOMPARE(overview.summary, summary);
}

// The tray menu's entries: the five newest by start time, "action — status"; a status the app
// does not know as the server wrote it, a job that could not be read by its id.
void TestJobOverview::theNewestJobsAreListedInTheirOwnWords()
{
    const QList<Job> history = finishedJobs(3, now.addSecs(-6 * 3600));
    Watched watched(history);
    // The first job of the page is spoilt: the newest, never read, so nothing but its id is known
    // (not even when it started: it comes last).
    watched.setFaults({ QStringLiteral("odd-job") });
    QVERIFY(startWatching(watched, QStringLiteral("Production")));
    watched.setFaults({});
    const QString unreadableId = history.constFirst().id;
    QCOMPARE(watched.sync.jobs().find(unreadableId)->status, JobStatus::Unreadable);
    const QList<JobOverview::Source> sources { { &watched.sync, false } };
    QList<JobOverview::RecentJob> recent = JobOverview::of(sources, 0, watched.clock.now()).recent;
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.constLast().jobId, unreadableId);
    QCOMPARE(recent.constLast().text, QStringLiteral("Job %1 — Unreadable").arg(unreadableId));
    QCOMPARE(recent.constLast().status, JobStatus::Unreadable);
    QCOMPARE(recent.constLast().accountId, QStringLiteral("test"));
    QCOMPARE(recent.at(0).jobId, history.at(1).id);
    QCOMPARE(recent.at(0).text,
             QStringLiteral("%1 — %2").arg(history.at(1).actionName,
                                           jobStatusDisplayName(history.at(1).status)));

    const Job running = startJob(watched, "Bulk User Creation", JobStatus::Completed, 20, 60000);
    watched.moveServerTime(1s);
    const Job paused = addWaitingJob(watched, QStringLiteral("Bulk Password Reset"),
                                     QStringLiteral("PAUSED_BY_ADMIN"));
    watched.moveServerTime(1s);
    const Job queued
        = addWaitingJob(watched, QStringLiteral("R&D <b>import</b>"), QStringLiteral("QUEUED"));
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    recent = JobOverview::of(sources, 0, watched.clock.now()).recent;
    QCOMPARE(recent.size(), JobOverview::recentCount);
    const QList<std::pair<QString, QString>> expected {
        { queued.id, QStringLiteral("R&D <b>import</b> — Queued") },
        { paused.id, QStringLiteral("Bulk Password Reset — PAUSED_BY_ADMIN") },
        { running.id, QStringLiteral("Bulk User Creation — Running") },
        // Read again, the spoilt job is the newest of the history.
        { history.at(0).id,
          QStringLiteral("%1 — %2").arg(history.at(0).actionName,
                                        jobStatusDisplayName(history.at(0).status)) },
        { history.at(1).id,
          QStringLiteral("%1 — %2").arg(history.at(1).actionName,
                                        jobStatusDisplayName(history.at(1).status)) },
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(recent.at(i).jobId, expected.at(i).first);
        QCOMPARE(recent.at(i).text, expected.at(i).second);
    }
    QCOMPARE(recent.at(1).status, JobStatus::Unknown);
}

// All accounts at once: each trouble and each job says whose it is; the newest five of them all.
void TestJobOverview::severalAccountsAreToldApartByName()
{
    Watched production(finishedJobs(4, now.addSecs(-6 * 3600)));
    Watched lab(finishedJobs(4, now.addSecs(-6 * 3600)));
    QVERIFY(startWatching(production, QStringLiteral("Production")));
    QVERIFY(startWatching(lab, QStringLiteral("Lab")));
    const Job failing = startJob(lab, "Bulk User Creation", JobStatus::Error, 20, 2000);
    QVERIFY(lab.completePoll([&] { lab.sync.refreshNow(); }));
    lab.moveServerTime(3s);
    QVERIFY(lab.completePoll([&] { lab.sync.refreshNow(); }));
    lab.sync.setNetworkAvailable(false);
    production.moveServerTime(5s);
    const Job running
        = startJob(production, "Bulk Password Reset", JobStatus::Completed, 20, 60000);
    QVERIFY(production.completePoll([&] { production.sync.refreshNow(); }));

    const JobOverview overview = JobOverview::of(
        { { &production.sync, false }, { &lab.sync, true } }, 1, production.clock.now());
    QCOMPARE(overview.state, JobOverview::State::SignInNeeded);
    QCOMPARE(overview.summary,
             QStringLiteral("1 running · 1 failed in the last hour\nLab: sign-in needed"));
    QCOMPARE(overview.recent.size(), JobOverview::recentCount);
    QCOMPARE(overview.recent.at(0).jobId, running.id);
    QCOMPARE(overview.recent.at(0).text,
             QStringLiteral("Bulk Password Reset — Running (Production)"));
    QCOMPARE(overview.recent.at(1).jobId, failing.id);
    QCOMPARE(overview.recent.at(1).text, QStringLiteral("Bulk User Creation — Error (Lab)"));

    const JobOverview offline = JobOverview::of(
        { { &production.sync, false }, { &lab.sync, false } }, 0, production.clock.now());
    QCOMPARE(offline.state, JobOverview::State::Offline);
    QCOMPARE(offline.summary,
             QStringLiteral("1 running · 1 failed in the last hour\nLab: offline"));
}

QTEST_GUILESS_MAIN(TestJobOverview)
#include "tst_joboverview.moc"
