#include "advancedfilter.h"

#include "jobsync.h"

#include <QPointer>

AdvancedFilter::AdvancedFilter(JobSync *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{
    // One question per poll that changed something, not one per change.
    connect(m_sync, &JobSync::jobsChanged, this, [this] { m_askAgain = true; });
    connect(m_sync, &JobSync::pollSucceeded, this, [this] {
        // A failed question is asked again once the server answers polls again.
        if (!m_queryUnderWay
            && ((m_askAgain && m_state == State::Applied) || m_state == State::Failed))
            query();
    });
}

std::optional<ScimFilterError> AdvancedFilter::check(const QString &expression)
{
    ScimFilterError error;
    if (ScimFilter::parse(expression, &error))
        return std::nullopt;
    return error;
}

void AdvancedFilter::apply(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    if (trimmed == m_expression && m_state != State::Failed)
        return;
    m_expression = trimmed;
    m_requestError.reset();
    ++m_generation;
    m_queryUnderWay = false;
    m_syntaxError = check(trimmed);
    if (m_syntaxError) {
        setMatchingIds(std::nullopt);
        setState(State::Invalid);
        return;
    }
    if (trimmed.isEmpty()) {
        setMatchingIds(std::nullopt);
        setState(State::Off);
        return;
    }
    // Until the server answers, the view shows no job rather than jobs that may not match.
    setMatchingIds(QSet<QString>());
    setState(State::Querying);
    query();
}

void AdvancedFilter::retry()
{
    if (m_state == State::Failed || m_state == State::Applied)
        query();
}

void AdvancedFilter::query()
{
    m_askAgain = false;
    m_queryUnderWay = true;
    const quint64 generation = ++m_generation;
    QPointer<AdvancedFilter> self(this);
    m_sync->client()->fetchAllJobs(m_expression, [self, generation](const JobListResult &result) {
        if (!self || generation != self->m_generation)
            return;
        self->m_queryUnderWay = false;
        if (result.error) {
            // The last answer, if any, still stands; without one, the jobs are shown unfiltered
            // rather than hidden by an unanswered question.
            if (self->m_state == State::Querying)
                self->setMatchingIds(std::nullopt);
            self->m_requestError = result.error;
            self->setState(State::Failed);
            return;
        }
        QSet<QString> ids;
        ids.reserve(result.jobs.size());
        for (const Job &job : result.jobs)
            ids.insert(job.id);
        self->m_requestError.reset();
        self->setMatchingIds(ids);
        self->setState(State::Applied);
        if (self->m_askAgain)
            self->query();
    });
}

void AdvancedFilter::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AdvancedFilter::setMatchingIds(const std::optional<QSet<QString>> &ids)
{
    if (m_matchingIds == ids)
        return;
    m_matchingIds = ids;
    emit matchingIdsChanged(ids);
}
