#!/usr/bin/env bash
# Build the one-folder Linux bundle and archive it:
#   dist/casedesk-VERSION-linux-x86_64.tar.gz  (casedesk/ with the program, a .desktop file and icons)
# Usage: packaging/build.sh PYTHON   (a Python with CaseDesk and PyInstaller installed)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-python3}
version=$("$python" -c 'import casedesk; print(casedesk.__version__)')
rm -rf build/pyinstaller dist/casedesk
"$python" -m PyInstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
    packaging/casedesk.spec
install -m 0644 packaging/casedesk.desktop dist/casedesk/casedesk.desktop
install -m 0644 packaging/casedesk-256.png dist/casedesk/casedesk.png
install -m 0644 resources/icons/casedesk.svg dist/casedesk/casedesk.svg
archive="dist/casedesk-${version}-linux-x86_64.tar.gz"
tar -C dist -czf "$archive" casedesk
echo "$archive: $(du -sh dist/casedesk | cut -f1) unpacked, $(du -h "$archive" | cut -f1) archived"
