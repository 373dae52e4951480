#!/usr/bin/env bash
# Installs what kefu needs to build, run and test on Debian 12; installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  libsoci-dev libboost-dev libpq-dev libsqlite3-dev sqlite3
  nlohmann-json3-dev libsodium-dev libcli11-dev libspdlog-dev libfmt-dev libhowardhinnant-date-dev
  libgtest-dev libgmock-dev libbenchmark-dev clang-format-14 clang-tidy-16
  postgresql
  nodejs npm
  chromium fonts-noto-cjk
  libpango1.0-dev libcairo2-dev libqrencode-dev libxlsxwriter-dev
  # Field photos are resized, stripped and re-encoded on the server (ADR 0016).
  libvips-dev
  poppler-utils zbar-tools python3-openpyxl
  iproute2
  # Only for `make bench-bodies` (ADR 0011): valijson against the hand-written body reader.
  libvalijson-dev
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from outside apt (preinstalled); do not fight it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: system packages already installed"
fi

if [ -f web/package.json ]; then
  if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    echo "setup: installing web packages"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "setup: web packages already installed"
  fi
fi
