"""Fuzzing the vault header parser (issue 14): any bytes, any JSON, and hand edits of a real
header with a recomputed checksum either give a header within every documented limit, or
`VaultDamaged` / `VaultTooNew`; never another exception, never a key derivation past the limits.
On a real vault with an intact `vault.json.bak`, whatever is in `vault.json` the vault opens."""

from __future__ import annotations

import base64
import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk import limits
from casedesk.domain.errors import VaultDamaged, VaultTooNew
from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.storage import keys
from casedesk.storage.header import HEADER_BACKUP_FILE, HEADER_FILE, VaultHeader
from casedesk.storage.vault import add_recovery_key, open_vault
from tests.conftest import PASSPHRASE
from tests.storage.test_hostile_header import checksum

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                      HealthCheck.too_slow], database=None)

scalars = (st.none() | st.booleans()
           | st.integers(min_value=-(2 ** 70), max_value=2 ** 70)
           | st.sampled_from([0, 1, 7, 8, 12, 16, 19, 32, 48, 64, 65, 1024, 2 ** 31, 2 ** 63,
                              limits.KDF_MEMORY_KIB_MAX, limits.KDF_MEMORY_KIB_MAX + 1,
                              limits.KDF_ITERATIONS_MAX, limits.KDF_ITERATIONS_MAX + 1])
           | st.floats(allow_nan=True, allow_infinity=True)
           | st.text(max_size=40)
           | st.binary(max_size=80).map(lambda data: base64.b64encode(data).decode("ascii"))
           | st.sampled_from(["argon2id", "aes-256-gcm", "passphrase", "recovery", "casedesk-vault",
                              "", "=", "AAAA=", "AAAAAAAAAAAAAAAA\n"]))
json_values = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(st.text(max_size=12), children, max_size=4), max_leaves=12)


def check_within_limits(header: VaultHeader) -> None:
    """What every header the parser accepts must satisfy, whatever it was made from."""
    assert header.slot("passphrase") is not None
    assert len({slot.slot_id for slot in header.slots}) == len(header.slots)
    for slot in header.slots:
        kdf = slot.kdf
        assert type(kdf.memory_kib) is int and type(kdf.iterations) is int and type(kdf.parallelism) is int
        assert 8 * kdf.parallelism <= kdf.memory_kib <= limits.KDF_MEMORY_KIB_MAX
        assert 1 <= kdf.iterations <= limits.KDF_ITERATIONS_MAX
        assert 1 <= kdf.parallelism <= limits.KDF_PARALLELISM_MAX
        assert kdf.memory_kib * kdf.iterations <= limits.KDF_WORK_MAX_KIB_PASSES
        assert len(kdf.salt) == 16 and len(slot.nonce) == 12 and len(slot.wrapped_key) == 48
    assert VaultHeader.from_bytes(header.to_bytes()).to_bytes() == header.to_bytes()


def parse(raw: bytes) -> VaultHeader | None:
    try:
        header = VaultHeader.from_bytes(raw)
    except (VaultDamaged, VaultTooNew):
        return None
    check_within_limits(header)
    return header


@given(st.binary(max_size=4096))
@FUZZ
def test_any_bytes(raw):
    parse(raw)


@given(json_values, st.booleans())
@FUZZ
def test_any_json_with_or_without_a_correct_checksum(value, with_checksum):
    if with_checksum and isinstance(value, dict):
        value = {**value, "checksum": checksum({k: v for k, v in value.items() if k != "checksum"})}
    parse(json.dumps(value).encode("utf-8"))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, prefix + (index,))


def _plausible(value):
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return json_values
    if isinstance(value, int):
        return st.integers(min_value=0, max_value=2 * limits.KDF_WORK_MAX_KIB_PASSES) | st.integers(0, 80)
    try:
        length = len(base64.b64decode(value, validate=True))
    except ValueError:
        return st.text(max_size=60) | st.just(value.upper())
    return st.binary(min_size=max(0, length - 2), max_size=length + 2).map(
        lambda data: base64.b64encode(data).decode("ascii"))


@st.composite
def edits_of(draw, body: dict) -> bytes:
    """`body` edited by hand: values replaced, members removed or added; checksum usually fixed."""
    body = copy.deepcopy(body)
    body.pop("checksum", None)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(list(_paths(body))[1:]))
        *parent_path, last = path
        parent = body
        for step in parent_path:
            parent = parent[step]
        action = draw(st.sampled_from(["plausible", "plausible", "replace", "delete", "add"]))
        if action == "plausible":                    # same type, a value a hand edit would write
            parent[last] = draw(_plausible(parent[last]))
        elif action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    if draw(st.integers(0, 9)):                      # now and then the checksum is left stale
        body["checksum"] = checksum(body)
    return json.dumps(body, indent=draw(st.sampled_from([None, 2])), sort_keys=True).encode("ascii")


@pytest.fixture
def real_header(vault):
    add_recovery_key(vault, PASSPHRASE)
    return json.loads(vault.header.to_bytes())


def test_hand_edits_of_a_real_header(real_header):
    @given(edits_of(real_header))
    @FUZZ
    def run(raw):
        parse(raw)

    run()


def test_whatever_is_in_vault_json_the_vault_opens_through_its_copy(vault, vault_dir, monkeypatch):
    case = add_case(vault, NewCase.named("Ana Pérez"))
    body = json.loads(vault.header.to_bytes())
    vault.lock()
    derivations = []
    real = keys.hash_secret_raw

    def measured(**arguments):
        derivations.append(arguments["memory_cost"] * arguments["time_cost"])
        return real(**arguments)

    monkeypatch.setattr(keys, "hash_secret_raw", measured)

    @given(edits_of(body) | st.binary(max_size=2048))
    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    def run(raw):
        (vault_dir / HEADER_FILE).write_bytes(raw)
        derivations.clear()
        try:
            opened = open_vault(vault_dir, PASSPHRASE, check_pages=False)
        except VaultTooNew:                       # a well-formed header from a newer CaseDesk
            return
        with opened:
            assert find_case(case)
        assert len(derivations) <= 2 and max(derivations) <= limits.KDF_WORK_MAX_KIB_PASSES
        parse((vault_dir / HEADER_FILE).read_bytes())
        assert (vault_dir / HEADER_FILE).read_bytes() == (vault_dir / HEADER_BACKUP_FILE).read_bytes()

    run()
