"""What the census needs, where it enters and leaves the vault: minors and health from a list,
the case editor's fields through the services, bundles between colleagues, exports and dossiers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Health, Stage
from casedesk.services.cases import NewCase, NewEvent, add_case, case_details, find_case, update_case
from casedesk.services.census import census_as_of
from casedesk.services.importing import import_file
from casedesk.storage.models import DetentionCase, Person
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE

LIST_DAY = date(2025, 12, 15)


def test_a_list_marks_minors_estimates_birth_years_and_reads_health(vault, tmp_path):
    listing = tmp_path / "lista.csv"
    listing.write_text(
        "Nombre;Cédula;Fecha de detención;Edad;Menor de edad;Condición de salud\n"
        "Ana Pérez;V-1.000.001;10/01/2025;16;;Diabetes, sin insulina\n"
        "Luis Páez;V-1.000.002;01/06/2024;;Sí;Ninguna\n"
        "José Rojas;V-1.000.003;01/06/2024;45;No;\n"
        "Inés Marcano;V-1.000.004;01/06/2024;;;Hipertensión severa\n", encoding="utf-8")
    summary = import_file(vault, listing, status_date=LIST_DAY)
    assert summary["people_created"] == 4

    def case_of(national_id):
        return Person.get(Person.national_id == national_id).cases.get()

    ana, luis, jose, ines = (case_of(f"V-100000{n}") for n in range(1, 5))
    assert (ana.minor_at_arrest, ana.health, ana.health_conditions) == (True, "serious", "Diabetes, sin insulina")
    # 16 on 15 December 2025: born between 16 December 2008 and 15 December 2009, kept as an estimate.
    assert (ana.person.birth_date, ana.person.birth_date_precision) == ("2009-06-16", "estimated")
    assert (luis.minor_at_arrest, luis.health) == (True, "unknown")           # "Ninguna" is no condition
    assert (jose.minor_at_arrest, jose.person.birth_date_precision) == (False, "estimated")
    assert (ines.minor_at_arrest, ines.health) == (False, "serious")
    data = census_as_of(LIST_DAY).to_json()
    assert data["by_minor"] == {"minor": 2, "adult": 1, "unknown": 1}       # José: 45, from his age
    assert data["seriously_ill_held"] == 2


def test_the_editor_fields_change_through_the_services(vault):
    case = add_case(vault, NewCase.named("Zoila Chacón", arrest_date=parse_date("2025-06-01")))
    update_case(vault, case, arrest_state="edo. táchira", minor_at_arrest=True, health_conditions="Tuberculosis",
                health_since=parse_date("2025-07-01"), treatment_needed="Antibióticos", care_denied="Traslado al hospital",
                care_denied_since="15/08/2025")
    record = find_case(case)
    assert (record.arrest_state, record.minor_at_arrest, record.health) == ("Táchira", True, "serious")
    assert (record.health_since, record.care_denied_since) == ("2025-07-01", "2025-08-15")
    update_case(vault, case, health=Health.NOT_SERIOUS.value, health_since=None)
    assert (find_case(case).health, find_case(case).health_since) == ("not_serious", None)


def _two_vaults(tmp_path: Path):
    from casedesk.services.bundles import add_colleague, my_public_key
    with create_vault(tmp_path / "b", PASSPHRASE, actor="Bufete B"):
        key_b = my_public_key("Bufete B")
    with create_vault(tmp_path / "a", PASSPHRASE, actor="Abogada A") as a:
        ill = add_case(a, NewCase.named(
            "José Íñiguez", national_id="V-12345678", arrest_date=parse_date("2024-03-05"), arrest_state="Zulia",
            minor_at_arrest=True, health_conditions="Cardiopatía", health_since=parse_date("2024-05-01"),
            care_denied="Cateterismo", events=[NewEvent(EventKind.SENTENCE, parse_date("2025-01-10"))]))
        plain = add_case(a, NewCase.named("Ana Pérez", national_id="V-7654321", arrest_date=parse_date("2024-03-05")))
        add_colleague(a, key_b, verified_by="en persona")
        key_a = my_public_key("Abogada A")
    with open_vault(tmp_path / "b", PASSPHRASE, actor="Bufete B") as b:
        add_colleague(b, key_a, verified_by="en persona")
    return tmp_path / "a", tmp_path / "b", ill, plain, key_b


def test_a_bundle_carries_health_minority_state_and_stage(tmp_path):
    from casedesk.services.bundles import collect, import_bundle, make_bundle
    folder_a, folder_b, ill, plain, key_b = _two_vaults(tmp_path)
    with open_vault(folder_a, PASSPHRASE) as a:
        records = collect([ill, plain], "internal")
        cases = {record["uuid"]: record for record in records["case"]}
        assert cases[ill]["health_conditions"] == "Cardiopatía" and cases[ill]["minor_at_arrest"] is True
        # A case that uses none of the new fields reads as it always did (same version as before).
        assert not {"health", "minor_at_arrest", "arrest_state", "health_since"} & set(cases[plain])
        assert [e["stage"] for e in records["event"] if e["kind"] == "sentence"] == ["sentenced"]
        public = collect([ill], "public")["case"][0]
        assert "health_conditions" not in public and "care_denied" not in public and public["arrest_state"] == "Zulia"
        bundle = tmp_path / "paquete.age"
        bundle.write_bytes(make_bundle(a, [ill, plain], recipients=[key_b], sender_name="Abogada A"))
    with open_vault(folder_b, PASSPHRASE, actor="Bufete B") as b:
        import_bundle(b, bundle)
        received = find_case(ill)
        assert (received.health, received.health_conditions, received.health_since) == (
            "serious", "Cardiopatía", "2024-05-01")
        assert (received.care_denied, received.minor_at_arrest, received.arrest_state) == ("Cateterismo", True, "Zulia")
        data = census_as_of(date(2025, 12, 15)).to_json()
        assert data["by_stage"] == {"sentenced": 1, "unknown": 1} and data["minors_held"] == 1
        assert find_case(plain).health == "unknown"


def test_dossiers_show_health_to_the_team_the_court_and_the_family_not_the_public(vault):
    from casedesk.services.dossiers import dossier_data
    case = add_case(vault, NewCase.named("José Íñiguez", arrest_date=parse_date("2024-03-05"),
                                         health_conditions="Cardiopatía", treatment_needed="Cirugía"))
    for profile in ("internal", "court", "family"):
        health = dict(dossier_data(case, profile, "es")["health"])
        assert health["health"] == "Enfermedad grave" and health["health_conditions"] == "Cardiopatía", profile
    assert dossier_data(case, "public", "es")["health"] is None
    assert dossier_data(add_case(vault, NewCase.named("Ana Pérez")), "internal", "es")["health"] is None


def test_exports_carry_stage_state_minority_and_health_but_not_to_the_public(vault, tmp_path):
    from casedesk.services.exporting import export_rows
    from casedesk.services.search import CaseQuery
    add_case(vault, NewCase.named("Luis Páez", arrest_date=parse_date("2025-12-14"), birth_date=parse_date("2007-12-15"),
                                  arrest_state="Lara", health_conditions="Asma", status=None,
                                  events=[NewEvent(EventKind.CHARGE, parse_date("2025-12-14"))]))
    columns = ["name", "stage", "state", "minor_at_arrest", "health", "health_conditions"]
    header, rows = export_rows(CaseQuery(), columns, profile="internal", language="es")
    assert header == ["Nombre", "Situación procesal", "Estado", "Menor al ser detenido/a", "Enfermedad grave",
                      "Padecimientos"]
    assert rows == [["Luis Páez", Stage.AWAITING_TRIAL.label("es"), "Lara", "Sí", "Enfermedad grave", "Asma"]]
    header, rows = export_rows(CaseQuery(), columns, profile="public", language="en")
    assert header == ["Name", "Procedural stage", "State", "Minor when arrested"]
    assert rows == [["Luis Páez", "Awaiting trial", "Lara", "Yes"]]


def test_details_count_days_of_disappearance_per_episode(vault):
    case = add_case(vault, NewCase.named("Zoila Chacón", arrest_date=parse_date("2025-01-01"), events=[
        NewEvent(EventKind.WHEREABOUTS_UNKNOWN, parse_date("2025-01-02")),
        NewEvent(EventKind.WHEREABOUTS_ESTABLISHED, parse_date("2025-01-22"))]))
    details = case_details(find_case(case))
    assert (details["days_whereabouts_unknown"], details["whereabouts_unknown_since"]) == (20, None)
    assert DetentionCase.get(DetentionCase.uuid == case).stage == "unknown"
