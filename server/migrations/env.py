"""Alembic environment of the server database (run programmatically by
server.db): the shared domain tables plus the server-only tables."""

from alembic import context
from sqlalchemy import create_engine

import app.models  # noqa: F401  (registers every domain table)
import server.models  # noqa: F401
from app.models import Base
from server.models import ServerBase

config = context.config
target_metadata = [Base.metadata, ServerBase.metadata]


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
