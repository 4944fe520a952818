#!/bin/sh
# Installs the Debian packages Peksos Desk needs that are missing; as root with apt, otherwise prints the line to run.
# Usage: scripts/system-packages.sh venv|run|test
set -eu
RUNTIME="python3-venv libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0
libxcb-render-util0 libxcb-image0"
TEST="postgresql qpdf poppler-utils xvfb xauth"
case "${1:-run}" in
  venv) wanted="python3-venv" ;;
  test) wanted="$RUNTIME $TEST" ;;
  *) wanted="$RUNTIME" ;;
esac
command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system: install the equivalents of: $wanted"; exit 0; }
missing=""
for p in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing >/dev/null
else
  echo "Missing system packages. Run as root:"
  echo "  apt-get install -y --no-install-recommends$missing"
  exit 1
fi
