#pragma once

#include "jobinspector.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
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

private:
    QWidget *createHeader();
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
