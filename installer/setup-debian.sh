#!/usr/bin/env bash
# Installs what Factdesk needs to build, test and open its window on Debian or Ubuntu: a JDK 17, Maven, the
# libraries JavaFX loads (pango, GTK, XTest), fonts, Xvfb for headless screenshots, and sqlite3 for the benchmark
# baseline. Does nothing when everything is there already, so it is cheap to run before every command.
set -euo pipefail

packages=(openjdk-17-jdk-headless maven libpangoft2-1.0-0 libgtk-3-0 libxtst6 libgl1 xvfb xauth fonts-dejavu-core
    imagemagick sqlite3)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get > /dev/null; then
    echo "setup: please install these packages with your system's package manager: ${missing[*]}" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
