#include "fixtures/commandline.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString program = QStringLiteral(JOBMON_BINARY);

} // namespace

// The real binary's --help and refusals in the user's language, read from the locale variables
// as a terminal sets them, with no display: the German translation is complete, the words Qt's
// command-line parser adds ("Aufruf:", "[Optionen]", "Unbekannte Option") come from Qt's own.
class TestCommandLineLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpIsGerman_data();
    void helpIsGerman();
    void refusalsAreGerman_data();
    void refusalsAreGerman();
    void englishWithoutALanguage();
    void commandsNeverOpenTheDisplay();

private:
    // No display, a throwaway home, and the locale variables given over LANG=C.UTF-8.
    QProcessEnvironment environment(const QStringList &localeVariables) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCommandLineLanguage::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QProcessEnvironment TestCommandLineLanguage::environment(const QStringList &localeVariables) const
{
    QProcessEnvironment environment = throwawayHomeEnvironment(m_home->path());
    for (const QString &variable : localeVariables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    return environment;
}

void TestCommandLineLanguage::helpIsGerman_data()
{
    QTest::addColumn<QStringList>("locale");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("says");
    const QStringList german { QStringLiteral("LANG=de_DE.UTF-8") };
    QTest::newRow("--help") << german << QStringList { QStringLiteral("--help") }
                            << QStringList {
                                   QStringLiteral("Aufruf: id360-jobmon [Optionen]\n"),
                                   QStringLiteral("Identity360 Job Monitor: überwacht "
                                                  "ManageEngine-Identity360-Jobs"),
                                   QStringLiteral("\nOptionen:\n"),
                                   QStringLiteral("Diese Hilfe anzeigen."),
                               };
    QTest::newRow("jobs --help") << german
                                 << QStringList { QStringLiteral("jobs"), QStringLiteral("--help") }
                                 << QStringList {
                                        QStringLiteral("Aufruf: id360-jobmon jobs BEFEHL"),
                                        QStringLiteral("Listet Jobs auf, die neuesten zuerst."),
                                    };
    QTest::newRow("jobs list --help")
        << german
        << QStringList { QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--help") }
        << QStringList { QStringLiteral("Aufruf: id360-jobmon jobs list [Optionen]\n"),
                         QStringLiteral("Listet Jobs auf, die neuesten zuerst.") };
    QTest::newRow("account --help")
        << german << QStringList { QStringLiteral("account"), QStringLiteral("--help") }
        << QStringList { QStringLiteral("Aufruf: id360-jobmon account [Optionen]") };
    // Which variable wins is Qt's reading of the locale, as every Qt program on the desktop has.
    QTest::newRow("LC_ALL over LANG")
        << QStringList { QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8") }
        << QStringList { QStringLiteral("--help") }
        << QStringList { QStringLiteral("Aufruf: id360-jobmon [Optionen]\n") };
    QTest::newRow("LC_MESSAGES")
        << QStringList { QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_MESSAGES=de_DE.UTF-8") }
        << QStringList { QStringLiteral("--help") }
        << QStringList { QStringLiteral("Aufruf: id360-jobmon [Optionen]\n") };
    QTest::newRow("LANGUAGE")
        << QStringList { QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=de:en") }
        << QStringList { QStringLiteral("--help") }
        << QStringList { QStringLiteral("Aufruf: id360-jobmon [Optionen]\n") };
}

void TestCommandLineLanguage::helpIsGerman()
{
    QFETCH(QStringList, locale);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, says);
    const Ran help = runProgram(program, arguments, environment(locale));
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
    for (const QString &text : says)
        QVERIFY2(help.out.contains(text), qPrintable(text + QStringLiteral("\n---\n") + help.out));
}

void TestCommandLineLanguage::refusalsAreGerman_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("--demoo") }
                                  << QStringLiteral("id360-jobmon: Unbekannte Option 'demoo'.\n");
    QTest::newRow("unknown flag of a verb")
        << QStringList { QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--yes") }
        << QStringLiteral("id360-jobmon: jobs list: Unbekannte Option 'yes'.\n");
    QTest::newRow("missing value")
        << QStringList { QStringLiteral("--server") }
        << QStringLiteral("id360-jobmon: Nach '--server' fehlt der Wert.");
    QTest::newRow("our own refusal")
        << QStringList { QStringLiteral("--job"), QStringLiteral("12a") }
        << QStringLiteral("--job: '12a' ist keine Job-ID: Job-IDs bestehen nur aus Ziffern.");
    QTest::newRow("unknown verb") << QStringList { QStringLiteral("jobs"), QStringLiteral("frob") }
                                  << QStringLiteral("jobs: unbekannter Befehl 'frob'");
}

void TestCommandLineLanguage::refusalsAreGerman()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Ran refused
        = runProgram(program, arguments, environment({ QStringLiteral("LANG=de_DE.UTF-8") }));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out));
    QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
}

void TestCommandLineLanguage::englishWithoutALanguage()
{
    const QProcessEnvironment english = environment({});
    const Ran help = runProgram(program, { QStringLiteral("--help") }, english);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: id360-jobmon [options]\n")),
             qPrintable(help.out));
    QVERIFY(help.out.contains(QStringLiteral("Show this help.")));
    const Ran refused = runProgram(program, { QStringLiteral("--demoo") }, english);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err,
             QStringLiteral("id360-jobmon: Unknown option 'demoo'.\nTry 'id360-jobmon --help'.\n"));
}

// Translations are installed before the arguments are read, yet nothing opens a window: with a
// display that no X server answers (an ssh session whose forwarding is gone), the help and the
// commands run as without one, in German.
void TestCommandLineLanguage::commandsNeverOpenTheDisplay()
{
    QProcessEnvironment unanswered = environment({ QStringLiteral("LANG=de_DE.UTF-8") });
    unanswered.insert(QStringLiteral("DISPLAY"), QStringLiteral(":4242"));
    const Ran help = runProgram(program, { QStringLiteral("--help") }, unanswered);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf: id360-jobmon [Optionen]\n")),
             qPrintable(help.out + help.err));
    const Ran accounts
        = runProgram(program, { QStringLiteral("account"), QStringLiteral("list") }, unanswered);
    QCOMPARE(accounts.exitCode, 0);
    const Ran jobs
        = runProgram(program, { QStringLiteral("jobs"), QStringLiteral("list") }, unanswered);
    QCOMPARE(jobs.exitCode, 2);
    QVERIFY2(jobs.err.startsWith(QStringLiteral("id360-jobmon: Es gibt noch kein Konto")),
             qPrintable(jobs.err));
}

QTEST_GUILESS_MAIN(TestCommandLineLanguage)
#include "tst_commandlinelanguage.moc"
