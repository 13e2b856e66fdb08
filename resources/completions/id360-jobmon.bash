# bash completion for id360-jobmon(1)                              -*- shell-script -*-
#
# Installed as share/bash-completion/completions/id360-jobmon; from a build tree:
#   source resources/completions/id360-jobmon.bash
# Needs nothing from the bash-completion package. The only program it runs is
# `id360-jobmon account list`, for account names: it reads the settings file, never the network.

# The stored accounts' names, one a line: the first tab-separated field of `account list`
# (a line without a tab says there are none).
_id360_jobmon_accounts()
{
    local program=$1 name details
    "$program" account list 2>/dev/null | while IFS=$'\t' read -r name details; do
        [[ -n $details ]] && printf '%s\n' "$name"
    done
}

# Adds to COMPREPLY each line of standard input that starts with $1, quoted for the command line
# (a name may contain spaces).
_id360_jobmon_add_matching()
{
    local typed=$1 word
    while IFS= read -r word; do
        [[ $word == "$typed"* ]] && COMPREPLY+=("$(printf '%q' "$word")")
    done
}

# Completes the last item of a comma-separated list ("running,er" -> "running,error"), leaving
# out the items given already.
_id360_jobmon_comma_list()
{
    local cur=$1 head="" item
    shift
    [[ $cur == *,* ]] && head=${cur%,*},
    local -a left=()
    for item; do
        [[ ,${head,,} == *,$item,* ]] || left+=("$item")
    done
    COMPREPLY=($(compgen -P "$head" -W "${left[*]}" -- "${cur##*,}"))
    compopt -o nospace 2>/dev/null
}

_id360_jobmon()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local program=${COMP_WORDS[0]/#\~/$HOME}
    COMPREPLY=()

    # bash splits --option=value at '='.
    if [[ $cur == = ]]; then
        cur=""
    elif [[ $prev == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    local takes_value='--demo-seed|--server|--account|--job|--name|--data-center|--accounts-server'
    takes_value+='|--client-id|--scopes|--redirect-port|--status|--module|--action|--since'
    takes_value+='|--filter|--limit|--format|--columns|--timeout|--output'

    # The command (account, jobs, audit), its verb and how many arguments follow the verb.
    local command="" verb="" arguments=0 i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ ${COMP_WORDS[i + 1]} == = ]]; then
            ((i += 2)) # --option = value
        elif [[ $word == @($takes_value) ]]; then
            ((i++))
        elif [[ $word != -* ]]; then
            if [[ -z $command ]]; then
                command=$word
            elif [[ -z $verb ]]; then
                verb=$word
            else
                ((arguments++))
            fi
        fi
    done

    if [[ $prev == @($takes_value) ]]; then
        case $prev in
            --account)
                _id360_jobmon_add_matching "${cur//\\/}" < <(_id360_jobmon_accounts "$program")
                ;;
            --data-center)
                COMPREPLY=($(compgen -W 'US EU IN AU JP CA UK SA CN custom' -- "$cur"))
                ;;
            --status)
                _id360_jobmon_comma_list "$cur" queued running completed warning error
                ;;
            --columns)
                _id360_jobmon_comma_list "$cur" id status action module started ended duration
                ;;
            --format)
                if [[ $verb == show ]]; then
                    COMPREPLY=($(compgen -W 'text json csv' -- "$cur"))
                elif [[ $command == audit ]]; then
                    COMPREPLY=($(compgen -W 'table json csv' -- "$cur"))
                else
                    COMPREPLY=($(compgen -W 'table json csv tsv' -- "$cur"))
                fi
                ;;
            --output)
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -- "$cur"))
                ;;
        esac
        # Any other value (a URL, an id, a number, text) is the user's to type.
        return 0
    fi

    local help='-h --help'
    local jobs_common="--account --server -q --quiet $help"
    local options words=""
    case $command in
        "")
            options="$help --version --demo --demo-seed --server --account --minimized --no-tray"
            options+=" --show --job"
            words="account jobs audit"
            ;;
        account)
            case $verb in
                "") options=$help words="add list remove login" ;;
                add)
                    options="$help --name --data-center --server --accounts-server --client-id"
                    options+=" --scopes --redirect-port --client-secret-stdin --token-stdin"
                    options+=" --grant-code-stdin"
                    ;;
                remove | login)
                    options=$help
                    if [[ $cur != -* && $arguments -eq 0 ]]; then
                        _id360_jobmon_add_matching "${cur//\\/}" \
                            < <(_id360_jobmon_accounts "$program")
                        return 0
                    fi
                    ;;
                *) options=$help ;;
            esac
            ;;
        jobs)
            case $verb in
                "") options=$help words="list show delete wait watch export" ;;
                list)
                    options="$jobs_common --status --module --action --since --filter --limit --all"
                    options+=" --format --columns"
                    ;;
                show) options="$jobs_common --errors-only --format" ;;
                delete) options="$jobs_common --yes" ;;
                wait) options="$jobs_common --timeout" ;;
                watch) options="$jobs_common --status --module --action" ;;
                export) options="$jobs_common --errors-only --output" ;;
                *) options=$jobs_common ;;
            esac
            ;;
        audit)
            case $verb in
                "") options=$help words="list" ;;
                list) options="$help --since --format" ;;
                *) options=$help ;;
            esac
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ -n $words ]]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    fi
    return 0
}

complete -F _id360_jobmon id360-jobmon
