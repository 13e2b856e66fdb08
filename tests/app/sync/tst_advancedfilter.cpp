#include "fixtures/watchedsync.h"
#include "jobgenerator.h"
#include "jobstore.h"
#include "sync/advancedfilter.h"
#include "sync/jobcache.h"

#include <QTemporaryDir>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

// The filters the server received, in order.
QStringList filtersSent(const Watched &watched, qsizetype since)
{
    QStringList filters;
    for (const auto &request : watched.requestsSince(since)) {
        const QUrlQuery query(request.query);
        if (query.hasQueryItem(QStringLiteral("filter")))
            filters.append(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded));
    }
    return filters;
}

QSet<QString> idsOf(const QList<Job> &jobs, const std::function<bool(const Job &)> &keep)
{
    QSet<QString> ids;
    for (const Job &job : jobs) {
        if (keep(job))
            ids.insert(job.id);
    }
    return ids;
}

} // namespace

class TestAdvancedFilter final : public QObject
{
    Q_OBJECT

private slots:
    void invalidExpressionSendsNothingAndSaysWhere_data();
    void invalidExpressionSendsNothingAndSaysWhere();
    void validExpressionIsAnsweredByTheServer();
    void answerFollowsTheJobsAsTheyChange();
    void failedQuestionHidesNoJob();
    void blankExpressionTurnsItOff();
    void everyAccountsServerIsAsked();
    void aSyncWithNothingYetIsAskedOnceItAnswers();
    void aCacheWhileTheServerFailsIsShown();
};

void TestAdvancedFilter::invalidExpressionSendsNothingAndSaysWhere_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown attribute") << QStringLiteral(R"(status eq "ERROR" and owner eq "me")")
                                       << 22 << QStringLiteral("unknown attribute 'owner'");
    QTest::newRow("unclosed string")
        << QStringLiteral(R"(module eq "Manage)") << 10 << QStringLiteral("not closed");
    QTest::newRow("missing operator")
        << QStringLiteral(R"(status "ERROR")") << 7 << QStringLiteral("expected an operator");
}

void TestAdvancedFilter::invalidExpressionSendsNothingAndSaysWhere()
{
    QFETCH(QString, expression);
    QFETCH(int, position);
    QFETCH(QString, words);
    Watched watched(JobGenerator::generate(30, 2, now));
    AdvancedFilter filter({ &watched.sync });
    QSignalSpy ids(&filter, &AdvancedFilter::matchingIdsChanged);
    const qsizetype before = watched.server->receivedRequests().size();

    filter.apply(expression);
    QCOMPARE(filter.state(), AdvancedFilter::State::Invalid);
    QVERIFY(filter.syntaxError());
    QCOMPARE(filter.syntaxError()->position, position);
    QVERIFY2(filter.syntaxError()->message.contains(words),
             qPrintable(filter.syntaxError()->message));
    QVERIFY(filter.matchingIds().isEmpty());
    QVERIFY(ids.isEmpty());
    // Give a request every chance to leave: none may.
    QTest::qWait(100);
    QCOMPARE(watched.server->receivedRequests().size(), before);
}

void TestAdvancedFilter::validExpressionIsAnsweredByTheServer()
{
    const QList<Job> jobs = JobGenerator::generate(300, 4, now);
    Watched watched(jobs);
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    AdvancedFilter filter({ &watched.sync });
    const QString expression = QStringLiteral(
        R"(status eq "ERROR" or (module eq "automation" and not (status eq "COMPLETED")))");
    const qsizetype before = watched.server->receivedRequests().size();

    filter.apply(expression);
    QCOMPARE(filter.state(), AdvancedFilter::State::Querying);
    // Until the server answers, no job is shown as matching.
    QCOMPARE(filter.matchingIds(), JobIdsByTable({ { watched.sync.model(), {} } }));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    QCOMPARE(filtersSent(watched, before).value(0), expression);
    const QSet<QString> expected = idsOf(jobs, [](const Job &job) {
        return job.status == JobStatus::Error
            || (job.module.compare(QLatin1String("Automation"), Qt::CaseInsensitive) == 0
                && job.status != JobStatus::Completed);
    });
    QVERIFY(expected.size() > 10);
    QCOMPARE(filter.matchingIds().value(watched.sync.model()), expected);
    QCOMPARE(filter.matchCount(), int(expected.size()));
}

void TestAdvancedFilter::answerFollowsTheJobsAsTheyChange()
{
    Watched watched(JobGenerator::generate(40, 5, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    AdvancedFilter filter({ &watched.sync });
    filter.apply(QStringLiteral(R"(status eq "WARNING")"));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    const auto matched = [&] { return filter.matchingIds().value(watched.sync.model()); };
    const QSet<QString> before = matched();

    JobStore::NewJob running;
    running.statusText = QStringLiteral("RUNNING");
    running.outcome = JobStatus::Warning;
    running.entityCount = 20;
    running.runMs = 5000;
    const Job added = watched.server->store().add(running, now);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    // Still running: asked again after the poll that brought it, and not matched.
    QTRY_VERIFY(!matched().contains(added.id) && filtersSent(watched, 0).size() == 2);
    QCOMPARE(matched(), before);

    watched.moveServerTime(6s);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QTRY_VERIFY(matched().contains(added.id));
    QCOMPARE(matched().size(), before.size() + 1);

    // A poll that changed nothing asks nothing.
    const qsizetype quiet = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QTest::qWait(100);
    QVERIFY(filtersSent(watched, quiet).isEmpty());
}

void TestAdvancedFilter::failedQuestionHidesNoJob()
{
    Watched watched(JobGenerator::generate(40, 6, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    AdvancedFilter filter({ &watched.sync });
    watched.setFaults({ QStringLiteral("error500") });
    filter.apply(QStringLiteral(R"(status eq "ERROR")"));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Failed);
    QCOMPARE(filter.requestError()->kind, RequestError::Kind::Server);
    // Never answered: the jobs are shown unfiltered, not hidden.
    QVERIFY(filter.matchingIds().isEmpty());
    QCOMPARE(filter.failure(), filter.requestError()->message());

    watched.setFaults({});
    filter.retry();
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    const JobIdsByTable answered = filter.matchingIds();
    QVERIFY(!answered.value(watched.sync.model()).isEmpty());

    // Once answered, a failure keeps the last answer.
    watched.setFaults({ QStringLiteral("error500") });
    filter.retry();
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Failed);
    QCOMPARE(filter.matchingIds(), answered);

    // The next good poll asks again.
    watched.setFaults({});
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
}

void TestAdvancedFilter::blankExpressionTurnsItOff()
{
    Watched watched(JobGenerator::generate(20, 7, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    AdvancedFilter filter({ &watched.sync });
    filter.apply(QStringLiteral(R"(module eq "Management")"));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    QSignalSpy ids(&filter, &AdvancedFilter::matchingIdsChanged);
    filter.apply(QStringLiteral("   "));
    QCOMPARE(filter.state(), AdvancedFilter::State::Off);
    QVERIFY(filter.matchingIds().isEmpty());
    QCOMPARE(ids.size(), 1);
}

// All accounts at once: each server is asked, each answer narrows its own account's jobs, a
// server that fails is named while the others' answers stand, and one account in trouble makes
// no other account's server be asked again.
void TestAdvancedFilter::everyAccountsServerIsAsked()
{
    const QList<Job> productionJobs = JobGenerator::generate(60, 8, now);
    const QList<Job> labJobs = JobGenerator::generate(25, 9, now);
    Watched production(productionJobs);
    Watched lab(labJobs);
    production.sync.model()->setAccountName(QStringLiteral("Production"));
    lab.sync.model()->setAccountName(QStringLiteral("Lab"));
    QVERIFY(production.completePoll([&] { production.sync.start(); }));
    QVERIFY(lab.completePoll([&] { lab.sync.start(); }));
    AdvancedFilter filter({ &production.sync, &lab.sync });
    const QString expression = QStringLiteral(R"(status eq "ERROR")");
    const auto errors = [](const Job &job) { return job.status == JobStatus::Error; };

    filter.apply(expression);
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    QCOMPARE(filtersSent(production, 0), QStringList { expression });
    QCOMPARE(filtersSent(lab, 0), QStringList { expression });
    QCOMPARE(filter.matchingIds().value(production.sync.model()), idsOf(productionJobs, errors));
    QCOMPARE(filter.matchingIds().value(lab.sync.model()), idsOf(labJobs, errors));
    QCOMPARE(filter.matchCount(),
             int(idsOf(productionJobs, errors).size() + idsOf(labJobs, errors).size()));

    lab.setFaults({ QStringLiteral("error500") });
    filter.retry();
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Failed);
    QVERIFY2(filter.failure().startsWith(QStringLiteral("Lab: ")), qPrintable(filter.failure()));
    // Lab's last answer still stands, as does Production's new one.
    QVERIFY(filter.keptLastAnswer());
    QCOMPARE(filter.matchingIds().value(lab.sync.model()), idsOf(labJobs, errors));
    QCOMPARE(filter.matchingIds().value(production.sync.model()), idsOf(productionJobs, errors));

    // Production polls on quietly: nobody is asked again for Lab's sake.
    const qsizetype productionSeen = production.server->receivedRequests().size();
    const qsizetype labSeen = lab.server->receivedRequests().size();
    for (int i = 0; i < 3; ++i)
        QVERIFY(production.completePoll([&] { production.sync.refreshNow(); }));
    QTest::qWait(100);
    QVERIFY(filtersSent(production, productionSeen).isEmpty());
    QVERIFY(filtersSent(lab, labSeen).isEmpty());

    // A new expression that Lab cannot answer: its jobs are not restricted, and the words say
    // it never answered.
    filter.apply(QStringLiteral(R"(status eq "WARNING")"));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Failed);
    QVERIFY(!filter.keptLastAnswer());
    QVERIFY(!filter.matchingIds().contains(lab.sync.model()));
    QVERIFY(filter.matchingIds().contains(production.sync.model()));
}

// A window restored with a filter opens before its account has polled: nothing is sent to a
// server that has not answered yet, nothing is shown as matching, and the question goes out
// as soon as the account has jobs.
void TestAdvancedFilter::aSyncWithNothingYetIsAskedOnceItAnswers()
{
    const QList<Job> jobs = JobGenerator::generate(30, 10, now);
    Watched watched(jobs);
    AdvancedFilter filter({ &watched.sync });
    filter.apply(QStringLiteral(R"(module eq "Management")"));
    QCOMPARE(filter.matchingIds(), JobIdsByTable({ { watched.sync.model(), {} } }));
    QTest::qWait(100);
    QVERIFY(watched.server->receivedRequests().isEmpty());

    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    QCOMPARE(filter.matchingIds().value(watched.sync.model()), idsOf(jobs, [](const Job &job) {
                 return job.module.compare(QLatin1String("Management"), Qt::CaseInsensitive) == 0;
             }));
}

// The same, but the server is down: the cached jobs are asked about at once, and when the
// question fails they are shown unfiltered, with why — never hidden behind "asking".
void TestAdvancedFilter::aCacheWhileTheServerFailsIsShown()
{
    QTemporaryDir directory;
    const JobCache cache(directory.path());
    const QList<Job> jobs = JobGenerator::generate(30, 11, now);
    QVERIFY(cache.save(QStringLiteral("test"), { jobs, now.addSecs(-600) }));
    Watched watched(jobs);
    watched.sync.setCache(&cache);
    watched.setFaults({ QStringLiteral("error500") });
    AdvancedFilter filter({ &watched.sync });
    filter.apply(QStringLiteral(R"(status eq "ERROR")"));
    watched.sync.start();
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Failed);
    QCOMPARE(watched.sync.jobs().size(), 30);
    QVERIFY(filter.matchingIds().isEmpty());
    QCOMPARE(filter.requestError()->kind, RequestError::Kind::Server);
}

QTEST_GUILESS_MAIN(TestAdvancedFilter)
#include "tst_advancedfilter.moc"
