#!/usr/bin/env bash
# `make mutants`: a curated mutation check (issue 13). Each mutant in scripts/mutants.txt is a
# one-line patch to a rule the regulations or the security model depend on. For each one this
# script applies it, rebuilds only the listed targets in build/mutants (the dev preset's settings,
# its own tree), runs the listed tests and expects at least one of them to fail, then restores
# the file, also on Ctrl-C or an error. Prints `mutants: N caught, M survived`; exits non-zero
# when a mutant survived or could not be run (stale text, build error, no matching test).
#
#   scripts/mutants.sh              every mutant
#   scripts/mutants.sh csrf         only mutants whose name matches the regex "csrf"
#   MUTANTS_SKIP_BASELINE=1 …       skip the unmutated run (only when it is known to pass)
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true  # "&" in a replacement stays a literal "&"
cd "$(dirname "$0")/.."
ROOT=$PWD
LIST=$ROOT/scripts/mutants.txt
BUILD=${MUTANTS_BUILD:-$ROOT/build/mutants}  # MUTANTS_BUILD=build/dev reuses a built dev tree
[[ $BUILD == /* ]] || BUILD=$ROOT/$BUILD
LOGS=$BUILD/mutant-logs
JOBS=${MUTANTS_JOBS:-2}
ONLY=${1:-}

# ---- read the list: blocks of "key: value" lines, separated by blank lines -------------------
names=() files=() finds=() replaces=() builds=() tests=() whys=()
flush() {
  [ -z "${m_name:-}" ] && return 0
  for field in m_file m_find m_replace m_tests; do
    if [ -z "${!field:-}" ]; then
      echo "mutants.txt: mutant $m_name has no ${field#m_}:" >&2
      exit 2
    fi
  done
  if [ -z "$ONLY" ] || [[ $m_name =~ $ONLY ]]; then
    names+=("$m_name") files+=("$m_file") finds+=("$m_find") replaces+=("$m_replace")
    builds+=("${m_build:-}") tests+=("$m_tests") whys+=("${m_why:-}")
  fi
  m_name="" m_file="" m_find="" m_replace="" m_build="" m_tests="" m_why=""
}
m_name=""
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
  '#'*) continue ;;
  '') flush; continue ;;
  esac
  key=${line%%:*}
  value=${line#*:}
  value=${value#"${value%%[![:space:]]*}"}  # trim leading blanks only: code may end in blanks
  case "$key" in
  mutant) flush; m_name=$value ;;
  why) m_why=$value ;;
  file) m_file=$value ;;
  find) m_find=$value ;;
  replace) m_replace=$value ;;
  build) m_build=$value ;;
  tests) m_tests=$value ;;
  *) echo "mutants.txt: unknown key '$key' in: $line" >&2; exit 2 ;;
  esac
done <"$LIST"
flush
if [ ${#names[@]} = 0 ]; then
  echo "mutants: no mutant matches '${ONLY}'" >&2
  exit 2
fi

# ---- restore on every exit -------------------------------------------------------------------
CURRENT_FILE=""
BACKUP=$(mktemp /tmp/kefu-mutant.XXXXXX)
restore() {
  if [ -n "$CURRENT_FILE" ]; then
    # cat, not cp -p: the restored file must look newer than the mutant's objects to ninja.
    cat "$BACKUP" >"$CURRENT_FILE"
    CURRENT_FILE=""
  fi
}
cleanup() {
  restore
  rm -f "$BACKUP"
}
trap cleanup EXIT
trap 'echo; echo "mutants: interrupted; the mutated file is restored" >&2; exit 130' INT TERM

# ---- build tree and runners ------------------------------------------------------------------
mkdir -p "$LOGS"
if [ ! -f "$BUILD/build.ninja" ]; then
  echo "== configuring $BUILD (preset mutants: the dev settings, its own tree)"
  cmake --preset mutants >"$LOGS/configure.log" 2>&1 || {
    cat "$LOGS/configure.log" >&2
    exit 2
  }
fi

# run_tests SPEC LOG: runs a ctest -R regex, or "vitest:<file>" in web/; returns the runner's rc.
run_tests() {
  local spec=$1 log=$2
  if [[ $spec == vitest:* ]]; then
    if [ ! -d web/node_modules ]; then
      echo "web/node_modules is missing (run make setup)" >"$log"
      return 125
    fi
    (cd web && NO_COLOR=1 npx vitest run "${spec#vitest:}") >"$log" 2>&1
    return
  fi
  (cd "$BUILD" && ctest -R "$spec" --no-tests=error --stop-on-failure --output-on-failure \
    --timeout 300 -j"$JOBS") >"$log" 2>&1
}

# count_tests SPEC: how many tests the spec selects (0 = the spec is stale).
count_tests() {
  local spec=$1
  if [[ $spec == vitest:* ]]; then
    [ -f "web/${spec#vitest:}" ] && echo 1 || echo 0
    return
  fi
  (cd "$BUILD" && ctest -N -R "$spec" | grep -oE '^Total Tests: [0-9]+' | grep -oE '[0-9]+$' ||
    echo 0)
}

build_targets() {  # build_targets LOG TARGET...
  local log=$1
  shift
  [ $# = 0 ] && return 0
  cmake --build "$BUILD" -j"$JOBS" --target "$@" >"$log" 2>&1
}

# ---- baseline: every listed test passes without mutants ----------------------------------------
all_targets=()
for t in "${builds[@]}"; do
  for target in $t; do
    [[ " ${all_targets[*]} " == *" $target "* ]] || all_targets+=("$target")
  done
done
echo "== building ${all_targets[*]} in $BUILD"
if ! build_targets "$LOGS/baseline-build.log" "${all_targets[@]}"; then
  tail -n 30 "$LOGS/baseline-build.log" >&2
  echo "mutants: the unmutated build fails; see $LOGS/baseline-build.log" >&2
  exit 2
fi
if [ "${MUTANTS_SKIP_BASELINE:-0}" != 1 ]; then
  echo "== baseline: the listed tests pass without mutants"
  declare -A seen_spec=()
  for spec in "${tests[@]}"; do
    [ -n "${seen_spec[$spec]:-}" ] && continue
    seen_spec[$spec]=1
    log=$LOGS/baseline-$(echo "$spec" | tr -c 'A-Za-z0-9' '_' | cut -c1-60).log
    if ! run_tests "$spec" "$log"; then
      tail -n 30 "$log" >&2
      echo "mutants: '$spec' fails without any mutant; fix that first ($log)" >&2
      exit 2
    fi
  done
fi

# ---- the mutants -------------------------------------------------------------------------------
caught=0 survived=0 broken=0
survivors=() broken_list=()
for i in "${!names[@]}"; do
  name=${names[$i]} file=${files[$i]} find=${finds[$i]} replace=${replaces[$i]}
  log=$LOGS/$name.log
  printf '%-34s ' "$name"
  if [ ! -f "$file" ]; then
    echo "BROKEN: no file $file"
    broken=$((broken + 1)) broken_list+=("$name (no file $file)")
    continue
  fi
  occurrences=$(grep -cF -- "$find" "$file" || true)
  if [ "$occurrences" != 1 ]; then
    echo "BROKEN: the text to replace occurs $occurrences times in $file (stale mutant?)"
    broken=$((broken + 1)) broken_list+=("$name (text found $occurrences times)")
    continue
  fi
  cat "$file" >"$BACKUP"
  CURRENT_FILE=$file
  content=$(
    cat "$file"
    printf x
  )
  content=${content%x}
  printf '%s' "${content/"$find"/"$replace"}" >"$file"
  if cmp -s "$file" "$BACKUP"; then
    restore
    echo "BROKEN: the replacement changes nothing"
    broken=$((broken + 1)) broken_list+=("$name (no change)")
    continue
  fi
  # shellcheck disable=SC2086  # the build field is a space-separated target list
  if ! build_targets "$log" ${builds[$i]}; then
    restore
    echo "BROKEN: the mutant does not compile (see $log)"
    broken=$((broken + 1)) broken_list+=("$name (build error)")
    continue
  fi
  if [ "$(count_tests "${tests[$i]}")" = 0 ]; then
    restore
    echo "BROKEN: no test matches '${tests[$i]}'"
    broken=$((broken + 1)) broken_list+=("$name (no test matches)")
    continue
  fi
  set +e
  run_tests "${tests[$i]}" "$log.tests"
  rc=$?
  set -e
  restore
  if [ "$rc" = 125 ]; then
    echo "BROKEN: $(cat "$log.tests")"
    broken=$((broken + 1)) broken_list+=("$name (cannot run its tests)")
  elif [ "$rc" != 0 ]; then
    # ctest: "3/9 Test #3: sqlite.CsrfApi.Every… ...***Failed  2.3 sec"; vitest: "FAIL  file > …"
    first=$(grep -m1 -E 'Test +#[0-9]+: [^ ]+ .*\*\*\*' "$log.tests" |
      sed -E 's/.*Test +#[0-9]+: ([^ ]+) .*/\1/' || true)
    [ -z "$first" ] && first=$(grep -m1 -oE 'FAIL .*' "$log.tests" | sed -E 's/ +/ /g' | cut -c1-90 || true)
    echo "caught    ${first:+by $first}"
    caught=$((caught + 1))
  else
    echo "SURVIVED  (${whys[$i]})"
    survived=$((survived + 1)) survivors+=("$name: ${whys[$i]} — tests '${tests[$i]}' all passed")
  fi
done

echo "mutants: $caught caught, $survived survived"
for s in "${survivors[@]}"; do echo "  survived: $s"; done
if [ "$broken" != 0 ]; then
  echo "mutants: $broken could not be run:"
  for b in "${broken_list[@]}"; do echo "  broken: $b"; done
fi
[ "$survived" = 0 ] && [ "$broken" = 0 ]
