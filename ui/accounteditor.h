#pragma once

#include "accounts/account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or edits one account: name, data center (which fills the URLs, still editable), API
// URL, accounts server, client id and secret, scopes, redirect port. OK stays off while
// something is wrong, and what is wrong is said under the form.
class AccountEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountEditor)

public:
    // `problemOf` says what keeps an account from being saved (AccountStore::problemWith).
    AccountEditor(const Account &account, std::function<QString(const Account &)> problemOf,
                  QWidget *parent = nullptr);

    Account account() const;
    // Empty when not typed: an edit keeps the secret it had.
    QString clientSecret() const;

private:
    void fillFromDataCenter();
    void check();

    Account m_original;
    std::function<QString(const Account &)> m_problemOf;
    QLineEdit *m_name;
    QComboBox *m_dataCenter;
    QLineEdit *m_apiBaseUrl;
    QLineEdit *m_accountsServer;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_scopes;
    QSpinBox *m_redirectPort;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
