#pragma once

#include "accountmanager.h"
#include "emulatorserver.h"

#include <QTest>

#include <tuple>

// The tests' one way to get stored accounts that poll emulators: each (name, emulator, access
// token) added and signed in with the token, as "Sign In With Access Token" does. Their ids, in
// order; empty if a sign-in failed.
inline QStringList
signInOnEmulators(AccountManager &accounts,
                  const QList<std::tuple<QString, const EmulatorServer *, QString>> &wanted,
                  QObject *context)
{
    QStringList ids;
    for (const auto &[name, server, token] : wanted) {
        Account account = Account::forDataCenter(name, *DataCenter::find(DataCenter::customCode()));
        account.apiBaseUrl = server->apiBaseUrl();
        account.accountsServer = server->origin();
        account.clientId = QStringLiteral("1000.X");
        bool signedIn = false;
        accounts.signInWithAccessToken(
            account, token, context,
            [&signedIn](const AccountOutcome &outcome) { signedIn = outcome.ok; });
        if (!QTest::qWaitFor([&signedIn] { return signedIn; }, 10000))
            return {};
        ids.append(account.id);
    }
    return ids;
}
