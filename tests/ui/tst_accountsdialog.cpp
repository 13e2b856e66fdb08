#include "accounteditor.h"
#include "accounts/accountmanager.h"
#include "accountsdialog.h"
#include "api/tokensource.h"
#include "fixtures/accountfixture.h"
#include "fixtures/emulatorfixture.h"
#include "fixtures/modalhelpers.h"
#include "fixtures/policyfile.h"
#include "fixtures/showntext.h"
#include "fixtures/standinkeychain.h"
#include "jobgenerator.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString staticToken = QStringLiteral("1000.dialog-test");

// Catches what the app asks the desktop to open, instead of a browser.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QUrl opened;

public slots:
    void open(const QUrl &url) { opened = url; }
};

} // namespace

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addThenSignInWithACode();
    void wrongCodeIsSaidInWords();
    void browserSignInThroughTheDesktopsBrowser();
    void missingKeychainOffersThisSessionOnly();
    void signOutRevokesAfterConfirming();
    void removeIsCancelledByDefault();
    void accountNamesAreShownAsTyped();
    void readOnlySignInsAreSaidSo();
    void managedAccountsAreLocked();
    void sessionOnlyIsNotOfferedWhenThePolicyTurnsItOff();

private:
    // An account "Quick" in the US data center, not signed in.
    Account addQuickAccount();
    Account addLabAccount(const QString &name = QStringLiteral("Lab"));
    QString selectedText(const AccountsDialog &dialog) const;

    QTemporaryDir m_settings;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountManager> m_accounts;
};

void TestAccountsDialog::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestAccountsDialog::init()
{
    QSettings().clear();
    m_server
        = startEmulator(JobGenerator::generate(3, 1, QDateTime::currentDateTimeUtc()), staticToken);
    m_store = std::make_unique<AccountStore>();
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_accounts = std::make_unique<AccountManager>(m_store.get(), m_keychain.get());
}

void TestAccountsDialog::cleanup()
{
    // Read again, so that the accounts of a policy are among them.
    const AccountStore stored;
    for (const Account &account : stored.accounts()) {
        bool done = false;
        m_keychain->remove(account.id, this,
                           [&done](const std::optional<SecretStoreError> &) { done = true; });
        QTRY_VERIFY(done);
    }
    m_accounts.reset();
    m_keychain.reset();
    m_store.reset();
    m_server.reset();
    Policy::makeCurrent(Policy());
}

Account TestAccountsDialog::addLabAccount(const QString &name)
{
    Account account = Account::forDataCenter(name, *DataCenter::find(DataCenter::customCode()));
    account.apiBaseUrl = m_server->apiBaseUrl();
    account.accountsServer = m_server->origin();
    account.clientId = QStringLiteral("1000.JOBMONEMULATOR");
    bool saved = false;
    m_accounts->save(account, QStringLiteral("emulator-secret"), this,
                     [&saved](const AccountOutcome &outcome) { saved = outcome.ok; });
    if (!QTest::qWaitFor([&saved] { return saved; }, 10000))
        qFatal("the lab account was not saved");
    return *m_store->find(account.id);
}

Account TestAccountsDialog::addQuickAccount()
{
    Account quick
        = Account::forDataCenter(QStringLiteral("Quick"), *DataCenter::find(QStringLiteral("US")));
    quick.clientId = QStringLiteral("1000.X");
    if (const QString problem = m_store->save(quick); !problem.isEmpty())
        qFatal("the quick account was not saved: %s", qPrintable(problem));
    return quick;
}

QString TestAccountsDialog::selectedText(const AccountsDialog &dialog) const
{
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
    return list->currentItem() ? list->currentItem()->text() : QString();
}

// Picks a Sign In menu entry as a user would: the menu opens, the entry is triggered.
static void chooseSignIn(AccountsDialog &dialog, const char *entry)
{
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    button->menu()->findChild<QAction *>(QLatin1String(entry))->trigger();
}

void TestAccountsDialog::addThenSignInWithACode()
{
    AccountsDialog dialog(m_accounts.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Add: the editor fills the data center's URLs, says what is missing, and OK waits.
    whenModalShows<AccountEditor>([this](AccountEditor *editor) {
        auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("accountProblem"))->text(),
                 QStringLiteral("The account needs a name."));
        auto *center = editor->findChild<QComboBox *>(QStringLiteral("accountDataCenter"));
        center->setCurrentIndex(center->findData(QStringLiteral("EU")));
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("accountAccountsServer"))->text(),
                 QStringLiteral("https://accounts.zoho.eu"));
        center->setCurrentIndex(center->findData(DataCenter::customCode()));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("accountName")),
                         QStringLiteral("Lab"));
        auto *api = editor->findChild<QLineEdit *>(QStringLiteral("accountApiBaseUrl"));
        api->setText(QStringLiteral("http://lab.example.com/api/v1"));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("accountProblem"))
                    ->text()
                    .contains(QStringLiteral("https://")));
        api->setText(m_server->apiBaseUrl().toString());
        editor->findChild<QLineEdit *>(QStringLiteral("accountAccountsServer"))
            ->setText(m_server->origin().toString());
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("accountClientId")),
                         QStringLiteral("1000.JOBMONEMULATOR"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("accountClientSecret")),
                         QStringLiteral("emulator-secret"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addAccount")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_store->accounts().size(), 1);
    QTRY_VERIFY(selectedText(dialog).startsWith(QStringLiteral("Lab — ")));
    QVERIFY(selectedText(dialog).endsWith(QStringLiteral("not signed in")));

    // Sign in with a Self Client code pasted into the dialog.
    const QString code = m_server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                                               QDateTime::currentDateTimeUtc());
    QSignalSpy signedIn(&dialog, &AccountsDialog::signedIn);
    whenModalShows<QInputDialog>([code](QInputDialog *input) {
        input->setTextValue(code);
        input->accept();
    });
    chooseSignIn(dialog, "signInWithCode");
    QTRY_COMPARE(signedIn.size(), 1);
    QCOMPARE(signedIn.constFirst().constFirst().toString(), m_store->accounts().constFirst().id);
    QVERIFY(selectedText(dialog).endsWith(QStringLiteral("signed in")));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("accountStatus"))->text(),
             QStringLiteral("Account \"Lab\" is signed in."));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("signOut"))->isEnabled());
}

void TestAccountsDialog::wrongCodeIsSaidInWords()
{
    const Account lab = addLabAccount();
    AccountsDialog dialog(m_accounts.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    whenModalShows<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(QStringLiteral("1000.made-up-code"));
        input->accept();
    });
    chooseSignIn(dialog, "signInWithCode");
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("accountStatus"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("The code was not accepted")),
                 qPrintable(status->text()));
    QCOMPARE(m_store->find(lab.id)->credential, Account::Credential::None);
}

void TestAccountsDialog::browserSignInThroughTheDesktopsBrowser()
{
    Account lab = addLabAccount();
    lab.redirectPort = 0;
    // Port 0 cannot be registered with Zoho, but the editor would refuse it too: set it here.
    QCOMPARE(m_store->save(lab), QString());
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    AccountsDialog dialog(m_accounts.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy signedIn(&dialog, &AccountsDialog::signedIn);
    chooseSignIn(dialog, "signInWithBrowser");
    QTRY_VERIFY(browser.opened.isValid());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelSignIn"))->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("accountStatus"))
                ->text()
                .startsWith(QStringLiteral("Waiting for you to sign in in the browser.")));
    // The browser: consent at Zoho, then back to the app.
    const HttpAnswer consent = sendHttp("GET", browser.opened);
    QCOMPARE(consent.status, 302);
    QCOMPARE(sendHttp("GET", QUrl::fromEncoded(consent.header("Location"))).status, 200);
    QTRY_COMPARE(signedIn.size(), 1);
    QCOMPARE(m_store->find(lab.id)->credential, Account::Credential::RefreshToken);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelSignIn"))->isVisible());
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestAccountsDialog::missingKeychainOffersThisSessionOnly()
{
    // A desktop without a Secret Service.
    StandInKeychain missing;
    missing.failAll = StandInKeychain::missing();
    AccountManager accounts(m_store.get(), &missing);
    const Account quick = addQuickAccount();
    AccountsDialog dialog(&accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString problem;
    whenModalShows<QInputDialog>([&](QInputDialog *input) {
        input->setTextValue(QStringLiteral("1000.pasted"));
        input->accept();
        whenModalShows<QMessageBox>([&problem](QMessageBox *box) {
            problem = box->text();
            QCOMPARE(box->objectName(), QStringLiteral("keychainProblem"));
            QCOMPARE(box->defaultButton()->text(), QStringLiteral("Cancel"));
            box->findChild<QPushButton *>(QStringLiteral("keepForSession"))->click();
        });
    });
    QSignalSpy signedIn(&dialog, &AccountsDialog::signedIn);
    chooseSignIn(dialog, "signInWithToken");
    QTRY_COMPARE(signedIn.size(), 1);
    QVERIFY2(problem.contains(QStringLiteral("No keychain is available")), qPrintable(problem));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("accountStatus"))
                ->text()
                .contains(QStringLiteral("for this session only")));
    // What the keychain holds could not be read, so nothing was written over it.
    QCOMPARE(missing.writes, 0);
    // Opening it works from memory, while this process lives.
    bool opened = false;
    accounts.open(quick.id, this,
                  [&opened](std::unique_ptr<TokenSource> source, const AccountOutcome &) {
                      opened = source != nullptr;
                  });
    QTRY_VERIFY(opened);
    // …and nothing on disk says "signed in": after a restart it is not.
    QCOMPARE(m_store->find(quick.id)->credential, Account::Credential::None);
    QVERIFY(AccountStore().find(quick.id)->credential == Account::Credential::None);
    QTRY_VERIFY(selectedText(dialog).endsWith(QStringLiteral("signed in for this session only")));

    // The keychain comes up later and the account is edited: its settings and client secret
    // are kept there, its session-only token is not.
    missing.failAll.reset();
    bool saved = false;
    accounts.save(*m_store->find(quick.id), QStringLiteral("new-client-secret"), this,
                  [&saved](const AccountOutcome &outcome) { saved = outcome.ok; });
    QTRY_VERIFY(saved);
    std::optional<Secrets> inKeychain;
    missing.read(quick.id, this,
                 [&inKeychain](const std::optional<Secrets> &secrets,
                               const std::optional<SecretStoreError> &) { inKeychain = secrets; });
    QTRY_VERIFY(inKeychain);
    QCOMPARE(inKeychain->clientSecret, QStringLiteral("new-client-secret"));
    QCOMPARE(inKeychain->accessToken, QString());
}

void TestAccountsDialog::signOutRevokesAfterConfirming()
{
    const Account lab = addLabAccount();
    const QString code = m_server->oauth().issueSelfClientCode(QStringLiteral("id360.job.READ"),
                                                               QDateTime::currentDateTimeUtc());
    bool signedIn = false;
    m_accounts->signInWithGrantCode(
        lab, QStringLiteral("emulator-secret"), code, this,
        [&signedIn](const AccountOutcome &outcome) { signedIn = outcome.ok; });
    QTRY_VERIFY(signedIn);
    AccountsDialog dialog(m_accounts.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto revokes = [this] {
        return std::count_if(m_server->receivedRequests().cbegin(),
                             m_server->receivedRequests().cend(), [](const auto &request) {
                                 return request.path == QLatin1String("/oauth/v2/token/revoke");
                             });
    };

    // Cancel is the default: Enter keeps the sign-in.
    whenModalShows<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signOut")), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(revokes(), 0);
    QCOMPARE(m_store->find(lab.id)->credential, Account::Credential::RefreshToken);

    whenModalShows<QMessageBox>([](QMessageBox *box) {
        box->findChild<QPushButton *>(QStringLiteral("confirmSignOut"))->click();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signOut")), Qt::LeftButton);
    QTRY_COMPARE(m_store->find(lab.id)->credential, Account::Credential::None);
    QCOMPARE(revokes(), 1);
    // The tokens are gone from the keychain; the client secret stays for the next sign-in.
    std::optional<Secrets> kept;
    m_keychain->read(lab.id, this,
                     [&kept](const std::optional<Secrets> &secrets,
                             const std::optional<SecretStoreError> &) { kept = secrets; });
    QTRY_VERIFY(kept);
    QCOMPARE(kept->refreshToken, QString());
    QCOMPARE(kept->clientSecret, QStringLiteral("emulator-secret"));
}

void TestAccountsDialog::removeIsCancelledByDefault()
{
    const Account lab = addLabAccount();
    AccountsDialog dialog(m_accounts.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    whenModalShows<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeAccount")),
                      Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(m_store->find(lab.id));
    whenModalShows<QMessageBox>([](QMessageBox *box) {
        box->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeAccount")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_store->find(lab.id));
    QTRY_COMPARE(dialog.findChild<QListWidget *>(QStringLiteral("accountList"))->count(), 0);
}

// A name is shown as it was typed, markup and all: in the question and in what the dialog says.
void TestAccountsDialog::accountNamesAreShownAsTyped()
{
    const QString name = QStringLiteral("<b>Lab</b> <!-- test");
    const Account lab = addLabAccount(name);
    AccountsDialog dialog(m_accounts.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString question;
    whenModalShows<QMessageBox>([&question](QMessageBox *box) {
        question = shownText(box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")));
        box->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeAccount")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_store->find(lab.id));
    QCOMPARE(question, QStringLiteral("Remove the account \"%1\"?").arg(name));
    const auto *status = dialog.findChild<QLabel *>(QStringLiteral("accountStatus"));
    QTRY_VERIFY2(
        shownText(status).startsWith(QStringLiteral("Account \"%1\" is removed").arg(name)),
        qPrintable(shownText(status)));
}

// An account whose sign-in was granted only id360.job.READ is listed as read-only.
void TestAccountsDialog::readOnlySignInsAreSaidSo()
{
    EmulatorServer::Options namingScopes;
    namingScopes.oauth.answerNamesScope = true;
    m_server = startEmulator({}, staticToken, namingScopes);
    const Account lab = addLabAccount();
    const Account reader = addLabAccount(QStringLiteral("Reader"));
    QVERIFY(signInWithCode(*m_accounts, lab, *m_server,
                           QStringLiteral("id360.job.READ,id360.job.DELETE"), this));
    QVERIFY(signInWithCode(*m_accounts, reader, *m_server, QStringLiteral("id360.job.READ"), this));
    AccountsDialog dialog(m_accounts.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown.append(list->item(row)->text());
    QCOMPARE(shown,
             QStringList({ QStringLiteral("Lab — 127.0.0.1 — signed in"),
                           QStringLiteral("Reader — 127.0.0.1 — signed in, read-only") }));
}

void TestAccountsDialog::managedAccountsAreLocked()
{
    addLabAccount(QStringLiteral("Own"));
    applyPolicy(m_settings.path(),
                "[Account Managed]\ndataCenter=custom\napiUrl="
                    + m_server->apiBaseUrl().toString().toUtf8() + "\naccountsServer="
                    + m_server->origin().toString().toUtf8() + "\nclientId=1000.JOBMONEMULATOR\n");
    AccountStore store;
    AccountManager accounts(&store, m_keychain.get());
    AccountsDialog dialog(&accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Managed — 127.0.0.1 — not signed in, managed"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Own — 127.0.0.1 — not signed in"));

    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeAccount"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("managedAccountNote"));
    QCOMPARE(selectedText(dialog), list->item(0)->text());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), QStringLiteral("Set by your administrator"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("Set by your administrator: \"Managed\" cannot be changed "
                            "or removed. You sign it in and out, and give its client "
                            "secret with Edit… if it needs one."));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("signIn"))->isEnabled());

    // Edit: everything but the client secret is read-only, and the secret goes to the keychain.
    whenModalShows<AccountEditor>([](AccountEditor *editor) {
        for (const char *name : { "accountName", "accountApiBaseUrl", "accountAccountsServer",
                                  "accountClientId", "accountScopes" })
            QVERIFY2(editor->findChild<QLineEdit *>(QLatin1String(name))->isReadOnly(), name);
        QVERIFY(!editor->findChild<QComboBox *>(QStringLiteral("accountDataCenter"))->isEnabled());
        QVERIFY(!editor->findChild<QSpinBox *>(QStringLiteral("accountRedirectPort"))->isEnabled());
        QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("accountLocked"))->text(),
                 QStringLiteral("Set by your administrator: only the client secret can be given "
                                "here."));
        auto *secret = editor->findChild<QLineEdit *>(QStringLiteral("accountClientSecret"));
        QVERIFY(!secret->isReadOnly());
        QTest::keyClicks(secret, QStringLiteral("managed-secret"));
        auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("editAccount")),
                      Qt::LeftButton);
    const QString managedId = Policy::current().accounts().constFirst().id;
    QTRY_VERIFY(store.find(managedId)->hasClientSecret);
    const std::optional<Secrets> kept = keychainEntry(managedId, this);
    QVERIFY(kept);
    QCOMPARE(kept->clientSecret, QStringLiteral("managed-secret"));

    // The user's own account is theirs to remove.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QTRY_COMPARE(selectedText(dialog), list->item(1)->text());
    QVERIFY(remove->isEnabled());
    QVERIFY(!note->isVisible());
}

void TestAccountsDialog::sessionOnlyIsNotOfferedWhenThePolicyTurnsItOff()
{
    applyPolicy(m_settings.path(), "[General]\nallowSessionOnlySignIn=false\n");
    StandInKeychain missing;
    missing.failAll = StandInKeychain::missing();
    AccountManager accounts(m_store.get(), &missing);
    const Account quick = addQuickAccount();
    AccountsDialog dialog(&accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto offered = std::make_shared<bool>(false);
    whenModalShows<QInputDialog>([offered](QInputDialog *input) {
        input->setTextValue(QStringLiteral("1000.pasted"));
        input->accept();
        whenModalShows<QMessageBox>([offered](QMessageBox *box) {
            *offered = true;
            box->reject();
        });
    });
    chooseSignIn(dialog, "signInWithToken");
    const auto *status = dialog.findChild<QLabel *>(QStringLiteral("accountStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral(
                     "Your administrator does not allow keeping a sign-in for this session only, "
                     "so it was given up.")),
                 qPrintable(status->text()));
    QVERIFY(!*offered);
    // Given up, not held for later: nothing is left to keep for this session.
    bool refused = false;
    accounts.keepForThisSession(
        quick.id, this, [&refused](const AccountOutcome &outcome) { refused = !outcome.ok; });
    QTRY_VERIFY(refused);
    QVERIFY(!accounts.isSessionOnly(quick.id));
    QTRY_VERIFY(selectedText(dialog).endsWith(QStringLiteral("not signed in")));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
