#!/bin/sh
# Regenerates every icon from the SVG sources in build/icons-src/ (run from anywhere; commit the
# outputs). Needs rsvg-convert and ImageMagick (Debian: apt-get install -y librsvg2-bin imagemagick).
# Set CONVERT to pick an ImageMagick binary (default: `magick`, else `convert`).
#   assets/tray/macos/<state>Template.png + @2x  16/32 px Template images (black + alpha)
#   assets/tray/windows/<state>.ico              16, 32 and 48 px
#   assets/tray/linux/<state>.png + @2x          32/64 px colour
#   assets/icon.png (512 px), build/icon.png (1024 px, for electron-builder)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/build/icons-src"
convert=${CONVERT:-$(command -v magick || command -v convert)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

png() { # svg size out
  rsvg-convert --width "$2" --height "$2" "$1" --output "$3"
}

mkdir -p "$root/assets/tray/macos" "$root/assets/tray/windows" "$root/assets/tray/linux"
for state in healthy attention busy; do
  png "$src/tray-template-$state.svg" 16 "$root/assets/tray/macos/${state}Template.png"
  png "$src/tray-template-$state.svg" 32 "$root/assets/tray/macos/${state}Template@2x.png"

  png "$src/tray-colour-$state.svg" 32 "$root/assets/tray/linux/$state.png"
  png "$src/tray-colour-$state.svg" 64 "$root/assets/tray/linux/$state@2x.png"

  for size in 16 32 48; do png "$src/tray-colour-$state.svg" "$size" "$tmp/$state-$size.png"; done
  "$convert" "$tmp/$state-16.png" "$tmp/$state-32.png" "$tmp/$state-48.png" "$root/assets/tray/windows/$state.ico"
done

png "$src/app-icon.svg" 512 "$root/assets/icon.png"
png "$src/app-icon.svg" 1024 "$root/build/icon.png"
