# bash completion for microask. The binary answers (microask __complete, which walks its
# own command tree); this only hands it the words and shows the values it prints.
# Enable: source this file, or install it as
# share/bash-completion/completions/microask (bash-completion loads it on demand).

shopt -s extglob 2>/dev/null

_microask() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local exe=${COMP_WORDS[0]}
    type -P -- "$exe" >/dev/null 2>&1 || exe=microask

    local -a lines
    mapfile -t lines < <("$exe" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)

    COMPREPLY=()
    if [[ ${lines[0]-} == ":file" || ${lines[0]-} == ":journal" ]]; then
        # "--db=" is split by bash into "--db" "=": the file name starts after the "=".
        [[ $cur == "=" ]] && cur=""
        compopt -o filenames 2>/dev/null
        local name
        while IFS= read -r name; do
            # A journal's side files are SQLite's, not journals.
            [[ ${lines[0]} == ":journal" && $name == *@(-wal|-shm|-journal) ]] && continue
            COMPREPLY+=("$name")
        done < <(compgen -f -- "$cur")
        return 0
    fi
    compopt -o nosort 2>/dev/null  # the binary's order: stress 0 to 10, ids newest first
    local line
    for line in "${lines[@]}"; do
        [[ -n $line ]] && COMPREPLY+=("${line%%$'\t'*}")
    done
    return 0
}

complete -F _microask microask
