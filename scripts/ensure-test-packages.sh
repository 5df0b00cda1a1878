#!/usr/bin/env bash
# Debian packages some tests use, installed when missing and this shell may (CI starts on a fresh
# machine, as root): chromium, which the report's browser test drives (no browser download works
# here), and dict-freedict-eng-ita, the optional GPL dictionary the dictionary tests read.
# Elsewhere those tests are skipped, and this says so.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/share/dictd/freedict-eng-ita.index ] || missing+=(dict-freedict-eng-ita)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-packages: installing Debian's ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit $?
fi
echo "ensure-test-packages: ${missing[*]} not installed and cannot be installed here; the tests that need them will be skipped"
