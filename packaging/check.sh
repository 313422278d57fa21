#!/usr/bin/env bash
# Unpack the archive in a fresh temporary folder and run the frozen self-test with no Python
# on the PATH: what a lawyer's laptop has.
set -euo pipefail
archive=$(ls dist/casedesk-*-linux-x86_64.tar.gz | head -1)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tar -C "$scratch" -xzf "$archive"
env -i HOME="$scratch/home" PATH="$scratch/no-python-here" QT_QPA_PLATFORM=offscreen \
    "$scratch/casedesk/casedesk" self-test
