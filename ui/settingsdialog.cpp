#include "settingsdialog.h"

#include "appearance.h"
#include "lockedsetting.h"
#include "notify/failurespikes.h"
#include "platform/autostart.h"
#include "platform/policy.h"
#include "platform/settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QSpinBox *spinBox(const char *name, int minimum, int maximum, int value, const QString &suffix,
                  QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(minimum, maximum);
    box->setValue(std::clamp(value, minimum, maximum));
    box->setSuffix(suffix);
    return box;
}

// "Automation, Bulk Password Reset" → the names, tidied.
QStringList namesFrom(const QString &text)
{
    QStringList names;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &trayProblem, QWidget *parent)
    : QDialog(parent)
    , m_appearance(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(createGeneralTab(), tr("&General"));
    tabs->addTab(createNotificationsTab(), tr("&Notifications"));
    tabs->addTab(createDesktopTab(trayProblem), tr("&Desktop"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (QLabel *policy = LockedSetting::policyNotice(this)) {
        // A wrapped label's height is not asked of it at the dialog's width: reserve it, or the
        // tabs below are squeezed (a little under the dialog's width, so it errs on the tall side).
        policy->setMinimumHeight(policy->heightForWidth(fontMetrics().averageCharWidth() * 76));
        layout->addWidget(policy);
    }
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    // Room for the examples in the mute fields and the longer sentences, in any language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QWidget *SettingsDialog::createGeneralTab()
{
    using std::chrono::duration_cast;
    using std::chrono::minutes;
    using std::chrono::seconds;
    const JobSync::Intervals current = Settings::pollIntervals();
    const JobSync::Intervals least = Policy::current().minimumIntervals();
    const JobSync::Intervals &most = Settings::slowestPollIntervals;
    auto *tab = new QWidget(this);

    auto *polling = new QGroupBox(tr("Polling"), tab);
    auto *form = new QFormLayout(polling);
    m_active = spinBox("pollActive", int(duration_cast<seconds>(least.hot).count()),
                       int(duration_cast<seconds>(most.hot).count()),
                       int(duration_cast<seconds>(current.hot).count()), tr(" s"), polling);
    form->addRow(tr("While jobs are queued or &running, check them every:"), m_active);
    m_idle = spinBox("pollIdle", int(duration_cast<seconds>(least.idle).count()),
                     int(duration_cast<seconds>(most.idle).count()),
                     int(duration_cast<seconds>(current.idle).count()), tr(" s"), polling);
    form->addRow(tr("Otherwise &look for new jobs every:"), m_idle);
    m_full = spinBox("pollFull", int(duration_cast<minutes>(least.full).count()),
                     int(duration_cast<minutes>(most.full).count()),
                     int(duration_cast<minutes>(current.full).count()), tr(" min"), polling);
    form->addRow(tr("Fetch the &whole list every:"), m_full);
    // Only the minimums the policy sets, each on its own field.
    QStringList floors;
    if (least.hot != JobSync::minimumIntervals.hot) {
        floors.append(tr("while jobs run, no more often than every %1 s")
                          .arg(duration_cast<seconds>(least.hot).count()));
        m_active->setToolTip(Policy::lockedNote());
    }
    if (least.idle != JobSync::minimumIntervals.idle) {
        floors.append(tr("otherwise no more often than every %1 s")
                          .arg(duration_cast<seconds>(least.idle).count()));
        m_idle->setToolTip(Policy::lockedNote());
    }
    if (least.full != JobSync::minimumIntervals.full) {
        floors.append(tr("the whole list no more often than every %1 min")
                          .arg(duration_cast<minutes>(least.full).count()));
        m_full->setToolTip(Policy::lockedNote());
    }
    if (!floors.isEmpty()) {
        auto *floor = new QLabel(tr("%1: %2.", "set by your administrator: the minimums")
                                     .arg(Policy::lockedNote(), floors.join(tr("; "))),
                                 polling);
        floor->setObjectName(QStringLiteral("pollMinimumLocked"));
        floor->setWordWrap(true);
        form->addRow(floor);
    }
    auto *note = new QLabel(tr("Each check asks only for what can have changed; Zoho's limits "
                               "are kept whatever you choose."),
                            polling);
    note->setWordWrap(true);
    form->addRow(note);

    auto *appearance = new QGroupBox(tr("Appearance"), tab);
    auto *appearanceLayout = new QVBoxLayout(appearance);
    for (const auto &[scheme, name] :
         { std::pair { Appearance::Scheme::System, "appearanceSystemChoice" },
           std::pair { Appearance::Scheme::Light, "appearanceLightChoice" },
           std::pair { Appearance::Scheme::Dark, "appearanceDarkChoice" } }) {
        auto *choice = new QRadioButton(Appearance::displayName(scheme), appearance);
        choice->setObjectName(QLatin1String(name));
        choice->setChecked(Settings::colorScheme() == scheme);
        m_appearance->addButton(choice, int(scheme));
        appearanceLayout->addWidget(choice);
    }

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(polling);
    layout->addWidget(appearance);
    layout->addStretch(1);
    return tab;
}

QWidget *SettingsDialog::createNotificationsTab()
{
    const NotificationRules rules = Settings::notificationRules();
    auto *tab = new QWidget(this);
    const auto checkBox = [tab](const char *name, const QString &text, bool checked) {
        auto *box = new QCheckBox(text, tab);
        box->setObjectName(QLatin1String(name));
        box->setChecked(checked);
        return box;
    };

    auto *when = new QGroupBox(tr("Tell me when a job I watched"), tab);
    auto *whenLayout = new QVBoxLayout(when);
    m_completed = checkBox("notifyCompleted", tr("&completes"), rules.completed);
    m_warning = checkBox("notifyWarning", tr("finishes with &warnings"), rules.warning);
    const bool failuresForced = Policy::current().failureNotificationsForced();
    m_error = checkBox("notifyError", tr("&fails"), rules.error || failuresForced);
    whenLayout->addWidget(m_completed);
    whenLayout->addWidget(m_warning);
    whenLayout->addWidget(LockedSetting::shown(m_error, failuresForced));
    auto *history = new QLabel(
        tr("Only jobs seen running while the monitor runs: never those that had finished before."),
        when);
    history->setWordWrap(true);
    // A label that wraps reports no height of its own to the dialog through the tabs: give it what
    // it needs at the narrowest the dialog gets (80 characters, less the frames around it).
    history->setMinimumHeight(history->heightForWidth(fontMetrics().averageCharWidth() * 70));
    whenLayout->addWidget(history);

    auto *stuck = new QGroupBox(tr("Stuck jobs"), tab);
    auto *stuckForm = new QFormLayout(stuck);
    m_stuck = checkBox("notifyStuck", tr("Tell me when a job runs far longer than &usual"),
                       rules.stuck);
    stuckForm->addRow(m_stuck);
    m_stuckFactor = spinBox("stuckFactor", 2, 20, rules.stuckFactor, tr("×"), stuck);
    stuckForm->addRow(tr("Longer than its action's usual duration &times:"), m_stuckFactor);
    m_stuckMinimum
        = spinBox("stuckMinimum", 1, 24 * 60, int(rules.stuckMinimum.count()), tr(" min"), stuck);
    stuckForm->addRow(tr("And at &least:"), m_stuckMinimum);
    for (QSpinBox *box : { m_stuckFactor, m_stuckMinimum }) {
        box->setEnabled(rules.stuck);
        connect(m_stuck, &QCheckBox::toggled, box, &QWidget::setEnabled);
    }

    auto *spikes = new QGroupBox(tr("Unusual failures"), tab);
    auto *spikesLayout = new QVBoxLayout(spikes);
    m_failureSpikes = checkBox("notifyFailureSpikes",
                               tr("Tell me when an action fails far more &often today than usual"),
                               rules.failureSpikes);
    m_failureSpikes->setToolTip(
        tr("At least %1 of its runs failed today, and today's failure rate is at least %2 times "
           "its rate over the %3 days before; told once a day per action")
            .arg(FailureSpikes::minimumFailures)
            .arg(FailureSpikes::factor)
            .arg(FailureSpikes::usualDays));
    spikesLayout->addWidget(m_failureSpikes);

    auto *watching = new QGroupBox(tr("When watching stops"), tab);
    auto *watchingForm = new QFormLayout(watching);
    m_accountProblems
        = checkBox("notifyAccountProblems", tr("Problems with an &account"), rules.accountProblems);
    m_accountProblems->setToolTip(
        tr("An account needs signing in again (or soon will: a pasted token about to run out), "
           "its server does not answer (and when it answers again), or the keychain cannot be "
           "read"));
    watchingForm->addRow(m_accountProblems);
    m_unreachableAfter = spinBox("unreachableAfter", 1, 24 * 60,
                                 int(rules.unreachableAfter.count()), tr(" min"), watching);
    m_unreachableAfter->setEnabled(rules.accountProblems);
    connect(m_accountProblems, &QCheckBox::toggled, m_unreachableAfter, &QWidget::setEnabled);
    watchingForm->addRow(tr("No answer from the server for &more than:"), m_unreachableAfter);

    auto *quiet = new QGroupBox(tr("Quiet"), tab);
    auto *quietForm = new QFormLayout(quiet);
    m_doNotDisturb = checkBox("doNotDisturb", tr("&Do not disturb: only failures are told"),
                              rules.doNotDisturb);
    quietForm->addRow(m_doNotDisturb);
    m_mutedModules = new QLineEdit(rules.mutedModules.join(QStringLiteral(", ")), quiet);
    m_mutedModules->setObjectName(QStringLiteral("mutedModules"));
    m_mutedModules->setPlaceholderText(tr("e.g. Automation"));
    quietForm->addRow(tr("Never for these &modules:"), m_mutedModules);
    m_mutedActions = new QLineEdit(rules.mutedActions.join(QStringLiteral(", ")), quiet);
    m_mutedActions->setObjectName(QStringLiteral("mutedActions"));
    m_mutedActions->setPlaceholderText(tr("e.g. Single User Creation, Bulk Password Reset"));
    quietForm->addRow(tr("Never for these &actions:"), m_mutedActions);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(when);
    layout->addWidget(stuck);
    layout->addWidget(spikes);
    layout->addWidget(watching);
    layout->addWidget(quiet);
    layout->addStretch(1);
    return tab;
}

QWidget *SettingsDialog::createDesktopTab(const QString &trayProblem)
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_startAtLogin = new QCheckBox(tr("&Start at login, in the tray"), tab);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    const std::optional<bool> policyStart = Policy::current().startAtLogin();
    m_startAtLogin->setChecked(policyStart.value_or(Autostart::isEnabled()));
    layout->addWidget(LockedSetting::shown(m_startAtLogin, policyStart.has_value()));
    auto *tray = new QLabel(trayProblem.isEmpty()
                                ? tr("Closing the window keeps the monitor running in the system "
                                     "tray; Quit in the tray's menu or the File menu ends it.")
                                : trayProblem,
                            tab);
    tray->setObjectName(QStringLiteral("trayStatus"));
    tray->setWordWrap(true);
    layout->addWidget(tray);
    layout->addStretch(1);
    return tab;
}
JobSync::Intervals SettingsDialog::intervals() const
{
    // A field left at the policy's minimum keeps the user's own faster choice, for when the
    // policy no longer holds: the policy raises it meanwhile (Settings::pollIntervals()).
    const JobSync::Intervals chosen = Settings::chosenPollIntervals();
    const auto kept = [](const QSpinBox *box, std::chrono::milliseconds shown,
                         std::chrono::milliseconds chosen) {
        return box->value() == box->minimum() && chosen < shown ? chosen : shown;
    };
    return { kept(m_active, std::chrono::seconds(m_active->value()), chosen.hot),
             kept(m_idle, std::chrono::seconds(m_idle->value()), chosen.idle),
             kept(m_full, std::chrono::minutes(m_full->value()), chosen.full) };
}

NotificationRules SettingsDialog::notificationRules() const
{
    NotificationRules rules;
    rules.completed = m_completed->isChecked();
    rules.warning = m_warning->isChecked();
    // Locked on by the policy, the box does not show the user's own choice: that is kept.
    rules.error = Policy::current().failureNotificationsForced()
        ? Settings::notificationRules().error
        : m_error->isChecked();
    rules.doNotDisturb = m_doNotDisturb->isChecked();
    rules.stuck = m_stuck->isChecked();
    rules.stuckFactor = m_stuckFactor->value();
    rules.stuckMinimum = std::chrono::minutes(m_stuckMinimum->value());
    rules.failureSpikes = m_failureSpikes->isChecked();
    rules.accountProblems = m_accountProblems->isChecked();
    rules.unreachableAfter = std::chrono::minutes(m_unreachableAfter->value());
    rules.mutedModules = namesFrom(m_mutedModules->text());
    rules.mutedActions = namesFrom(m_mutedActions->text());
    return rules;
}

std::optional<QString> SettingsDialog::apply() const
{
    Settings::setPollIntervals(intervals());
    Settings::setNotificationRules(notificationRules());
    const auto scheme = static_cast<Appearance::Scheme>(m_appearance->checkedId());
    if (scheme != Settings::colorScheme())
        Appearance::choose(scheme);
    if (m_startAtLogin->isChecked() != Autostart::isEnabled())
        return Autostart::setEnabled(m_startAtLogin->isChecked());
    return std::nullopt;
}
