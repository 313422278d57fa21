"""Fixtures shared by the service tests."""

import pytest

from tests.services.team_vaults import make_team_of_three


@pytest.fixture
def team_of_three(tmp_path):
    """Vaults a, b and c, each knowing the other two (fingerprints checked), all joined to one folder."""
    return make_team_of_three(tmp_path)
