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

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from casedesk.limits import KDF_MEMORY_KIB_MAX as MAX_MEMORY_KIB

DATA_KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 12

# The floor asked of every vault (RFC 9106's second recommended option and OWASP's advice
# are in this range). Calibration only ever goes up from here.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_PARALLELISM = 4
# Ceilings keep a hostile or damaged header from making unlock take all the memory or time.
MAX_ITERATIONS = 64
CALIBRATION_MEMORY_KIB = 256 * 1024   # affordable on an old 4 GB laptop
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
    def from_json(cls, data: dict) -> "KdfParameters":
        if data.get("algorithm") != cls.algorithm or data.get("version") != 19:
            raise ValueError("unknown key derivation")
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["parallelism"]),
                     _unb64(data["salt"]))
        if not (8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB
                and 1 <= params.iterations <= MAX_ITERATIONS and 1 <= params.parallelism <= 64
                and len(params.salt) >= 16):
            raise ValueError("key derivation parameters out of range")
        return params

    def is_test_only(self) -> bool:
        return self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS


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
    return hash_secret_raw(
        secret=unicodedata.normalize("NFC", secret).encode("utf-8"),
        salt=params.salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


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


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
