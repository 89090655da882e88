"""The FastAPI application.  `create_app(db)` for tests and embedding;
`app_from_env()` is the uvicorn factory used by `caravane-server` (it reads
the database URL from CARAVANE_SERVER_DATABASE_URL, so several worker
processes share one database and nothing else)."""

from __future__ import annotations

import importlib
import os

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from app import __version__
from server import console
from server.api import errors
from server.api.middleware import ProtocolMiddleware, RequestBodyMiddleware
from server.api.routes import health, sync
from server.db import ServerDatabase

ENV_DATABASE_URL = "CARAVANE_SERVER_DATABASE_URL"


def optional_module(name: str) -> object | None:
    """A module another part of the project may not have written yet."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def create_app(db: ServerDatabase) -> FastAPI:
    application = FastAPI(title="Caravane server", version=__version__)
    application.state.db = db
    errors.install(application)
    application.include_router(health.router)
    application.include_router(sync.router)
    certificates = optional_module("server.certificates")
    if certificates is not None:
        application.include_router(certificates.router)  # type: ignore[attr-defined]
    console.install(application)  # the officers' web pages, /console (docs/console.md)
    # Outermost first: responses gzipped, then bodies gated by their headers
    # (routes read and inflate them under limits), then the protocol version.
    application.add_middleware(ProtocolMiddleware)
    application.add_middleware(RequestBodyMiddleware)
    application.add_middleware(GZipMiddleware, minimum_size=500, compresslevel=6)
    return application


def app_from_env() -> FastAPI:
    return create_app(ServerDatabase(os.environ[ENV_DATABASE_URL], migrate=False))
