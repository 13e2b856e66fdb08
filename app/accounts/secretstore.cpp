#include "accounts/secretstore.h"

#include "platform/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

SecretStoreError errorOf(const QKeychain::Job &job)
{
    SecretStoreError error;
    error.detail = job.errorString();
    const bool saysLocked = error.detail.contains(QLatin1String("locked"), Qt::CaseInsensitive);
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        error.kind = SecretStoreError::Kind::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        error.kind
            = saysLocked ? SecretStoreError::Kind::Locked : SecretStoreError::Kind::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = SecretStoreError::Kind::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        if (saysLocked)
            error.kind = SecretStoreError::Kind::Locked;
        else if (error.detail.contains(QLatin1String("org.freedesktop.DBus.Error"))
                 || error.detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                 || error.detail.contains(QLatin1String("Could not connect")))
            error.kind = SecretStoreError::Kind::Unavailable;
        else
            error.kind = SecretStoreError::Kind::Other;
        break;
    }
    return error;
}

// Starts `job` and answers once, through `finished`, while `context` lives: with the job's
// outcome, or — when the keychain says nothing for `timeout`, as a locked keyring does while it
// waits for a password prompt nobody can see — with a Locked error.
void run(QKeychain::Job *job, QObject *context, std::chrono::milliseconds timeout,
         std::function<void(const std::optional<SecretStoreError> &)> finished)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [answered, finished, timeout] {
        if (std::exchange(*answered, true))
            return;
        SecretStoreError error;
        error.kind = SecretStoreError::Kind::Locked;
        error.detail = SecretStoreError::tr("no answer in %n second(s); it may be waiting for "
                                            "its password",
                                            nullptr, int(timeout.count() / 1000));
        finished(error);
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [job, answered, finished] {
        if (std::exchange(*answered, true))
            return;
        if (job->error() == QKeychain::NoError)
            finished(std::nullopt);
        else
            finished(errorOf(*job));
    });
    timer->start(timeout);
    job->start();
}

// Later, through the event loop, and only while `context` lives: like a keychain answer.
void answerLater(QObject *context, std::function<void()> answer)
{
    QTimer::singleShot(0, context, std::move(answer));
}

} // namespace

bool RenewedToken::isUsableAt(const QDateTime &now) const
{
    return !token.isEmpty() && expires.isValid() && now.addSecs(30) < expires;
}

QByteArray Secrets::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("refresh_token", refreshToken);
    put("access_token", accessToken);
    put("client_secret", clientSecret);
    if (!renewed.token.isEmpty()) {
        put("renewed_access_token", renewed.token);
        put("renewed_expires", renewed.expires.toUTC().toString(Qt::ISODateWithMs));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Secrets> Secrets::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Secrets secrets;
    secrets.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    secrets.accessToken = object.value(QLatin1String("access_token")).toString();
    secrets.clientSecret = object.value(QLatin1String("client_secret")).toString();
    // Absent from entries written before renewed tokens were shared.
    secrets.renewed.token = object.value(QLatin1String("renewed_access_token")).toString();
    secrets.renewed.expires = QDateTime::fromString(
        object.value(QLatin1String("renewed_expires")).toString(), Qt::ISODateWithMs);
    return secrets;
}

bool Secrets::operator==(const Secrets &other) const
{
    return refreshToken == other.refreshToken && accessToken == other.accessToken
        && clientSecret == other.clientSecret && renewed == other.renewed;
}

QString SecretStoreError::message() const
{
    switch (kind) {
    case Kind::NotFound:
        return tr("The keychain holds no sign-in for this account: sign in again.");
    case Kind::Locked:
        return tr("The keychain is locked (%1). Unlock it — log in to the desktop session or "
                  "open your keyring manager — and try again.")
            .arg(detail);
    case Kind::Unavailable:
        return tr("No keychain is available (%1). Start a Secret Service such as GNOME Keyring "
                  "or KWallet and try again.")
            .arg(detail);
    case Kind::AccessDenied:
        return tr("The keychain refused access (%1). Allow Identity360 Job Monitor in your "
                  "keyring manager and try again.")
            .arg(detail);
    case Kind::Other:
        break;
    }
    return tr("The keychain failed: %1").arg(detail);
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void KeychainSecretStore::setRetries(int retries, std::chrono::milliseconds delay)
{
    m_retries = std::max(0, retries);
    m_retryDelay = delay;
}

void KeychainSecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void KeychainSecretStore::read(const QString &accountId, QObject *context, ReadCallback done)
{
    readAttempt(accountId, context, std::move(done), m_retries);
}

void KeychainSecretStore::readAttempt(const QString &accountId, QObject *context, ReadCallback done,
                                      int retriesLeft)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(service), this);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    run(job, context, m_timeout,
        [this, job, accountId, context, done = std::move(done),
         retriesLeft](const std::optional<SecretStoreError> &error) {
            if (!error) {
                if (const std::optional<Secrets> secrets = Secrets::fromJson(job->binaryData())) {
                    done(secrets, std::nullopt);
                } else {
                    SecretStoreError notOurs;
                    notOurs.detail = tr("the stored entry is not one of ours");
                    done(std::nullopt, notOurs);
                }
                return;
            }
            if (error->kind == SecretStoreError::Kind::Unavailable && retriesLeft > 0) {
                qCInfo(lcNet) << "keychain not available yet, asking again in"
                              << m_retryDelay.count() << "ms:" << error->detail;
                QTimer::singleShot(m_retryDelay, context,
                                   [this, accountId, context, done, retriesLeft] {
                                       readAttempt(accountId, context, done, retriesLeft - 1);
                                   });
                return;
            }
            done(std::nullopt, error);
        });
}

void KeychainSecretStore::write(const QString &accountId, const Secrets &secrets, QObject *context,
                                DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(service), this);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    job->setBinaryData(secrets.toJson());
    run(job, context, m_timeout, std::move(done));
}

void KeychainSecretStore::remove(const QString &accountId, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(service), this);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    run(job, context, m_timeout,
        [done = std::move(done)](const std::optional<SecretStoreError> &error) {
            done(error && error->kind == SecretStoreError::Kind::NotFound ? std::nullopt : error);
        });
}

std::optional<Secrets> SessionSecretStore::held(const QString &accountId) const
{
    const auto found = m_secrets.constFind(accountId);
    return found == m_secrets.cend() ? std::nullopt : std::optional<Secrets>(*found);
}

void SessionSecretStore::read(const QString &accountId, QObject *context, ReadCallback done)
{
    const std::optional<Secrets> secrets = held(accountId);
    answerLater(context, [secrets, done = std::move(done)] {
        if (secrets) {
            done(secrets, std::nullopt);
        } else {
            SecretStoreError error;
            error.kind = SecretStoreError::Kind::NotFound;
            done(std::nullopt, error);
        }
    });
}

void SessionSecretStore::write(const QString &accountId, const Secrets &secrets, QObject *context,
                               DoneCallback done)
{
    m_secrets.insert(accountId, secrets);
    answerLater(context, [done = std::move(done)] { done(std::nullopt); });
}

void SessionSecretStore::remove(const QString &accountId, QObject *context, DoneCallback done)
{
    m_secrets.remove(accountId);
    answerLater(context, [done = std::move(done)] { done(std::nullopt); });
}
