#include "deletionhistorydialog.h"

#include "audit/deletionlog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

DeletionHistoryDialog::DeletionHistoryDialog(const DeletionLog &log, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deletionHistoryDialog"));
    setWindowTitle(tr("Deletion History"));
    const DeletionLog::Contents contents = log.read();
    m_model.setAttempts(DeletionHistory::attempts(contents.lines));
    m_shown.setSourceModel(&m_model);
    m_shown.setSortRole(DeletionHistoryModel::SortRole);
    m_shown.setFilterKeyColumn(-1);
    m_shown.setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search job, action, account, outcome…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, &m_shown,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(&m_shown);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeletionHistoryModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    // Not an empty history: what it holds is unknown.
    if (!contents.unreadable.isEmpty()) {
        auto *unreadable = new QLabel(
            tr("The deletion log could not be read: %1").arg(contents.unreadable), this);
        unreadable->setObjectName(QStringLiteral("unreadableLog"));
        unreadable->setTextFormat(Qt::PlainText);
        unreadable->setWordWrap(true);
        layout->addWidget(unreadable);
    }
    if (contents.damagedLines > 0) {
        auto *damaged
            = new QLabel(tr("Not shown: %n damaged line(s) of the log that could not be read.",
                            nullptr, contents.damagedLines),
                         this);
        damaged->setObjectName(QStringLiteral("damagedLines"));
        layout->addWidget(damaged);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("E&xport"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportHistory"));
    auto *exportMenu = new QMenu(exportButton);
    QAction *csv = exportMenu->addAction(tr("Shown Attempts as CSV…"));
    csv->setObjectName(QStringLiteral("exportHistoryCsv"));
    connect(csv, &QAction::triggered, this, [this] { exportShown(false); });
    QAction *json = exportMenu->addAction(tr("Shown Attempts as JSON…"));
    json->setObjectName(QStringLiteral("exportHistoryJson"));
    connect(json, &QAction::triggered, this, [this] { exportShown(true); });
    exportButton->setMenu(exportMenu);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1200, 480);
}

QList<DeletionEntry> DeletionHistoryDialog::shownAttempts() const
{
    QList<DeletionEntry> attempts;
    for (int row = 0; row < m_shown.rowCount(); ++row)
        attempts.append(m_model.attempt(m_shown.mapToSource(m_shown.index(row, 0)).row()));
    return attempts;
}

void DeletionHistoryDialog::exportShown(bool json)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Deletion History"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + (json ? QStringLiteral("/deletion-history.json")
                    : QStringLiteral("/deletion-history.csv")),
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"), nullptr,
        QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    const QList<DeletionEntry> attempts = shownAttempts();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(json ? DeletionHistory::json(attempts) : DeletionHistory::csv(attempts)) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export Deletion History"),
                             tr("The deletion history could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}
