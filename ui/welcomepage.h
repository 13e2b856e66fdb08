#pragma once

#include <QWidget>

// The first-run face, in the jobs' place while there is no account to watch: what the monitor
// does, the way to add an account, and the demo to try it on first.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void addAccountRequested();
    void demoRequested();
};
