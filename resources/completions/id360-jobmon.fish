# fish completion for id360-jobmon(1)
#
# Installed as share/fish/vendor_completions.d/id360-jobmon.fish; from a build tree:
#   source resources/completions/id360-jobmon.fish
# The only program it runs is `id360-jobmon account list`, for account names: it reads the
# settings file, never the network.

# The stored accounts, one a line: the name, a tab and the data center (a line of `account list`
# without a tab says there are none).
function __id360_jobmon_accounts
    set -l program (commandline -opc)[1]
    command $program account list 2>/dev/null | string replace -rf '^([^\t]+)\t([^\t]*).*$' '$1\t$2'
end

# The command (account, jobs, audit), its verb and the arguments after it, as typed so far.
function __id360_jobmon_words
    set -l tokens (commandline -opc)[2..-1]
    set -l skip_value false
    for token in $tokens
        if $skip_value
            set skip_value false
            continue
        end
        switch $token
            case --demo-seed --server --account --job --name --data-center --accounts-server \
                --client-id --scopes --redirect-port --status --module --action --since --filter \
                --limit --format --columns --timeout --output
                set skip_value true
            case '-*'
            case '*'
                echo $token
        end
    end
end

# True when the words typed so far are exactly $argv (none: no command yet).
function __id360_jobmon_at
    set -l words (__id360_jobmon_words)
    test "$words" = "$argv"
end

# True when the command is $argv[1] and its verb one of $argv[2..-1].
function __id360_jobmon_in
    set -l words (__id360_jobmon_words)
    test "$words[1]" = $argv[1]; and contains -- "$words[2]" $argv[2..-1]
end

# The items of a comma-separated list not given yet, after those typed before the last comma.
function __id360_jobmon_comma_list
    set -l typed (commandline -ct | string replace -r '^--[^=]*=' '')
    set -l head (string match -r '^.*,' -- $typed)
    set -l given (string split , -- (string lower -- "$head"))
    for item in $argv
        contains -- $item $given; or printf '%s%s\n' "$head" $item
    end
end

set -l statuses queued running completed warning error
set -l columns id status action module started ended duration

complete -c id360-jobmon -f

# The monitor's window (no command).
set -l gui '__id360_jobmon_at'
complete -c id360-jobmon -n $gui -a account -d 'Set up accounts without the window'
complete -c id360-jobmon -n $gui -a jobs -d 'List, show, delete, wait for and export jobs'
complete -c id360-jobmon -n $gui -a audit -d 'The deletions asked for and their outcomes'
complete -c id360-jobmon -n $gui -s h -l help -d 'Show the help'
complete -c id360-jobmon -n $gui -l version -d 'Show the version'
complete -c id360-jobmon -n $gui -l demo -d 'Watch an embedded emulator with sample jobs'
complete -c id360-jobmon -n $gui -l demo-seed -x -d 'Like --demo, the same jobs on every start'
complete -c id360-jobmon -n $gui -l server -x -d 'Watch this Jobs API URL (token from ID360_ACCESS_TOKEN)'
complete -c id360-jobmon -n $gui -l account -x -a '(__id360_jobmon_accounts)' -d 'Watch this stored account'
complete -c id360-jobmon -n $gui -l minimized -d 'Start in the system tray'
complete -c id360-jobmon -n $gui -l no-tray -d 'No tray icon: closing the window quits'
complete -c id360-jobmon -n $gui -l show -d 'Show the window of the running monitor'
complete -c id360-jobmon -n $gui -l job -x -d 'Open this job'

# account
complete -c id360-jobmon -n '__id360_jobmon_at account' -a add -d 'Store an account'
complete -c id360-jobmon -n '__id360_jobmon_at account' -a list -d 'Show the stored accounts'
complete -c id360-jobmon -n '__id360_jobmon_at account' -a remove -d 'Sign an account out and forget it'
complete -c id360-jobmon -n '__id360_jobmon_at account' -a login -d 'Sign an account in with the browser'
complete -c id360-jobmon -n '__id360_jobmon_in account "" add list remove login' -s h -l help -d 'Show the help'
complete -c id360-jobmon -n '__id360_jobmon_at account remove; or __id360_jobmon_at account login' \
    -a '(__id360_jobmon_accounts)'
set -l add '__id360_jobmon_in account add'
complete -c id360-jobmon -n $add -l name -x -d "The account's name"
complete -c id360-jobmon -n $add -l data-center -x -a 'US EU IN AU JP CA UK SA CN custom' -d 'Data center'
complete -c id360-jobmon -n $add -l server -x -d "The Jobs API base URL, if not the data center's"
complete -c id360-jobmon -n $add -l accounts-server -x -d "The Zoho accounts server, if not the data center's"
complete -c id360-jobmon -n $add -l client-id -x -d "The OAuth client id"
complete -c id360-jobmon -n $add -l scopes -x -d 'Comma-separated OAuth scopes'
complete -c id360-jobmon -n $add -l redirect-port -x -d "The redirect URI's loopback port"
complete -c id360-jobmon -n $add -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c id360-jobmon -n $add -l token-stdin -d 'Read an access token from standard input'
complete -c id360-jobmon -n $add -l grant-code-stdin -d 'Read a Self Client grant code from standard input'

# jobs
set -l verbs list show delete wait watch export
complete -c id360-jobmon -n '__id360_jobmon_at jobs' -a list -d 'List jobs, newest first'
complete -c id360-jobmon -n '__id360_jobmon_at jobs' -a show -d 'Show a job and its results'
complete -c id360-jobmon -n '__id360_jobmon_at jobs' -a delete -d 'Delete jobs'
complete -c id360-jobmon -n '__id360_jobmon_at jobs' -a wait -d 'Wait for jobs to finish'
complete -c id360-jobmon -n '__id360_jobmon_at jobs' -a watch -d 'Watch jobs as they change'
complete -c id360-jobmon -n '__id360_jobmon_at jobs' -a export -d "Export a job's results to a file"
complete -c id360-jobmon -n "__id360_jobmon_in jobs '' $verbs" -s h -l help -d 'Show the help'
set -l any_verb "__id360_jobmon_in jobs $verbs"
complete -c id360-jobmon -n $any_verb -l account -x -a '(__id360_jobmon_accounts)' -d 'A stored account'
complete -c id360-jobmon -n $any_verb -l server -x -d 'The Jobs API URL (token from ID360_ACCESS_TOKEN)'
complete -c id360-jobmon -n $any_verb -s q -l quiet -d 'No messages on stderr, only data and errors'
set -l filtering '__id360_jobmon_in jobs list watch'
complete -c id360-jobmon -n $filtering -l status -x -a "(__id360_jobmon_comma_list $statuses)" -d 'Only these statuses'
complete -c id360-jobmon -n $filtering -l module -x -d 'Only this module'
complete -c id360-jobmon -n $filtering -l action -x -d 'Only actions containing this text'
set -l list '__id360_jobmon_in jobs list'
complete -c id360-jobmon -n $list -l since -x -d 'Only jobs started since (2h, 7d, 2026-11-01)'
complete -c id360-jobmon -n $list -l filter -x -d 'A SCIM filter expression'
complete -c id360-jobmon -n $list -l limit -x -d 'The newest N jobs (default 50)'
complete -c id360-jobmon -n $list -l all -d 'Every job'
complete -c id360-jobmon -n $list -l format -x -a 'table json csv tsv' -d 'Output format'
complete -c id360-jobmon -n $list -l columns -x -a "(__id360_jobmon_comma_list $columns)" -d 'Table columns'
complete -c id360-jobmon -n '__id360_jobmon_in jobs show export' -l errors-only -d 'Only the failed results'
complete -c id360-jobmon -n '__id360_jobmon_in jobs show' -l format -x -a 'text json csv' -d 'Output format'
complete -c id360-jobmon -n '__id360_jobmon_in jobs delete' -l yes -d 'Delete without asking'
complete -c id360-jobmon -n '__id360_jobmon_in jobs wait' -l timeout -x -d 'Give up after (90s, 10m, 1h)'
complete -c id360-jobmon -n '__id360_jobmon_in jobs export' -l output -r -F -d 'The file (.csv or .json)'

# audit
complete -c id360-jobmon -n '__id360_jobmon_at audit' -a list -d 'List the delete attempts, newest first'
complete -c id360-jobmon -n '__id360_jobmon_in audit "" list' -s h -l help -d 'Show the help'
complete -c id360-jobmon -n '__id360_jobmon_in audit list' -l since -x -d 'Only attempts since (2h, 7d, 2026-11-01)'
complete -c id360-jobmon -n '__id360_jobmon_in audit list' -l format -x -a 'table json csv' -d 'Output format'
