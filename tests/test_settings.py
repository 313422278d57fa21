import json

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.settings import Settings, load_settings, save_settings


def test_defaults_when_nothing_was_saved(tmp_path):
    assert load_settings(tmp_path / "settings.json") == Settings()
    assert Settings().idle_minutes == 5


def test_settings_round_trip_and_hold_paths_only(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(language="es", idle_minutes=15)
    settings.remember_vault(tmp_path / "a")
    settings.remember_vault(tmp_path / "b")
    settings.remember_vault(tmp_path / "a")
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded == settings
    assert loaded.recent_vaults == [str((tmp_path / "a").resolve()), str((tmp_path / "b").resolve())]


@pytest.mark.parametrize("bad", [{"idle_minutes": 0}, {"idle_minutes": 61}, {"language": "fr"},
                                 {"table_density": "huge"}, {"recent_vaults": "x"}])
def test_values_out_of_range_are_refused(bad):
    with pytest.raises(InvalidInput):
        Settings(**bad)


def test_unknown_keys_are_refused_not_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_minuts": 10}))
    with pytest.raises(InvalidInput, match="idle_minuts"):
        load_settings(path)
