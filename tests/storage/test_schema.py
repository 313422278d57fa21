"""The peewee models and the numbered migrations describe the same schema."""

from casedesk.storage.models import ALL_MODELS


def test_every_model_field_is_a_column_of_its_table(vault):
    for model in ALL_MODELS:
        columns = {column.name for column in vault.db.get_columns(model._meta.table_name)}
        fields = {field.column_name for field in model._meta.sorted_fields}
        assert fields == columns, model.__name__


def test_the_schema_enforces_the_vocabularies(vault):
    import pytest
    from peewee import IntegrityError
    with pytest.raises(IntegrityError):
        vault.db.execute_sql("INSERT INTO person (uuid, sex, sort_key, created_at, updated_at) "
                             "VALUES ('u', 'varón', 'x', 'now', 'now')")
