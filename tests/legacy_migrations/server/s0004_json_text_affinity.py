"""the laptop's 0005: JSON columns with TEXT affinity on SQLite (JSON_TEXT)

On the server's default SQLite database a conflict on a number field stored
'25' as the integer 25 and every pull of the team failed from then on.  The
laptop's own helpers re-declare the columns and turn such numbers back into
JSON text.  PostgreSQL stores `json` and needs nothing.

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-08 10:10:00
"""
import importlib.util
from pathlib import Path

from alembic import op

revision = 's0004'
down_revision = 's0003'
branch_labels = None
depends_on = None

LAPTOP_REVISION = (
    Path(__file__).resolve().parents[1] / "laptop" / "0005_json_text_affinity.py"
)


def _laptop():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("caravane_laptop_0005", LAPTOP_REVISION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    laptop = _laptop()
    connection = op.get_bind()
    laptop.retype_json_columns(connection)
    laptop.retext_numbers(connection)
    laptop.check_integrity(connection)


def downgrade() -> None:
    laptop = _laptop()
    connection = op.get_bind()
    laptop.retype_json_columns(connection, old=laptop.NEW, new=laptop.OLD)
    laptop.check_integrity(connection)
