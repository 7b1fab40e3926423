#!/usr/bin/env bash
# Release check of the Linux .deb packages in target/installer/ (build them: mvn -Ppackage-linux package).
#
#   bash installer/check-deb.sh            checks the packages without installing them: size (<= 60 MB), control
#                                          fields, files (no build-time CDS archive, the Factdesk icon), the
#                                          maintainer scripts, the LanguageTool package's jars and the launcher's
#                                          class path. Seconds; needs dpkg-deb only.
#   sudo bash installer/check-deb.sh --install
#                                          also installs them for real (only on a throw-away machine or container:
#                                          it runs apt-get and dpkg as root), in both orders with the LanguageTool
#                                          package: postinst writes the AppCDS archive, the installed app starts under
#                                          Xvfb with -Xshare:on (the JVM refuses to start when it cannot map the
#                                          archive) and maps most of its classes from it, the menu entry, MIME type
#                                          and icons are there, `qa` runs LanguageTool's rules only with its package,
#                                          a reinstall (the upgrade path) keeps everything, and removing the packages
#                                          leaves the menu, MIME and icon folders and /opt exactly as they were.
#                                          About 10 minutes on a busy 2-core machine. Needs xvfb-run.
# Not part of .ci/run: building a .deb alone takes minutes there. Run it before a release.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
ok() { echo "check-deb: ok: $*"; }

deb=$(ls target/installer/factdesk_*.deb 2> /dev/null | head -n 1 || true)
lt=$(ls target/installer/factdesk-languagetool_*.deb 2> /dev/null | head -n 1 || true)
[ -n "$deb" ] || fail "no target/installer/factdesk_*.deb; build it: mvn -Ppackage-linux package"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- the package as built --------------------------------------------------------------------------------------
size=$(stat -c %s "$deb")
[ "$size" -le 60000000 ] || fail "$deb is $size bytes, over 60 MB"
ok "$(basename "$deb"): $((size / 1000000)) MB (limit 60 MB)"

field() { dpkg-deb -f "$1" "$2"; }
version=$(field "$deb" Version)
case "$(field "$deb" Maintainer)" in *Unknown*) fail "Maintainer is $(field "$deb" Maintainer): --vendor missing" ;; esac
for needed in libgtk-3-0 libgl1 libxtst6 fontconfig xdg-utils; do
    field "$deb" Depends | tr ',' '\n' | grep -qx " *$needed *" || fail "Depends lacks $needed"
done
ok "control: version $version, maintainer $(field "$deb" Maintainer), depends on GTK 3, GL, XTest, fontconfig, xdg-utils"

dpkg-deb -x "$deb" "$work/root"
app=$work/root/opt/factdesk
[ ! -e "$app/lib/app/factdesk.jsa" ] || fail "the .deb carries the build's CDS archive (JDK 17 refuses it under /opt)"
[ -x "$app/lib/app/cds-archive" ] && [ -s "$app/lib/app/factdesk.classlist" ] \
    || fail "lib/app/cds-archive or factdesk.classlist is missing"
grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/factdesk.jsa$' "$app/lib/app/Factdesk.cfg" \
    || fail "Factdesk.cfg does not name the archive"
cmp -s "$app/lib/Factdesk.png" installer/icons/factdesk.png \
    || fail "lib/Factdesk.png (the menu entry's icon) is not installer/icons/factdesk.png (jpackage's default?)"
ok "files: no build-time archive, cds-archive and the class list, the launcher names the archive, Factdesk's icon"

dpkg-deb -e "$deb" "$work/control"
for script in preinst postinst prerm postrm; do
    sh -n "$work/control/$script" || fail "$script: syntax error"
done
grep -q 'cds-archive write' "$work/control/postinst" || fail "postinst does not write the archive"
grep -q 'mkdir -p /usr/share/applications /usr/share/desktop-directories' "$work/control/postinst" \
    || fail "postinst does not create the menu folders xdg-desktop-menu needs"
grep -q 'cds-archive remove' "$work/control/prerm" || fail "prerm does not remove the archive"
grep -q 'xdg-icon-resource uninstall --context mimetypes' "$work/control/prerm" \
    || fail "prerm does not remove the MIME icon (installed in the mimetypes context)"
grep -q 'defaults.list' "$work/control/postrm" || fail "postrm does not clean up defaults.list"
ok "maintainer scripts: syntax, archive written and removed, MIME icon and xdg leftovers removed"

if [ -n "$lt" ]; then
    [ "$(field "$lt" Depends)" = "factdesk (= $version)" ] || fail "$lt depends on '$(field "$lt" Depends)'"
    strays=$(dpkg-deb -c "$lt" | awk '{print $6}' | grep -v '^\./$' \
        | grep -vE '^\./(opt/|opt/factdesk/|opt/factdesk/lib/|opt/factdesk/lib/app/|opt/factdesk/lib/app/languagetool/.*|usr/|usr/share/|usr/share/doc/|usr/share/doc/factdesk-languagetool/.*)$' || true)
    [ -z "$strays" ] || fail "$lt installs outside /opt/factdesk/lib/app/languagetool: $strays"
    jars=$(dpkg-deb -c "$lt" | awk '{print $6}' | sed -n 's|^\./opt/factdesk/lib/app/languagetool/\(.*\.jar\)$|\1|p')
    [ -n "$jars" ] || fail "$lt has no jars"
    for jar in $jars; do
        grep -qx "app.classpath=\$APPDIR/languagetool/$jar" "$app/lib/app/Factdesk.cfg" \
            || fail "the launcher's class path lacks languagetool/$jar"
    done
    ok "$(basename "$lt"): $(($(stat -c %s "$lt") / 1000000)) MB, $(wc -w <<< "$jars") jars, all on the launcher's class path, depends on factdesk (= $version)"
fi

[ "${1:-}" = --install ] || exit 0

# --- installed for real ----------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || fail "--install needs root (and a throw-away machine)"
[ -n "$lt" ] || fail "--install needs the factdesk-languagetool .deb too"
command -v xvfb-run > /dev/null || fail "--install needs xvfb-run (apt-get install xvfb)"
if dpkg-query -W -f='${Status}' factdesk 2> /dev/null | grep -q installed; then
    fail "factdesk is installed already; remove it first (apt-get remove factdesk factdesk-languagetool)"
fi
export DEBIAN_FRONTEND=noninteractive
# The dependencies first, so that the snapshot below is taken with them and shows only what Factdesk leaves; those
# that were missing are marked as installed automatically, so that `apt-get autoremove` takes them away afterwards.
missing=()
for package in $(field "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//'); do
    dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get install -y -q --no-install-recommends "${missing[@]}" > "$work/apt.log" 2>&1 \
        || { cat "$work/apt.log" >&2; fail "could not install the dependencies ${missing[*]}"; }
    apt-mark auto "${missing[@]}" > /dev/null
    echo "check-deb: installed the missing dependencies ${missing[*]} (apt-get autoremove removes them)"
fi
# What a desktop integration touches, less the caches the tools rebuild.
snapshot() {
    { find /opt /usr/share/applications /usr/share/desktop-directories /usr/share/mime/packages \
        /usr/share/mime/application /usr/share/icons /usr/local/share /etc/xdg 2> /dev/null || true; } \
        | grep -vE '/(icon-theme\.cache|mimeinfo\.cache)$' | sort
}
snapshot > "$work/before"
install_debs() {
    apt-get install -y -q "$@" > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install $*"; }
}
remove_packages() {
    apt-get remove -y -q "$@" > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get remove $*"; }
}
nothing_left() {
    dpkg -P factdesk-languagetool factdesk > /dev/null 2>&1 || true
    snapshot > "$work/after"
    diff "$work/before" "$work/after" > "$work/left" || { cat "$work/left" >&2; fail "$1 left these behind"; }
    ok "$1: nothing left behind (/opt, menu, MIME and icon folders as before)"
}
home=$work/home
# Starts the installed app on the sample project with the archive required; prints the classes mapped from it.
starts_from_archive() {
    local classes=$work/classes.txt output status=0
    output=$(HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$classes" \
        timeout 300 xvfb-run -a /opt/factdesk/bin/Factdesk --startup-report 2>&1) || status=$?
    grep -q '^startup:' <<< "$output" && [ "$status" -eq 0 ] \
        || { echo "$output" >&2; fail "$1: the installed app did not start from its archive (status $status)"; }
    local shared all
    shared=$(grep -c 'source: shared objects file' "$classes" || true)
    all=$(wc -l < "$classes")
    [ "$shared" -ge 5000 ] || fail "$1: only $shared of $all classes came from the archive"
    ok "$1: starts with -Xshare:on, $shared of $all classes from the archive; $(grep '^startup:' <<< "$output")"
}
qa_languagetool() {
    local out
    out=$(HOME=$home /opt/factdesk/bin/Factdesk qa assets/kim-putin-summit-es.txt 2>&1) \
        || fail "$1: factdesk qa failed"
    if [ "$2" = yes ]; then
        grep -q 'languagetool:' <<< "$out" || fail "$1: qa found no LanguageTool (languagetool:...) issue"
        ! grep -q 'LanguageTool is not installed' <<< "$out" || fail "$1: qa says LanguageTool is not installed"
        ok "$1: factdesk qa runs LanguageTool's rules"
    else
        grep -q 'LanguageTool is not installed' <<< "$out" || fail "$1: qa does not say LanguageTool is missing"
        ok "$1: factdesk qa notes that LanguageTool is not installed"
    fi
}

install_debs "./$deb"
[ -f /opt/factdesk/lib/app/factdesk.jsa ] || fail "postinst wrote no /opt/factdesk/lib/app/factdesk.jsa"
ok "factdesk installed; postinst wrote $(du -h /opt/factdesk/lib/app/factdesk.jsa | cut -f1) archive"
starts_from_archive "factdesk alone"
entry=/usr/share/applications/factdesk-Factdesk.desktop
grep -qx 'Exec=/opt/factdesk/bin/Factdesk %F' "$entry" && grep -qx 'MimeType=application/x-factdesk' "$entry" \
    || fail "menu entry $entry"
cmp -s "$(sed -n 's/^Icon=//p' "$entry")" installer/icons/factdesk.png || fail "the menu entry's icon is not Factdesk's"
[ "$(xdg-mime query default application/x-factdesk)" = factdesk-Factdesk.desktop ] \
    || fail "application/x-factdesk does not open with Factdesk"
[ -f /usr/share/mime/packages/factdesk-Factdesk-MimeInfo.xml ] || fail "the MIME type is not installed"
ls /usr/share/icons/hicolor/*/mimetypes/application-x-factdesk.png > /dev/null 2>&1 || fail "no MIME icon"
ok "menu entry (Factdesk's icon), application/x-factdesk opens with factdesk-Factdesk.desktop, MIME icon"
qa_languagetool "factdesk alone" no
install_debs "./$lt"
qa_languagetool "then factdesk-languagetool" yes
starts_from_archive "then factdesk-languagetool"
remove_packages factdesk-languagetool
[ ! -e /opt/factdesk/lib/app/languagetool ] || fail "removing factdesk-languagetool left its folder"
starts_from_archive "factdesk-languagetool removed again"
install_debs --reinstall "./$deb"
[ -f /opt/factdesk/lib/app/factdesk.jsa ] && [ -f "$entry" ] || fail "a reinstall (the upgrade path) lost the archive or the menu entry"
starts_from_archive "factdesk reinstalled (the upgrade path)"
remove_packages factdesk
nothing_left "factdesk, then factdesk-languagetool, removed in reverse"

install_debs "./$deb" "./$lt"
starts_from_archive "both installed together"
qa_languagetool "both installed together" yes
remove_packages factdesk-languagetool
starts_from_archive "factdesk-languagetool removed first"
install_debs "./$lt"
remove_packages factdesk # takes factdesk-languagetool with it
nothing_left "both removed together"
echo "check-deb: all passed"
