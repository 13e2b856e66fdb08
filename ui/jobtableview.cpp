#include "jobtableview.h"

#include "jobfilterproxymodel.h"
#include "jobtablemodel.h"
#include "platform/logging.h"
#include "timeformat.h"

#include <QHeaderView>
#include <QMenu>
#include <QStyle>

JobTableView::JobTableView(MergedJobModel *jobs, JobFilterProxyModel *proxy, QWidget *parent)
    : QTableView(parent)
    , m_jobs(jobs)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("jobTable"));
    setAccessibleName(tr("Jobs"));
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(JobTableModel::Started, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // The actions added to the view, in a menu that shows their tooltips: a disabled Delete says
    // there why (a read-only sign-in).
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &JobTableView::showJobMenu);

    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    fitColumns();
    // Whose job it is matters next to what it is; one account's jobs need no such column.
    header->moveSection(header->visualIndex(JobTableModel::Account), 1);
    header->setSectionHidden(JobTableModel::Account, !showsSeveral());
    header->setSectionResizeMode(JobTableModel::Action, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &JobTableView::showColumnMenu);

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobTableView::selectedJobsChanged);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobTableView::currentJobChanged);
    // A job can become unreadable, or readable again, while it is chosen.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() > JobTableModel::Status)
                    return;
                emit selectedJobsChanged();
                const int row = selectionModel()->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    emit currentJobChanged();
            });
}

void JobTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (const int rows = m_proxy->rowCount(); rows > 0)
        StartupTrace::reached(StartupTrace::Phase::WindowShowsJobs, rows);
}

MergedJobModel::Location JobTableView::currentJob() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return m_jobs->locate(m_proxy->mapToSource(current).row());
}

QList<MergedJobModel::Location> JobTableView::selectedJobs() const
{
    QList<MergedJobModel::Location> jobs;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        jobs.append(m_jobs->locate(m_proxy->mapToSource(row).row()));
    return jobs;
}

bool JobTableView::shows(const MergedJobModel::Location &job) const
{
    return indexOf(job).isValid();
}

void JobTableView::select(const MergedJobModel::Location &job)
{
    const QModelIndex shown = indexOf(job);
    selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(shown);
}

QModelIndex JobTableView::indexOf(const MergedJobModel::Location &job) const
{
    return m_proxy->mapFromSource(
        m_jobs->index(m_jobs->offsetOf(job.table) + job.row, JobTableModel::Action));
}

QByteArray JobTableView::columnsState() const
{
    return horizontalHeader()->saveState();
}

void JobTableView::restoreColumns(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (header->restoreState(state))
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    // Columns saved before there was an Account column know nothing of it.
    if (!showsSeveral())
        header->setSectionHidden(JobTableModel::Account, true);
}

// Wide enough for the longest value each column usually shows, measured in this font and locale,
// so nothing common is elided; Action takes the rest.
void JobTableView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char(' ')) + 8;
    const auto fit = [&](int column, const QStringList &samples, int extra = 0) {
        int width
            = metrics.horizontalAdvance(m_jobs->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + extra);
        header->resizeSection(column, width + padding);
    };
    QStringList statusNames;
    for (const JobStatus status : { JobStatus::Queued, JobStatus::Running, JobStatus::Warning,
                                    JobStatus::Completed, JobStatus::Error, JobStatus::Unreadable })
        statusNames.append(jobStatusDisplayName(status));
    const QString longTime
        = TimeFormat::dateTime(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59), Qt::LocalTime));
    fit(JobTableModel::Status, statusNames, style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    fit(JobTableModel::Module, { QStringLiteral("Management"), QStringLiteral("Automation") });
    fit(JobTableModel::Started, { longTime });
    fit(JobTableModel::Finished, { longTime });
    fit(JobTableModel::Duration, { TimeFormat::duration(59 * 60 + 59) });
    fit(JobTableModel::Id, { QStringLiteral("2000000000000000") });
    QStringList accountNames;
    for (const JobTableModel *table : m_jobs->tables())
        accountNames.append(table->accountName());
    fit(JobTableModel::Account, accountNames);
}

void JobTableView::showJobMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addActions(actions());
    menu.exec(viewport()->mapToGlobal(position));
}

void JobTableView::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        // One account's jobs need no Account column.
        if (column == JobTableModel::Account && !showsSeveral())
            continue;
        QAction *action = menu.addAction(m_jobs->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The action says what a job is: it stays.
        action->setEnabled(column != JobTableModel::Action);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}
