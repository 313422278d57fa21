"""`casedesk bench --team`: a small team run through the real program, every figure present and
the simulation's own bookkeeping consistent (every change reached every colleague on their next
pass, the away lawyer read exactly the bundles waiting for them, the baselines opened the same)."""

import json
import os
import subprocess
import sys


def test_a_small_team_run_reports_reach_passes_folder_and_baselines(tmp_path):
    environment = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    environment.pop("CASEDESK_PASSPHRASE", None)
    result = subprocess.run(
        [sys.executable, "-m", "casedesk", "bench", "--team", "--team-vaults", "3", "--team-cases", "30",
         "--team-minutes", "2", "--team-pending", "4", "--team-profile", str(tmp_path / "pass.prof"), "--json"],
        capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=300)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    figures = json.loads(result.stdout)
    assert figures["kdf"]["test_only"] is True and "test-only" in figures["kdf_note"]   # the suite's switch, said
    assert figures["vaults"] == 3 and figures["cases"] == 30
    # The away lawyer misses 2 changes a minute: the run goes on until 4 bundles wait for them.
    assert figures["minutes_run"] >= 2
    assert figures["changes"] == figures["changes_reached_everyone"] > 0 and figures["changes_not_everywhere"] == 0
    assert figures["reach_passes_of_each_colleague_max"] == 1
    assert 0 < figures["reach_everyone_minutes_max"] < 2        # at the latest in the next minute's round
    assert figures["pending_received"] == figures["baseline_bundles"] == figures["pass_with_pending_alone_received"] == 4
    assert figures["baseline_files"] >= 4 and figures["baseline_raw_age_decrypt_io_s"] > 0
    for key in ("seed_receive_pass_s_median", "pass_s_median", "pass_s_max", "pass_with_pending_s",
                "pass_with_pending_live_s",
                "baseline_raw_age_decrypt_s", "baseline_import_bundle_s", "folder_bytes_max"):
        assert figures[key] > 0, key
    assert figures["folder_files_max"] >= figures["pending_bundles"]
    assert [row["minute"] for row in figures["folder_by_minute"]] == list(range(figures["minutes_run"] + 1))
    assert (tmp_path / "pass.prof").stat().st_size > 0


def test_a_team_of_one_is_refused_with_a_sentence():
    environment = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    result = subprocess.run([sys.executable, "-m", "casedesk", "bench", "--team", "--team-vaults", "1"],
                            capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode != 0 and "at least 2 vaults" in result.stderr and "Traceback" not in result.stderr
