#pragma once

#include <QWidget>

class QLabel;

// Above the jobs, why an account cannot be polled (not signed in, the keychain failed, the
// server no longer accepts its sign-in) and the Sign In button that fixes it.
class AccountBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBanner)

public:
    explicit AccountBanner(QWidget *parent = nullptr);

    // What keeps account `accountId` from being polled; an empty problem hides the banner.
    void showProblem(const QString &accountId, const QString &problem);

signals:
    // Sign In was pressed for the account whose problem is shown.
    void signInRequested(const QString &accountId);

private:
    QLabel *m_text;
    QString m_accountId;
};
