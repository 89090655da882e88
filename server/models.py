"""Server-only tables: the laptops that joined, their joining codes, the change
sequence, push receipts and the admin audit trail.  The domain tables are
the shared models of `app.models` (one schema for laptops and server)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, DateTime, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.base import NAMING_CONVENTION

ID = String(36)
SHA256_HEX = String(64)


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerDevice(ServerBase):
    """A laptop that joined (`enrolled_at`: when; the column keeps its first
    name).  Its id is the laptop's own device id; only a
    SHA-256 of its token is stored."""

    __tablename__ = "server_device"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    team_id: Mapped[str] = mapped_column(ID, index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(SHA256_HEX, unique=True)
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Marked lost or stolen by an officer (the laptop-side wipe is a later step).
    lost_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class JoiningCode(ServerBase):
    """A one-time code a CCIS officer gives for one laptop to join (the table
    keeps its first name, `enrolment_code`)."""

    __tablename__ = "enrolment_code"

    code_hash: Mapped[str] = mapped_column(SHA256_HEX, primary_key=True)
    team_id: Mapped[str] = mapped_column(ID, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    used_by: Mapped[str | None] = mapped_column(ID)


class SyncCounter(ServerBase):
    """The single row holding the last sequence number given to a change.

    Every write transaction locks it first, so numbers are handed out in
    commit order and a pull cursor can never step over a change that
    commits late (docs/sync.md)."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class PushReceipt(ServerBase):
    """A push batch already applied: a resent batch is answered, not re-applied.

    `digest` (SHA-256 of the batch's content) tells a resend (same content)
    from another batch reusing the id, which is refused, never dropped."""

    __tablename__ = "push_receipt"

    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seq: Mapped[int | None] = mapped_column(BigInteger)
    last_seq: Mapped[int | None] = mapped_column(BigInteger)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    digest: Mapped[str | None] = mapped_column(SHA256_HEX)  # NULL: from before digests


class AdminAudit(ServerBase):
    """What an officer (console), the CLI or the server did: who (`officer_id`,
    NULL for the command line and the server itself), when, what, from where
    (`address`, the client's address for the console)."""

    __tablename__ = "admin_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[str | None] = mapped_column(ID, index=True)
    address: Mapped[str | None] = mapped_column(String(64))


class Officer(ServerBase):
    """A person of the CCIS who logs in to the console (not a laptop user).
    `login` is kept lower-case; only an argon2 hash of the password is
    stored; a coordinator is bound to one team (`team_id`)."""

    __tablename__ = "console_officer"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[str | None] = mapped_column(ID)
    language: Mapped[str] = mapped_column(String(2), default="fr")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    password_changed_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ConsoleSession(ServerBase):
    """A logged-in browser.  The cookie carries a random token; only its
    SHA-256 is stored (a copy of the table logs nobody in).  `csrf` is the
    token every form of this session must send back."""

    __tablename__ = "console_session"

    token_hash: Mapped[str] = mapped_column(SHA256_HEX, primary_key=True)
    officer_id: Mapped[str] = mapped_column(ID, index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
    address: Mapped[str] = mapped_column(String(64), default="")


class LoginFailure(ServerBase):
    """A refused console login, counted per account and per client address
    to slow down password guessing (in the database: every worker sees them)."""

    __tablename__ = "console_login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    login: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)


class ServerSecret(ServerBase):
    """A secret of the server itself, made on first use and kept in the
    database so that every worker (on every machine) uses the same one:
    `pseudonym_key`, the key of the console's de-identified exports."""

    __tablename__ = "server_secret"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
