#include "advancedfilter.h"
#include "jobgenerator.h"
#include "jobstore.h"
#include "watchedsync.h"

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
    AdvancedFilter filter(&watched.sync);
    QSignalSpy ids(&filter, &AdvancedFilter::matchingIdsChanged);
    const qsizetype before = watched.server->receivedRequests().size();

    filter.apply(expression);
    QCOMPARE(filter.state(), AdvancedFilter::State::Invalid);
    QVERIFY(filter.syntaxError());
    QCOMPARE(filter.syntaxError()->position, position);
    QVERIFY2(filter.syntaxError()->message.contains(words),
             qPrintable(filter.syntaxError()->message));
    QVERIFY(!filter.matchingIds());
    QVERIFY(ids.isEmpty());
    // Give a request every chance to leave: none may.
    QTest::qWait(100);
    QCOMPARE(watched.server->receivedRequests().size(), before);
}

void TestAdvancedFilter::validExpressionIsAnsweredByTheServer()
{
    const QList<Job> jobs = JobGenerator::generate(300, 4, now);
    Watched watched(jobs);
    AdvancedFilter filter(&watched.sync);
    const QString expression = QStringLiteral(
        R"(status eq "ERROR" or (module eq "automation" and not (status eq "COMPLETED")))");
    const qsizetype before = watched.server->receivedRequests().size();

    filter.apply(expression);
    QCOMPARE(filter.state(), AdvancedFilter::State::Querying);
    // Until the server answers, no job is shown as matching.
    QCOMPARE(filter.matchingIds(), std::optional<QSet<QString>>(QSet<QString>()));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    QCOMPARE(filtersSent(watched, before).value(0), expression);
    const QSet<QString> expected = idsOf(jobs, [](const Job &job) {
        return job.status == JobStatus::Error
            || (job.module.compare(QLatin1String("Automation"), Qt::CaseInsensitive) == 0
                && job.status != JobStatus::Completed);
    });
    QVERIFY(expected.size() > 10);
    QCOMPARE(*filter.matchingIds(), expected);
}

void TestAdvancedFilter::answerFollowsTheJobsAsTheyChange()
{
    Watched watched(JobGenerator::generate(40, 5, now));
    QVERIFY(watched.completePoll([&] { watched.sync.start(); }));
    AdvancedFilter filter(&watched.sync);
    filter.apply(QStringLiteral(R"(status eq "WARNING")"));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    const QSet<QString> before = *filter.matchingIds();

    JobStore::NewJob running;
    running.statusText = QStringLiteral("RUNNING");
    running.outcome = JobStatus::Warning;
    running.entityCount = 20;
    running.runMs = 5000;
    const Job added = watched.server->store().add(running, now);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    // Still running: asked again after the poll that brought it, and not matched.
    QTRY_VERIFY(!filter.matchingIds()->contains(added.id) && filtersSent(watched, 0).size() == 2);
    QCOMPARE(*filter.matchingIds(), before);

    watched.moveServerTime(6s);
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QTRY_VERIFY(filter.matchingIds()->contains(added.id));
    QCOMPARE(filter.matchingIds()->size(), before.size() + 1);

    // A poll that changed nothing asks nothing.
    const qsizetype quiet = watched.server->receivedRequests().size();
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QTest::qWait(100);
    QVERIFY(filtersSent(watched, quiet).isEmpty());
}

void TestAdvancedFilter::failedQuestionHidesNoJob()
{
    Watched watched(JobGenerator::generate(40, 6, now));
    AdvancedFilter filter(&watched.sync);
    watched.setFaults({ QStringLiteral("error500") });
    filter.apply(QStringLiteral(R"(status eq "ERROR")"));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Failed);
    QCOMPARE(filter.requestError()->kind, RequestError::Kind::Server);
    // Never answered: the jobs are shown unfiltered, not hidden.
    QVERIFY(!filter.matchingIds());

    watched.setFaults({});
    filter.retry();
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    const QSet<QString> answered = *filter.matchingIds();
    QVERIFY(!answered.isEmpty());

    // Once answered, a failure keeps the last answer.
    watched.setFaults({ QStringLiteral("error500") });
    filter.retry();
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Failed);
    QCOMPARE(*filter.matchingIds(), answered);

    // The next good poll asks again.
    watched.setFaults({});
    QVERIFY(watched.completePoll([&] { watched.sync.refreshNow(); }));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
}

void TestAdvancedFilter::blankExpressionTurnsItOff()
{
    Watched watched(JobGenerator::generate(20, 7, now));
    AdvancedFilter filter(&watched.sync);
    filter.apply(QStringLiteral(R"(module eq "Management")"));
    QTRY_COMPARE(filter.state(), AdvancedFilter::State::Applied);
    QSignalSpy ids(&filter, &AdvancedFilter::matchingIdsChanged);
    filter.apply(QStringLiteral("   "));
    QCOMPARE(filter.state(), AdvancedFilter::State::Off);
    QVERIFY(!filter.matchingIds());
    QCOMPARE(ids.size(), 1);
}

QTEST_GUILESS_MAIN(TestAdvancedFilter)
#include "tst_advancedfilter.moc"
