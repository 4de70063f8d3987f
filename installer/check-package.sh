#!/usr/bin/env bash
# Builds TutorDesk's .deb and .tar.gz from a finished build and checks them as a school's IT would:
# dpkg-deb's view of the package, lintian (no errors), the AppStream metadata and desktop entry, then
# installs the .deb, starts the installed tutordesk-cli --version and the installed window offscreen,
# and removes it again.
#   bash installer/check-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR VERSION}" && pwd)
expected_version=${2:?usage: check-package.sh BUILD_DIR VERSION}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

cd "$build"
cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/tutordesk_*.deb)
tgz=$(ls "$work"/out/tutordesk-*.tar.gz)
echo "check-package: built $(basename "$deb") ($(du -h "$deb" | cut -f1)) and $(basename "$tgz")"

# What the package says and holds.
dpkg-deb --info "$deb" >"$work/info"
dpkg-deb --contents "$deb" >"$work/contents"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libqt6charts6 libqt6printsupport6 libqt6svg6 libsqlite3-0 \
  fonts-noto-core fonts-noto-cjk; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
for path in ./usr/bin/tutordesk ./usr/bin/tutordesk-cli \
  ./usr/share/applications/org.tutordesk.TutorDesk.desktop \
  ./usr/share/icons/hicolor/scalable/apps/org.tutordesk.TutorDesk.svg \
  ./usr/share/metainfo/org.tutordesk.TutorDesk.metainfo.xml \
  ./usr/share/man/man1/tutordesk-cli.1.gz ./usr/share/man/man1/tutordesk.1.gz \
  ./usr/share/doc/tutordesk/copyright ./usr/share/doc/tutordesk/changelog.gz; do
  grep -q " $path\$" "$work/contents" || fail "$(basename "$deb") lacks $path"
done
tar -tzf "$tgz" | grep -q 'bin/tutordesk-cli$' || fail "$(basename "$tgz") lacks bin/tutordesk-cli"

# The checks Debian itself runs.
lintian --fail-on error "$deb" | tee "$work/lintian" || fail "lintian reports errors"
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/org.tutordesk.TutorDesk.metainfo.xml" ||
  fail "AppStream metadata invalid"
desktop-file-validate "$work/root/usr/share/applications/org.tutordesk.TutorDesk.desktop" || fail "desktop entry invalid"
man --warnings -l -Tutf8 "$work/root/usr/share/man/man1/tutordesk-cli.1.gz" >/dev/null 2>"$work/man.err" || true
[[ ! -s $work/man.err ]] || { cat "$work/man.err" >&2; fail "man page warnings"; }

# Installed for real where this may change the system (root, and no TutorDesk installed already);
# else unpacked, which runs the same files against the same system libraries.
prefix=$work/root
installed=no
if [[ $(id -u) -eq 0 ]] && ! dpkg-query -W -f='${Status}' tutordesk 2>/dev/null | grep -q "ok installed"; then
  dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed (unmet dependencies?)"; }
  installed=yes
  prefix=
  trap 'dpkg -r tutordesk >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi
version=$("$prefix/usr/bin/tutordesk-cli" --version)
echo "check-package: installed tutordesk-cli --version: $version"
grep -qF "$expected_version" <<<"$version" || fail "tutordesk-cli --version says '$version'"
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen
"$prefix/usr/bin/tutordesk-cli" --db "$work/school.tutordesk" init --school-code 1234567 \
  --school-name "Escuela Primaria Alvarado" >/dev/null
timeout 60 "$prefix/usr/bin/tutordesk" --db "$work/school.tutordesk" --screenshot "$work/window.png"
[[ -s $work/window.png ]] || fail "the installed window did not start"
echo "check-package: the installed window started (installed for real: $installed)"
