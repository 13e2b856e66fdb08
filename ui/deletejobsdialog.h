#pragma once

#include "job.h"
#include "sync/jobdeletion.h"

#include <QMessageBox>

// Asks before jobs are deleted from Identity360: one job with its facts, several as a list (the
// first five, all of them in the details), each with its account where several accounts are
// shown, and a warning for those still queued or running; Cancel is the default. Also says which
// jobs could not be deleted, and why.
class DeleteJobsDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteJobsDialog)

public:
    struct JobToDelete
    {
        Job job;
        // The name of the job's account, said only where `namesAccounts`.
        QString account;
    };

    DeleteJobsDialog(const QList<JobToDelete> &jobs, bool namesAccounts, QWidget *parent = nullptr);

    // After exec(): whether the admin chose Delete.
    bool confirmed() const;

    // The jobs of `outcomes` that could not be deleted and why, in a box of its own; nothing
    // when none failed.
    static void reportFailures(const QList<JobDeletion::Outcome> &outcomes, bool namesAccounts,
                               QWidget *parent);

private:
    QPushButton *m_delete = nullptr;
};
