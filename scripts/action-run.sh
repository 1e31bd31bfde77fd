#!/usr/bin/env bash
# The GitHub Action's check step (action.yml), kept in a file so shellcheck
# and the tests read exactly what the runner runs.
#
# copydesk checks the drafts once, writing a JSON report (and filling the
# cache the action keeps between runs); the annotations, the job summary
# and the SARIF file are made from that report by `copydesk merge-reports`,
# so none of them checks a draft again.
#
# Inputs come as COPYDESK_* variables; GitHub's own (GITHUB_ACTION_PATH,
# GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_BASE_REF) as set
# by the runner. Writes `exit-code` (and `sarif` when one was written) to
# GITHUB_OUTPUT and exits 0, so the action's last step decides; an input
# it cannot use stops the step at once with exit code 2.
set -u

fail_input() {
  echo "::error::$1"
  echo "exit-code=2" >>"$GITHUB_OUTPUT"
  exit 2
}

is_bool() {
  [ "$1" = true ] || [ "$1" = false ]
}

for input in ANNOTATIONS SUMMARY SARIF ONLY_CHANGED TRUST_CONFIG; do
  name="COPYDESK_$input"
  value="${!name:-false}"
  if ! is_bool "$value"; then
    option=$(echo "$input" | tr '[:upper:]_' '[:lower:]-')
    fail_input "Unexpected $option \`$value\`, expected \`true\` or \`false\`"
  fi
done

args=(--no-color --cache --cache-location "$COPYDESK_CACHE_DIR")
case "$COPYDESK_FAIL_ON" in
  error | never) ;;
  warning) args+=(--frail) ;;
  *) fail_input "Unexpected fail-on \`$COPYDESK_FAIL_ON\`, expected \`error\`, \`warning\` or \`never\`" ;;
esac
if [ "$COPYDESK_TRUST_CONFIG" = true ]; then
  args+=(--trust-config)
fi
if [ "$COPYDESK_ONLY_CHANGED" = true ]; then
  if [ -n "${GITHUB_BASE_REF:-}" ]; then
    # A pull request: compare with where the branch left its base.
    git fetch --quiet --no-tags origin "$GITHUB_BASE_REF" || true
    args+=("--diff=$(git merge-base HEAD "origin/$GITHUB_BASE_REF" || echo "origin/$GITHUB_BASE_REF")")
  elif [ -n "${COPYDESK_BEFORE:-}" ] && [ "$COPYDESK_BEFORE" != 0000000000000000000000000000000000000000 ] && git cat-file -e "$COPYDESK_BEFORE^{commit}" 2>/dev/null; then
    # A push: compare with the commit before it.
    args+=("--diff=$COPYDESK_BEFORE")
  else
    args+=(--diff)
  fi
fi

set -f # copydesk expands globs itself
# shellcheck disable=SC2086
set -- $COPYDESK_PATHS
set +f

bin="$GITHUB_ACTION_PATH/dist/src/cli/bin.js"
report="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/copydesk-report.json"
code=0
node "$bin" "${args[@]}" --format json --output "$report" "$@" || code=$?
echo "exit-code=$code" >>"$GITHUB_OUTPUT"
if [ "$code" = 2 ]; then
  # A usage, config or input problem: copydesk said what on stderr, and there is no report to show.
  exit 0
fi

if [ "$COPYDESK_ANNOTATIONS" = true ]; then
  annotations=$(node "$bin" merge-reports --format github "$report")
  if [ -n "$annotations" ]; then
    echo "$annotations"
    count=$(printf '%s\n' "$annotations" | grep -c '^::')
    if [ "$count" -gt 10 ]; then
      echo "::notice title=copydesk::$count findings; GitHub shows at most 10 annotations of each level per step: the job summary lists them all"
    fi
  fi
fi
if [ "$COPYDESK_SUMMARY" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  node "$bin" merge-reports --format markdown "$report" >>"$GITHUB_STEP_SUMMARY" || true
fi
if [ "$COPYDESK_SARIF" = true ]; then
  node "$bin" merge-reports --format sarif --output "$COPYDESK_SARIF_FILE" "$report" || true
  if [ -f "$COPYDESK_SARIF_FILE" ]; then
    echo "sarif=$COPYDESK_SARIF_FILE" >>"$GITHUB_OUTPUT"
  fi
fi
exit 0
