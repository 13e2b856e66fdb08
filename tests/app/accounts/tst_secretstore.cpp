#include "accounts/secretstore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

struct ReadAnswer
{
    bool answered = false;
    std::optional<Secrets> secrets;
    std::optional<SecretStoreError> error;
};

ReadAnswer readFrom(SecretStore &store, const QString &id, QObject *context)
{
    ReadAnswer answer;
    store.read(id, context,
               [&answer](const std::optional<Secrets> &secrets,
                         const std::optional<SecretStoreError> &error) {
                   answer = { true, secrets, error };
               });
    (void)QTest::qWaitFor([&answer] { return answer.answered; }, 10000);
    return answer;
}

std::optional<std::optional<SecretStoreError>>
finish(const std::function<void(SecretStore::DoneCallback)> &call)
{
    std::optional<std::optional<SecretStoreError>> outcome;
    call([&outcome](const std::optional<SecretStoreError> &error) { outcome = error; });
    (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000);
    return outcome;
}

Secrets sample()
{
    Secrets secrets;
    secrets.refreshToken
        = QStringLiteral("1000.refresh-%1").arg(QDateTime::currentMSecsSinceEpoch());
    secrets.clientSecret = QStringLiteral("client \"secret\" ü");
    secrets.renewed = { QStringLiteral("1000.access-%1").arg(QDateTime::currentMSecsSinceEpoch()),
                        QDateTime::currentDateTimeUtc().addSecs(3600) };
    return secrets;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void secretsSurviveJson();
    void entryOfTheVersionBeforeStillReads();
    void keychainRoundTrip();
    void readingWhatIsNotThereSaysSo();
    void answersStopWithTheirContext();
    void sessionStoreKeepsSecretsInMemoryOnly();
    void errorsSayCauseAndFix();
};

void TestSecretStore::secretsSurviveJson()
{
    Secrets secrets = sample();
    secrets.accessToken = QStringLiteral("1000.access");
    QCOMPARE(Secrets::fromJson(secrets.toJson()), std::optional<Secrets>(secrets));
    QVERIFY(!Secrets::fromJson("not json"));
    QVERIFY(!Secrets::fromJson("[1,2]"));
    QVERIFY(Secrets().isEmpty());
}

// Entries written before renewed access tokens were kept hold no such token: they still read, and
// a pasted access token keeps its meaning.
void TestSecretStore::entryOfTheVersionBeforeStillReads()
{
    const std::optional<Secrets> read = Secrets::fromJson(
        R"({"refresh_token":"1000.r","access_token":"1000.pasted","client_secret":"s"})");
    QVERIFY(read);
    QCOMPARE(read->refreshToken, QStringLiteral("1000.r"));
    QCOMPARE(read->accessToken, QStringLiteral("1000.pasted"));
    QCOMPARE(read->clientSecret, QStringLiteral("s"));
    QCOMPARE(read->renewed.token, QString());
    QVERIFY(!read->renewed.isUsableAt(QDateTime::currentDateTimeUtc()));
}

// The real keychain of the headless session (gnome-keyring, unlocked by scripts/headless-session).
void TestSecretStore::keychainRoundTrip()
{
    KeychainSecretStore store;
    store.setRetries(0, std::chrono::milliseconds(0));
    const QString id = QStringLiteral("test-account-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const Secrets secrets = sample();
    const auto written = finish(
        [&](SecretStore::DoneCallback done) { store.write(id, secrets, this, std::move(done)); });
    QVERIFY(written);
    QVERIFY2(!*written, qPrintable((*written)->message()));

    // A second store — as after a restart — reads the same.
    KeychainSecretStore again;
    const ReadAnswer answer = readFrom(again, id, this);
    QVERIFY2(!answer.error, qPrintable(answer.error ? answer.error->message() : QString()));
    QCOMPARE(answer.secrets, std::optional<Secrets>(secrets));

    const auto removed
        = finish([&](SecretStore::DoneCallback done) { store.remove(id, this, std::move(done)); });
    QVERIFY(removed && !*removed);
    const ReadAnswer gone = readFrom(again, id, this);
    QVERIFY(gone.error);
    QCOMPARE(gone.error->kind, SecretStoreError::Kind::NotFound);
    // Removing it twice is fine.
    const auto twice
        = finish([&](SecretStore::DoneCallback done) { store.remove(id, this, std::move(done)); });
    QVERIFY(twice && !*twice);
}

void TestSecretStore::readingWhatIsNotThereSaysSo()
{
    KeychainSecretStore store;
    const ReadAnswer answer = readFrom(store, QStringLiteral("no-such-account"), this);
    QVERIFY(answer.answered);
    QVERIFY(!answer.secrets);
    QCOMPARE(answer.error->kind, SecretStoreError::Kind::NotFound);
    QVERIFY(answer.error->message().contains(QStringLiteral("sign in again")));
}

void TestSecretStore::answersStopWithTheirContext()
{
    SessionSecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(QStringLiteral("x"), &context,
                   [&called](const std::optional<Secrets> &,
                             const std::optional<SecretStoreError> &) { called = true; });
    }
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestSecretStore::sessionStoreKeepsSecretsInMemoryOnly()
{
    SessionSecretStore store;
    const Secrets secrets = sample();
    bool synchronous = true;
    bool written = false;
    store.write(QStringLiteral("a"), secrets, this,
                [&](const std::optional<SecretStoreError> &error) {
                    written = !error;
                    QVERIFY(!synchronous);
                });
    synchronous = false;
    QTRY_VERIFY(written);
    QCOMPARE(readFrom(store, QStringLiteral("a"), this).secrets, std::optional<Secrets>(secrets));
    SessionSecretStore other;
    QCOMPARE(readFrom(other, QStringLiteral("a"), this).error->kind,
             SecretStoreError::Kind::NotFound);
}

void TestSecretStore::errorsSayCauseAndFix()
{
    SecretStoreError locked { SecretStoreError::Kind::Locked,
                              QStringLiteral("Cannot create an item in a locked collection") };
    QVERIFY(locked.message().startsWith(QStringLiteral("The keychain is locked")));
    QVERIFY(locked.message().contains(QStringLiteral("Unlock it")));
    SecretStoreError none { SecretStoreError::Kind::Unavailable, QStringLiteral("no service") };
    QVERIFY(none.message().contains(QStringLiteral("GNOME Keyring or KWallet")));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
