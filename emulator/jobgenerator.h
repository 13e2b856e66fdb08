#pragma once

#include "job.h"

#include <QDateTime>
#include <QList>

namespace JobGenerator {
// `count` plausible jobs, newest first, all started before `now`. The same seed and `now` give
// the same jobs. The newest five cover all five statuses (QUEUED, RUNNING, ERROR, WARNING,
// COMPLETED) so even a small set shows every state; QUEUED and RUNNING stay near the head,
// the way a real tenant's history looks.
QList<Job> generate(int count, quint32 seed, const QDateTime &now);
} // namespace JobGenerator
