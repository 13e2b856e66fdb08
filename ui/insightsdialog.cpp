#include "insightsdialog.h"

#include "clock.h"
#include "insightstablemodel.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"
#include "trendchartdelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int periods[] = { 7, 30, 90 };

} // namespace

InsightsDialog::InsightsDialog(const MergedJobModel *jobs, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_clock(clock)
    , m_period(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_model(new InsightsTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_shownPeriod(clock.now(), periods[0])
{
    setObjectName(QStringLiteral("insightsDialog"));
    setWindowTitle(tr("Insights"));
    resize(1180, 480);

    m_period->setObjectName(QStringLiteral("insightsPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItems({ tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days") });
    m_grouping->setObjectName(QStringLiteral("insightsGrouping"));
    m_grouping->setAccessibleName(tr("Group by"));
    m_grouping->addItems({ tr("By action"), tr("By module") });
    for (QComboBox *picker : { m_period, m_grouping })
        connect(picker, &QComboBox::currentIndexChanged, this, &InsightsDialog::recompute);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(InsightsTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("insightsTable"));
    m_table->setModel(m_sorted);
    m_table->setItemDelegateForColumn(InsightsTableModel::Trend, new TrendChartDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InsightsTableModel::Runs, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InsightsTableModel::Name, QHeaderView::Stretch);
    // Room for 90 days of bars, three pixels each.
    header->setSectionResizeMode(InsightsTableModel::Trend, QHeaderView::Fixed);
    header->resizeSection(InsightsTableModel::Trend, 280);
    m_table->viewport()->installEventFilter(this);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_period);
    pickers->addWidget(m_grouping);
    pickers->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_table, 1);
    auto *legend = new QLabel(
        tr("Click a row to show its jobs in the main window, or a day's bar to show that day's. "
           "Rates are of the runs that ended; durations of the runs that finished. Failed "
           "entities count only jobs whose results were opened."),
        this);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    layout->addWidget(buttons);

    m_recompute.setSingleShot(true);
    m_recompute.setInterval(0);
    connect(&m_recompute, &QTimer::timeout, this, &InsightsDialog::recompute);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_jobs, signal, this, &InsightsDialog::scheduleRecompute);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A running job's duration counting up, every second: nothing counted here.
                if (topLeft.column() == JobTableModel::Duration
                    && bottomRight.column() == JobTableModel::Duration)
                    return;
                scheduleRecompute();
            });
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &InsightsDialog::scheduleRecompute);
    recompute();
}

int InsightsDialog::periodDays() const
{
    return periods[std::clamp(m_period->currentIndex(), 0, int(std::size(periods)) - 1)];
}

InsightsGrouping InsightsDialog::grouping() const
{
    return m_grouping->currentIndex() == 1 ? InsightsGrouping::Module : InsightsGrouping::Action;
}

void InsightsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // "Today" may have moved on while it was hidden.
    recompute();
}

void InsightsDialog::scheduleRecompute()
{
    // Hidden, it waits for showEvent.
    if (isVisible())
        m_recompute.start();
}

void InsightsDialog::recompute()
{
    m_recompute.stop();
    m_shownPeriod = InsightsPeriod(m_clock.now(), periodDays());
    JobInsights insights(m_shownPeriod, grouping());
    insights.addAll(*m_jobs);
    m_model->setRows(insights.rows(), grouping(), m_shownPeriod);
}

bool InsightsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *release = static_cast<QMouseEvent *>(event);
        if (release->button() == Qt::LeftButton)
            requestJobsAt(release->position().toPoint());
    }
    return QDialog::eventFilter(watched, event);
}

void InsightsDialog::requestJobsAt(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const InsightsRow &row = m_model->rowAt(m_sorted->mapToSource(index).row());
    InsightsSelection selection;
    selection.grouping = grouping();
    selection.name = row.name;
    // The whole period has no end: a job started after midnight, the dialog still open, shows.
    selection.from = m_shownPeriod.dayStart(0);
    selection.rangeText
        = tr("Since %1").arg(QLocale().toString(m_shownPeriod.day(0), QLocale::ShortFormat));
    if (index.column() == InsightsTableModel::Trend) {
        const QRect cell = m_table->visualRect(index);
        const int day = TrendChartDelegate::dayAt(position.x() - cell.left(), cell.width(),
                                                  m_shownPeriod.days());
        if (day >= 0) {
            selection.from = m_shownPeriod.dayStart(day);
            selection.to = m_shownPeriod.dayStart(day + 1).addMSecs(-1);
            selection.rangeText
                = tr("On %1").arg(QLocale().toString(m_shownPeriod.day(day), QLocale::ShortFormat));
        }
    }
    emit jobsRequested(selection);
}
