"""The CCIS console: web pages under /console, served by the same FastAPI
app as the sync API (docs/console.md).  `install(app)` adds its routes, its
static files and its refusal pages."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from server.console import laptops
from server.console.pages import router
from server.console.render import install_handlers

STATIC = Path(__file__).resolve().parent / "static"


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.include_router(laptops.router)
    app.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")
    install_handlers(app)
