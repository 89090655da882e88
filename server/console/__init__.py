"""The CCIS console: web pages under /console, served by the same FastAPI
app as the sync API (docs/console.md).  `install(app)` adds its routes, its
static files and its refusal pages."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from server.console import audit_log, certificates, laptops
from server.console.figures import router as figures_router
from server.console.pages import router
from server.console.render import install_handlers
from server.console.teams import router as teams_router

STATIC = Path(__file__).resolve().parent / "static"


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.include_router(certificates.router)
    app.include_router(audit_log.router)
    app.include_router(teams_router)
    app.include_router(figures_router)
    app.include_router(laptops.router)
    app.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")
    install_handlers(app)
