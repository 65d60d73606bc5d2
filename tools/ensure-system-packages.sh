#!/usr/bin/env bash
# Installs the Debian packages that the Qt wheels and the tests need, and only those missing.
# Usage: tools/ensure-system-packages.sh [run|test|pg]
#   pg: the PostgreSQL server for `make test-pg`; exits 3 (not 1) when it cannot be installed,
#       so `make test` can skip those tests with a clear message instead of failing.
set -euo pipefail

# Qt's offscreen and xcb platforms (tech-notes §2: the full xcb runtime list for bare Debian 12).
qt_runtime=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-xcb1
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
  libxcb-util1 libxcb-xfixes0 libxcb-xkb1)
# The tests read our PDFs back with pdftotext and render pages with pdftoppm.
test_tools=(poppler-utils)

# `make test-pg` starts a throw-away cluster from the server binaries (tests/pgcluster.py).
pg_server=(postgresql postgresql-client)

mode="${1:-run}"
wanted=("${qt_runtime[@]}")
[ "$mode" = "test" ] && wanted+=("${test_tools[@]}")
[ "$mode" = "pg" ] && wanted=("${pg_server[@]}")
cannot_install=1
[ "$mode" = "pg" ] && cannot_install=3

if ! command -v dpkg-query >/dev/null 2>&1; then
  if [ "$mode" = "pg" ]; then
    echo "ensure-system-packages: not a Debian-like system; cannot install PostgreSQL" >&2
    exit $cannot_install
  fi
  echo "ensure-system-packages: not a Debian-like system; install the Qt runtime libraries yourself" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing system packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "ensure-system-packages: need root to install: ${missing[*]}" >&2; exit $cannot_install
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
  echo "ensure-system-packages: could not install ${missing[*]}" >&2
  exit $cannot_install
fi
