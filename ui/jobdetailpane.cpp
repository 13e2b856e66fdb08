#include "jobdetailpane.h"

#include "jobjson.h"
#include "resultexport.h"
#include "timeformat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

JobDetailPane::JobDetailPane(JobInspector *inspector, QWidget *parent)
    : QWidget(parent)
    , m_inspector(inspector)
    , m_filter(new JobResultFilterModel(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(tr("Select a job to see what happened to each user or group."), this))
    , m_loadingLabel(new QLabel(tr("Loading the results…"), this))
    , m_errorLabel(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_errorsOnly(new QCheckBox(tr("&Errors only"), this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
{
    setObjectName(QStringLiteral("jobDetailPane"));
    m_filter->setSourceModel(m_inspector->results());

    m_errorsOnly->setObjectName(QStringLiteral("errorsOnly"));
    m_search->setObjectName(QStringLiteral("resultSearch"));
    m_search->setPlaceholderText(tr("Search entity or message…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    m_search->setAccessibleName(tr("Search the results"));
    connect(m_errorsOnly, &QCheckBox::toggled, m_filter, &JobResultFilterModel::setErrorsOnly);
    connect(m_search, &QLineEdit::textChanged, m_filter, &JobResultFilterModel::setSearchText);

    m_results->setObjectName(QStringLiteral("resultTable"));
    m_results->setAccessibleName(tr("Results per entity"));
    m_results->setModel(m_filter);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setShowGrid(false);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_results->horizontalHeader()->setStretchLastSection(true);
    auto *copy = new QAction(tr("&Copy"), m_results);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &JobDetailPane::copySelectedResults);
    m_results->addAction(copy);
    m_results->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_results->horizontalHeader()->resizeSection(
        JobResultModel::Entity,
        fontMetrics().horizontalAdvance(QStringLiteral("2000000000000000")) + 24);
    m_results->horizontalHeader()->resizeSection(
        JobResultModel::Status,
        fontMetrics().horizontalAdvance(tr("Success", "entity result")) + 48);

    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(createHeader());
    auto *tools = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    tools->addWidget(m_summary, 1);
    tools->addWidget(m_errorsOnly);
    tools->addWidget(m_search);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportResults"));
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    const auto addExport
        = [this, exportMenu](const QString &text, const char *name, bool errorsOnly, bool json) {
              QAction *action = exportMenu->addAction(text);
              action->setObjectName(QLatin1String(name));
              connect(action, &QAction::triggered, this,
                      [this, errorsOnly, json] { exportResults(errorsOnly, json); });
          };
    addExport(tr("All Results as CSV…"), "exportAllCsv", false, false);
    addExport(tr("Errors Only as CSV…"), "exportErrorsCsv", true, false);
    addExport(tr("All Results as JSON…"), "exportAllJson", false, true);
    addExport(tr("Errors Only as JSON…"), "exportErrorsJson", true, true);
    exportButton->setMenu(exportMenu);
    tools->addWidget(exportButton);
    contentLayout->addLayout(tools);
    contentLayout->addWidget(m_results, 1);

    m_errorLabel->setObjectName(QStringLiteral("detailError"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_pages->addWidget(createMessagePage(m_emptyLabel));
    m_pages->addWidget(createMessagePage(m_loadingLabel));
    m_pages->addWidget(m_content);
    m_pages->addWidget(createMessagePage(m_errorLabel, m_retryButton));
    connect(m_retryButton, &QPushButton::clicked, m_inspector, &JobInspector::reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createReadProblemBox());
    layout->addWidget(m_pages, 1);

    connect(m_inspector, &JobInspector::stateChanged, this, &JobDetailPane::showState);
    connect(m_inspector, &JobInspector::jobLoaded, this, &JobDetailPane::showJob);
    showState(m_inspector->state());
}

void JobDetailPane::setAccountName(const QString &name)
{
    m_accountName = name;
}

void JobDetailPane::setErrorsOnly(bool errorsOnly)
{
    m_errorsOnly->setChecked(errorsOnly);
}

QWidget *JobDetailPane::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    // The server's words, shown as they are: never markup.
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_status);
    top->addStretch(1);
    m_copyId = new QToolButton(header);
    m_copyId->setObjectName(QStringLiteral("copyJobId"));
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setToolTip(tr("Copy the job's id to the clipboard"));
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (m_inspector->job())
            QApplication::clipboard()->setText(m_inspector->job()->id);
    });
    top->addWidget(m_copyId);
    auto *rawJson = new QToolButton(header);
    rawJson->setObjectName(QStringLiteral("rawJson"));
    rawJson->setText(tr("Raw JSON"));
    rawJson->setToolTip(tr("The job exactly as the server sent it, decoded"));
    connect(rawJson, &QToolButton::clicked, this, &JobDetailPane::showRawJson);
    top->addWidget(rawJson);
    layout->addLayout(top);
    m_facts = new QLabel(header);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);
    return header;
}

QWidget *JobDetailPane::createReadProblemBox()
{
    m_readProblemBox = new QWidget(this);
    m_readProblemBox->setObjectName(QStringLiteral("readProblem"));
    auto *layout = new QVBoxLayout(m_readProblemBox);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_readProblemText = new QLabel(m_readProblemBox);
    m_readProblemText->setObjectName(QStringLiteral("readProblemText"));
    // The problem quotes what the server sent: never markup.
    m_readProblemText->setTextFormat(Qt::PlainText);
    m_readProblemText->setWordWrap(true);
    m_readProblemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_readProblemText, 1);
    auto *copy = new QToolButton(m_readProblemBox);
    copy->setObjectName(QStringLiteral("copySentJson"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy what the server sent to the clipboard"));
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_sentJson->toPlainText()); });
    top->addWidget(copy, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_sentJson = new QPlainTextEdit(m_readProblemBox);
    m_sentJson->setObjectName(QStringLiteral("sentJson"));
    m_sentJson->setReadOnly(true);
    m_sentJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sentJson->setAccessibleName(tr("What the server sent"));
    layout->addWidget(m_sentJson, 1);
    m_readProblemBox->hide();
    return m_readProblemBox;
}

void JobDetailPane::setListedJob(const Job *job)
{
    const bool neverRead = job && job->status == JobStatus::Unreadable;
    m_pages->setVisible(!neverRead);
    m_readProblemBox->setVisible(job && job->readProblem);
    if (!job || !job->readProblem)
        return;
    m_readProblemText->setText(
        neverRead ? tr("Job %1 could not be read: %2. This is what the server sent:")
                        .arg(job->id, job->readProblem->problem)
                  : tr("This job could not be read in the last answer: %1. It is shown as it "
                       "was last read; the server sent:")
                        .arg(job->readProblem->problem));
    const QByteArray indented
        = QJsonDocument::fromJson(job->readProblem->rawJson).toJson(QJsonDocument::Indented);
    m_sentJson->setPlainText(QString::fromUtf8(indented).trimmed());
    m_sentJson->setMaximumHeight(neverRead ? QWIDGETSIZE_MAX
                                           : 8 * m_sentJson->fontMetrics().lineSpacing());
}

QWidget *JobDetailPane::createMessagePage(QLabel *label, QPushButton *button)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    if (button)
        layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

void JobDetailPane::showState(JobInspector::State state)
{
    switch (state) {
    case JobInspector::State::Empty:
        m_pages->setCurrentIndex(0);
        break;
    case JobInspector::State::Loading:
        m_pages->setCurrentIndex(1);
        break;
    case JobInspector::State::Loaded:
        m_pages->setCurrentIndex(2);
        break;
    case JobInspector::State::Failed:
        m_errorLabel->setText(
            tr("The results of this job could not be loaded.\n%1")
                .arg(m_inspector->error() ? m_inspector->error()->message() : QString()));
        m_pages->setCurrentIndex(3);
        break;
    }
}

void JobDetailPane::showJob(const Job &job)
{
    m_title->setText(job.actionName);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_status->setText(QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\"> %3")
                          .arg(jobStatusIconPath(job.status))
                          .arg(iconSize)
                          .arg(job.status == JobStatus::Unknown
                                   ? job.statusText.toHtmlEscaped()
                                   : jobStatusDisplayName(job.status)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 seconds = job.startTime.secsTo(job.endTime.isValid() ? job.endTime : now);
    QStringList facts { tr("Module: %1").arg(job.module), tr("ID: %1").arg(job.id),
                        tr("Started: %1").arg(TimeFormat::dateTime(job.startTime)) };
    if (!m_accountName.isEmpty())
        facts.prepend(tr("Account: %1").arg(m_accountName));
    if (job.endTime.isValid())
        facts.append(tr("Finished: %1").arg(TimeFormat::dateTime(job.endTime)));
    if (job.status != JobStatus::Queued)
        facts.append(tr("Duration: %1").arg(TimeFormat::duration(seconds)));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_summary->setText(m_inspector->results()->summaryText());
}

QList<EntityResult> JobDetailPane::selectedResults() const
{
    QList<int> rows;
    const QModelIndexList selected = m_results->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<EntityResult> results;
    for (const int row : rows)
        results.append(m_inspector->results()->results().at(row));
    return results;
}

void JobDetailPane::copySelectedResults()
{
    const QList<EntityResult> results = selectedResults();
    if (!results.isEmpty())
        QApplication::clipboard()->setText(ResultExport::tabSeparated(results));
}

void JobDetailPane::exportResults(bool errorsOnly, bool json)
{
    if (!m_inspector->job())
        return;
    const Job &job = *m_inspector->job();
    const QList<EntityResult> results
        = ResultExport::chosen(m_inspector->results()->results(), errorsOnly);
    const QString suggested
        = QStringLiteral("job-%1-%2.%3")
              .arg(job.id, errorsOnly ? QStringLiteral("errors") : QStringLiteral("results"),
                   json ? QStringLiteral("json") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Results"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + suggested,
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"), nullptr,
        QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(json ? ResultExport::json(job, results) : ResultExport::csv(results)) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export Results"),
                             tr("The results could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

void JobDetailPane::showRawJson()
{
    if (!m_inspector->job())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("rawJsonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Job %1 — Raw JSON").arg(m_inspector->job()->id));
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromUtf8(
        QJsonDocument(JobJson::encodeJob(*m_inspector->job())).toJson(QJsonDocument::Indented)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->show();
}
