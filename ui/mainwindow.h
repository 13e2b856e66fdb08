#pragma once

#include "jobdeletion.h"
#include "jobsync.h"

#include <QMainWindow>
#include <QTimer>

class AdvancedFilter;
class FilterBar;
class JobDetailPane;
class JobFilterProxyModel;
class JobInspector;
class QLabel;
class QSettings;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTableView;
struct RequestError;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(JobSync *sync, QWidget *parent = nullptr);

    QTableView *jobTable() const { return m_table; }
    JobDetailPane *detailPane() const { return m_detailPane; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void saveSettings() const;
    void restoreSettings();
    void showColumnMenu(const QPoint &position);
    void showEmptyState();
    void createActions();
    void createTable();
    void showRefreshing();
    void showSynced();
    void showRefreshFailed(const RequestError &error);
    void showState(JobSync::State state);
    void showPolling();
    QString keptJobsText() const;
    QList<Job> selectedJobs() const;
    void deleteSelectedJobs();
    void showDeletionOutcome(const QList<JobDeletion::Outcome> &outcomes);

    JobSync *m_sync;
    AdvancedFilter *m_advancedFilter;
    JobFilterProxyModel *m_sortModel;
    QTableView *m_table;
    QLabel *m_syncLabel;
    QLabel *m_serverLabel;
    QLabel *m_pollingLabel;
    QAction *m_deleteAction = nullptr;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableArea = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QToolButton *m_retryButton = nullptr;
    // The status bar shows "synced … ago", to be kept current.
    bool m_showingSynced = false;
    JobInspector *m_inspector;
    JobDetailPane *m_detailPane;
    // Advances the model's clock so running jobs' durations count up.
    QTimer m_clockTimer;
};
