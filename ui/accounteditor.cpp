#include "accounteditor.h"

#include "platform/policy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AccountEditor::AccountEditor(const Account &account,
                             std::function<QString(const Account &)> problemOf, QWidget *parent)
    : QDialog(parent)
    , m_original(account)
    , m_problemOf(std::move(problemOf))
    , m_name(new QLineEdit(account.name, this))
    , m_dataCenter(new QComboBox(this))
    , m_apiBaseUrl(new QLineEdit(account.apiBaseUrl.toString(), this))
    , m_accountsServer(new QLineEdit(account.accountsServer.toString(), this))
    , m_clientId(new QLineEdit(account.clientId, this))
    , m_clientSecret(new QLineEdit(this))
    , m_scopes(new QLineEdit(account.scopes, this))
    , m_redirectPort(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accountEditor"));
    setWindowTitle(account.name.isEmpty() ? tr("Add Account") : tr("Edit Account"));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);
    m_dataCenter->setObjectName(QStringLiteral("accountDataCenter"));
    for (const DataCenter &center : DataCenter::all())
        m_dataCenter->addItem(center.code == DataCenter::customCode() ? tr("Custom") : center.code,
                              center.code);
    m_dataCenter->setCurrentIndex(std::max(0, m_dataCenter->findData(account.dataCenter)));
    connect(m_dataCenter, &QComboBox::currentIndexChanged, this,
            &AccountEditor::fillFromDataCenter);
    form->addRow(tr("&Data center:"), m_dataCenter);
    m_apiBaseUrl->setObjectName(QStringLiteral("accountApiBaseUrl"));
    form->addRow(tr("&API URL:"), m_apiBaseUrl);
    m_accountsServer->setObjectName(QStringLiteral("accountAccountsServer"));
    form->addRow(tr("A&ccounts server:"), m_accountsServer);
    m_clientId->setObjectName(QStringLiteral("accountClientId"));
    m_clientId->setPlaceholderText(tr("From Zoho's API console, e.g. 1000.ABC…"));
    form->addRow(tr("Client &ID:"), m_clientId);
    m_clientSecret->setObjectName(QStringLiteral("accountClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(account.hasClientSecret
                                           ? tr("Kept in the keychain; type to replace")
                                           : tr("If the client has one"));
    form->addRow(tr("Client &secret:"), m_clientSecret);
    m_scopes->setObjectName(QStringLiteral("accountScopes"));
    form->addRow(tr("Sc&opes:"), m_scopes);
    m_redirectPort->setObjectName(QStringLiteral("accountRedirectPort"));
    m_redirectPort->setRange(1, 65535);
    m_redirectPort->setValue(account.redirectPort);
    m_redirectPort->setToolTip(tr("Register http://127.0.0.1:PORT/ as the client's redirect URI "
                                  "in Zoho's API console."));
    form->addRow(tr("&Redirect port:"), m_redirectPort);

    // The administrator's account: only its client secret is the user's to give.
    if (account.managed) {
        for (QLineEdit *field : { m_name, m_apiBaseUrl, m_accountsServer, m_clientId, m_scopes })
            field->setReadOnly(true);
        for (QWidget *field : std::initializer_list<QWidget *> { m_name, m_dataCenter, m_apiBaseUrl,
                                                                 m_accountsServer, m_clientId,
                                                                 m_scopes, m_redirectPort })
            field->setToolTip(Policy::lockedNote());
        m_dataCenter->setEnabled(false);
        m_redirectPort->setEnabled(false);
        auto *locked = new QLabel(
            tr("%1: only the client secret can be given here.").arg(Policy::lockedNote()), this);
        locked->setObjectName(QStringLiteral("accountLocked"));
        locked->setWordWrap(true);
        form->insertRow(0, locked);
    }

    m_problem->setObjectName(QStringLiteral("accountProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field :
         { m_name, m_apiBaseUrl, m_accountsServer, m_clientId, m_clientSecret, m_scopes })
        connect(field, &QLineEdit::textChanged, this, &AccountEditor::check);
    if (account.apiBaseUrl.isEmpty())
        fillFromDataCenter();
    check();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

void AccountEditor::fillFromDataCenter()
{
    const std::optional<DataCenter> center
        = DataCenter::find(m_dataCenter->currentData().toString());
    // Custom keeps what was typed: that is what custom is for.
    if (!center || center->code == DataCenter::customCode()) {
        check();
        return;
    }
    m_apiBaseUrl->setText(center->apiBaseUrl.toString());
    m_accountsServer->setText(center->accountsServer.toString());
}

Account AccountEditor::account() const
{
    Account account = m_original;
    account.name = m_name->text().trimmed();
    account.dataCenter = m_dataCenter->currentData().toString();
    account.apiBaseUrl = serverUrlFromText(m_apiBaseUrl->text());
    account.accountsServer = serverUrlFromText(m_accountsServer->text());
    account.clientId = m_clientId->text().trimmed();
    account.scopes = m_scopes->text().trimmed();
    account.redirectPort = static_cast<quint16>(m_redirectPort->value());
    return account;
}

QString AccountEditor::clientSecret() const
{
    return m_clientSecret->text().trimmed();
}

void AccountEditor::check()
{
    const QString problem = m_problemOf(account());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
