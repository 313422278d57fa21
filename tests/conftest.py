"""Shared fixtures. Key derivation is made cheap through the explicit test-only switch;
tests/storage/test_vault.py checks that the defaults users get are not weakened."""

from __future__ import annotations

import os

os.environ["CASEDESK_TEST_ONLY_FAST_KDF"] = "1"  # before anything derives a key
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
from pathlib import Path

import pytest

from casedesk.storage.vault import Vault, create_vault

PASSPHRASE = "correct horse battery staple"
CANARY = "Zyxqanario"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path):
    opened: Vault = create_vault(vault_dir, PASSPHRASE, actor="test lawyer")
    yield opened
    opened.lock()


def file_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, by relative path."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def pdf_text(pdf: bytes, password: str | None = None) -> str:
    """The words of every page of a PDF, with the line breaks of narrow table cells read across."""
    import io

    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def run_cli(*args: str, expect: int = 0, lang: str = "en_US.UTF-8") -> str:
    """Run the real `casedesk` in a subprocess with the test passphrase; returns its stdout."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "CASEDESK_PASSPHRASE": PASSPHRASE, "LANG": lang, "LC_ALL": lang}
    result = subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == expect and "Traceback" not in result.stderr, result.stderr
    return result.stdout
