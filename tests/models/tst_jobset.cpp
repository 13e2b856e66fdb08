#include "fixtures/jobfixture.h"
#include "jobset.h"

#include <QTest>

namespace {

QString idOf(int n)
{
    return makeJob(n).id;
}

QStringList idsOfJobs(const QList<int> &numbers)
{
    QStringList ids;
    for (const int n : numbers)
        ids.append(idOf(n));
    return ids;
}

// Jobs `numbers` in that order, all completed but `failed`, which ended in an error.
QList<Job> answer(const QList<int> &numbers, int failed = 0)
{
    QList<Job> jobs;
    for (const int n : numbers)
        jobs.append(makeJob(n, n == failed ? JobStatus::Error : JobStatus::Completed));
    return jobs;
}

} // namespace

// What merging an answer into an account's jobs says changed: what every view, the cache and
// the notifications act on.
class TestJobSet final : public QObject
{
    Q_OBJECT

private slots:
    void firstAnswerAddsEveryJob();
    void aChangedFieldIsSaidWithWhatItWas_data();
    void aChangedFieldIsSaidWithWhatItWas();
    void anUnchangedAnswerChangesNothing();
    void aCompleteListingRemovesWhatItDoesNotList();
    void aPartialListingRemovesNothing();
    void aRepeatedIdInOneAnswerCountsOnce();
    void anAnswerInAnotherOrderSaysWhatChanged_data();
    void anAnswerInAnotherOrderSaysWhatChanged();
    void detailsAreNotKept();
    void anUnreadableJobIsListedAndCounted();
    void aJobReadBeforeKeepsWhatWasReadWhenUnreadable();
    void removeTakesOneJob();
    void newestFirstBreaksTiesById();
    void activeMeansQueuedOrRunningAsLastRead();
};

void TestJobSet::firstAnswerAddsEveryJob()
{
    JobSet set;
    const QList<Job> jobs = makeJobs(3);
    const JobChanges changes = set.merge(jobs, true);
    QCOMPARE(changes.added, jobs);
    QVERIFY(changes.updated.isEmpty());
    QVERIFY(changes.removed.isEmpty());
    QCOMPARE(set.size(), 3);
    QCOMPARE(*set.find(idOf(2)), makeJob(2));
    QVERIFY(!set.find(idOf(4)));
}

void TestJobSet::aChangedFieldIsSaidWithWhatItWas_data()
{
    QTest::addColumn<Job>("changed");
    QTest::addColumn<JobFields>("fields");
    const Job before = makeJob(1, JobStatus::Running);
    Job job = before;
    job.status = JobStatus::Warning;
    job.statusText = QStringLiteral("WARNING");
    job.endTime = before.startTime.addSecs(90);
    QTest::newRow("finished") << job << (JobFields(JobField::Status) | JobField::Finished);
    job = before;
    job.status = JobStatus::Unknown;
    job.statusText = QStringLiteral("PAUSED");
    QTest::newRow("to a status unknown") << job << JobFields(JobField::Status);
    job = before;
    job.actionName = QStringLiteral("Bulk Group Modification");
    QTest::newRow("action") << job << JobFields(JobField::Action);
    job = before;
    job.module = QStringLiteral("Automation");
    QTest::newRow("module") << job << JobFields(JobField::Module);
    job = before;
    job.startTime = before.startTime.addSecs(-5);
    QTest::newRow("start") << job << JobFields(JobField::Started);
}

void TestJobSet::aChangedFieldIsSaidWithWhatItWas()
{
    QFETCH(Job, changed);
    QFETCH(JobFields, fields);
    JobSet set;
    set.merge({ makeJob(1, JobStatus::Running), makeJob(2) }, true);
    const JobChanges changes = set.merge({ changed, makeJob(2) }, true);
    QVERIFY(changes.added.isEmpty());
    QVERIFY(changes.removed.isEmpty());
    QCOMPARE(changes.updated.size(), 1);
    const JobUpdate &update = changes.updated.constFirst();
    QCOMPARE(update.job, changed);
    QCOMPARE(update.fields, fields);
    QCOMPARE(update.previousStatus, JobStatus::Running);
    QCOMPARE(update.isTransition(), fields.testFlag(JobField::Status));
    QCOMPARE(*set.find(changed.id), changed);
}

void TestJobSet::anUnchangedAnswerChangesNothing()
{
    JobSet set;
    set.merge(makeJobs(20), true);
    QVERIFY(set.merge(makeJobs(20), true).isEmpty());
    QVERIFY(set.merge(makeJobs(5), false).isEmpty());
    QCOMPARE(set.size(), 20);
}

void TestJobSet::aCompleteListingRemovesWhatItDoesNotList()
{
    JobSet set;
    set.merge(makeJobs(5), true);
    const JobChanges changes = set.merge({ makeJob(1), makeJob(3), makeJob(6) }, true);
    QCOMPARE(idsOf(changes.added), QStringList { idOf(6) });
    QStringList removed = changes.removed;
    removed.sort();
    QCOMPARE(removed, (QStringList { idOf(2), idOf(4), idOf(5) }));
    QCOMPARE(set.size(), 3);
    QVERIFY(!set.find(idOf(2)));
    // An empty complete listing: the account has no jobs left.
    QCOMPARE(set.merge({}, true).removed.size(), 3);
    QCOMPARE(set.size(), 0);
}

// One page, or the hot set: the jobs it does not mention are not taken for gone.
void TestJobSet::aPartialListingRemovesNothing()
{
    JobSet set;
    set.merge(makeJobs(5), true);
    const JobChanges changes = set.merge({ makeJob(2, JobStatus::Error), makeJob(7) }, false);
    QVERIFY(changes.removed.isEmpty());
    QCOMPARE(idsOf(changes.added), QStringList { idOf(7) });
    QCOMPARE(changes.updated.size(), 1);
    QCOMPARE(set.size(), 6);
    QCOMPARE(set.merge({}, false).removed.size(), 0);
    QCOMPARE(set.size(), 6);
}

void TestJobSet::aRepeatedIdInOneAnswerCountsOnce()
{
    JobSet set;
    const JobChanges first = set.merge({ makeJob(1), makeJob(2), makeJob(1) }, true);
    QCOMPARE(idsOf(first.added), (QStringList { idOf(1), idOf(2) }));
    QCOMPARE(set.size(), 2);
    // Listed twice, the second time differently: the first one counts.
    const JobChanges again
        = set.merge({ makeJob(1), makeJob(2), makeJob(1, JobStatus::Error) }, true);
    QVERIFY(again.isEmpty());
    QCOMPARE(set.find(idOf(1))->status, JobStatus::Completed);
}

// A complete answer is compared with the last one in list order where the two agree: whatever
// the server moved, added, dropped or repeated, the changes are those of the jobs alone.
void TestJobSet::anAnswerInAnotherOrderSaysWhatChanged_data()
{
    QTest::addColumn<QList<QList<Job>>>("before");
    // Then one page of it (not complete), and a job deleted.
    QTest::addColumn<QList<Job>>("page");
    QTest::addColumn<int>("deleted");
    QTest::addColumn<QList<Job>>("next");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("updated");
    QTest::addColumn<QStringList>("removed");
    const QList<QList<Job>> six { answer({ 6, 5, 4, 3, 2, 1 }) };
    const QList<Job> noPage;
    const QStringList none;
    QTest::newRow("same order") << six << noPage << 0 << answer({ 6, 5, 4, 3, 2, 1 }, 4) << none
                                << idsOfJobs({ 4 }) << none;
    QTest::newRow("a new job first") << six << noPage << 0 << answer({ 7, 6, 5, 4, 3, 2, 1 }, 3)
                                     << idsOfJobs({ 7 }) << idsOfJobs({ 3 }) << none;
    QTest::newRow("one gone, the next changed")
        << six << noPage << 0 << answer({ 6, 5, 3, 2, 1 }, 3) << none << idsOfJobs({ 3 })
        << idsOfJobs({ 4 });
    QTest::newRow("neighbours swapped") << six << noPage << 0 << answer({ 6, 4, 5, 3, 2, 1 }, 2)
                                        << none << idsOfJobs({ 2 }) << none;
    QTest::newRow("reversed") << six << noPage << 0 << answer({ 1, 2, 3, 4, 5, 6 }, 5) << none
                              << idsOfJobs({ 5 }) << none;
    QTest::newRow("repeated where one was dropped")
        << six << noPage << 0 << QList<Job> { makeJob(6), makeJob(5), makeJob(5, JobStatus::Error),
                                              makeJob(3), makeJob(2), makeJob(1, JobStatus::Error) }
        << none << idsOfJobs({ 1 }) << idsOfJobs({ 4 });
    QTest::newRow("after removals in earlier answers")
        << QList<QList<Job>> { answer({ 6, 5, 4, 3, 2, 1 }), answer({ 8, 7, 6, 4, 3, 1 }),
                               answer({ 9, 8, 7, 6, 4, 1 }) }
        << noPage << 0 << answer({ 9, 8, 6, 4, 2, 1 }, 6) << idsOfJobs({ 2 }) << idsOfJobs({ 6 })
        << idsOfJobs({ 7 });
    QTest::newRow("after one was deleted")
        << six << noPage << 5 << answer({ 6, 4, 3, 2, 1 }, 6) << none << idsOfJobs({ 6 }) << none;
    QTest::newRow("a page merged in between")
        << six << answer({ 8, 7 }) << 0 << answer({ 8, 7, 6, 5, 4, 3, 2, 1 }, 8) << none
        << idsOfJobs({ 8 }) << none;
}

void TestJobSet::anAnswerInAnotherOrderSaysWhatChanged()
{
    QFETCH(QList<QList<Job>>, before);
    QFETCH(QList<Job>, page);
    QFETCH(int, deleted);
    QFETCH(QList<Job>, next);
    QFETCH(QStringList, added);
    QFETCH(QStringList, updated);
    QFETCH(QStringList, removed);
    JobSet set;
    for (const QList<Job> &complete : std::as_const(before))
        set.merge(complete, true);
    set.merge(page, false);
    if (deleted > 0)
        QCOMPARE(set.remove(idOf(deleted)).removed, QStringList { idOf(deleted) });

    const JobChanges changes = set.merge(next, true);
    QCOMPARE(idsOf(changes.added), added);
    QStringList updatedIds;
    for (const JobUpdate &update : changes.updated) {
        updatedIds.append(update.job.id);
        QCOMPARE(update.fields, JobFields(JobField::Status));
        QCOMPARE(update.previousStatus, JobStatus::Completed);
        QCOMPARE(update.job.status, JobStatus::Error);
    }
    QCOMPARE(updatedIds, updated);
    QStringList removedIds = changes.removed;
    removedIds.sort();
    QCOMPARE(removedIds, removed);
    const QStringList listed = idsOf(next);
    QCOMPARE(set.size(), int(QSet<QString>(listed.cbegin(), listed.cend()).size()));
    for (const Job &job : next)
        QCOMPARE(set.find(job.id)->id, job.id);
    // The answer after it, the same again: nothing changed, whichever way it was found.
    QVERIFY(set.merge(next, true).isEmpty());
}

// Details belong to one job's detail view, never to the list (nor to the cache written from it).
void TestJobSet::detailsAreNotKept()
{
    Job detailed = makeJob(1);
    detailed.details = JobDetails { QStringLiteral("user"), {} };
    JobSet set;
    QVERIFY(!set.merge({ detailed }, true).added.constFirst().details);
    QVERIFY(!set.find(detailed.id)->details);
    // Only the details differ: nothing changed.
    QVERIFY(set.merge({ detailed }, true).isEmpty());
}

void TestJobSet::anUnreadableJobIsListedAndCounted()
{
    JobSet set;
    set.merge({ makeJob(1), makeJob(2, JobStatus::Running), unreadableJob(3) }, true);
    QCOMPARE(set.size(), 3);
    QCOMPARE(set.find(idOf(3))->status, JobStatus::Unreadable);
    QCOMPARE(set.unreadableCount(), 1);
    // Listed unreadable again: still there, nothing changed.
    QVERIFY(set.merge({ makeJob(1), makeJob(2, JobStatus::Running), unreadableJob(3) }, true)
                .isEmpty());
    // Readable at last: the job it is.
    const JobChanges read
        = set.merge({ makeJob(1), makeJob(2, JobStatus::Running), makeJob(3) }, true);
    QCOMPARE(read.updated.size(), 1);
    QCOMPARE(read.updated.constFirst().previousStatus, JobStatus::Unreadable);
    QCOMPARE(*set.find(idOf(3)), makeJob(3));
    QCOMPARE(set.unreadableCount(), 0);
    // No longer listed at all: gone, whether it could be read or not.
    set.merge({ makeJob(1), unreadableJob(4) }, true);
    QCOMPARE(set.merge({ makeJob(1) }, true).removed, QStringList { idOf(4) });
    QCOMPARE(set.unreadableCount(), 0);
}

// A running job the next answer could not be read in: kept as it was read, only marked. It is
// neither finished nor gone, and is no longer followed in the hot set.
void TestJobSet::aJobReadBeforeKeepsWhatWasReadWhenUnreadable()
{
    JobSet set;
    const Job running = makeJob(1, JobStatus::Running);
    set.merge({ running, makeJob(2) }, true);
    QCOMPARE(set.activeIds(), QStringList { running.id });

    const JobChanges marked = set.merge({ unreadableJob(1), makeJob(2) }, true);
    QVERIFY(marked.removed.isEmpty());
    QCOMPARE(marked.updated.size(), 1);
    const JobUpdate &update = marked.updated.constFirst();
    QCOMPARE(update.fields, JobFields(JobField::ReadProblem));
    QVERIFY(!update.isTransition());
    Job expected = running;
    expected.readProblem = unreadableJob(1).readProblem;
    QCOMPARE(*set.find(running.id), expected);
    QCOMPARE(set.unreadableCount(), 1);
    QVERIFY(set.activeIds().isEmpty());
    QVERIFY(!set.hasActive());

    // The next readable answer replaces it: now finished, and no longer marked.
    Job finished = makeJob(1, JobStatus::Completed);
    const JobChanges read = set.merge({ finished, makeJob(2) }, true);
    QCOMPARE(read.updated.size(), 1);
    QCOMPARE(read.updated.constFirst().fields,
             JobFields(JobField::Status) | JobField::Finished | JobField::ReadProblem);
    QCOMPARE(read.updated.constFirst().previousStatus, JobStatus::Running);
    QCOMPARE(*set.find(running.id), finished);
    QCOMPARE(set.unreadableCount(), 0);
}

void TestJobSet::removeTakesOneJob()
{
    JobSet set;
    set.merge(makeJobs(3), true);
    QCOMPARE(set.remove(idOf(2)).removed, QStringList { idOf(2) });
    QCOMPARE(set.size(), 2);
    QVERIFY(!set.find(idOf(2)));
    QVERIFY(set.remove(idOf(2)).isEmpty());
    QVERIFY(set.remove(QStringLiteral("no such job")).isEmpty());
    QCOMPARE(set.size(), 2);
}

void TestJobSet::newestFirstBreaksTiesById()
{
    Job shortId = makeJob(2);
    shortId.id = QStringLiteral("999");
    Job sameStart = makeJob(2);
    sameStart.id = QStringLiteral("1000");
    JobSet set;
    set.merge({ makeJob(1), shortId, makeJob(3), sameStart }, true);
    // A tie goes to the larger id, by number, not by text.
    QCOMPARE(idsOf(set.newestFirst()),
             (QStringList { idOf(3), QStringLiteral("1000"), QStringLiteral("999"), idOf(1) }));
}

void TestJobSet::activeMeansQueuedOrRunningAsLastRead()
{
    JobSet set;
    set.merge({ makeJob(1), makeJob(2, JobStatus::Queued), makeJob(3, JobStatus::Running),
                makeJob(4, JobStatus::Error), makeJob(5, JobStatus::Warning), unreadableJob(6) },
              true);
    QStringList active = set.activeIds();
    active.sort();
    QCOMPARE(active, (QStringList { idOf(2), idOf(3) }));
    QVERIFY(set.hasActive());
    set.merge({ makeJob(2), makeJob(3, JobStatus::Warning) }, false);
    QVERIFY(set.activeIds().isEmpty());
    QVERIFY(!set.hasActive());
}

QTEST_APPLESS_MAIN(TestJobSet)
#include "tst_jobset.moc"
