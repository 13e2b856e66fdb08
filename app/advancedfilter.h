#pragma once

#include "requesterror.h"
#include "scimfilter.h"

#include <QObject>
#include <QSet>

#include <optional>

class JobSync;

// The "Advanced" SCIM filter: checked with the shared parser as the admin types, so an invalid
// expression never reaches the server; a valid one is sent to the server, and its answer — the
// ids of the jobs that match — is what the job table shows. The answer is asked for again after
// every poll that changed the jobs, so new and changed jobs join or leave the view.
class AdvancedFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedFilter)

public:
    enum class State {
        Off, // no expression: every job
        Invalid, // syntaxError() says where; nothing was sent
        Querying, // sent; no answer yet for this expression
        Applied, // matchingIds() is the server's answer
        Failed, // the server did not answer it: requestError() says why
    };
    Q_ENUM(State)

    explicit AdvancedFilter(JobSync *sync, QObject *parent = nullptr);

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
    const std::optional<RequestError> &requestError() const { return m_requestError; }
    // The ids the server matched: empty while the first answer is awaited; nullopt when no
    // answer restricts the jobs shown (Off, Invalid, or Failed before any answer).
    const std::optional<QSet<QString>> &matchingIds() const { return m_matchingIds; }

signals:
    void stateChanged(AdvancedFilter::State state);
    void matchingIdsChanged(const std::optional<QSet<QString>> &ids);

private:
    void query();
    void update(State state, const std::optional<QSet<QString>> &ids);

    JobSync *m_sync;
    QString m_expression;
    State m_state = State::Off;
    std::optional<ScimFilterError> m_syntaxError;
    std::optional<RequestError> m_requestError;
    std::optional<QSet<QString>> m_matchingIds;
    // Answers to an older expression or an older query are dropped.
    quint64 m_generation = 0;
    bool m_queryUnderWay = false;
    // The jobs changed while a query was under way: its answer may be out of date already.
    bool m_askAgain = false;
};
