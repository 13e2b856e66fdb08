#pragma once

#include "notify/jobnotifier.h"
#include "sync/jobsync.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLineEdit;
class QSpinBox;

// File → Settings…: how often to poll and the appearance; what to be notified of; the tray and
// starting at login. OK applies and keeps them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `trayProblem`: why there is no tray icon, said on the Desktop tab; empty when there is one.
    explicit SettingsDialog(const QString &trayProblem = QString(), QWidget *parent = nullptr);

    JobSync::Intervals intervals() const;
    NotificationRules notificationRules() const;
    // Saves what is shown and applies the appearance and starting at login; what could not be
    // done, in words.
    std::optional<QString> apply() const;

private:
    QWidget *createGeneralTab();
    QWidget *createNotificationsTab();
    QWidget *createDesktopTab(const QString &trayProblem);

    QSpinBox *m_active;
    QSpinBox *m_idle;
    QSpinBox *m_full;
    QButtonGroup *m_appearance;
    QCheckBox *m_completed = nullptr;
    QCheckBox *m_warning = nullptr;
    QCheckBox *m_error = nullptr;
    QCheckBox *m_doNotDisturb = nullptr;
    QCheckBox *m_stuck = nullptr;
    QSpinBox *m_stuckFactor = nullptr;
    QSpinBox *m_stuckMinimum = nullptr;
    QCheckBox *m_failureSpikes = nullptr;
    QCheckBox *m_accountProblems = nullptr;
    QSpinBox *m_unreachableAfter = nullptr;
    QLineEdit *m_mutedModules = nullptr;
    QLineEdit *m_mutedActions = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
};
