// A SCIM filter as a user types it or a client sends it (ScimFilter::parse), and the evaluation
// of what it accepts against a few jobs. Whatever the text: a filter, or an error that points
// into the text. An accepted filter gives the same answers one job at a time and in the
// emulator's ScimScan, and "not (…)" around it gives the opposite answers.

#include "scimfilter.h"

#include "fuzzsupport.h"
#include "scimscan.h"

#include <QList>

namespace {

QList<Job> jobsToMatch()
{
    // Texts shared between jobs, as the decoder shares them, so that a scan remembers answers.
    const QString bulk = QStringLiteral("Bulk User Creation");
    const QString management = QStringLiteral("Management");
    const QString completed = QStringLiteral("COMPLETED");
    const QDateTime start(QDate(2025, 4, 4), QTime(13, 12, 13), Qt::UTC);

    Job finished;
    finished.id = QStringLiteral("2000000000001");
    finished.startTime = start;
    finished.endTime = start.addSecs(3);
    finished.actionName = bulk;
    finished.statusText = completed;
    finished.status = jobStatusFromApi(completed);
    finished.module = management;

    Job alike = finished;
    alike.id = QStringLiteral("2000000000002");
    alike.endTime = start.addDays(400);

    Job running;
    running.id = QStringLiteral("2000000000003");
    running.startTime = start.addMSecs(1);
    running.actionName = QStringLiteral("Single User Creation");
    running.statusText = QStringLiteral("RUNNING");
    running.status = JobStatus::Running;
    running.module = management;

    Job odd;
    odd.id = QStringLiteral("9");
    odd.startTime = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    odd.endTime = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    odd.actionName = QString();
    odd.statusText = QStringLiteral("Ärger \"quoted\" ✓");
    odd.status = JobStatus::Unknown;
    odd.module = QStringLiteral("mod\\ule");

    return { finished, alike, running, odd, finished };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString expression = QString::fromUtf8(fuzzInput(data, size));
    ScimFilterError error;
    const std::optional<ScimFilter> filter = ScimFilter::parse(expression, &error);
    if (!filter) {
        FUZZ_CHECK(error.position >= 0 && error.position <= expression.size());
        FUZZ_CHECK(!error.message.isEmpty());
        return 0;
    }
    static const QList<Job> jobs = jobsToMatch();
    if (filter->matchesEverything()) {
        for (const Job &job : jobs)
            FUZZ_CHECK(filter->matches(job));
        return 0;
    }

    const std::optional<ScimFilter> negated
        = ScimFilter::parse(QStringLiteral("not (") + expression + QStringLiteral(")"), &error);
    if (!negated) {
        // Only a filter already at the nesting limit may fail to parse once wrapped.
        FUZZ_CHECK(error.message.contains(QStringLiteral("levels of parentheses")));
        return 0;
    }
    ScimScan scan(*filter);
    for (const Job &job : jobs) {
        const bool matches = filter->matches(job);
        FUZZ_CHECK(scan.matches(job) == matches);
        FUZZ_CHECK(negated->matches(job) == !matches);
    }
    return 0;
}
