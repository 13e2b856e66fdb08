#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace {

// One text of a .ts file as lupdate left it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    // Not marked unfinished, and no form of it empty.
    bool finished = false;
    // The translation, or each of its plural forms.
    QStringList forms;
};

struct TranslationFile
{
    QLocale::Language language = QLocale::AnyLanguage;
    QList<Message> messages;
    QString error;
};

TranslationFile read(const QString &path)
{
    TranslationFile file;
    QFile ts(path);
    if (!ts.open(QIODevice::ReadOnly)) {
        file.error = ts.errorString();
        return file;
    }
    QXmlStreamReader xml(&ts);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView element = xml.name();
        if (element == QLatin1String("TS")) {
            file.language
                = QLocale(xml.attributes().value(QLatin1String("language")).toString()).language();
        } else if (element == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (element == QLatin1String("message")) {
            message = Message { context, {}, {}, false, false, {} };
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (element == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (element == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (element == QLatin1String("translation")) {
            const bool marked = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            message.finished = !marked && !message.forms.isEmpty()
                && std::none_of(message.forms.cbegin(), message.forms.cend(),
                                [](const QString &form) { return form.isEmpty(); });
            file.messages.append(message);
        }
    }
    if (xml.hasError())
        file.error = xml.errorString();
    return file;
}

// "CommandLine: "Show this help."", with the disambiguation when there is one.
QString describe(const Message &message)
{
    QString text = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
    if (!message.comment.isEmpty())
        text += QStringLiteral(" (") + message.comment + QLatin1Char(')');
    return text;
}

// %1…%99, %L1, %n and %Ln, in order, sorted: a translation may reorder them, never lose one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// Each language's plural forms (Qt's numerus rules). Where a form stands for one count only (the
// singular of English and German: 1, not 0), it may leave the number out: "The user succeeded".
// French uses its first form for 0 and 1, Japanese one form for all: theirs keep it.
struct PluralRule
{
    int forms = 0;
    int singleCountForm = -1;
};

// A new language is added here.
std::optional<PluralRule> pluralRule(QLocale::Language language)
{
    switch (language) {
    case QLocale::English:
    case QLocale::German:
        return PluralRule { 2, 0 };
    case QLocale::French:
        return PluralRule { 2, -1 };
    case QLocale::Japanese:
        return PluralRule { 1, -1 };
    default:
        return std::nullopt;
    }
}

QString noPluralRule(QLocale::Language language)
{
    return QStringLiteral("No plural rule known for %1: add it to this test.")
        .arg(QLocale::languageToString(language));
}

} // namespace

// Every text the app shows has its translation in every language, so a new English text cannot
// land untranslated: lupdate runs over the sources as `update_translations` does, into copies of
// translations/*.ts, and what it leaves unfinished is listed. The English file holds the plural
// forms only, the other texts are their own English.
class TestTranslationsComplete final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void placeholdersAreKept_data();
    void placeholdersAreKept();
    void pluralFormsFitTheLanguage_data();
    void pluralFormsFitTheLanguage();

private:
    // A row per .ts file in `directory`.
    static void addFiles(const QString &directory);

    QTemporaryDir m_copies;
};

void TestTranslationsComplete::initTestCase()
{
    QVERIFY(m_copies.isValid());
    const QDir translations(QStringLiteral(JOBMON_TRANSLATIONS_DIR));
    const QStringList files = translations.entryList({ QStringLiteral("*.ts") }, QDir::Files);
    QVERIFY(!files.isEmpty());
    QStringList arguments { QStringLiteral("@" JOBMON_LUPDATE_SOURCES) };
    arguments += QStringLiteral(JOBMON_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QStringLiteral("-silent") << QStringLiteral("-ts");
    for (const QString &file : files) {
        QVERIFY(QFile::copy(translations.filePath(file), m_copies.filePath(file)));
        arguments.append(m_copies.filePath(file));
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(JOBMON_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());
}

void TestTranslationsComplete::addFiles(const QString &directory)
{
    QTest::addColumn<QString>("path");
    const QDir files(directory);
    for (const QString &file : files.entryList({ QStringLiteral("*.ts") }, QDir::Files))
        QTest::newRow(qPrintable(file)) << files.filePath(file);
}

void TestTranslationsComplete::everyTextIsTranslated_data()
{
    addFiles(m_copies.path());
}

void TestTranslationsComplete::everyTextIsTranslated()
{
    QFETCH(QString, path);
    const TranslationFile file = read(path);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(!file.messages.isEmpty());
    const bool pluralsOnly = file.language == QLocale::English;
    QStringList untranslated;
    for (const Message &message : file.messages) {
        if (!message.finished && (message.numerus || !pluralsOnly))
            untranslated.append(describe(message));
    }
    QVERIFY2(
        untranslated.isEmpty(),
        qPrintable(QStringLiteral("%1 text(s) without a translation:\n").arg(untranslated.size())
                   + untranslated.join(QLatin1Char('\n'))));
}

void TestTranslationsComplete::placeholdersAreKept_data()
{
    addFiles(m_copies.path());
}

void TestTranslationsComplete::placeholdersAreKept()
{
    QFETCH(QString, path);
    const TranslationFile file = read(path);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    const std::optional<PluralRule> rule = pluralRule(file.language);
    QVERIFY2(rule, qPrintable(noPluralRule(file.language)));
    QStringList differing;
    for (const Message &message : file.messages) {
        if (!message.finished)
            continue;
        const QStringList expected = placeholders(message.source);
        QStringList withoutCount = expected;
        withoutCount.removeAll(QStringLiteral("%n"));
        withoutCount.removeAll(QStringLiteral("%Ln"));
        for (qsizetype form = 0; form < message.forms.size(); ++form) {
            const QStringList found = placeholders(message.forms.at(form));
            if (found == expected
                || (message.numerus && form == rule->singleCountForm && found == withoutCount))
                continue;
            differing.append(describe(message) + QStringLiteral(" has ")
                             + found.join(QLatin1Char(' ')) + QStringLiteral(" in \"")
                             + message.forms.at(form) + QStringLiteral("\", not ")
                             + expected.join(QLatin1Char(' ')));
        }
    }
    QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char('\n'))));
}

// Read as the translators left them: lupdate would quietly cut or pad the forms to the count of the
// language the file names, which is what Qt applies when the app runs.
void TestTranslationsComplete::pluralFormsFitTheLanguage_data()
{
    addFiles(QStringLiteral(JOBMON_TRANSLATIONS_DIR));
}

void TestTranslationsComplete::pluralFormsFitTheLanguage()
{
    QFETCH(QString, path);
    const TranslationFile file = read(path);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    // id360-jobmon_fr.ts: the language its name says, as Translations::install looks it up.
    QCOMPARE(
        QLocale::languageToString(file.language),
        QLocale::languageToString(
            QLocale(QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1)).language()));
    const std::optional<PluralRule> rule = pluralRule(file.language);
    QVERIFY2(rule, qPrintable(noPluralRule(file.language)));
    QStringList wrong;
    for (const Message &message : file.messages) {
        if (message.numerus && message.forms.size() != rule->forms)
            wrong.append(describe(message)
                         + QStringLiteral(" has %1 plural form(s)").arg(message.forms.size()));
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("%1 has %2 plural form(s):\n")
                            .arg(QLocale::languageToString(file.language))
                            .arg(rule->forms)
                        + wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translationscomplete.moc"
