"""The one declaration of every editable field: complete, in both languages, and true to the models."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from handleplan import fields
from handleplan.content import PHASE_KEYS
from handleplan.models import Base
from handleplan.ops.edit import EDITABLE

MODELS = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}


def test_every_declared_field_is_a_column_or_a_list_of_rows_of_its_record():
    for declared in fields.FIELDS:
        mapper = inspect(MODELS[declared.record])
        if declared.kind == "rows":
            # "results" are the questions' results, listed beside the predictions
            relation = "questions" if declared.name == "results" else declared.name
            assert relation in mapper.relationships, declared
        else:
            assert declared.name in mapper.columns, declared


def test_every_text_column_the_leader_writes_is_declared():
    """A text column nobody declared would be neither editable, searched nor printed."""
    for table, model in MODELS.items():
        for key, column in inspect(model).columns.items():  # the attribute's name, not the column's
            if column.type.__class__.__name__ == "Text":
                assert (table, key) in {(f.record, f.name) for f in fields.FIELDS}, (table, key)


def test_one_declaration_per_field():
    keys = [(f.record, f.name) for f in fields.FIELDS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_label_and_help_is_there_in_both_languages(lang: str):
    for declared in fields.FIELDS:
        assert declared.label[lang].strip(), declared
        if declared.phase is not None:
            assert declared.explain(lang).strip(), declared


def test_each_pdsa_page_has_its_fields_and_only_known_phases():
    assert {f.phase for f in fields.FIELDS if f.phase} == set(PHASE_KEYS)
    assert [f.name for f in fields.on_page("plan")][:2] == ["objective", "target"]


def test_the_edit_whitelist_is_read_from_the_declarations():
    cycle = MODELS["cycle"]
    assert "target" in EDITABLE[cycle] and "objective" in EDITABLE[cycle]
    assert "questions" not in EDITABLE[cycle]  # rows have their own operations
    assert "number" not in EDITABLE[cycle] and "initiative_id" not in EDITABLE[cycle]


def test_searched_fields_are_text():
    for declared in fields.FIELDS:
        if declared.searched:
            assert declared.kind in ("text", "line"), declared
