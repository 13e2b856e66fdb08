#pragma once

#include "accounts/account.h"

#include <QDialog>

class AccountManager;
class WatchedAccounts;
class BrowserSignIn;
class QLabel;
class QListWidget;
class QPushButton;
struct AccountOutcome;

// Add, edit, remove accounts and sign them in (browser, Self Client code, pasted access token)
// or out. Everything it does goes through AccountManager; it only asks and shows.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(AccountManager *accounts, QWidget *parent = nullptr);

    void select(const QString &accountId);
    // Shows how each watched account is doing (offline, server errors, …) next to its sign-in.
    void setLiveStates(const WatchedAccounts *sessions);
    // Opens the editor for a new account at once (the first-run "Add Account…").
    void addAccount();

signals:
    // The account can be watched now.
    void signedIn(const QString &accountId);

private:
    std::optional<Account> selected() const;
    void refresh();
    void editAccount();
    void removeAccount();
    void signInWithBrowser();
    void signInWithCode();
    void signInWithToken();
    void signOut();
    void cancelSignIn();
    enum class Operation { SignIn, Other };
    // Shows how an operation ended; offers "this session only" when the keychain refused a
    // sign-in. A sign-in that worked is told through signedIn().
    void report(const QString &accountId, const AccountOutcome &outcome, Operation operation);
    void setBusy(const QString &message);

    AccountManager *m_accounts;
    const WatchedAccounts *m_sessions = nullptr;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QPushButton *m_remove;
    QPushButton *m_cancel;
    QLabel *m_status;
    // Said while an account the administrator set up is selected.
    QLabel *m_managed;
    BrowserSignIn *m_browser = nullptr;
    bool m_busy = false;
};
