#!/usr/bin/env bash
# The report's browser test drives Debian's Chromium (no browser download works here). Install it
# when it is missing and this shell may: CI starts on a fresh machine, as root.
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing Debian's chromium for the report's browser test"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit $?
fi
echo "ensure-browser: chromium is not installed and cannot be installed here; the browser test will be skipped"
