#!/bin/sh
# Writes src/main/cds/labelj.classlist anew: the classes a start of the built jar on (a copy of) the sample data
# loads, up to its first image and the save thread's warm-up, and then for Ctrl+S, D, D and A (a first start, and
# one with the settings it wrote), and of --version (docs/adr/0070, 0172, 0185). Needs a display and xdotool; run
# from the project folder after `mvn -DskipTests package`, then package again to rebuild the archive.
set -eu
list=src/main/cds/labelj.classlist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# one start up to the save thread's warm-up and the keys after it, its classes written to $1; the settings file
# outlives it
record_start() {
    java -XX:DumpLoadedClassList="$1" -jar target/labelj.jar "$work/images" predefined_classes.txt \
        "$work/annotations" --settings "$work/settings.json" --trace-timing 2>"$work/err" &
    pid=$!
    tries=0
    until grep -q "save thread warm" "$work/err"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            echo "the start did not reach the save thread's warm-up:" >&2
            cat "$work/err" >&2
            exit 1
        fi
        sleep 0.1
    done
    sleep 1
    use_keys
    kill "$pid"
    wait "$pid" || true
}
# what a user does first: Ctrl+S, then D, D and A; the keys go to the window through the X server, as a user's do
use_keys() {
    window=$(xdotool search --sync --onlyvisible --pid "$pid" --name LabelJ | head -n 1)
    saved=$(ls -l --time-style=full-iso "$work/annotations")
    xdotool windowactivate --sync "$window"
    sleep 0.3
    xdotool key ctrl+s
    tries=0
    while [ "$(ls -l --time-style=full-iso "$work/annotations")" = "$saved" ]; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "Ctrl+S wrote nothing in $work/annotations" >&2
            kill "$pid" 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
    for key in d d a; do
        sleep 0.7
        xdotool key "$key"
    done
    sleep 1
}
cp -r data/images data/annotations "$work"
# a first start (no settings yet), then one that reads the settings the first wrote, as every later start does
record_start "$work/list"
record_start "$work/again"
# and what picocli loads for the command line itself (--version, help, subcommands, a line the window's own
# reader leaves to it)
java -XX:DumpLoadedClassList="$work/version" -jar target/labelj.jar --version >/dev/null
{
    echo "# The classes a start on data/images loads, up to the save thread's warm-up, then Ctrl+S, D, D and A (a first"
    echo "# start and one with the settings it wrote), and those of --version, for the build's class-data-sharing"
    echo "# archive (docs/adr/0070, 0185)."
    echo "# Made by src/main/cds/make-classlist.sh; a test fails when a start loads classes it lacks."
    echo "#"
    # each line once, in the order first seen, except that a line is kept as often as one start listed it: two
    # call sites in a class that make the same lambda each take one archived lambda class
    awk 'FNR == 1 { run++ }
        /^#/ { next }
        !($0 in most) { order[++lines] = $0; most[$0] = 0 }
        { if (++count[run, $0] > most[$0]) most[$0] = count[run, $0] }
        END { for (i = 1; i <= lines; i++) for (k = 0; k < most[order[i]]; k++) print order[i] }' \
        "$work/list" "$work/again" "$work/version"
} >"$list"
echo "$(grep -vc '^#' "$list") classes in $list"
