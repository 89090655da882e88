"""Server sequence numbers: every accepted change gets the next number, and
pulls follow them with a cursor.

The classic bug is two transactions taking numbers 7 and 8, 8 committing
first, a laptop pulling up to 8, and 7 then appearing behind its cursor.
We serialize instead: every writing transaction first locks the single
`sync_counter` row (SELECT ... FOR UPDATE on PostgreSQL; on SQLite the
BEGIN IMMEDIATE of `server.db` already makes writers take turns) and keeps
the lock until it commits, so numbers are committed in the order they are
handed out.  A pull first reads the committed counter and serves only rows
numbered at or below it, so even a READ COMMITTED reader that sees a newer
commit half-way through never moves its cursor past a row it missed.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.sync.wire import CODECS
from server.models import SyncCounter


class Sequence:
    """The numbers of one writing transaction (the counter row stays locked)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        statement = select(SyncCounter.seq).where(SyncCounter.id == 1).with_for_update()
        self.start = int(session.execute(statement).scalar_one())
        self.last = self.start

    def next(self) -> int:
        self.last += 1
        return self.last

    def save(self) -> None:
        if self.last != self.start:
            self.session.execute(
                update(SyncCounter).where(SyncCounter.id == 1).values(seq=self.last)
            )


def committed_high(session: Session) -> int:
    return int(session.execute(select(SyncCounter.seq).where(SyncCounter.id == 1)).scalar_one())


def sequence_local_writes(session: Session) -> int:
    """Give numbers to rows the server itself wrote through the ORM (admin
    commands, a laptop joining): the stamping hook left them in the outbox."""
    session.flush()
    sequence = Sequence(session)
    for codec in CODECS.values():
        table = codec.table
        ids = session.scalars(
            select(table.c.id).where(table.c.pending.is_not(None)).order_by(table.c.hlc)
        ).all()
        for row_id in ids:
            session.execute(
                update(table)
                .where(table.c.id == row_id)
                .values(server_seq=sequence.next(), pending=None)
            )
    sequence.save()
    session.expire_all()
    return sequence.last - sequence.start
