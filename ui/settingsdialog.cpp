#include "settingsdialog.h"

#include "appearance.h"
#include "settings.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
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

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_appearance(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    using std::chrono::duration_cast;
    using std::chrono::minutes;
    using std::chrono::seconds;
    const JobSync::Intervals current = Settings::pollIntervals();
    const JobSync::Intervals &least = JobSync::minimumIntervals;

    auto *polling = new QGroupBox(tr("Polling"), this);
    auto *form = new QFormLayout(polling);
    m_active = spinBox("pollActive", int(duration_cast<seconds>(least.hot).count()), 600,
                       int(duration_cast<seconds>(current.hot).count()), tr(" s"), polling);
    form->addRow(tr("While jobs are queued or &running, check them every:"), m_active);
    m_idle = spinBox("pollIdle", int(duration_cast<seconds>(least.idle).count()), 3600,
                     int(duration_cast<seconds>(current.idle).count()), tr(" s"), polling);
    form->addRow(tr("Otherwise &look for new jobs every:"), m_idle);
    m_full = spinBox("pollFull", int(duration_cast<minutes>(least.full).count()), 24 * 60,
                     int(duration_cast<minutes>(current.full).count()), tr(" min"), polling);
    form->addRow(tr("Fetch the &whole list every:"), m_full);
    auto *note = new QLabel(tr("Each check asks only for what can have changed; Zoho's limits "
                               "are kept whatever you choose."),
                            polling);
    note->setWordWrap(true);
    form->addRow(note);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceLayout = new QVBoxLayout(appearance);
    for (const auto &[scheme, name] :
         { std::pair { Appearance::Scheme::System, "appearanceSystemChoice" },
           std::pair { Appearance::Scheme::Light, "appearanceLightChoice" },
           std::pair { Appearance::Scheme::Dark, "appearanceDarkChoice" } }) {
        auto *choice = new QRadioButton(Appearance::displayName(scheme), appearance);
        choice->setObjectName(QLatin1String(name));
        choice->setChecked(Appearance::saved() == scheme);
        m_appearance->addButton(choice, int(scheme));
        appearanceLayout->addWidget(choice);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(polling);
    layout->addWidget(appearance);
    layout->addWidget(buttons);
}

JobSync::Intervals SettingsDialog::intervals() const
{
    return { std::chrono::seconds(m_active->value()), std::chrono::seconds(m_idle->value()),
             std::chrono::minutes(m_full->value()) };
}

void SettingsDialog::apply() const
{
    Settings::setPollIntervals(intervals());
    const auto scheme = static_cast<Appearance::Scheme>(m_appearance->checkedId());
    if (scheme != Appearance::saved())
        Appearance::choose(scheme);
}
