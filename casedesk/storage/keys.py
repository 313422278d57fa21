"""Key derivation (Argon2id) and key slots (AES-256-GCM) for the vault's random data key.

The data key never depends on the passphrase: each slot wraps it under a key derived from
one secret. Changing the passphrase rewraps one slot; the database is not rewritten.
"""

from __future__ import annotations

import base64
import math
import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casedesk import limits
from casedesk.domain.errors import CaseDeskError

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16       # the encrypted key and its GCM tag
ARGON2_VERSION = 19                           # Argon2 v1.3
MIN_PASSPHRASE_CHARS = 12

# The floor asked of every vault (RFC 9106's second recommended option and OWASP's advice
# are in this range). Calibration only ever goes up from here.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_PARALLELISM = 4
# The most passes calibration writes. A machine fast enough to want more unlocks in less than
# the target time instead: 256 MiB x 16 passes is already far above the floor. Reading accepts
# twice this much work (casedesk/limits.py), so a header this app writes is never refused.
MAX_ITERATIONS = 16
CALIBRATION_MEMORY_KIB = 256 * 1024   # affordable on an old 4 GB laptop; the most calibration writes
UNLOCK_TARGET_SECONDS = 0.75   # the middle of the 0.5-1 s we aim for

# Tests derive thousands of keys; they set this variable to use tiny parameters. Users never
# see it: the CLI warns loudly if it is set, and the parameters are written into the vault.
TEST_ONLY_FAST_KDF_ENV = "CASEDESK_TEST_ONLY_FAST_KDF"


@dataclass(frozen=True)
class KdfParameters:
    """Argon2id parameters, stored with each slot so they can be raised later."""

    memory_kib: int
    iterations: int
    parallelism: int
    salt: bytes

    algorithm = "argon2id"

    def to_json(self) -> dict:
        data = asdict(self)
        data["salt"] = _b64(self.salt)
        return {"algorithm": self.algorithm, "version": 19, **data}

    @classmethod
    def from_json(cls, data: object) -> "KdfParameters":
        """Parameters exactly as CaseDesk writes them, within the limits of casedesk/limits.py.

        Raises:
            InvalidSlot: anything else (the header then counts as damaged).
        """
        if not isinstance(data, dict) or set(data) != _KDF_MEMBERS:
            raise InvalidSlot("the key derivation has other members than expected")
        if data["algorithm"] != cls.algorithm or not _is_int(data["version"]) or data["version"] != ARGON2_VERSION:
            raise InvalidSlot("unknown key derivation")
        memory, iterations, parallelism = data["memory_kib"], data["iterations"], data["parallelism"]
        if not (_is_int(memory) and _is_int(iterations) and _is_int(parallelism)):
            raise InvalidSlot("key derivation parameters are not whole numbers")
        # Checked before Argon2 ever runs: a hostile header must not take all the memory or minutes.
        if not (1 <= parallelism <= limits.KDF_PARALLELISM_MAX
                and 8 * parallelism <= memory <= limits.KDF_MEMORY_KIB_MAX
                and 1 <= iterations <= limits.KDF_ITERATIONS_MAX
                and memory * iterations <= limits.KDF_WORK_MAX_KIB_PASSES):
            raise InvalidSlot("key derivation parameters beyond the limits", beyond_limits=True)
        return cls(memory, iterations, parallelism, unbase64(data["salt"], SALT_BYTES))

    def is_test_only(self) -> bool:
        """Below the floor of new slots: only the test-only switch writes such parameters."""
        return self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS


_KDF_MEMBERS = {"algorithm", "version", "memory_kib", "iterations", "parallelism", "salt"}


class InvalidSlot(ValueError):
    """A key slot or its parameters are not exactly what CaseDesk writes."""

    def __init__(self, reason: str, *, beyond_limits: bool = False) -> None:
        super().__init__(reason)
        self.beyond_limits = beyond_limits


class TestOnlyKeyDerivation(CaseDeskError):
    """The passphrase slot was written with the test suite's cheap parameters."""

    __test__ = False     # not a pytest test class, whatever its name says

    def __init__(self) -> None:
        super().__init__(
            "This vault's passphrase is protected only by the test-only key derivation "
            f"({TEST_ONLY_FAST_KDF_ENV}=1: 1 MiB, 1 pass), which makes it quick to guess, so CaseDesk "
            "does not open it. If it holds real cases, run `casedesk passwd VAULT` once without that "
            "variable: the new passphrase gets full-strength protection. Old copies of vault.json "
            "(in backups made to other folders) keep the weak protection: delete them.",
            "La contraseña de esta bóveda solo está protegida por la derivación de clave de pruebas "
            f"({TEST_ONLY_FAST_KDF_ENV}=1: 1 MiB, 1 pasada), que permite adivinarla rápido; por eso "
            "CaseDesk no la abre. Si contiene casos reales, ejecute una vez `casedesk passwd BÓVEDA` sin "
            "esa variable: la contraseña nueva queda protegida con toda su fuerza. Las copias antiguas de "
            "vault.json (en copias de seguridad hechas en otras carpetas) siguen débiles: bórrelas.")


class KeyDerivationFailed(CaseDeskError):
    """Argon2 could not run (in practice: not enough free memory for the header's parameters)."""

    def __init__(self, memory_kib: int) -> None:
        super().__init__(
            f"This computer could not derive the vault's key: it needs {memory_kib // 1024} MiB of free "
            "memory. Close other programs and try again. Nothing was changed.",
            f"Este equipo no pudo derivar la clave de la bóveda: necesita {memory_kib // 1024} MiB de "
            "memoria libre. Cierre otros programas e inténtelo de nuevo. No se modificó nada.")


def test_only_fast_kdf_enabled() -> bool:
    """True when the explicit test-only switch asks for cheap key derivation."""
    return os.environ.get(TEST_ONLY_FAST_KDF_ENV) == "1"


def new_kdf_parameters() -> KdfParameters:
    """Parameters for a new slot: calibrated on this machine, never below the floor."""
    salt = secrets.token_bytes(16)
    if test_only_fast_kdf_enabled():
        return KdfParameters(memory_kib=1024, iterations=1, parallelism=1, salt=salt)
    memory, iterations = calibrate()
    return KdfParameters(memory, iterations, MIN_PARALLELISM, salt)


def calibrate(target_seconds: float = UNLOCK_TARGET_SECONDS) -> tuple[int, int]:
    """Find (memory_kib, iterations) that take about `target_seconds` to derive here.

    Memory goes up first (it is what makes guessing on GPUs expensive), then iterations.
    Time grows linearly with iterations, so one measurement scales them; the faster of two
    probes is taken, because a busy machine would otherwise choose a weaker setting.
    """
    memory = max(MIN_MEMORY_KIB, CALIBRATION_MEMORY_KIB)
    probe = min(_time_derivation(memory, MIN_ITERATIONS) for _ in range(2))
    if probe > target_seconds * 1.5:
        # A slow machine: step memory down towards the floor rather than making unlock slow.
        while memory > MIN_MEMORY_KIB and probe > target_seconds * 1.5:
            memory //= 2
            probe = _time_derivation(memory, MIN_ITERATIONS)
        return memory, MIN_ITERATIONS
    per_iteration = probe / MIN_ITERATIONS
    iterations = min(MAX_ITERATIONS, max(MIN_ITERATIONS, math.ceil(target_seconds / per_iteration)))
    return memory, iterations


def _time_derivation(memory_kib: int, iterations: int) -> float:
    start = time.perf_counter()
    derive_key("calibration passphrase",
               KdfParameters(memory_kib, iterations, MIN_PARALLELISM, b"\0" * 16))
    return time.perf_counter() - start


def derive_key(secret: str, params: KdfParameters) -> bytes:
    """The 256-bit key-encryption key for `secret` (NFC-normalised, so "ñ" typed on any
    system gives the same key)."""
    try:
        return hash_secret_raw(
            secret=unicodedata.normalize("NFC", secret).encode("utf-8"),
            salt=params.salt,
            time_cost=params.iterations,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=32,
            type=Type.ID,
        )
    except HashingError:
        raise KeyDerivationFailed(params.memory_kib) from None


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def wrap_key(data_key: bytes, key_encryption_key: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """Encrypt the data key; returns (nonce, wrapped). The associated data binds the slot to
    its vault and name, so a slot copied from another vault does not open this one."""
    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(key_encryption_key).encrypt(nonce, data_key, associated_data)


def unwrap_key(nonce: bytes, wrapped: bytes, key_encryption_key: bytes, associated_data: bytes) -> bytes | None:
    """The data key, or None when the key-encryption key is not the right one."""
    try:
        data_key = AESGCM(key_encryption_key).decrypt(nonce, wrapped, associated_data)
    except InvalidTag:
        return None
    return data_key if len(data_key) == DATA_KEY_BYTES else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unbase64(text: object, length: int) -> bytes:
    """Exactly `length` bytes from canonical base64 (standard alphabet, padded, no spaces).

    Raises:
        InvalidSlot: not a string, not canonical base64, or another length.
    """
    if not isinstance(text, str) or len(text) != 4 * ((length + 2) // 3):
        raise InvalidSlot("a value has the wrong length")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise InvalidSlot("a value is not base64") from None
    if len(data) != length or _b64(data) != text:
        raise InvalidSlot("a value is not canonical base64")
    return data


def _is_int(value: object) -> bool:
    """A JSON integer: not a float such as 1.0 or Infinity, and not true/false."""
    return type(value) is int
