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
        update(State::Invalid, std::nullopt);
        return;
    }
    if (trimmed.isEmpty()) {
        update(State::Off, std::nullopt);
        return;
    }
    // Until the server answers, the view shows no job rather than jobs that may not match.
    update(State::Querying, QSet<QString>());
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
            self->m_requestError = result.error;
            self->update(State::Failed,
                         self->m_state == State::Querying ? std::nullopt : self->m_matchingIds);
            return;
        }
        QSet<QString> ids;
        ids.reserve(result.jobs.size());
        for (const Job &job : result.jobs)
            ids.insert(job.id);
        self->m_requestError.reset();
        self->update(State::Applied, ids);
        if (self->m_askAgain)
            self->query();
    });
}

void AdvancedFilter::update(State state, const std::optional<QSet<QString>> &ids)
{
    // Both change before anyone hears of either, so no listener sees a state without its ids.
    const bool idsChanged = m_matchingIds != ids;
    const bool stateChanged = m_state != state;
    m_matchingIds = ids;
    m_state = state;
    // Copies (cheap: shared), so a listener that applies a new expression cannot pull the
    // values from under the others.
    const std::optional<QSet<QString>> announcedIds = m_matchingIds;
    if (idsChanged)
        emit matchingIdsChanged(announcedIds);
    if (stateChanged)
        emit this->stateChanged(state);
}
