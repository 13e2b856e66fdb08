#pragma once

#include "api/requesterror.h"
#include "jobfilterproxymodel.h"
#include "scimfilter.h"

#include <QList>
#include <QObject>

#include <optional>

class JobSync;

// The "Advanced" SCIM filter: checked with the shared parser as the admin types, so an invalid
// expression never reaches a server; a valid one is sent to the server of every account shown
// that has jobs or has answered a poll, and their answers — the ids of the jobs that match —
// are what the job table shows. Each account is asked again on its own: after its next good
// poll when its jobs changed or its last answer failed, and at once when jobs first appear in
// an account never asked (a cache loaded while its server is away).
class AdvancedFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedFilter)

public:
    enum class State {
        Off, // no expression: every job
        Invalid, // syntaxError() says where; nothing was sent
        Querying, // sent; a server has not answered this expression yet
        Applied, // matchingIds() is the servers' answers
        Failed, // a server did not answer: failure() says why
    };
    Q_ENUM(State)

    explicit AdvancedFilter(const QList<JobSync *> &syncs, QObject *parent = nullptr);

    // Checks `expression` without sending it.
    static std::optional<ScimFilterError> check(const QString &expression);
    // Checks `expression` and, when it is valid and not blank, sends it.
    void apply(const QString &expression);
    void clear() { apply(QString()); }
    // Asks every server again for the current expression (after a failure, or to be sure).
    void retry();

    QString expression() const { return m_expression; }
    State state() const { return m_state; }
    const std::optional<ScimFilterError> &syntaxError() const { return m_syntaxError; }
    // Why a server's last answer failed (the first such server), and in words, with the
    // account's name when there are several.
    std::optional<RequestError> requestError() const;
    QString failure() const;
    // Whether that server's earlier answer still stands (else its jobs are shown unfiltered).
    bool keptLastAnswer() const;
    // The ids each server matched, by its account's job table. A table waiting for its first
    // answer has an empty set (none of its jobs shown as matching); a table not listed is not
    // restricted (Off, Invalid, or its server failed before ever answering).
    const JobIdsByTable &matchingIds() const { return m_matchingIds; }
    int matchCount() const;

signals:
    void stateChanged(AdvancedFilter::State state);
    void matchingIdsChanged(const JobIdsByTable &ids);

private:
    struct Member
    {
        JobSync *sync = nullptr;
        // The server's last answer to the expression.
        std::optional<QSet<QString>> answer;
        // Why the last question to it failed.
        std::optional<RequestError> error;
        // The question under way (0: none); answers to any other are dropped.
        quint64 question = 0;
        // Its jobs changed since it was last asked.
        bool changed = false;
    };

    bool isActive() const { return !m_expression.isEmpty() && !m_syntaxError; }
    static bool canAnswer(const JobSync *sync);
    const Member *firstFailed() const;
    void ask(int member);
    void settle();
    void update(State state, const JobIdsByTable &ids);

    QList<Member> m_members;
    QString m_expression;
    State m_state = State::Off;
    std::optional<ScimFilterError> m_syntaxError;
    JobIdsByTable m_matchingIds;
    quint64 m_questions = 0;
};
