#!/usr/bin/env bash
# The programs the tests need beyond the .NET SDK, checked before any test runs (tests/Directory.Build.targets and
# Directory.Solution.targets call this from `dotnet test`). Each missing one is installed from Debian's packages when
# this runs as root on a machine with apt-get; otherwise the script prints one line, starting 'error: ', saying what
# is missing and the command that installs it, and exits 1, so the test command stops at once instead of failing test by test.
#
#   bash tests/test-tools.sh [TOOL...]     TOOL: icu promtool amtool chromium mkdocs (none: all of them)
#
# MONITORS_TEST_TOOLS_INSTALL=0 only checks: it never installs, even as root.
set -uo pipefail

all=(icu promtool amtool chromium mkdocs)
tools=("$@")
[ ${#tools[@]} -eq 0 ] && tools=("${all[@]}")

package_of() {
  case "$1" in
    icu) echo libicu-dev ;;        # pulls in the libicuNN of the running Debian release, whatever its number
    promtool) echo prometheus ;;
    amtool) echo prometheus-alertmanager ;;
    chromium) echo chromium ;;
    mkdocs) echo mkdocs ;;
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
  esac
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
[ ${#missing[@]} -eq 0 ] && exit 0

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
    [ ${#missing[@]} -eq 0 ] && { rm -f "$log"; exit 0; }
  fi
  tail -n 5 "$log" | sed 's/^/  apt-get: /' >&2
fi

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo "
joined=$(printf '%s, ' "${names[@]}")
echo "error: the tests need ${joined%, }, missing on this machine; install with: ${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages[*]}"
exit 1
