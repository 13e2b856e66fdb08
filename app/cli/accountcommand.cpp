#include "cli/accountcommand.h"

#include "accounts/accountmanager.h"
#include "accounts/browsersignin.h"
#include "accounts/deleteaccess.h"
#include "platform/policy.h"

#include <QFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// While a secret is typed at a terminal: no echo (but the newline), so it is neither on the
// screen nor in the terminal's scrollback. The echo comes back however the reading ends: a
// return, or Ctrl+C, a hang-up or a kill, which would otherwise leave the shell without echo.
class HiddenTyping final
{
    Q_DISABLE_COPY_MOVE(HiddenTyping)

public:
    explicit HiddenTyping(int fd)
    {
        if (fd < 0 || !::isatty(fd) || ::tcgetattr(fd, &s_saved) != 0)
            return;
        s_fd = fd;
        struct sigaction restoring = {};
        restoring.sa_handler = restoreAndEnd;
        sigemptyset(&restoring.sa_mask);
        for (std::size_t i = 0; i < std::size(endingSignals); ++i)
            ::sigaction(endingSignals[i], &restoring, &m_previous[i]);
        termios hidden = s_saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        m_active = ::tcsetattr(fd, TCSANOW, &hidden) == 0;
    }
    ~HiddenTyping()
    {
        if (s_fd < 0)
            return;
        ::tcsetattr(s_fd, TCSANOW, &s_saved);
        for (std::size_t i = 0; i < std::size(endingSignals); ++i)
            ::sigaction(endingSignals[i], &m_previous[i], nullptr);
        s_fd = -1;
    }
    // Whether what is typed is hidden (standard input is a terminal).
    bool active() const { return m_active; }

private:
    static constexpr int endingSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

    // Async-signal-safe: restores the terminal, then ends the way the signal would have.
    static void restoreAndEnd(int signal)
    {
        ::tcsetattr(s_fd, TCSANOW, &s_saved);
        ::signal(signal, SIG_DFL);
        ::raise(signal);
    }

    static inline termios s_saved {};
    static inline int s_fd = -1;
    struct sigaction m_previous[std::size(endingSignals)] {};
    bool m_active = false;
};
#endif

} // namespace

AccountCommand::AccountCommand(const AccountRequest &request, AccountManager *accounts,
                               QTextStream &in, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_accounts(accounts)
    , m_in(in)
    , m_out(out)
    , m_err(err)
{ }

void AccountCommand::start()
{
    // Answers always come through the event loop, so the caller can connect first.
    QTimer::singleShot(0, this, [this] {
        switch (m_request.verb) {
        case AccountRequest::Verb::Add:
            return add();
        case AccountRequest::Verb::List:
            return list();
        case AccountRequest::Verb::Remove:
            return remove();
        case AccountRequest::Verb::Login:
            return login();
        }
    });
}

void AccountCommand::succeed(const QString &message)
{
    m_out << message << Qt::endl;
    emit finished(0);
}

void AccountCommand::report(const AccountOutcome &outcome)
{
    // Done here, but not at the accounts server: a script must not take that for done.
    if (outcome.ok && !outcome.grantMayBeActive.isEmpty())
        return fail(outcome.message);
    if (outcome.ok)
        return succeed(outcome.message);
    if (outcome.canKeepForSession) {
        // A command ends with its process: there is no session to keep the sign-in for.
        m_accounts->discardUnsaved(m_accountId);
        return fail(outcome.message + QLatin1Char(' ')
                    + tr("Nothing was stored, and the sign-in was given up."));
    }
    fail(outcome.message);
}

void AccountCommand::fail(const QString &message)
{
    m_err << "id360-jobmon: " << message << Qt::endl;
    emit finished(1);
}

void AccountCommand::refuse(const QString &message)
{
    m_err << "id360-jobmon: " << message << Qt::endl;
    emit finished(2);
}

std::optional<QString> AccountCommand::readSecret(const QString &what)
{
    QString line;
    bool read = false;
    {
#ifdef Q_OS_UNIX
        const auto *input = qobject_cast<const QFile *>(m_in.device());
        const HiddenTyping hidden(input ? input->handle() : -1);
        if (hidden.active())
            m_err << tr("%1 (typing is not shown):").arg(what) << ' ' << Qt::flush;
#endif
        read = m_in.readLineInto(&line);
    }
    if (!read || line.trimmed().isEmpty()) {
        fail(tr("%1 expected on standard input, one per line; none came.").arg(what));
        return std::nullopt;
    }
    return line.trimmed();
}

void AccountCommand::add()
{
    const DataCenter center = *DataCenter::find(m_request.dataCenter);
    Account account = Account::forDataCenter(m_request.name, center);
    m_accountId = account.id;
    if (m_request.server.isValid())
        account.apiBaseUrl = m_request.server;
    if (m_request.accountsServer.isValid())
        account.accountsServer = m_request.accountsServer;
    account.clientId = m_request.clientId;
    if (!m_request.scopes.trimmed().isEmpty())
        account.scopes = m_request.scopes.trimmed();
    if (m_request.redirectPort)
        account.redirectPort = *m_request.redirectPort;
    // For an account the administrator set up, `add` gives what the policy cannot hold — its
    // client secret, a sign-in — and what it names must be the policy's.
    if (const std::optional<Account> managed = m_accounts->store()->find(m_request.name);
        managed && managed->managed) {
        Account given = *managed;
        given.dataCenter = account.dataCenter;
        given.clientId = account.clientId;
        // Servers left out are the policy's, whatever the data center: it may name its own.
        if (m_request.server.isValid())
            given.apiBaseUrl = account.apiBaseUrl;
        if (m_request.accountsServer.isValid())
            given.accountsServer = account.accountsServer;
        if (!m_request.scopes.trimmed().isEmpty())
            given.scopes = account.scopes;
        if (m_request.redirectPort)
            given.redirectPort = account.redirectPort;
        if (const QString problem = m_accounts->store()->problemWith(given); !problem.isEmpty()) {
            refuse(tr("account add: %1 Only its client secret and sign-in can be given here, with "
                      "the settings the policy has (see 'id360-jobmon account list').")
                       .arg(problem));
            return;
        }
        account = given;
        m_accountId = account.id;
    }
    if (center.code == DataCenter::customCode()
        && (!account.apiBaseUrl.isValid() || !account.accountsServer.isValid())) {
        fail(tr("account add: a custom data center needs --server and --accounts-server."));
        return;
    }
    if (const QString problem = m_accounts->store()->problemWith(account); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    QString clientSecret;
    if (m_request.clientSecretFromStdin) {
        const std::optional<QString> secret = readSecret(tr("The client secret"));
        if (!secret)
            return;
        clientSecret = *secret;
    }
    const auto report = [this](const AccountOutcome &outcome) { this->report(outcome); };
    switch (m_request.credentialFromStdin) {
    case AccountRequest::Credential::None:
        m_accounts->save(account, clientSecret, this, report);
        return;
    case AccountRequest::Credential::AccessToken:
        if (const std::optional<QString> token = readSecret(tr("The access token"))) {
            m_accounts->signInWithAccessToken(
                account, *token, this, [this, report](const AccountOutcome &outcome) {
                    report(outcome);
                    if (outcome.ok)
                        m_out << tr("A pasted access token cannot be renewed: when it expires "
                                    "(usually after an hour) sign in again.")
                              << Qt::endl;
                });
        }
        return;
    case AccountRequest::Credential::GrantCode:
        if (const std::optional<QString> code = readSecret(tr("The grant code")))
            m_accounts->signInWithGrantCode(account, clientSecret, *code, this, report);
        return;
    }
}

void AccountCommand::list()
{
    const QList<Account> accounts = m_accounts->store()->accounts();
    if (accounts.isEmpty()) {
        succeed(tr("No accounts. Add one with: id360-jobmon account add --help"));
        return;
    }
    QStringList lines;
    for (const Account &account : accounts) {
        QString signIn;
        switch (account.credential) {
        case Account::Credential::RefreshToken:
            signIn = tr("signed in");
            break;
        case Account::Credential::AccessToken:
            signIn = tr("access token (expires)");
            break;
        case Account::Credential::None:
            signIn = tr("not signed in");
            break;
        }
        if (const QString readOnly = DeleteAccess::of(account).label(); !readOnly.isEmpty())
            signIn = tr("%1, %2", "how the account is signed in, read-only").arg(signIn, readOnly);
        if (account.managed)
            signIn = tr("%1, %2", "how the account is signed in, managed")
                         .arg(signIn, Policy::managedLabel());
        lines.append(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(account.name, account.dataCenter,
                              account.apiBaseUrl.toDisplayString(), signIn));
    }
    succeed(lines.join(QLatin1Char('\n')));
}

void AccountCommand::remove()
{
    const std::optional<Account> account = m_accounts->store()->find(m_request.name);
    if (!account) {
        fail(tr("account remove: there is no account named \"%1\".").arg(m_request.name));
        return;
    }
    if (account->managed) {
        refuse(tr("account remove: \"%1\" is set up by your administrator and cannot be removed; "
                  "'id360-jobmon account login' signs it in again.")
                   .arg(account->name));
        return;
    }
    m_accounts->remove(account->id, this,
                       [this](const AccountOutcome &outcome) { report(outcome); });
}

void AccountCommand::login()
{
    const std::optional<Account> account = m_accounts->store()->find(m_request.name);
    if (!account) {
        fail(tr("account login: there is no account named \"%1\".").arg(m_request.name));
        return;
    }
    m_accountId = account->id;
    m_accounts->readClientSecret(
        account->id, this,
        [this, account](const QString &clientSecret, const std::optional<AccountOutcome> &failure) {
            if (failure) {
                fail(failure->message);
                return;
            }
            m_browser
                = new BrowserSignIn({ account->accountsServer, account->clientId, clientSecret },
                                    account->scopes, account->redirectPort, this);
            connect(m_browser, &BrowserSignIn::browserRequested, this, [this](const QUrl &url) {
                m_out << tr("Open this address in a browser to sign in:") << Qt::endl
                      << url.toString(QUrl::FullyEncoded) << Qt::endl;
            });
            connect(m_browser, &BrowserSignIn::failed, this,
                    [this](const RequestError &error) { fail(error.detail); });
            connect(m_browser, &BrowserSignIn::succeeded, this,
                    [this, account, clientSecret](const TokenGrant &grant, const QUrl &server) {
                        m_accounts->signInWithGrant(
                            *account, clientSecret, grant, server, this,
                            [this](const AccountOutcome &outcome) { report(outcome); });
                    });
            m_browser->start();
        });
}
