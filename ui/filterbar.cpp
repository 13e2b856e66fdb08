#include "filterbar.h"

#include "jobfilterproxymodel.h"
#include "jobtablemodel.h"
#include "mergedjobmodel.h"
#include "sync/advancedfilter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr JobStatus chipStatuses[] = { JobStatus::Queued, JobStatus::Running, JobStatus::Warning,
                                       JobStatus::Completed, JobStatus::Error };

// Hours back from now for each entry of the period picker; 0: all time.
constexpr int periodHours[] = { 0, 1, 24, 24 * 7 };
// A range shown from elsewhere (Insights) follows them, its ends in these roles.
constexpr int rangeFromRole = Qt::UserRole;
constexpr int rangeToRole = Qt::UserRole + 1;

// Refills a picker whose first entry means "any" with `values`, sorted, keeping the choice —
// even while no job has that value, so a chosen or restored filter never silently goes away.
void refill(QComboBox *picker, const QSet<QString> &values)
{
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QString current = picker->currentIndex() > 0 ? picker->currentText() : QString();
    if (!current.isEmpty() && !sorted.contains(current))
        sorted.append(current);
    const QSignalBlocker blocker(picker);
    const QString any = picker->itemText(0);
    picker->clear();
    picker->addItem(any);
    picker->addItems(sorted);
    picker->setCurrentIndex(std::max(0, picker->findText(current)));
}

QString pickedText(const QComboBox *picker)
{
    return picker->currentIndex() > 0 ? picker->currentText() : QString();
}

void pick(QComboBox *picker, const QString &text)
{
    if (text.isEmpty()) {
        picker->setCurrentIndex(0);
        return;
    }
    if (picker->findText(text) < 0)
        picker->addItem(text);
    picker->setCurrentIndex(picker->findText(text));
}

} // namespace

FilterBar::FilterBar(const MergedJobModel *jobs, JobFilterProxyModel *proxy,
                     AdvancedFilter *advanced, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_proxy(proxy)
    , m_advanced(advanced)
    , m_module(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_advancedToggle(new QToolButton(this))
    , m_presets(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_advancedRow(new QWidget(this))
    , m_advancedField(new QLineEdit(m_advancedRow))
    , m_advancedApply(new QToolButton(m_advancedRow))
    , m_advancedStatus(new QLabel(m_advancedRow))
{
    Q_ASSERT_X(m_proxy->sourceModel() == m_jobs, "FilterBar", "the proxy filters the jobs");
    setObjectName(QStringLiteral("filterBar"));
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(4, 2, 4, 2);
    rows->setSpacing(2);

    auto *chipRow = new QHBoxLayout;
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
        chipRow->addWidget(chip);
        m_chips.insert(status, chip);
    }
    chipRow->addSpacing(12);
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setPlaceholderText(tr("Search action, module or ID (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxyModel::setText);
    chipRow->addWidget(m_search, 1);
    rows->addLayout(chipRow);

    auto *pickerRow = new QHBoxLayout;
    m_module->setObjectName(QStringLiteral("moduleFilter"));
    m_module->setAccessibleName(tr("Module"));
    m_module->addItem(tr("All modules"));
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_module, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setModule(pickedText(m_module)); });
    pickerRow->addWidget(m_module);

    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAction(pickedText(m_action)); });
    pickerRow->addWidget(m_action);

    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Started within"));
    m_period->addItems({ tr("All time"), tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days") });
    connect(m_period, &QComboBox::currentIndexChanged, this, &FilterBar::applyStartRange);
    pickerRow->addWidget(m_period);
    pickerRow->addStretch(1);

    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setToolTip(tr("Filter on the server with a SCIM expression"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_advancedRow->setVisible(shown);
        if (shown)
            m_advancedField->setFocus(Qt::OtherFocusReason);
    });
    pickerRow->addWidget(m_advancedToggle);

    m_presets->setObjectName(QStringLiteral("filterPresets"));
    m_presets->setText(tr("&Presets"));
    m_presets->setToolTip(tr("Save these filters under a name, or use saved ones"));
    m_presets->setAutoRaise(true);
    m_presets->setPopupMode(QToolButton::InstantPopup);
    m_presets->setMenu(new QMenu(m_presets));
    connect(m_presets->menu(), &QMenu::aboutToShow, this, &FilterBar::showPresetMenu);
    pickerRow->addWidget(m_presets);

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearFilters);
    pickerRow->addWidget(m_clear);
    rows->addLayout(pickerRow);

    auto *advancedRows = new QVBoxLayout(m_advancedRow);
    advancedRows->setContentsMargins(0, 0, 0, 0);
    advancedRows->setSpacing(2);
    auto *advancedLayout = new QHBoxLayout;
    advancedLayout->setSpacing(rows->spacing() + 4);
    auto *advancedLabel = new QLabel(tr("SCIM &filter:"), m_advancedRow);
    advancedLabel->setBuddy(m_advancedField);
    advancedLayout->addWidget(advancedLabel);
    m_advancedField->setObjectName(QStringLiteral("scimFilter"));
    m_advancedField->setAccessibleName(tr("SCIM filter"));
    m_advancedField->setPlaceholderText(
        QStringLiteral(R"(status eq "ERROR" and start_time gt "2026-11-01T00:00:00Z")"));
    m_advancedField->setClearButtonEnabled(true);
    m_advancedField->setToolTip(
        tr("Attributes: id, action_name, status, module, start_time, end_time. Operators: eq ne "
           "co sw ew gt ge lt le pr, with and, or, not and parentheses. Enter sends it to the "
           "server."));
    connect(m_advancedField, &QLineEdit::textChanged, this, &FilterBar::checkAdvanced);
    connect(m_advancedField, &QLineEdit::returnPressed, this, &FilterBar::applyAdvanced);
    advancedLayout->addWidget(m_advancedField, 1);
    m_advancedApply->setObjectName(QStringLiteral("applyScimFilter"));
    m_advancedApply->setText(tr("Apply"));
    connect(m_advancedApply, &QToolButton::clicked, this, &FilterBar::applyAdvanced);
    advancedLayout->addWidget(m_advancedApply);
    auto *retry = new QToolButton(m_advancedRow);
    retry->setObjectName(QStringLiteral("retryScimFilter"));
    retry->setText(tr("Ask Again"));
    retry->setToolTip(tr("Ask the server again for the jobs that match"));
    retry->hide();
    connect(retry, &QToolButton::clicked, m_advanced, &AdvancedFilter::retry);
    connect(m_advanced, &AdvancedFilter::stateChanged, retry, [retry](AdvancedFilter::State state) {
        retry->setVisible(state == AdvancedFilter::State::Failed);
    });
    advancedLayout->addWidget(retry);
    advancedRows->addLayout(advancedLayout);
    m_advancedStatus->setObjectName(QStringLiteral("scimFilterStatus"));
    m_advancedStatus->setTextFormat(Qt::PlainText);
    m_advancedStatus->setWordWrap(true);
    m_advancedStatus->setIndent(advancedLabel->sizeHint().width() + advancedLayout->spacing());
    advancedRows->addWidget(m_advancedStatus);
    m_advancedRow->hide();
    rows->addWidget(m_advancedRow);
    connect(m_advanced, &AdvancedFilter::matchingIdsChanged, m_proxy, &JobFilterProxyModel::setIds);
    connect(m_advanced, &AdvancedFilter::stateChanged, this, &FilterBar::showAdvancedState);
    connect(m_advanced, &AdvancedFilter::matchingIdsChanged, this, &FilterBar::showAdvancedState);

    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &FilterBar::refreshCounts);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_jobs, signal, &m_recount, qOverload<>(&QTimer::start));
    // Running durations move every second and an end time comes with a new status: neither
    // column is filtered on, so neither is worth counting again.
    connect(m_jobs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() < JobTableModel::Finished
                    || bottomRight.column() > JobTableModel::Duration)
                    m_recount.start();
            });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &m_recount, qOverload<>(&QTimer::start));
    // Jobs that come or go may bring or take the last of a module or action.
    m_repick.setSingleShot(true);
    m_repick.setInterval(0);
    connect(&m_repick, &QTimer::timeout, this, &FilterBar::refreshPickers);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_jobs, signal, &m_repick, qOverload<>(&QTimer::start));
    // Tab follows the eye: the chips, the search, then the second row, then the advanced one.
    QList<QWidget *> order;
    for (const JobStatus status : chipStatuses)
        order.append(m_chips.value(status));
    order << m_search << m_module << m_action << m_period << m_advancedToggle << m_presets
          << m_clear << m_advancedField << m_advancedApply;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    refreshPickers();
    refreshCounts();
    showAdvancedState();
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
    const int index = std::max(0, m_period->currentIndex());
    if (index >= int(std::size(periodHours))) {
        m_proxy->setStartRange(m_period->itemData(index, rangeFromRole).toDateTime(),
                               m_period->itemData(index, rangeToRole).toDateTime());
        return;
    }
    const int hours = periodHours[index];
    m_proxy->setStartRange(hours == 0 ? QDateTime()
                                      : QDateTime::currentDateTimeUtc().addSecs(-hours * 3600LL),
                           QDateTime());
}

void FilterBar::checkAdvanced()
{
    const std::optional<ScimFilterError> error = AdvancedFilter::check(m_advancedField->text());
    m_advancedApply->setEnabled(!error);
    if (error) {
        m_advancedStatus->setText(tr("Not a valid filter: %1").arg(error->message));
        return;
    }
    // Emptied with the clear button: nothing left to filter by.
    if (m_advancedField->text().trimmed().isEmpty()) {
        m_advanced->clear();
        return;
    }
    if (m_advancedField->text().trimmed() != m_advanced->expression())
        m_advancedStatus->setText(tr("Valid. Press Enter to ask the server."));
    else
        showAdvancedState();
}

void FilterBar::applyAdvanced()
{
    if (const std::optional<ScimFilterError> error
        = AdvancedFilter::check(m_advancedField->text())) {
        // Show where it goes wrong rather than sending it.
        m_advancedField->setFocus(Qt::OtherFocusReason);
        m_advancedField->setSelection(
            error->position,
            std::max<int>(1, int(m_advancedField->text().size()) - error->position));
        return;
    }
    m_advanced->apply(m_advancedField->text());
    showAdvancedState();
}

void FilterBar::showAdvancedState()
{
    m_advancedToggle->setText(
        m_advanced->state() == AdvancedFilter::State::Off ? tr("&Advanced") : tr("&Advanced (on)"));
    switch (m_advanced->state()) {
    case AdvancedFilter::State::Off:
        m_advancedStatus->setText(tr("Not set: every job is shown."));
        break;
    case AdvancedFilter::State::Invalid:
        m_advancedStatus->setText(
            tr("Not a valid filter: %1").arg(m_advanced->syntaxError()->message));
        break;
    case AdvancedFilter::State::Querying:
        m_advancedStatus->setText(tr("Asking the server…"));
        break;
    case AdvancedFilter::State::Applied:
        m_advancedStatus->setText(
            tr("The server matched %n job(s).", nullptr, m_advanced->matchCount()));
        break;
    case AdvancedFilter::State::Failed:
        m_advancedStatus->setText(
            (m_advanced->keptLastAnswer()
                 ? tr("Showing the server's last answer; asking again failed: %1")
                 : tr("Not applied, the server did not answer: %1"))
                .arg(m_advanced->failure()));
        break;
    }
    m_recount.start();
}

void FilterBar::refreshCounts()
{
    m_countsStale = !isVisible();
    if (m_countsStale)
        return;
    const QHash<JobStatus, int> counts = m_proxy->statusCounts();
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setText(QStringLiteral("%1 %2")
                                .arg(jobStatusDisplayName(it.key()))
                                .arg(QLocale().toString(counts.value(it.key()))));
    m_clear->setEnabled(m_proxy->hasFilters() || m_advanced->state() != AdvancedFilter::State::Off
                        || !m_advancedField->text().isEmpty());
}

void FilterBar::refreshPickers()
{
    m_pickersStale = !isVisible();
    if (m_pickersStale)
        return;
    QSet<QString> modules;
    QSet<QString> actions;
    for (const JobTableModel *table : m_jobs->tables()) {
        for (int row = 0; row < table->jobCount(); ++row) {
            const Job &job = table->jobAt(row);
            // A job never read has no module or action to pick.
            if (job.status == JobStatus::Unreadable)
                continue;
            modules.insert(job.module);
            actions.insert(job.actionName);
        }
    }
    refill(m_module, modules);
    refill(m_action, actions);
}

void FilterBar::clearFilters()
{
    setFilters(JobFilters());
}

void FilterBar::showStartedBetween(const QDateTime &from, const QDateTime &to, const QString &text)
{
    const int rangeIndex = int(std::size(periodHours));
    {
        const QSignalBlocker blocker(m_period);
        while (m_period->count() > rangeIndex)
            m_period->removeItem(rangeIndex);
        m_period->addItem(text);
        m_period->setItemData(rangeIndex, from, rangeFromRole);
        m_period->setItemData(rangeIndex, to, rangeToRole);
        m_period->setCurrentIndex(rangeIndex);
    }
    applyStartRange();
}

JobFilters FilterBar::filters() const
{
    JobFilters filters;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            filters.statuses.append(jobStatusToApi(it.key()));
    }
    filters.statuses.sort();
    filters.module = pickedText(m_module);
    filters.action = pickedText(m_action);
    filters.period
        = m_period->currentIndex() < int(std::size(periodHours)) ? m_period->currentIndex() : 0;
    filters.text = m_search->text();
    filters.advanced = m_advanced->expression();
    return filters;
}

void FilterBar::setFilters(const JobFilters &filters)
{
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setChecked(filters.statuses.contains(jobStatusToApi(it.key())));
    pick(m_module, filters.module);
    pick(m_action, filters.action);
    m_period->setCurrentIndex(std::clamp(filters.period, 0, int(std::size(periodHours)) - 1));
    m_search->setText(filters.text);
    m_advancedField->setText(filters.advanced);
    m_advanced->apply(filters.advanced);
    if (!filters.advanced.isEmpty())
        m_advancedToggle->setChecked(true);
    showAdvancedState();
}

void FilterBar::saveSettings() const
{
    JobFilters kept = filters();
    kept.text.clear();
    Settings::setLastFilters(kept);
}

void FilterBar::restoreSettings()
{
    JobFilters restored = Settings::lastFilters();
    restored.text.clear();
    setFilters(restored);
}

void FilterBar::showPresetMenu()
{
    QMenu *menu = m_presets->menu();
    menu->clear();
    QAction *save = menu->addAction(tr("&Save Current Filters…"), this, &FilterBar::savePreset);
    save->setObjectName(QStringLiteral("savePreset"));
    // A preset keeps a period, not the range a click in Insights picked: saving would keep "All
    // time".
    if (m_period->currentIndex() >= int(std::size(periodHours))) {
        save->setEnabled(false);
        save->setToolTip(
            tr("A range picked in Insights is not kept in a preset: pick a period first"));
        menu->setToolTipsVisible(true);
    }
    const QList<FilterPreset> presets = Settings::filterPresets();
    if (presets.isEmpty())
        return;
    menu->addSeparator();
    const JobFilters current = filters();
    for (const FilterPreset &preset : presets) {
        QAction *use
            = menu->addAction(preset.name, this, [this, preset] { setFilters(preset.filters); });
        use->setObjectName(QStringLiteral("preset:") + preset.name);
        use->setCheckable(true);
        use->setChecked(preset.filters == current);
    }
    menu->addSeparator();
    QMenu *forget = menu->addMenu(tr("&Delete Preset"));
    for (const FilterPreset &preset : presets) {
        QAction *remove = forget->addAction(preset.name, this, [name = preset.name] {
            QList<FilterPreset> kept = Settings::filterPresets();
            kept.removeIf([&name](const FilterPreset &each) { return each.name == name; });
            Settings::setFilterPresets(kept);
        });
        remove->setObjectName(QStringLiteral("deletePreset:") + preset.name);
    }
}

void FilterBar::savePreset()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save Filters"), tr("Name for these filters:"),
                                QLineEdit::Normal, QString(), &ok)
              .trimmed();
    if (!ok || name.isEmpty())
        return;
    QList<FilterPreset> presets = Settings::filterPresets();
    const auto existing
        = std::find_if(presets.begin(), presets.end(),
                       [&name](const FilterPreset &preset) { return preset.name == name; });
    if (existing != presets.end()) {
        if (QMessageBox::question(this, tr("Replace Preset"),
                                  tr("A preset named \"%1\" exists. Replace it?").arg(name))
            != QMessageBox::Yes)
            return;
        existing->filters = filters();
    } else {
        presets.append({ name, filters() });
    }
    Settings::setFilterPresets(presets);
}

void FilterBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pickersStale)
        refreshPickers();
    if (m_countsStale)
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
