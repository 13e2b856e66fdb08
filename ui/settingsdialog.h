#pragma once

#include "jobsync.h"

#include <QDialog>

class QButtonGroup;
class QSpinBox;

// File → Settings…: how often to poll, and the appearance. OK applies and keeps them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    JobSync::Intervals intervals() const;
    // Saves what is shown (polling and appearance) and applies the appearance.
    void apply() const;

private:
    QSpinBox *m_active;
    QSpinBox *m_idle;
    QSpinBox *m_full;
    QButtonGroup *m_appearance;
};
