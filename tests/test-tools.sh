#!/usr/bin/env bash
# The programs the tests need beyond the .NET SDK, checked before any test runs (tests/Directory.Build.targets and
# Directory.Solution.targets call this from `dotnet test`). Each missing one is installed from Debian's packages when
# this runs as root on a machine with apt-get; otherwise the script prints one line, starting 'error: ', saying what
# is missing and the command that installs it, and exits 1, so the test command stops at once instead of failing test by test.
#
#   bash tests/test-tools.sh [TOOL...]     TOOL: icu promtool amtool chromium mkdocs postgres (none: all of them)
#
# postgres also starts a private cluster for the tests when none is running: initdb + pg_ctl in
# $MONITORS_TEST_PG_DIR (default /tmp/monitors-test-postgres), listening only on a unix socket in that folder on port
# $MONITORS_TEST_PG_PORT (default 55439), trusting local connections, with a role monitors_test that may create
# databases; each test creates its own throwaway database and drops it.
#
# MONITORS_TEST_TOOLS_INSTALL=0 only checks: it never installs, even as root.
set -uo pipefail

all=(icu promtool amtool chromium mkdocs postgres)
tools=("$@")
[ ${#tools[@]} -eq 0 ] && tools=("${all[@]}")

package_of() {
  case "$1" in
    icu) echo libicu-dev ;;        # pulls in the libicuNN of the running Debian release, whatever its number
    promtool) echo prometheus ;;
    amtool) echo prometheus-alertmanager ;;
    chromium) echo chromium ;;
    mkdocs) echo mkdocs ;;
    postgres) echo postgresql ;;
    *) return 1 ;;
  esac
}

what_of() {
  case "$1" in
    icu) echo "ICU (culture tests)" ;;
    promtool) echo "promtool (Prometheus rule tests)" ;;
    amtool) echo "amtool (Alertmanager configuration tests)" ;;
    chromium) echo "Chromium (HTML report tests)" ;;
    mkdocs) echo "MkDocs (docs site test)" ;;
    postgres) echo "PostgreSQL (history store tests)" ;;
  esac
}

present() {
  case "$1" in
    icu)
      # The test hosts run with globalization on (InvariantGlobalization=false), so they need libicuuc.
      ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so' && return 0
      compgen -G '/usr/lib/*/libicuuc.so.*' >/dev/null || compgen -G '/usr/lib/libicuuc.so.*' >/dev/null \
        || compgen -G '/usr/lib64/libicuuc.so.*' >/dev/null || compgen -G '/usr/local/lib/libicuuc*' >/dev/null \
        || compgen -G '/opt/homebrew/opt/icu4c/lib/libicuuc*' >/dev/null
      ;;
    promtool) command -v promtool >/dev/null 2>&1 ;;
    amtool) command -v amtool >/dev/null 2>&1 ;;
    chromium) [ -x /usr/bin/chromium ] ;;   # the browser tests start /usr/bin/chromium, Debian's path
    mkdocs) command -v mkdocs >/dev/null 2>&1 ;;
    postgres) [ -n "$(postgres_bin)" ] ;;
  esac
}

# The folder of Debian's newest PostgreSQL server programs (initdb, pg_ctl), or of the ones on the PATH.
postgres_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && [ -x "$found/pg_ctl" ] && { echo "$found"; return; }
  command -v pg_ctl >/dev/null 2>&1 && dirname "$(command -v pg_ctl)"
}

# Starts the tests' private PostgreSQL cluster unless it is running; prints one 'error: ' line when it cannot.
start_postgres() {
  local dir=${MONITORS_TEST_PG_DIR:-/tmp/monitors-test-postgres} port=${MONITORS_TEST_PG_PORT:-55439} bin as=()
  bin=$(postgres_bin)
  # initdb refuses to run as root: the cluster belongs to Debian's postgres user then.
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  mkdir -p "$dir" && chmod 0755 "$dir"
  [ ${#as[@]} -gt 0 ] && chown postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
      || { echo "error: tests/test-tools.sh: initdb failed for the tests' PostgreSQL in $dir/data (see $dir/initdb.log)"; return 1; }
  fi
  if ! "${as[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off" start >/dev/null 2>&1 \
      || { echo "error: tests/test-tools.sh: the tests' PostgreSQL did not start (see $dir/server.log)"; return 1; }
  fi
  local psql=("$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -tAq -v ON_ERROR_STOP=1)
  [ -x "$bin/psql" ] || psql=(psql -h "$dir" -p "$port" -U postgres -d postgres -tAq -v ON_ERROR_STOP=1)
  if ! "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'monitors_test'" 2>/dev/null | grep -q 1; then
    "${psql[@]}" -c "CREATE ROLE monitors_test LOGIN CREATEDB" >/dev/null 2>&1 \
      || { echo "error: tests/test-tools.sh: cannot create the role monitors_test in the tests' PostgreSQL on $dir port $port"; return 1; }
  fi
}

# The services the tools run, once every tool is installed.
start_services() {
  local tool
  for tool in "${tools[@]}"; do
    if [ "$tool" = postgres ]; then
      start_postgres || exit 1
    fi
  done
  exit 0
}

for tool in "${tools[@]}"; do
  if ! package_of "$tool" >/dev/null; then
    echo "error: tests/test-tools.sh: unknown test tool '$tool' (known: ${all[*]})"
    exit 2
  fi
done

missing_tools() {
  local tool
  for tool in "${tools[@]}"; do
    present "$tool" || echo "$tool"
  done
}

mapfile -t missing < <(missing_tools)
[ ${#missing[@]} -eq 0 ] && start_services

packages=()
names=()
for tool in "${missing[@]}"; do
  packages+=("$(package_of "$tool")")
  names+=("$(what_of "$tool")")
done

if [ "${MONITORS_TEST_TOOLS_INSTALL:-1}" != 0 ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  log=$(mktemp -t monitors-test-tools.XXXXXX)
  echo "test tools: installing Debian packages ${packages[*]} for the tests (apt-get; log in $log)" >&2
  if (apt-get -o DPkg::Lock::Timeout=600 update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${packages[@]}") >"$log" 2>&1; then
    mapfile -t missing < <(missing_tools)
    [ ${#missing[@]} -eq 0 ] && { rm -f "$log"; start_services; }
  fi
  tail -n 5 "$log" | sed 's/^/  apt-get: /' >&2
fi

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo "
joined=$(printf '%s, ' "${names[@]}")
echo "error: the tests need ${joined%, }, missing on this machine; install with: ${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages[*]}"
exit 1
