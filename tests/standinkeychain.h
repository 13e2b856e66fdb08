#pragma once

#include "secretstore.h"

#include <QTimer>

// The tests' one stand-in for the OS keychain: it keeps secrets in memory like the real one,
// but fails as told — every call (no Secret Service on this desktop), or reads only (a read
// that timed out while the keyring waited on a prompt) — answering later, as the real one does.
class StandInKeychain final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    static SecretStoreError missing()
    {
        return { SecretStoreError::Kind::Unavailable,
                 QStringLiteral("The name org.freedesktop.secrets was not provided") };
    }
    static SecretStoreError locked()
    {
        return { SecretStoreError::Kind::Locked,
                 QStringLiteral("no answer in 30 seconds; it may be waiting for its password") };
    }

    void read(const QString &id, QObject *context, ReadCallback done) override
    {
        if (const std::optional<SecretStoreError> error = failReads ? failReads : failAll)
            return QTimer::singleShot(0, context, [done, error] { done(std::nullopt, error); });
        kept.read(id, context, std::move(done));
    }
    void write(const QString &id, const Secrets &secrets, QObject *context,
               DoneCallback done) override
    {
        ++writes;
        if (failAll)
            return QTimer::singleShot(0, context, [done, error = failAll] { done(error); });
        kept.write(id, secrets, context, std::move(done));
    }
    void remove(const QString &id, QObject *context, DoneCallback done) override
    {
        ++removes;
        if (failAll)
            return QTimer::singleShot(0, context, [done, error = failAll] { done(error); });
        kept.remove(id, context, std::move(done));
    }

    std::optional<SecretStoreError> failAll;
    std::optional<SecretStoreError> failReads;
    int writes = 0;
    int removes = 0;
    // What it holds, read and written directly (never failing) by the test.
    SessionSecretStore kept;
};
