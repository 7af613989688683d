#!/usr/bin/env bash
# Qt's xcb platform plugin and the Xvfb end-to-end test need these system libraries; fonts-nanum
# gives the Korean interface (View ▸ Language ▸ 한국어) its Hangul glyphs. `make install` runs this:
# it installs what is missing (apt-get as root, sudo -n otherwise) or stops with the one command to
# run. Other platforms: see resources/docs/getting-started.md, "System packages".
set -euo pipefail
PKGS="xvfb xauth x11-utils xdotool libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1
libdbus-1-3 fonts-dejavu-core fonts-nanum"
[ "$(uname -s)" = Linux ] || exit 0              # macOS / Windows: the PyQt6 wheels bring what Qt needs
command -v dpkg >/dev/null || { echo "check_system_packages: not a Debian/Ubuntu system; install the equivalents of: $(echo $PKGS)" >&2; exit 0; }
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "make install: missing system packages; run: sudo apt-get install -y$missing" >&2; exit 1; fi
echo "installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
