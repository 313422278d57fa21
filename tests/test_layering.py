"""Rule zero: only casedesk/gui imports Qt, so every service runs without a display."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "casedesk"


def _modules_outside_gui() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if "gui" not in path.relative_to(PACKAGE).parts]


def test_no_module_outside_gui_imports_qt_in_its_source():
    offenders = []
    for path in _modules_outside_gui():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {name}" for name in names if name.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []


def test_importing_every_module_outside_gui_loads_no_qt():
    modules = sorted(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                     for path in _modules_outside_gui() if path.name != "__main__.py")
    probe = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
             + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert len(modules) > 10
    assert result.stdout.strip() == "[]"
