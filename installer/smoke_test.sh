#!/usr/bin/env bash
# `make dist-test`: run the frozen CaseDesk as a user gets it and fail on any error.
#
# Clean environment: `env -i` (no project virtual environment, no PYTHONPATH, no HOME settings) and
# a fontconfig with no font folders at all, so any Chinese on screen or in a PDF can only come from
# the bundled Noto Sans SC. Exercises: create a database, import the sample roster, tally, write a
# form PDF with the embedded font, start the window to its first page of cases.
set -euo pipefail

BUNDLE=${1:-dist/CaseDesk}
SAMPLE=${CASEDESK_SAMPLE:-../shared/samples/roster-sample.csv}
WORK=$(mktemp -d /tmp/casedesk-dist-test.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

cat > "$WORK/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>/tmp/casedesk-dist-test-fc-cache</cachedir></fontconfig>
CONF

clean() {
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 \
        FONTCONFIG_FILE="$WORK/fonts.conf" QT_QPA_PLATFORM=offscreen \
        CASEDESK_DATA_DIR="$WORK/data" "$@"
}
fail() { echo "dist-test: FAILED: $*" >&2; exit 1; }
step() { echo "dist-test: $*"; }

[ -x "$BUNDLE/casedesk-cli" ] || fail "no frozen program in $BUNDLE (run make dist)"
[ -f "$SAMPLE" ] || fail "sample roster not found: $SAMPLE"
mkdir -p "$WORK/home"
DB="$WORK/office.sqlite3"

step "version"
clean "$BUNDLE/casedesk-cli" --version | grep -q "CaseDesk" || fail "--version"

step "create a database"
clean "$BUNDLE/casedesk-cli" --db "$DB" init >/dev/null || fail "init"

step "register a case"
CASE=$(clean "$BUNDLE/casedesk-cli" --db "$DB" case new --district 历下区 --street 文东街道 \
    --community 青龙街社区 --compound 山大北路小区 --building 3 --unit 2 --floors 6 --json \
    | sed -n 's/.*"case": "\([^"]*\)".*/\1/p')
[ -n "$CASE" ] || fail "case new"

step "import the sample roster into $CASE"
clean "$BUNDLE/casedesk-cli" --db "$DB" roster import "$CASE" "$SAMPLE" >/dev/null || fail "roster import"

step "tally"
TALLY=$(clean "$BUNDLE/casedesk-cli" --db "$DB" tally "$CASE" --as-of 2026-03-10 --json)
echo "$TALLY" | grep -q '"result": "pass"' || fail "tally: $TALLY"
echo "$TALLY" | grep -q '"area_total": "940.32"' || fail "tally area: $TALLY"

step "print the tally form"
clean "$BUNDLE/casedesk-cli" --db "$DB" form tally "$CASE" -o "$WORK/tally.pdf" >/dev/null || fail "form"
pdffonts "$WORK/tally.pdf" | grep -q "NotoSansSC-Regular.*yes yes" || fail "font not embedded"
pdftotext "$WORK/tally.pdf" - | grep -q "表决结果统计表" || fail "Chinese text not extractable"
if pdffonts "$WORK/tally.pdf" | grep -q "STSong"; then fail "non-embedded CID font used"; fi

step "the PostgreSQL driver is bundled: an unreachable server is a clear message (exit 3), not a crash"
set +e
PGOUT=$(clean "$BUNDLE/casedesk-cli" --db "postgresql+psycopg://casedesk@/office?host=$WORK/no-server&port=5432" \
    case list 2>&1)
PGCODE=$?
set -e
[ "$PGCODE" -eq 3 ] || fail "server URL: exit $PGCODE: $PGOUT"
echo "$PGOUT" | grep -q "无法连接数据库服务器" || fail "server URL message: $PGOUT"

step "start the window to its first page of cases"
OUT=$(clean CASEDESK_AUTOLOGIN=system CASEDESK_SCREENSHOT="$WORK/window.png" \
    "$BUNDLE/CaseDesk" --db "$DB" 2>&1) || fail "GUI exited with an error: $OUT"
[ -s "$WORK/window.png" ] || fail "GUI did not show its first page of cases (no screenshot): $OUT"
if [ -n "${CASEDESK_KEEP_SCREENSHOT:-}" ]; then cp "$WORK/window.png" "$CASEDESK_KEEP_SCREENSHOT"; fi
if grep -rqs "Traceback" "$WORK/data/logs" 2>/dev/null; then fail "traceback in the log"; fi

step "all passed ($(du -sh "$BUNDLE" | cut -f1) bundle)"
