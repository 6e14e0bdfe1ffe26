#!/bin/sh
# Installs the Debian packages Qt needs to run offscreen and under Xvfb, when they are missing.
# Runs apt-get only as root (or through sudo when available); otherwise prints what to install.
set -u
pkgs="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
fonts-dejavu-core xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; install Qt's runtime libraries yourself" >&2; exit 0; }
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "system-deps: missing Debian packages:$missing" >&2
  echo "system-deps: run as root: apt-get install -y$missing" >&2
  exit 1
fi
echo "system-deps: installing$missing" >&2
$sudo apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing >/dev/null
