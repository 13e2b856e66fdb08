#pragma once

#include "job.h"

#include <QDateTime>
#include <QList>

class QRandomGenerator;

namespace JobGenerator {

// What an Identity360 action does to whom, so generated jobs and their per-entity results
// read like a real tenant's.
struct ActionKind
{
    const char *name;
    const char *module;
    const char *entity; // "User" or "Group"
    const char *successMessage;
    bool bulk;
};

// The catalogue entry for an action name; unknown names get a generic bulk user action.
const ActionKind &actionKind(const QString &actionName);
const ActionKind &randomActionKind(QRandomGenerator &random);

// `count` plausible jobs, newest first, all started before `now`. The same seed and `now` give
// the same jobs. The newest five cover all five statuses (QUEUED, RUNNING, ERROR, WARNING,
// COMPLETED) so even a small set shows every state; QUEUED and RUNNING stay near the head,
// the way a real tenant's history looks.
QList<Job> generate(int count, quint32 seed, const QDateTime &now);

// The per-entity results a job of this kind ends with: `count` entries whose statuses fit the
// outcome (COMPLETED all SUCCESS, WARNING mixed, ERROR mostly or all ERROR), with realistic
// messages. The same job id and seed give the same results.
QList<EntityResult> plannedResults(const Job &job, JobStatus outcome, int count, quint32 seed);

} // namespace JobGenerator
