#include "advancedfilter.h"

#include "jobsync.h"

#include <QPointer>

#include <memory>

// What the servers said to one question, gathered until the last of them has.
struct AdvancedFilter::Answer
{
    qsizetype pending = 0;
    JobIdsByTable ids;
    std::optional<RequestError> error;
    QString failedAccount;
};

AdvancedFilter::AdvancedFilter(const QList<JobSync *> &syncs, QObject *parent)
    : QObject(parent)
    , m_syncs(syncs)
{
    for (JobSync *sync : m_syncs) {
        // One question per poll that changed something, not one per change.
        connect(sync, &JobSync::jobsChanged, this, [this] { m_askAgain = true; });
        connect(sync, &JobSync::pollSucceeded, this, [this] {
            // A failed question is asked again once the server answers polls again, and one no
            // server could be asked yet once one can.
            if (!m_queryUnderWay
                && ((m_askAgain && m_state == State::Applied) || m_state == State::Failed
                    || m_state == State::Querying))
                query();
        });
    }
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
        update(State::Invalid, {});
        return;
    }
    if (trimmed.isEmpty()) {
        update(State::Off, {});
        return;
    }
    // Until the servers answer, the view shows no job rather than jobs that may not match.
    JobIdsByTable nothing;
    for (const JobSync *sync : std::as_const(m_syncs))
        nothing.insert(sync->model(), {});
    update(State::Querying, nothing);
    query();
}

void AdvancedFilter::retry()
{
    if (m_state == State::Failed || m_state == State::Applied)
        query();
}

QString AdvancedFilter::failure() const
{
    if (!m_requestError)
        return QString();
    if (m_syncs.size() < 2)
        return m_requestError->message();
    return tr("%1: %2", "account: what went wrong").arg(m_failedAccount, m_requestError->message());
}

int AdvancedFilter::matchCount() const
{
    int count = 0;
    for (const QSet<QString> &ids : m_matchingIds)
        count += int(ids.size());
    return count;
}

void AdvancedFilter::query()
{
    m_askAgain = false;
    const quint64 generation = ++m_generation;
    auto answer = std::make_shared<Answer>();
    // Held until every server was asked, so no early answer completes the question.
    answer->pending = 1;
    m_queryUnderWay = true;
    int asked = 0;
    QPointer<AdvancedFilter> self(this);
    for (JobSync *sync : std::as_const(m_syncs)) {
        // A sync that has neither jobs nor an answer from its server (not signed in, not
        // started) has nothing to hide and no one to ask yet: it is asked after its first good
        // poll, and shows no job it was not asked about.
        if (sync->jobs().size() == 0 && !sync->lastSuccess().isValid()) {
            answer->ids.insert(sync->model(), {});
            continue;
        }
        ++asked;
        ++answer->pending;
        const JobTableModel *table = sync->model();
        sync->client()->fetchAllJobs(
            m_expression, [self, generation, answer, table](const JobListResult &result) {
                if (!self || generation != self->m_generation)
                    return;
                if (result.error) {
                    if (!answer->error) {
                        answer->error = result.error;
                        answer->failedAccount = table->accountName();
                    }
                } else {
                    QSet<QString> &ids = answer->ids[table];
                    ids.reserve(result.jobs.size());
                    for (const Job &job : result.jobs)
                        ids.insert(job.id);
                }
                if (--answer->pending == 0)
                    self->answered(*answer);
            });
    }
    if (--answer->pending > 0)
        return;
    if (asked == 0) {
        // No server could be asked: still waiting for one.
        m_queryUnderWay = false;
        update(State::Querying, answer->ids);
        return;
    }
    answered(*answer);
}

void AdvancedFilter::answered(const Answer &answer)
{
    m_queryUnderWay = false;
    m_requestError = answer.error;
    m_failedAccount = answer.failedAccount;
    if (answer.error) {
        // What a server that did not answer last said still stands; a server that never
        // answered restricts nothing: its jobs are shown rather than hidden by an unanswered
        // question.
        JobIdsByTable ids = answer.ids;
        for (auto it = m_matchingIds.cbegin(); it != m_matchingIds.cend(); ++it) {
            if (!ids.contains(it.key()) && m_state != State::Querying)
                ids.insert(it.key(), it.value());
        }
        update(State::Failed, ids);
        return;
    }
    update(State::Applied, answer.ids);
    if (m_askAgain)
        query();
}

void AdvancedFilter::update(State state, const JobIdsByTable &ids)
{
    // Both change before anyone hears of either, so no listener sees a state without its ids.
    const bool idsChanged = m_matchingIds != ids;
    const bool stateChanged = m_state != state;
    m_matchingIds = ids;
    m_state = state;
    // Copies (cheap: shared), so a listener that applies a new expression cannot pull the
    // values from under the others.
    const JobIdsByTable announcedIds = m_matchingIds;
    if (idsChanged)
        emit matchingIdsChanged(announcedIds);
    if (stateChanged)
        emit this->stateChanged(state);
}
