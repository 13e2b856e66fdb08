#include "sync/advancedfilter.h"

#include "sync/jobsync.h"

#include <QPointer>

AdvancedFilter::AdvancedFilter(const QList<JobSync *> &syncs, QObject *parent)
    : QObject(parent)
{
    for (JobSync *sync : syncs) {
        const int member = int(m_members.size());
        m_members.append({ sync, std::nullopt, std::nullopt, 0, false });
        connect(sync, &JobSync::jobsChanged, this, [this, member] {
            Member &changed = m_members[member];
            changed.changed = true;
            // Jobs appeared in an account never asked (its cache, while its server is away):
            // asked at once, rather than hiding them until a poll succeeds.
            if (isActive() && changed.question == 0 && !changed.answer && !changed.error)
                ask(member);
        });
        // One question per poll that changed something, not one per change; a failed question
        // is asked again once the server answers polls again.
        connect(sync, &JobSync::pollSucceeded, this, [this, member] {
            const Member &polled = m_members.at(member);
            if (isActive() && polled.question == 0
                && (polled.changed || polled.error || !polled.answer))
                ask(member);
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

bool AdvancedFilter::canAnswer(const JobSync *sync)
{
    // Neither jobs nor a good poll (not signed in, not started): nothing to hide, no one to ask.
    return sync->jobs().size() > 0 || sync->lastSuccess().isValid();
}

void AdvancedFilter::apply(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    if (trimmed == m_expression && m_state != State::Failed)
        return;
    m_expression = trimmed;
    m_syntaxError = check(trimmed);
    for (Member &member : m_members)
        member = { member.sync, std::nullopt, std::nullopt, 0, false };
    if (m_syntaxError) {
        update(State::Invalid, {});
        return;
    }
    if (trimmed.isEmpty()) {
        update(State::Off, {});
        return;
    }
    retry();
}

void AdvancedFilter::retry()
{
    if (!isActive())
        return;
    for (int member = 0; member < m_members.size(); ++member) {
        if (m_members.at(member).question == 0 && canAnswer(m_members.at(member).sync))
            ask(member);
    }
    settle();
}

void AdvancedFilter::ask(int member)
{
    Member &asked = m_members[member];
    asked.question = ++m_questions;
    asked.changed = false;
    QPointer<AdvancedFilter> self(this);
    asked.sync->client()->fetchAllJobs(
        m_expression, [self, member, question = asked.question](const JobListResult &result) {
            if (!self || self->m_members.at(member).question != question)
                return;
            Member &answered = self->m_members[member];
            answered.question = 0;
            if (result.error) {
                // What it said last still stands; without it, its jobs are shown unfiltered
                // rather than hidden by an unanswered question.
                answered.error = result.error;
            } else {
                QSet<QString> ids;
                ids.reserve(result.jobs.size());
                for (const Job &job : result.jobs)
                    ids.insert(job.id);
                answered.answer = ids;
                answered.error.reset();
            }
            self->settle();
        });
    settle();
}

void AdvancedFilter::settle()
{
    if (!isActive())
        return;
    JobIdsByTable ids;
    bool failed = false;
    bool waiting = false;
    for (const Member &member : std::as_const(m_members)) {
        failed = failed || member.error;
        waiting = waiting || (member.question != 0 && !member.answer);
        if (member.answer)
            ids.insert(member.sync->model(), *member.answer);
        else if (!member.error)
            ids.insert(member.sync->model(), {});
    }
    update(failed ? State::Failed : (waiting ? State::Querying : State::Applied), ids);
}

const AdvancedFilter::Member *AdvancedFilter::firstFailed() const
{
    for (const Member &member : m_members) {
        if (member.error)
            return &member;
    }
    return nullptr;
}

std::optional<RequestError> AdvancedFilter::requestError() const
{
    const Member *failed = firstFailed();
    return failed ? failed->error : std::nullopt;
}

QString AdvancedFilter::failure() const
{
    const Member *failed = firstFailed();
    if (!failed)
        return QString();
    if (m_members.size() < 2)
        return failed->error->message();
    return tr("%1: %2", "account: what went wrong")
        .arg(failed->sync->model()->accountName(), failed->error->message());
}

bool AdvancedFilter::keptLastAnswer() const
{
    const Member *failed = firstFailed();
    return failed && failed->answer;
}

int AdvancedFilter::matchCount() const
{
    int count = 0;
    for (const Member &member : m_members)
        count += member.answer ? int(member.answer->size()) : 0;
    return count;
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
