"""Alembic environment of both databases, run programmatically by app.db
(laptop) and server.db (server): they pass the connection, the version
folders of their branches, and the models `--autogenerate` compares."""

from alembic import context

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "migrations run through app.db.upgrade (laptop) or server.db.upgrade (server)"
        )
    context.configure(
        connection=connection,
        target_metadata=config.attributes.get("target_metadata"),
        include_object=config.attributes.get("include_object"),
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
