#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// In the table's place while it lists no job: why there is none to show and, where the filters
// hide every job, the way back.
class EmptyJobsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyJobsPage)

public:
    enum class Reason {
        // Nothing is known of the jobs yet:
        SignInNeeded,
        NoAnswer,
        Loading,
        // The jobs are known, none is shown:
        AskingTheServer,
        NothingMatches,
        NoJobs,
    };

    explicit EmptyJobsPage(QWidget *parent = nullptr);

    void showReason(Reason reason);

signals:
    void clearFiltersRequested();

private:
    QLabel *m_text;
    QPushButton *m_clearFilters;
};
