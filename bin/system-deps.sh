#!/usr/bin/env bash
# Installs the Debian packages the test suite uses when they are missing and we can:
# chromium (headless-browser tests), gettext (the catalogue freshness test) and the DejaVu
# fonts (PDFs with Cyrillic text for the library tests and demo), redis-server (the production
# smoke test and the Redis cache test start one of their own), and Pango with HarfBuzz, which
# WeasyPrint needs to make the policy briefs' PDFs (advocacy/pdf.py).
# Where they cannot be installed, those tests are skipped with the reason.
set -u
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so.0' || missing+=(libpango-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' || missing+=(libpangoft2-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so.0' || missing+=(libharfbuzz-subset0)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the test suite…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "Could not install ${missing[*]}: the tests that need them will be skipped."
else
  echo "${missing[*]} missing and not installable here: the tests that need them will be skipped."
fi
exit 0
