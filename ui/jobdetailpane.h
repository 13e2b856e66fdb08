#pragma once

#include "sync/jobinspector.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

// The selected job: what it was, how it went, and every entity's result. Shows the states of a
// JobInspector: nothing chosen, loading, loaded, failed (with Retry).
class JobDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailPane)

public:
    explicit JobDetailPane(JobInspector *inspector, QWidget *parent = nullptr);

    QTableView *resultTable() const { return m_results; }
    // Named with the job's facts where several accounts are shown; empty names none. Set before
    // the job is inspected.
    void setAccountName(const QString &name);
    // Only the failed entities ("Show failures" in a notification), or all of them.
    void setErrorsOnly(bool errorsOnly);
    // The job as the table lists it (nullptr: none chosen): when the server's last answer about
    // it could not be read, the pane says so and shows what was sent. A job never read shows
    // only that; the inspector has nothing to fetch for it.
    void setListedJob(const Job *job);

private:
    QWidget *createHeader();
    QWidget *createReadProblemBox();
    QWidget *createMessagePage(QLabel *label, QPushButton *button = nullptr);
    void showState(JobInspector::State state);
    void showJob(const Job &job);
    QList<EntityResult> selectedResults() const;
    void copySelectedResults();
    void exportResults(bool errorsOnly, bool json);
    void showRawJson();

    JobInspector *m_inspector;
    QString m_accountName;
    JobResultFilterModel *m_filter;
    QStackedWidget *m_pages;
    QWidget *m_readProblemBox = nullptr;
    QLabel *m_readProblemText = nullptr;
    QPlainTextEdit *m_sentJson = nullptr;
    QLabel *m_emptyLabel;
    QLabel *m_loadingLabel;
    QLabel *m_errorLabel;
    QPushButton *m_retryButton;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_copyId = nullptr;
    QCheckBox *m_errorsOnly;
    QLineEdit *m_search;
    QTableView *m_results;
};
