"""what only a laptop holds: local_state (this device's id, its server,
its team...) and the FTS5 index of people, kept in step by triggers

The first revision of the laptop branch.  Laptops made before the shared
history got both from their 0001: they are stamped with this revision
when they open (app.db), never given it twice.

Revision ID: laptop_0001
Revises:
Depends on: 0001
Create Date: 2026-12-12 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'laptop_0001'
down_revision = None
branch_labels = ('laptop',)
depends_on = '0001'  # the index reads beneficiary.search_text


def upgrade() -> None:
    op.create_table('local_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
    _create_search_index()


def _create_search_index() -> None:
    """FTS5 over beneficiary.search_text (SQLite: the laptop), kept in step
    by triggers; the text itself is normalised in Python (app.models.search_text)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE beneficiary_fts USING fts5("
        "search_text, content='beneficiary', content_rowid='rowid', "
        "tokenize=\"unicode61 remove_diacritics 2\", prefix='2 3')"
    )
    op.execute(
        "CREATE TRIGGER beneficiary_fts_ai AFTER INSERT ON beneficiary BEGIN "
        "INSERT INTO beneficiary_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER beneficiary_fts_ad AFTER DELETE ON beneficiary BEGIN "
        "INSERT INTO beneficiary_fts(beneficiary_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER beneficiary_fts_au AFTER UPDATE OF search_text ON beneficiary BEGIN "
        "INSERT INTO beneficiary_fts(beneficiary_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); "
        "INSERT INTO beneficiary_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    # People already there (none on a new laptop) are indexed too.
    op.execute("INSERT INTO beneficiary_fts(beneficiary_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ('beneficiary_fts_au', 'beneficiary_fts_ad', 'beneficiary_fts_ai'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS beneficiary_fts")
    op.drop_table('local_state')
