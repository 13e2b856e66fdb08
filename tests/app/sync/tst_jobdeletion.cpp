#include "accounts/watchedaccounts.h"
#include "fixtures/accountfixture.h"
#include "fixtures/watchedsync.h"
#include "platform/translations.h"
#include "sync/jobdeletion.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Kind = JobDeletion::Outcome::Kind;
using Outcomes = QList<JobDeletion::Outcome>;

// The DELETE requests `server` received since `start`, by the ids in their paths.
QStringList deletesReceived(const EmulatorServer &server, qsizetype start = 0)
{
    QStringList ids;
    for (const EmulatorServer::ReceivedRequest &request : server.receivedRequests().mid(start)) {
        if (request.method == "DELETE")
            ids.append(request.path.section(QLatin1Char('/'), -1));
    }
    ids.sort();
    return ids;
}

// Starts `deletion` and waits for it to finish: the outcomes by job id (and account name).
QHash<QString, JobDeletion::Outcome> deleteAndWait(JobDeletion &deletion)
{
    QSignalSpy finished(&deletion, &JobDeletion::finished);
    deletion.start();
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 10000))
        return {};
    // Once, with what outcomes() holds.
    QTest::qWait(50);
    if (finished.size() != 1
        || finished.constFirst().constFirst().value<Outcomes>().size()
            != deletion.outcomes().size())
        return {};
    QHash<QString, JobDeletion::Outcome> outcomes;
    for (const JobDeletion::Outcome &outcome : deletion.outcomes())
        outcomes.insert(outcome.account + outcome.id, outcome);
    return outcomes;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

JobDeletion::Outcome outcomeOf(Kind kind)
{
    return { QStringLiteral("2000000000001"), QString(), kind, QString() };
}

} // namespace

// Deleting the jobs an admin confirmed, against real servers: what each server was asked, and
// what became of each job.
class TestJobDeletion final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachConfirmedJobIsDeletedOnce();
    void aJobGoneOnTheServerIsAlreadyGone();
    void aRefusalIsSaidInTheServersWordsAndNotRetried();
    void nothingIsSentForJobsUnreadableOrGoneSinceChosen();
    void eachAccountsJobsAreDeletedOnItsOwnServer();
    void nothingToDeleteFinishesAtOnce();
    void summary_data();
    void summary();

private:
    QTemporaryDir m_settings;
};

void TestJobDeletion::initTestCase()
{
    // Deletions are written to the audit trail, under the test's own data directory.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    // The plural forms as the user reads them ("1 job deleted").
    Translations::install(*QCoreApplication::instance());
}

void TestJobDeletion::eachConfirmedJobIsDeletedOnce()
{
    const QList<Job> jobs = finishedJobs(20, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    const QStringList chosen { jobs.at(0).id, jobs.at(7).id, jobs.at(19).id };
    JobDeletion deletion({ { &watched.sync, chosen.at(0) },
                           { &watched.sync, chosen.at(1) },
                           { &watched.sync, chosen.at(2) } });
    const QHash<QString, JobDeletion::Outcome> outcomes = deleteAndWait(deletion);
    QCOMPARE(outcomes.size(), 3);
    for (const QString &id : chosen) {
        QCOMPARE(outcomes.value(id).kind, Kind::Deleted);
        QCOMPARE(outcomes.value(id).reason, QString());
        QVERIFY(!watched.server->store().get(id));
        QVERIFY(!watched.sync.jobs().find(id));
    }
    QCOMPARE(deletesReceived(*watched.server), sorted(chosen));
    QCOMPARE(watched.sync.model()->rowCount(), 17);
    QCOMPARE(JobDeletion::summary(deletion.outcomes()), QStringLiteral("3 jobs deleted"));
}

// Listed when the deletion started, deleted by someone else before the request arrived.
void TestJobDeletion::aJobGoneOnTheServerIsAlreadyGone()
{
    const QList<Job> jobs = finishedJobs(10, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QVERIFY(watched.server->store().remove(jobs.at(3).id));
    JobDeletion deletion({ { &watched.sync, jobs.at(3).id }, { &watched.sync, jobs.at(4).id } });
    const QHash<QString, JobDeletion::Outcome> outcomes = deleteAndWait(deletion);
    QCOMPARE(deletesReceived(*watched.server), sorted({ jobs.at(3).id, jobs.at(4).id }));
    QCOMPARE(outcomes.value(jobs.at(3).id).kind, Kind::AlreadyGone);
    QCOMPARE(outcomes.value(jobs.at(4).id).kind, Kind::Deleted);
    // Gone either way: neither is shown any more.
    QVERIFY(!watched.sync.jobs().find(jobs.at(3).id));
    QCOMPARE(watched.sync.model()->rowCount(), 8);
    QCOMPARE(JobDeletion::summary(deletion.outcomes()),
             QStringLiteral("1 job deleted · 1 already gone"));
}

void TestJobDeletion::aRefusalIsSaidInTheServersWordsAndNotRetried()
{
    const QList<Job> jobs = finishedJobs(10, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    watched.setFaults({ QStringLiteral("error500,count=1") });
    JobDeletion deletion({ { &watched.sync, jobs.at(2).id } });
    const QHash<QString, JobDeletion::Outcome> outcomes = deleteAndWait(deletion);
    QCOMPARE(outcomes.value(jobs.at(2).id).kind, Kind::Failed);
    QCOMPARE(outcomes.value(jobs.at(2).id).reason,
             QStringLiteral("The server answered HTTP 500. An unexpected internal error has "
                            "occurred on the server. Please try again later."));
    // Asked once; the job stays, on the server and in the table.
    QCOMPARE(deletesReceived(*watched.server), QStringList { jobs.at(2).id });
    QVERIFY(watched.server->store().get(jobs.at(2).id));
    QVERIFY(watched.sync.jobs().find(jobs.at(2).id));
    QCOMPARE(JobDeletion::summary(deletion.outcomes()), QStringLiteral("1 failed"));
}

// The admin chose the jobs while all were readable; by the time the deletion starts, the last
// answer could not be read for one and no longer lists another.
void TestJobDeletion::nothingIsSentForJobsUnreadableOrGoneSinceChosen()
{
    const QList<Job> jobs = finishedJobs(50, now.addSecs(-3600));
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    // The odd-job fault spoils the first job of the page: the newest.
    const QString unreadable = jobs.at(0).id;
    const QString gone = jobs.at(5).id;
    const QString readable = jobs.at(6).id;
    watched.setFaults({ QStringLiteral("odd-job") });
    watched.server->store().remove(gone);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QVERIFY(watched.sync.jobs().find(unreadable)->readProblem);
    QVERIFY(!watched.sync.jobs().find(gone));

    const qsizetype before = watched.server->receivedRequests().size();
    JobDeletion deletion(
        { { &watched.sync, unreadable }, { &watched.sync, gone }, { &watched.sync, readable } });
    const QHash<QString, JobDeletion::Outcome> outcomes = deleteAndWait(deletion);
    QCOMPARE(watched.requestsSince(before).size(), 1);
    QCOMPARE(deletesReceived(*watched.server, before), QStringList { readable });
    QVERIFY(watched.server->store().get(unreadable));
    QVERIFY(watched.sync.jobs().find(unreadable));

    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.value(unreadable).kind, Kind::Failed);
    QCOMPARE(outcomes.value(unreadable).reason,
             QStringLiteral("could not be read in the last answer; not deleted"));
    QCOMPARE(outcomes.value(gone).kind, Kind::AlreadyGone);
    QCOMPARE(outcomes.value(readable).kind, Kind::Deleted);
}

// Two tenants number their jobs alike: the twins are deleted each by its own server, each
// outcome names its account, and one server failing fails only its own job.
void TestJobDeletion::eachAccountsJobsAreDeletedOnItsOwnServer()
{
    const QList<Job> jobs = finishedJobs(8, QDateTime::currentDateTimeUtc().addSecs(-3600));
    TwoAccounts two(jobs, jobs);
    QCOMPARE(two.ids.size(), 2);
    WatchedAccounts sessions(&two.accounts, nullptr);
    sessions.refresh();
    JobSync *production = sessions.session(two.ids.at(0))->sync();
    JobSync *lab = sessions.session(two.ids.at(1))->sync();
    QTRY_COMPARE(production->jobs().size(), 8);
    QTRY_COMPARE(lab->jobs().size(), 8);

    const QString twin = jobs.at(1).id;
    const QString labOnly = jobs.at(2).id;
    JobDeletion both({ { production, twin }, { lab, twin }, { lab, labOnly } });
    const QHash<QString, JobDeletion::Outcome> outcomes = deleteAndWait(both);
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.value(QStringLiteral("Production") + twin).kind, Kind::Deleted);
    QCOMPARE(outcomes.value(QStringLiteral("Lab") + twin).kind, Kind::Deleted);
    QCOMPARE(outcomes.value(QStringLiteral("Lab") + labOnly).kind, Kind::Deleted);
    QCOMPARE(deletesReceived(*two.production), QStringList { twin });
    QCOMPARE(deletesReceived(*two.lab), sorted({ twin, labOnly }));
    QVERIFY(two.production->store().get(labOnly));
    QCOMPARE(production->jobs().size(), 7);
    QCOMPARE(lab->jobs().size(), 6);

    const QString next = jobs.at(3).id;
    two.lab->faults().set({ *FaultPlan::parse(QStringLiteral("error500,count=1"), nullptr) });
    JobDeletion oneFails({ { production, next }, { lab, next } });
    const QHash<QString, JobDeletion::Outcome> told = deleteAndWait(oneFails);
    QCOMPARE(told.value(QStringLiteral("Production") + next).kind, Kind::Deleted);
    QCOMPARE(told.value(QStringLiteral("Lab") + next).kind, Kind::Failed);
    QVERIFY(!two.production->store().get(next));
    QVERIFY(two.lab->store().get(next));
    QCOMPARE(JobDeletion::summary(oneFails.outcomes()), QStringLiteral("1 job deleted · 1 failed"));
}

void TestJobDeletion::nothingToDeleteFinishesAtOnce()
{
    JobDeletion deletion({});
    QSignalSpy finished(&deletion, &JobDeletion::finished);
    deletion.start();
    QCOMPARE(finished.size(), 1);
    QVERIFY(deletion.outcomes().isEmpty());
    QCOMPARE(JobDeletion::summary(deletion.outcomes()), QStringLiteral("0 jobs deleted"));
}

void TestJobDeletion::summary_data()
{
    QTest::addColumn<Outcomes>("outcomes");
    QTest::addColumn<QString>("words");
    const JobDeletion::Outcome deleted = outcomeOf(Kind::Deleted);
    const JobDeletion::Outcome gone = outcomeOf(Kind::AlreadyGone);
    const JobDeletion::Outcome failed = outcomeOf(Kind::Failed);
    QTest::newRow("one deleted") << Outcomes { deleted } << QStringLiteral("1 job deleted");
    QTest::newRow("two deleted") << Outcomes { deleted, deleted }
                                 << QStringLiteral("2 jobs deleted");
    QTest::newRow("only gone") << Outcomes { gone, gone } << QStringLiteral("2 already gone");
    QTest::newRow("only failed") << Outcomes { failed } << QStringLiteral("1 failed");
    QTest::newRow("all three, in that order")
        << Outcomes { failed, gone, deleted, deleted, failed }
        << QStringLiteral("2 jobs deleted · 1 already gone · 2 failed");
    QTest::newRow("nothing") << Outcomes() << QStringLiteral("0 jobs deleted");
}

void TestJobDeletion::summary()
{
    QFETCH(Outcomes, outcomes);
    QFETCH(QString, words);
    QCOMPARE(JobDeletion::summary(outcomes), words);
}

QTEST_GUILESS_MAIN(TestJobDeletion)
#include "tst_jobdeletion.moc"
