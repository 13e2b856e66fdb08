#include "deletejobsdialog.h"

#include "messageboxtext.h"

#include <QPushButton>

namespace {

QString statusOf(const Job &job)
{
    return job.status == JobStatus::Unknown ? job.statusText : jobStatusDisplayName(job.status);
}

} // namespace

DeleteJobsDialog::DeleteJobsDialog(const QList<JobToDelete> &jobs, bool namesAccounts,
                                   QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Delete Jobs"), QString(), QMessageBox::NoButton, parent)
{
    Q_ASSERT_X(!jobs.isEmpty(), "DeleteJobsDialog", "asks about one job at least");
    setObjectName(QStringLiteral("deleteConfirmation"));
    int active = 0;
    QStringList lines;
    for (const auto &[job, account] : jobs) {
        active += jobStatusIsActive(job.status) ? 1 : 0;
        const QString line = tr("%1 — ID %2 — %3").arg(job.actionName, job.id, statusOf(job));
        lines.append(namesAccounts
                         ? tr("%1: %2", "account: what is said about it").arg(account, line)
                         : line);
    }
    if (jobs.size() == 1) {
        const auto &[job, account] = jobs.constFirst();
        setText(tr("Delete this job from Identity360?"));
        const QString facts = tr("%1\nID %2 · %3").arg(job.actionName, job.id, statusOf(job));
        setInformativeText(
            namesAccounts ? tr("%1\nAccount %2", "job facts, then its account").arg(facts, account)
                          : facts);
    } else {
        setText(tr("Delete %n job(s) from Identity360?", nullptr, int(jobs.size())));
        setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n'))
                           + (lines.size() > 5 ? tr("\n… and %n more (see the details)", nullptr,
                                                    int(lines.size() - 5))
                                               : QString()));
        setDetailedText(lines.join(QLatin1Char('\n')));
    }
    QString warning = tr("This cannot be undone.");
    if (active > 0)
        warning.prepend(tr("%n of these job(s) is still queued or running: deleting removes the "
                           "job from the list; whether its work stops is up to Identity360. ",
                           nullptr, active));
    setInformativeText(informativeText() + QStringLiteral("\n\n") + warning);
    // Action names and statuses are the server's: as markup they could restyle or hide the
    // warning.
    MessageBoxText::makePlain(*this);
    m_delete = addButton(tr("&Delete", "confirm"), QMessageBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    // Deleting takes a deliberate choice: Enter and Esc both keep the jobs.
    setDefaultButton(cancel);
    setEscapeButton(cancel);
}

bool DeleteJobsDialog::confirmed() const
{
    return clickedButton() == m_delete;
}

void DeleteJobsDialog::reportFailures(const QList<JobDeletion::Outcome> &outcomes,
                                      bool namesAccounts, QWidget *parent)
{
    QStringList failures;
    for (const JobDeletion::Outcome &outcome : outcomes) {
        if (outcome.kind == JobDeletion::Outcome::Kind::Failed)
            failures.append(namesAccounts
                                ? tr("%1, ID %2: %3", "account, job id: why it was not deleted")
                                      .arg(outcome.account, outcome.id, outcome.reason)
                                : tr("ID %1: %2").arg(outcome.id, outcome.reason));
    }
    if (failures.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Critical, tr("Some Jobs Were Not Deleted"),
        tr("%n job(s) could not be deleted and are still listed.", nullptr, int(failures.size())),
        QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("deleteFailures"));
    box.setInformativeText(failures.join(QLatin1Char('\n')));
    MessageBoxText::makePlain(box);
    box.exec();
}
