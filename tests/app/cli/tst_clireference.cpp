#include "fixtures/commandline.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString program = QStringLiteral(JOBMON_BINARY);
const QString emulator = QStringLiteral(JOBMON_EMULATOR_BINARY);
const QString sourceDir = QStringLiteral(JOBMON_SOURCE_DIR);
const QString manPage = sourceDir + QStringLiteral("/docs/man/id360-jobmon.1");
const QString emulatorManPage = sourceDir + QStringLiteral("/docs/man/id360-emulator.1");
const QString completions = sourceDir + QStringLiteral("/resources/completions");
const QString bashCompletion = completions + QStringLiteral("/id360-jobmon.bash");
const QString zshCompletion = completions + QStringLiteral("/_id360-jobmon");
const QString fishCompletion = completions + QStringLiteral("/id360-jobmon.fish");
const QStringList shells { QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish") };

// Account names as `account add` stores them: one has a space, as names may.
const QStringList accountNames { QStringLiteral("Lab"), QStringLiteral("My Lab") };

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// The long options a --help text lists: QCommandLineParser puts each at the start of its line,
// two spaces in (descriptions, wrapped or not, are further in).
QSet<QString> longOptionsIn(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[a-z][a-z-]*)"),
                                           QRegularExpression::MultilineOption);
    QSet<QString> found;
    for (auto match = option.globalMatch(help); match.hasNext();)
        found.insert(match.next().captured(1));
    return found;
}

// A man page's text with roff's hyphens (\\-) written as plain ones.
QString manualText(const QString &path)
{
    return readText(path).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

// Whether `text` has `word` on its own, not as a part of a longer option or name.
bool mentions(const QString &text, const QString &word)
{
    return text.contains(QRegularExpression(
        QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(word))));
}

// bash, given the completion file and the words typed (the last one being completed, empty after
// a space), calls the function the file registers for id360-jobmon as bash itself would and prints
// COMPREPLY.
const char bashDriver[] = R"(source "$1" || exit 1; shift
spec=$(complete -p id360-jobmon) || exit 1
function=${spec##*-F }; function=${function%% *}
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
"$function" id360-jobmon "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}")";

// zsh, given the completions' folder and a line: types the line and Tab into an interactive zsh
// (on a pseudo-terminal, with compinit) and prints each match its completion adds, as inserted,
// on a line of its own after "<match>". compadd calls that only gather matches are let through.
// The line is typed once the line editor says it has started: before, the terminal would take
// Ctrl+U itself. compinit's dump (in the test's own home) makes every start after the first fast.
const char zshDriver[] = R"(zmodload zsh/zpty && zpty z zsh -f -i || exit 2
zpty -w z "PS1= RPS1=; fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -d \$HOME/.zcompdump"
zpty -w z 'compadd() {
  if [[ ${(j: :)@[1,(i)(-|--)]} == *-[OAD]\ * ]]; then builtin compadd "$@"; return; fi
  local -a found; builtin compadd -A found "$@"
  print -rl -- "" "<mat""ch>$IPREFIX"${^found}; builtin compadd "$@"
}'
zpty -w z "zle-line-init() { print -rn -- '<edi''ting>' }; zle -N zle-line-init; print '<rea''dy>'"
zpty -r z typed '*<ready>*' && zpty -r z typed '*<editing>*' || exit 3
zpty -w -n z "$2"$'\t'$'\C-u'"print '<do''ne>'"$'\n'
zpty -r z typed '*<done>*' || exit 3
print -r -- "${typed//$'\r'/}")";

} // namespace

// The man page and the shell completions against what the real binary's --help texts say, and
// the completions run in the real shells, with accounts stored by the real binary.
class TestCliReference final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyOptionIsDocumentedAndInEveryCompletion_data();
    void everyOptionIsDocumentedAndInEveryCompletion();
    void everyEmulatorOptionIsDocumented();
    void everyVerbIsDocumented();
    void everyExitStatusIsDocumented();
    void completionsOfferWhatHelpLists_data();
    void completionsOfferWhatHelpLists();
    void completionsComplete_data();
    void completionsComplete();
    void zshCompletionIsValidZsh();
    void manPageRendersWithoutWarnings_data();
    void manPageRendersWithoutWarnings();
    void installPutsThemWhereManAndTheShellsLook();

private:
    QProcessEnvironment environment() const;
    // Runs `executable` in environment() with `extra` added, in the home folder.
    Ran run(const QString &executable, const QStringList &arguments,
            const QByteArray &input = QByteArray(), const QProcessEnvironment &extra = {}) const;
    // What `id360-jobmon ARGUMENTS --help` prints.
    QString help(const QStringList &arguments) const;
    // The verbs `id360-jobmon COMMAND --help` lists.
    QStringList verbsOf(const QString &command) const;
    // What `shell` offers for `line` typed (ending in a space: a new word), as bash and zsh would
    // insert it; fish's without the descriptions.
    QStringList completes(const QString &shell, const QString &line) const;
    // A row of `typed` and what is `listed` for each shell.
    static void addRowsForEveryShell(const QString &name, const QString &typed,
                                     const QSet<QString> &listed);

    QTemporaryDir m_home;
};

void TestCliReference::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFileInfo(program).isExecutable());
    // A file for --output to complete.
    QFile exported(m_home.filePath(QStringLiteral("failures.csv")));
    QVERIFY(exported.open(QIODevice::WriteOnly));
    for (const QString &name : accountNames) {
        // The servers are a loopback port where nothing listens: nothing is ever sent anywhere.
        const Ran added = run(
            program,
            { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), name,
              QStringLiteral("--data-center"), QStringLiteral("custom"), QStringLiteral("--server"),
              QStringLiteral("http://127.0.0.1:9/api/v1"), QStringLiteral("--accounts-server"),
              QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--client-id"),
              QStringLiteral("1000.X"), QStringLiteral("--token-stdin") },
            "1000.clireference-token\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
}

void TestCliReference::cleanupTestCase()
{
    // Leaves the session's keychain as found.
    for (const QString &name : accountNames)
        QCOMPARE(
            run(program, { QStringLiteral("account"), QStringLiteral("remove"), name }).exitCode,
            0);
}

QProcessEnvironment TestCliReference::environment() const
{
    QProcessEnvironment environment = throwawayHomeEnvironment(m_home.path());
    // The shells' own files go here too, and the user's are never read.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    // The completions run `id360-jobmon` as the user typed it: this one.
    environment.insert(QStringLiteral("PATH"),
                       QFileInfo(program).absolutePath() + QLatin1Char(':')
                           + environment.value(QStringLiteral("PATH")));
    return environment;
}

Ran TestCliReference::run(const QString &executable, const QStringList &arguments,
                          const QByteArray &input, const QProcessEnvironment &extra) const
{
    QProcessEnvironment environment = this->environment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    return runProgram(executable, arguments, environment, input, m_home.path());
}

QString TestCliReference::help(const QStringList &arguments) const
{
    const Ran shown = run(program, arguments + QStringList { QStringLiteral("--help") });
    if (shown.exitCode != 0)
        qWarning("%s --help: %s", qPrintable(arguments.join(u' ')), qPrintable(shown.err));
    return shown.out;
}

QStringList TestCliReference::verbsOf(const QString &command) const
{
    // A line "Verbs:", then one verb a line, two spaces in, and what it does.
    const QString text = help({ command });
    const QStringList lines
        = text.mid(text.indexOf(QStringLiteral("Verbs:\n"))).split(QLatin1Char('\n'));
    static const QRegularExpression verb(QStringLiteral("^  ([a-z]+)  "));
    QStringList verbs;
    for (const QString &line : lines.mid(1)) {
        const QRegularExpressionMatch match = verb.match(line);
        if (!match.hasMatch())
            break;
        verbs.append(match.captured(1));
    }
    return verbs;
}

QStringList TestCliReference::completes(const QString &shell, const QString &line) const
{
    Ran completed;
    if (shell == QLatin1String("bash")) {
        completed = run(shell,
                        QStringList { QStringLiteral("--norc"), QStringLiteral("--noprofile"),
                                      QStringLiteral("-c"), QLatin1String(bashDriver), shell,
                                      bashCompletion }
                            + line.split(QLatin1Char(' ')));
    } else if (shell == QLatin1String("zsh")) {
        completed = run(shell,
                        { QStringLiteral("-f"), QStringLiteral("-c"), QLatin1String(zshDriver),
                          shell, completions, line });
    } else {
        completed = run(shell,
                        { QStringLiteral("--no-config"), QStringLiteral("-c"),
                          QStringLiteral("source $argv[1]; and complete -C $argv[2]"),
                          fishCompletion, line });
    }
    if (completed.exitCode != 0)
        qWarning("%s: %s", qPrintable(shell), qPrintable(completed.err));
    QStringList offered;
    for (const QString &candidate : completed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (shell == QLatin1String("bash"))
            offered.append(candidate);
        else if (shell == QLatin1String("zsh") && candidate.startsWith(QLatin1String("<match>")))
            offered.append(candidate.mid(7));
        else if (shell == QLatin1String("fish"))
            offered.append(candidate.section(QLatin1Char('\t'), 0, 0));
    }
    return offered;
}

void TestCliReference::everyOptionIsDocumentedAndInEveryCompletion_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("the window") << QStringList();
    QTest::newRow("account") << QStringList { QStringLiteral("account") };
    QTest::newRow("jobs") << QStringList { QStringLiteral("jobs") };
    for (const QString &verb : verbsOf(QStringLiteral("jobs")))
        QTest::addRow("jobs %s", qPrintable(verb)) << QStringList { QStringLiteral("jobs"), verb };
    QTest::newRow("audit list") << QStringList { QStringLiteral("audit"), QStringLiteral("list") };
}

void TestCliReference::everyOptionIsDocumentedAndInEveryCompletion()
{
    QFETCH(QStringList, command);
    const QString shown = help(command);
    QVERIFY(!shown.isEmpty());
    const QString manual = manualText(manPage);
    const QString bash = readText(bashCompletion);
    const QString zsh = readText(zshCompletion);
    const QString fish = readText(fishCompletion);
    for (const QString &option : longOptionsIn(shown)) {
        QVERIFY2(mentions(manual, option),
                 qPrintable(option + QStringLiteral(": not in the man page")));
        QVERIFY2(mentions(bash, option), qPrintable(option + QStringLiteral(": not for bash")));
        QVERIFY2(mentions(zsh, option), qPrintable(option + QStringLiteral(": not for zsh")));
        // fish names a long option without its dashes.
        QVERIFY2(mentions(fish, QStringLiteral("-l ") + option.mid(2)),
                 qPrintable(option + QStringLiteral(": not for fish")));
    }
}

void TestCliReference::everyEmulatorOptionIsDocumented()
{
    const Ran shown = run(emulator, { QStringLiteral("--help") });
    QCOMPARE(shown.exitCode, 0);
    const QSet<QString> options = longOptionsIn(shown.out);
    QVERIFY2(options.size() >= 20, qPrintable(shown.out));
    const QString manual = manualText(emulatorManPage);
    for (const QString &option : options)
        QVERIFY2(mentions(manual, option),
                 qPrintable(option + QStringLiteral(": not in the emulator's man page")));
}

void TestCliReference::everyVerbIsDocumented()
{
    const QString manual = readText(manPage);
    for (const QString &command : { QStringLiteral("account"), QStringLiteral("jobs") }) {
        const QStringList verbs = verbsOf(command);
        QVERIFY2(verbs.size() >= 4, qPrintable(help({ command })));
        for (const QString &verb : verbs)
            QVERIFY2(manual.contains(QStringLiteral(".SS \"id360-jobmon %1 %2").arg(command, verb)),
                     qPrintable(command + u' ' + verb + QStringLiteral(": not in the man page")));
    }
    QCOMPARE(verbsOf(QStringLiteral("audit")), QStringList { QStringLiteral("list") });
    QVERIFY(manual.contains(QStringLiteral(".SS \"id360-jobmon audit list")));
}

void TestCliReference::everyExitStatusIsDocumented()
{
    // `jobs --help` ends with "Exit status:", then a code a line, two spaces in. The man page
    // has them in its EXIT STATUS section, each a .TP paragraph tagged .B CODE.
    const QString text = help({ QStringLiteral("jobs") });
    static const QRegularExpression listed(QStringLiteral("^  (\\d+)  "),
                                           QRegularExpression::MultilineOption);
    QSet<QString> codes;
    for (auto match = listed.globalMatch(text.mid(text.indexOf(QStringLiteral("Exit status:"))));
         match.hasNext();)
        codes.insert(match.next().captured(1));
    QVERIFY2(codes.size() >= 5, qPrintable(text));
    const QString manual = readText(manPage);
    const QString section = manual.section(QStringLiteral("\n.SH EXIT STATUS\n"), 1)
                                .section(QStringLiteral("\n.SH "), 0, 0);
    static const QRegularExpression tagged(QStringLiteral("^\\.TP\\n\\.B (\\d+)$"),
                                           QRegularExpression::MultilineOption);
    QSet<QString> documented;
    for (auto match = tagged.globalMatch(section); match.hasNext();)
        documented.insert(match.next().captured(1));
    QCOMPARE(documented, codes);
}

void TestCliReference::addRowsForEveryShell(const QString &name, const QString &typed,
                                            const QSet<QString> &listed)
{
    for (const QString &shell : shells)
        QTest::addRow("%s: %s", qPrintable(shell), qPrintable(name))
            << shell << QStringLiteral("id360-jobmon ") + typed << listed;
}

void TestCliReference::completionsOfferWhatHelpLists_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("typed");
    // What --help lists: the long options, or the verbs.
    QTest::addColumn<QSet<QString>>("listed");
    addRowsForEveryShell(QStringLiteral("the window"), QStringLiteral("--"),
                         longOptionsIn(help({})));
    const QString account = QStringLiteral("account");
    addRowsForEveryShell(QStringLiteral("account verbs"), QStringLiteral("account "),
                         asSet(verbsOf(account)));
    // account --help lists the options of add, the one verb that takes any but --help.
    addRowsForEveryShell(QStringLiteral("account add"), QStringLiteral("account add --"),
                         longOptionsIn(help({ account })));
    const QString jobs = QStringLiteral("jobs");
    addRowsForEveryShell(QStringLiteral("jobs verbs"), QStringLiteral("jobs "),
                         asSet(verbsOf(jobs)));
    for (const QString &verb : verbsOf(jobs))
        addRowsForEveryShell(QStringLiteral("jobs ") + verb, QStringLiteral("jobs %1 --").arg(verb),
                             longOptionsIn(help({ jobs, verb })));
    const QString audit = QStringLiteral("audit");
    addRowsForEveryShell(QStringLiteral("audit verbs"), QStringLiteral("audit "),
                         asSet(verbsOf(audit)));
    addRowsForEveryShell(QStringLiteral("audit list"), QStringLiteral("audit list --"),
                         longOptionsIn(help({ audit, QStringLiteral("list") })));
}

void TestCliReference::completionsOfferWhatHelpLists()
{
    QFETCH(QString, shell);
    QFETCH(QString, typed);
    QFETCH(QSet<QString>, listed);
    REQUIRE_TOOL(shell);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(asSet(completes(shell, typed)), listed);
}

void TestCliReference::completionsComplete_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("typed");
    // As bash and zsh insert them: fish quotes a name with a space itself.
    QTest::addColumn<QStringList>("offered");
    const auto row = [](const char *typed, const QStringList &offered) {
        for (const QString &shell : shells) {
            QStringList shown = offered;
            if (shell == QLatin1String("fish"))
                shown.replaceInStrings(QStringLiteral("\\ "), QStringLiteral(" "));
            QTest::addRow("%s: %s", qPrintable(shell), typed)
                << shell << QStringLiteral("id360-jobmon ") + QString::fromLatin1(typed) << shown;
        }
    };
    const auto words = [](const char *listed) {
        return QString::fromLatin1(listed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    row("jobs l", words("list"));
    row("jobs list --st", words("--status"));
    row("jobs list --format ", words("table json csv tsv"));
    row("jobs show 2000000000012 --format ", words("text json csv"));
    row("jobs list --status running,e", words("running,error"));
    row("jobs watch --status queued,",
        words("queued,running queued,completed queued,warning queued,error"));
    row("jobs list --columns id,st", words("id,status id,started"));
    row("account add --data-center ", words("US EU IN AU JP CA UK SA CN custom"));
    row("", words("account jobs audit"));
    row("audit list --format ", words("table json csv"));
    row("audit list --since ", {});
    // Files for --output, from where the shell runs.
    row("jobs export 2000000000012 --errors-only --output fail", words("failures.csv"));
    // Values that are the user's to type: no file names offered instead.
    row("jobs wait 2000000000012 --timeout ", {});
    row("jobs list --since ", {});
    const QStringList names { QStringLiteral("Lab"), QStringLiteral("My\\ Lab") };
    row("jobs list --account ", names);
    row("jobs delete 7 --account ", names);
    row("--account ", names);
    row("account remove ", names);
    row("account login ", names);
    row("jobs list --account My", { QStringLiteral("My\\ Lab") });
}

void TestCliReference::completionsComplete()
{
    QFETCH(QString, shell);
    QFETCH(QString, typed);
    QFETCH(QStringList, offered);
    REQUIRE_TOOL(shell);
    QCOMPARE(asSet(completes(shell, typed)), asSet(offered));
}

void TestCliReference::zshCompletionIsValidZsh()
{
    REQUIRE_TOOL(QStringLiteral("zsh"));
    const Ran checked = run(QStringLiteral("zsh"), { QStringLiteral("-n"), zshCompletion });
    QVERIFY2(checked.exitCode == 0 && checked.err.isEmpty(), qPrintable(checked.err));
    QVERIFY(readText(zshCompletion).startsWith(QStringLiteral("#compdef id360-jobmon\n")));
}

void TestCliReference::manPageRendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("page");
    QTest::newRow("id360-jobmon") << program << manPage;
    QTest::newRow("id360-emulator") << emulator << emulatorManPage;
}

void TestCliReference::manPageRendersWithoutWarnings()
{
    QFETCH(QString, binary);
    QFETCH(QString, page);
    REQUIRE_TOOL(QStringLiteral("man"));
    const Ran rendered
        = run(QStringLiteral("man"),
              { QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                QStringLiteral("-l"), QStringLiteral("-Tutf8"), QStringLiteral("-Z"), page });
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.err.isEmpty(), qPrintable(rendered.err));
    QVERIFY(!rendered.out.isEmpty());
    // The program and version it describes are the ones built ("id360-jobmon 0.1.0").
    const QString version = run(binary, { QStringLiteral("--version") }).out.trimmed();
    QVERIFY(!version.isEmpty());
    const QRegularExpression title(
        QStringLiteral("^\\.TH %1 1 \\S+ \"%2\"")
            .arg(QFileInfo(page).completeBaseName().toUpper(), QRegularExpression::escape(version)),
        QRegularExpression::MultilineOption);
    QVERIFY2(title.match(readText(page)).hasMatch(), qPrintable(version));
}

void TestCliReference::installPutsThemWhereManAndTheShellsLook()
{
    QTemporaryDir prefix;
    const Ran installed = run(QStringLiteral(JOBMON_CMAKE_COMMAND),
                              { QStringLiteral("--install"), QStringLiteral(JOBMON_BUILD_DIR),
                                QStringLiteral("--prefix"), prefix.path() });
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.out + installed.err));
    for (const QString &binary : { program, emulator })
        QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/") + QFileInfo(binary).fileName()))
                    .isExecutable());
    const QString zshDirectory = QStringLiteral("share/zsh/vendor-completions");
    QCOMPARE(readText(prefix.filePath(zshDirectory + QStringLiteral("/_id360-jobmon"))),
             readText(zshCompletion));

    // man, bash-completion and fish find theirs by the command's name under the prefix, as they
    // would under /usr.
    QProcessEnvironment underPrefix;
    underPrefix.insert(QStringLiteral("MANPATH"), prefix.filePath(QStringLiteral("share/man")));
    underPrefix.insert(QStringLiteral("XDG_DATA_DIRS"), prefix.filePath(QStringLiteral("share")));
    REQUIRE_TOOL(QStringLiteral("man"));
    // Compressed, as Debian wants them; man reads them so.
    for (const QString &page : { manPage, emulatorManPage }) {
        const QString name = QFileInfo(page).completeBaseName();
        const QString installed
            = prefix.filePath(QStringLiteral("share/man/man1/%1.1.gz").arg(name));
        const Ran found
            = run(QStringLiteral("man"), { QStringLiteral("-w"), name }, {}, underPrefix);
        QCOMPARE(found.out.trimmed(), installed);
        QCOMPARE(run(QStringLiteral("gzip"), { QStringLiteral("-dc"), installed }).out,
                 readText(page));
    }
    const QString bashCompletionLoader
        = QStringLiteral("/usr/share/bash-completion/bash_completion");
    if (!QFileInfo::exists(bashCompletionLoader))
        QSKIP("bash-completion is not installed (scripts/setup-deps installs it)");
    const Ran loaded = run(QStringLiteral("bash"),
                           { QStringLiteral("--norc"), QStringLiteral("-c"),
                             QStringLiteral("source %1 || exit 1; _completion_loader id360-jobmon; "
                                            "complete -p id360-jobmon")
                                 .arg(bashCompletionLoader) },
                           {}, underPrefix);
    QVERIFY2(loaded.out.endsWith(QStringLiteral(" id360-jobmon\n")),
             qPrintable(loaded.out + loaded.err));
    REQUIRE_TOOL(QStringLiteral("fish"));
    const Ran fish
        = run(QStringLiteral("fish"),
              { QStringLiteral("-c"), QStringLiteral("complete -C 'id360-jobmon jobs li'") }, {},
              underPrefix);
    QCOMPARE(fish.out.section(u'\t', 0, 0), QStringLiteral("list"));
    // Debian's zsh looks in /usr/share/zsh/vendor-completions.
    REQUIRE_TOOL(QStringLiteral("zsh"));
    const Ran zsh = run(
        QStringLiteral("zsh"),
        { QStringLiteral("-f"), QStringLiteral("-c"), QStringLiteral("print -rl -- $fpath") });
    QVERIFY2(zsh.out.contains(QLatin1Char('/') + zshDirectory + QLatin1Char('\n')),
             qPrintable(zsh.out));
}

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_clireference.moc"
