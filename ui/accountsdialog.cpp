#include "accountsdialog.h"

#include "accounteditor.h"
#include "accounts/accountmanager.h"
#include "accounts/browsersignin.h"
#include "accounts/deleteaccess.h"
#include "accounts/watchedaccounts.h"
#include "job.h"
#include "messageboxtext.h"
#include "notify/syncstatustext.h"
#include "platform/policy.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString describe(const Account &account, bool sessionOnly)
{
    QString state;
    if (sessionOnly)
        state = AccountsDialog::tr("signed in for this session only");
    else
        switch (account.credential) {
        case Account::Credential::RefreshToken:
            state = AccountsDialog::tr("signed in");
            break;
        case Account::Credential::AccessToken:
            state = AccountsDialog::tr("access token (expires, cannot be renewed)");
            break;
        case Account::Credential::None:
            state = AccountsDialog::tr("not signed in");
            break;
        }
    if (const QString readOnly = DeleteAccess::of(account).label(); !readOnly.isEmpty())
        state = AccountsDialog::tr("%1, %2", "how the account is signed in, read-only")
                    .arg(state, readOnly);
    if (account.managed)
        state = AccountsDialog::tr("%1, %2", "how the account is signed in, managed")
                    .arg(state, Policy::managedLabel());
    return AccountsDialog::tr("%1 — %2 — %3")
        .arg(account.name,
             account.dataCenter == DataCenter::customCode() ? account.apiBaseUrl.host()
                                                            : account.dataCenter,
             state);
}

// Asks before something that cannot be taken back at once; Cancel is the default and Esc.
bool confirmed(QWidget *parent, const char *name, const QString &title, const QString &question,
               const QString &consequences, const QString &action, const char *actionName)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QLatin1String(name));
    box.setInformativeText(consequences);
    MessageBoxText::makePlain(box);
    QPushButton *confirm = box.addButton(action, QMessageBox::DestructiveRole);
    confirm->setObjectName(QLatin1String(actionName));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace

AccountsDialog::AccountsDialog(AccountManager *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_signIn(new QPushButton(tr("&Sign In"), this))
    , m_signOut(new QPushButton(tr("Sign &Out…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_cancel(new QPushButton(tr("&Cancel Sign-In"), this))
    , m_status(new QLabel(this))
    , m_managed(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    m_cancel->hide();
    auto *signInMenu = new QMenu(m_signIn);
    signInMenu->addAction(tr("With the &Browser…"), this, &AccountsDialog::signInWithBrowser)
        ->setObjectName(QStringLiteral("signInWithBrowser"));
    signInMenu->addAction(tr("With a Self Client &Code…"), this, &AccountsDialog::signInWithCode)
        ->setObjectName(QStringLiteral("signInWithCode"));
    signInMenu->addAction(tr("With an &Access Token…"), this, &AccountsDialog::signInWithToken)
        ->setObjectName(QStringLiteral("signInWithToken"));
    m_signIn->setMenu(signInMenu);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_signOut, &QPushButton::clicked, this, &AccountsDialog::signOut);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_cancel, &QPushButton::clicked, this, &AccountsDialog::cancelSignIn);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AccountsDialog::editAccount);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { add, m_edit, m_signIn, m_signOut, m_remove, m_cancel })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    // What Zoho and the keychain said, and account names: plain text but for the sign-in link.
    m_status->setTextFormat(Qt::PlainText);
    // Selectable for copying, and its link (the sign-in page) clickable.
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_managed->setObjectName(QStringLiteral("managedAccountNote"));
    m_managed->setWordWrap(true);
    m_managed->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_managed);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(640, 360);
    connect(m_accounts->store(), &AccountStore::accountsChanged, this, &AccountsDialog::refresh);
    refresh();
    m_list->setCurrentRow(0);
}

std::optional<Account> AccountsDialog::selected() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_accounts->store()->find(item->data(Qt::UserRole).toString()) : std::nullopt;
}

void AccountsDialog::setLiveStates(const WatchedAccounts *sessions)
{
    m_sessions = sessions;
    if (m_sessions)
        connect(m_sessions, &WatchedAccounts::stateChanged, this, &AccountsDialog::refresh);
    refresh();
}

void AccountsDialog::select(const QString &accountId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == accountId)
            m_list->setCurrentRow(row);
    }
}

void AccountsDialog::refresh()
{
    const QString current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Account &account : m_accounts->store()->accounts()) {
            QString text = describe(account, m_accounts->isSessionOnly(account.id));
            if (const QString live = SyncStatusText::accountState(
                    m_sessions ? m_sessions->session(account.id) : nullptr);
                !live.isEmpty() && account.credential != Account::Credential::None)
                text = tr("%1 — %2").arg(text, live);
            auto *item = new QListWidgetItem(text, m_list);
            // Never colour alone: the text says the same.
            item->setIcon(QIcon(jobStatusIconPath(
                account.credential == Account::Credential::RefreshToken ? JobStatus::Completed
                    : account.credential == Account::Credential::AccessToken
                    ? JobStatus::Warning
                    : JobStatus::Unknown)));
            item->setData(Qt::UserRole, account.id);
            if (account.id == current)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    const std::optional<Account> account = selected();
    m_edit->setEnabled(account && !m_busy);
    m_signIn->setEnabled(account && !m_busy);
    m_signOut->setEnabled(account && account->credential != Account::Credential::None && !m_busy);
    const bool managed = account && account->managed;
    m_remove->setEnabled(account && !managed && !m_busy);
    m_remove->setToolTip(managed ? Policy::lockedNote() : QString());
    m_managed->setVisible(managed);
    if (managed)
        m_managed->setText(tr("%1: \"%2\" cannot be changed or removed. You sign it in and out, "
                              "and give its client secret with Edit… if it needs one.")
                               .arg(Policy::lockedNote(), account->name));
    m_cancel->setVisible(m_browser != nullptr);
    if (m_list->count() == 0 && !m_busy)
        m_status->setText(tr("No accounts yet. Add one with the OAuth client id from Zoho's API "
                             "console (api-console.zoho.com)."));
}

void AccountsDialog::setBusy(const QString &message)
{
    m_busy = !message.isEmpty();
    if (m_busy)
        m_status->setText(message);
    refresh();
}

void AccountsDialog::report(const QString &accountId, const AccountOutcome &outcome,
                            Operation operation)
{
    setBusy(QString());
    m_status->setText(outcome.message);
    if (outcome.ok) {
        select(accountId);
        if (operation == Operation::SignIn)
            emit signedIn(accountId);
        return;
    }
    if (!outcome.canKeepForSession)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Keychain Unavailable"), outcome.message,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("keychainProblem"));
    box.setInformativeText(tr("Keep the sign-in for this session only? It is held in memory, "
                              "never written to a file, and you sign in again after a restart."));
    MessageBoxText::makePlain(box);
    QPushButton *session = box.addButton(tr("Keep for This &Session"), QMessageBox::AcceptRole);
    session->setObjectName(QStringLiteral("keepForSession"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != session) {
        m_accounts->discardUnsaved(accountId);
        m_status->setText(tr("The sign-in was given up: nothing was stored."));
        return;
    }
    m_accounts->keepForThisSession(accountId, this, [this, accountId](const AccountOutcome &kept) {
        report(accountId, kept, Operation::SignIn);
    });
}

void AccountsDialog::addAccount()
{
    Account fresh = Account::forDataCenter(QString(), *DataCenter::find(QStringLiteral("US")));
    AccountEditor editor(
        fresh, [this](const Account &account) { return m_accounts->store()->problemWith(account); },
        this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Account account = editor.account();
    setBusy(tr("Saving…"));
    m_accounts->save(account, editor.clientSecret(), this,
                     [this, account](const AccountOutcome &outcome) {
                         report(account.id, outcome, Operation::Other);
                         if (outcome.ok)
                             m_status->setText(outcome.message + QLatin1Char(' ')
                                               + tr("Choose Sign In to connect it."));
                     });
}

void AccountsDialog::editAccount()
{
    const std::optional<Account> account = selected();
    if (!account)
        return;
    AccountEditor editor(
        *account,
        [this](const Account &edited) { return m_accounts->store()->problemWith(edited); }, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Account edited = editor.account();
    setBusy(tr("Saving…"));
    m_accounts->save(edited, editor.clientSecret(), this,
                     [this, edited](const AccountOutcome &outcome) {
                         report(edited.id, outcome, Operation::Other);
                     });
}

void AccountsDialog::removeAccount()
{
    const std::optional<Account> account = selected();
    if (!account)
        return;
    if (!confirmed(this, "removeConfirmation", tr("Remove Account"),
                   tr("Remove the account \"%1\"?").arg(account->name),
                   tr("The app signs out first (its access is revoked at Zoho) and forgets the "
                      "account. The jobs in Identity360 are not touched."),
                   tr("&Remove"), "confirmRemove"))
        return;
    setBusy(tr("Signing out and removing…"));
    m_accounts->remove(account->id, this, [this, id = account->id](const AccountOutcome &outcome) {
        report(id, outcome, Operation::Other);
    });
}

void AccountsDialog::signOut()
{
    const std::optional<Account> account = selected();
    if (!account)
        return;
    if (!confirmed(this, "signOutConfirmation", tr("Sign Out"),
                   tr("Sign out of \"%1\"?").arg(account->name),
                   tr("The app's access is revoked at Zoho and removed from the keychain. "
                      "Polling this account stops until you sign in again."),
                   tr("Sign &Out"), "confirmSignOut"))
        return;
    setBusy(tr("Signing out…"));
    m_accounts->signOut(account->id, this, [this, id = account->id](const AccountOutcome &outcome) {
        report(id, outcome, Operation::Other);
    });
}

void AccountsDialog::signInWithBrowser()
{
    const std::optional<Account> account = selected();
    if (!account)
        return;
    setBusy(tr("Opening the browser…"));
    m_accounts->readClientSecret(
        account->id, this,
        [this, account](const QString &clientSecret, const std::optional<AccountOutcome> &failure) {
            if (failure) {
                report(account->id, *failure, Operation::SignIn);
                return;
            }
            m_browser
                = new BrowserSignIn({ account->accountsServer, account->clientId, clientSecret },
                                    account->scopes, account->redirectPort, this);
            connect(m_browser, &BrowserSignIn::browserRequested, this, [this](const QUrl &url) {
                const QString link = url.toString(QUrl::FullyEncoded);
                m_status->setTextFormat(Qt::RichText);
                m_status->setOpenExternalLinks(true);
                m_status->setText(tr("Waiting for you to sign in in the browser. If no browser "
                                     "opened, <a href=\"%1\">open the sign-in page</a>.")
                                      .arg(link.toHtmlEscaped()));
                if (!QDesktopServices::openUrl(url))
                    m_status->setText(m_status->text() + QLatin1Char(' ')
                                      + tr("(No browser could be started.)"));
            });
            const auto done = [this, account, clientSecret](
                                  const std::optional<TokenGrant> &grant, const QUrl &server,
                                  const std::optional<RequestError> &error) {
                m_browser->deleteLater();
                m_browser = nullptr;
                m_status->setTextFormat(Qt::PlainText);
                if (error) {
                    report(account->id, { false, error->detail, std::nullopt, false, {} },
                           Operation::SignIn);
                    return;
                }
                m_accounts->signInWithGrant(*account, clientSecret, *grant, server, this,
                                            [this, account](const AccountOutcome &outcome) {
                                                report(account->id, outcome, Operation::SignIn);
                                            });
            };
            connect(m_browser, &BrowserSignIn::succeeded, this,
                    [done](const TokenGrant &grant, const QUrl &server) {
                        done(grant, server, std::nullopt);
                    });
            connect(m_browser, &BrowserSignIn::failed, this,
                    [done](const RequestError &error) { done(std::nullopt, QUrl(), error); });
            m_browser->start();
            refresh();
        });
}

void AccountsDialog::cancelSignIn()
{
    if (m_browser)
        m_browser->cancel();
}

void AccountsDialog::signInWithCode()
{
    const std::optional<Account> account = selected();
    if (!account)
        return;
    bool ok = false;
    const QString code = QInputDialog::getText(
        this, tr("Sign In with a Self Client Code"),
        tr("In Zoho's API console, open the Self Client, generate a code with the scopes %1, and "
           "paste it here within three minutes:")
            .arg(account->scopes),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    setBusy(tr("Exchanging the code…"));
    m_accounts->readClientSecret(
        account->id, this,
        [this, account, code](const QString &secret, const std::optional<AccountOutcome> &failure) {
            if (failure) {
                report(account->id, *failure, Operation::SignIn);
                return;
            }
            m_accounts->signInWithGrantCode(*account, secret, code, this,
                                            [this, account](const AccountOutcome &outcome) {
                                                report(account->id, outcome, Operation::SignIn);
                                            });
        });
}

void AccountsDialog::signInWithToken()
{
    const std::optional<Account> account = selected();
    if (!account)
        return;
    bool ok = false;
    const QString token = QInputDialog::getText(
        this, tr("Sign In with an Access Token"),
        tr("Paste an access token. It works until it expires (usually an hour) and cannot be "
           "renewed: then you sign in again."),
        QLineEdit::Password, QString(), &ok);
    if (!ok || token.trimmed().isEmpty())
        return;
    setBusy(tr("Keeping the token…"));
    m_accounts->signInWithAccessToken(*account, token, this,
                                      [this, account](const AccountOutcome &outcome) {
                                          report(account->id, outcome, Operation::SignIn);
                                      });
}
