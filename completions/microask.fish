# fish completion for microask. The binary answers (microask __complete, which walks its
# own command tree); this only hands it the words and shows what it prints, values with
# their descriptions (after a tab).
# Enable: source this file, or install it as share/fish/vendor_completions.d/microask.fish.

function __microask_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l exe $tokens[1]
    command -q -- $exe; or set exe microask
    set -l lines (command $exe __complete -- $tokens[2..-1] $current 2>/dev/null)
    if test "$lines[1]" = ":file"; or test "$lines[1]" = ":journal"
        # --db=PATH: the file name starts after the "=".
        set -l option (string match -r -- '^-[^=]*=' $current)
        set -l path (string replace -r -- '^-[^=]*=' '' $current)
        for candidate in (__fish_complete_path $path)
            # A journal's side files are SQLite's, not journals.
            if test "$lines[1]" = ":journal"; and string match -qr -- '-(wal|shm|journal)(\t|$)' $candidate
                continue
            end
            printf '%s%s\n' "$option" $candidate
        end
        return
    end
    printf '%s\n' $lines
end

# -k: in the binary's order (stress 0 to 10, ids newest first), not sorted.
complete -c microask -f -k -a '(__microask_complete)'
