#include "filterbar.h"

#include "jobfilterproxymodel.h"
#include "jobsync.h"
#include "jobtablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QToolButton>

namespace {

constexpr JobStatus chipStatuses[] = { JobStatus::Queued, JobStatus::Running, JobStatus::Warning,
                                       JobStatus::Completed, JobStatus::Error };

// Hours back from now for each entry of the period picker; 0: all time.
constexpr int periodHours[] = { 0, 1, 24, 24 * 7 };

} // namespace

FilterBar::FilterBar(JobFilterProxyModel *proxy, JobSync *sync, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_sync(sync)
    , m_module(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (const JobStatus status : chipStatuses) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip-") + jobStatusToApi(status).toLower());
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        chip->setIcon(QIcon(jobStatusIconPath(status)));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setToolTip(tr("Show only %1 jobs (together with the other chips that are on)")
                             .arg(jobStatusDisplayName(status).toLower()));
        connect(chip, &QToolButton::toggled, this, &FilterBar::applyStatuses);
        layout->addWidget(chip);
        m_chips.insert(status, chip);
    }
    layout->addSpacing(12);

    m_module->setObjectName(QStringLiteral("moduleFilter"));
    m_module->setAccessibleName(tr("Module"));
    m_module->addItem(tr("All modules"));
    connect(m_module, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setModule(index <= 0 ? QString() : m_module->itemText(index));
    });
    layout->addWidget(m_module);

    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Started within"));
    m_period->addItems({ tr("All time"), tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days") });
    connect(m_period, &QComboBox::currentIndexChanged, this, &FilterBar::applyStartRange);
    layout->addWidget(m_period);

    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setPlaceholderText(tr("Search action, module or ID (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxyModel::setText);
    layout->addWidget(m_search, 1);

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearFilters);
    layout->addWidget(m_clear);

    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &FilterBar::refreshCounts);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy->sourceModel(), signal, &m_recount, qOverload<>(&QTimer::start));
    connect(m_proxy->sourceModel(), &QAbstractItemModel::dataChanged, &m_recount,
            qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &m_recount, qOverload<>(&QTimer::start));
    connect(m_sync, &JobSync::jobsChanged, this, [this](const JobChanges &changes) {
        if (!changes.added.isEmpty() || !changes.removed.isEmpty())
            refreshModules();
    });
    refreshModules();
    refreshCounts();
}

void FilterBar::applyStatuses()
{
    QSet<JobStatus> statuses;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            statuses.insert(it.key());
    }
    m_proxy->setStatuses(statuses);
}

void FilterBar::applyStartRange()
{
    const int hours = periodHours[std::max(0, m_period->currentIndex())];
    m_proxy->setStartRange(hours == 0 ? QDateTime()
                                      : QDateTime::currentDateTimeUtc().addSecs(-hours * 3600LL),
                           QDateTime());
}

void FilterBar::refreshCounts()
{
    const QHash<JobStatus, int> counts = m_proxy->statusCounts();
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setText(QStringLiteral("%1 %2")
                                .arg(jobStatusDisplayName(it.key()))
                                .arg(counts.value(it.key())));
    m_clear->setEnabled(m_proxy->hasFilters());
}

void FilterBar::refreshModules()
{
    QSet<QString> modules;
    const auto *jobs = static_cast<const JobTableModel *>(m_proxy->sourceModel());
    for (int row = 0; row < jobs->rowCount(); ++row)
        modules.insert(jobs->jobAt(row).module);
    QStringList sorted(modules.cbegin(), modules.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QString current = m_module->currentIndex() > 0 ? m_module->currentText() : QString();
    // A chosen module stays choosable even while no job of it is listed.
    if (!current.isEmpty() && !sorted.contains(current))
        sorted.append(current);
    const QSignalBlocker blocker(m_module);
    m_module->clear();
    m_module->addItem(tr("All modules"));
    m_module->addItems(sorted);
    m_module->setCurrentIndex(std::max(0, m_module->findText(current)));
}

void FilterBar::clearFilters()
{
    for (QToolButton *chip : std::as_const(m_chips)) {
        const QSignalBlocker blocker(chip);
        chip->setChecked(false);
    }
    {
        const QSignalBlocker moduleBlocker(m_module);
        const QSignalBlocker periodBlocker(m_period);
        const QSignalBlocker searchBlocker(m_search);
        m_module->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
        m_search->clear();
    }
    m_proxy->clearFilters();
    refreshCounts();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("filters"));
    QStringList statuses;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            statuses.append(jobStatusToApi(it.key()));
    }
    statuses.sort();
    settings.setValue(QStringLiteral("statuses"), statuses);
    settings.setValue(QStringLiteral("module"),
                      m_module->currentIndex() > 0 ? m_module->currentText() : QString());
    settings.setValue(QStringLiteral("period"), m_period->currentIndex());
    settings.endGroup();
}

void FilterBar::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("filters"));
    const QStringList statuses = settings.value(QStringLiteral("statuses")).toStringList();
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setChecked(statuses.contains(jobStatusToApi(it.key())));
    const QString module = settings.value(QStringLiteral("module")).toString();
    if (!module.isEmpty()) {
        // The jobs may not be here yet: keep the module choosable until they are.
        if (m_module->findText(module) < 0)
            m_module->addItem(module);
        m_module->setCurrentIndex(m_module->findText(module));
    }
    m_period->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("period")).toInt(), 0, m_period->count() - 1));
    settings.endGroup();
}
