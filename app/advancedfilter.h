#pragma once

#include "jobfilterproxymodel.h"
#include "requesterror.h"
#include "scimfilter.h"

#include <QList>
#include <QObject>

#include <optional>

class JobSync;

// The "Advanced" SCIM filter: checked with the shared parser as the admin types, so an invalid
// expression never reaches a server; a valid one is sent to the server of every account shown,
// and their answers — the ids of the jobs that match — are what the job table shows. The answer
// is asked for again after every poll that changed the jobs, so new and changed jobs join or
// leave the view.
class AdvancedFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedFilter)

public:
    enum class State {
        Off, // no expression: every job
        Invalid, // syntaxError() says where; nothing was sent
        Querying, // sent; no answer yet for this expression
        Applied, // matchingIds() is the servers' answer
        Failed, // a server did not answer it: failure() says why
    };
    Q_ENUM(State)

    explicit AdvancedFilter(const QList<JobSync *> &syncs, QObject *parent = nullptr);

    // Checks `expression` without sending it.
    static std::optional<ScimFilterError> check(const QString &expression);
    // Checks `expression` and, when it is valid and not blank, sends it.
    void apply(const QString &expression);
    void clear() { apply(QString()); }
    // Asks the server again for the current expression (after a failure, or to be sure).
    void retry();

    QString expression() const { return m_expression; }
    State state() const { return m_state; }
    const std::optional<ScimFilterError> &syntaxError() const { return m_syntaxError; }
    // Why the last question failed (the first server to fail), in words; with several accounts,
    // which one.
    const std::optional<RequestError> &requestError() const { return m_requestError; }
    QString failure() const;
    // The ids each server matched, by its account's job table. While an answer is awaited, a
    // table's set is empty; a table not listed is not restricted (Off, Invalid, or that server
    // failed before answering at all).
    const JobIdsByTable &matchingIds() const { return m_matchingIds; }
    int matchCount() const;

signals:
    void stateChanged(AdvancedFilter::State state);
    void matchingIdsChanged(const JobIdsByTable &ids);

private:
    struct Answer;

    void query();
    void answered(const Answer &answer);
    void update(State state, const JobIdsByTable &ids);

    QList<JobSync *> m_syncs;
    QString m_expression;
    State m_state = State::Off;
    std::optional<ScimFilterError> m_syntaxError;
    std::optional<RequestError> m_requestError;
    QString m_failedAccount;
    JobIdsByTable m_matchingIds;
    // Answers to an older expression or an older query are dropped.
    quint64 m_generation = 0;
    bool m_queryUnderWay = false;
    // The jobs changed while a query was under way: its answer may be out of date already.
    bool m_askAgain = false;
};
