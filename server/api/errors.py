"""Error answers: always JSON {"error": code, "reason": ..., "message": ...},
always a 4xx for bad input (never a 500)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("caravane.server")

UPDATE_MESSAGE = (
    "Veuillez mettre à jour Caravane sur cet ordinateur / please update Caravane on this laptop."
)
SERVER_TOO_OLD_MESSAGE = (
    "Le serveur Caravane est plus ancien que cet ordinateur : mettez-le à jour / "
    "the Caravane server is older than this laptop: please update the server."
)


class ApiError(Exception):
    def __init__(self, status: int, error: str, reason: str = "", message: str = "") -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.reason = reason
        self.message = message


def error_response(status: int, error: str, reason: str = "", message: str = "") -> JSONResponse:
    body: dict[str, Any] = {"error": error}
    if reason:
        body["reason"] = reason
    if message:
        body["message"] = message
    return JSONResponse(body, status_code=status)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.error, exc.reason, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(422, "bad_request", where[:120])

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError) -> JSONResponse:
        # One line, no SQL and no message: a driver's text can quote the row
        # (PostgreSQL's "CONTEXT: COPY beneficiary, line 12: ..."), CINs included.
        from app.sync.errors import storage_error

        failure = storage_error(exc)
        cause = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
        if failure is None:
            log.error("database error %s on %s", cause, request.url.path)
            return error_response(500, "server_error", cause)
        log.error("storage failure (%s, %s) on %s", failure.code, cause, request.url.path)
        return error_response(
            503, "server_storage", failure.code,
            "Le serveur ne peut pas enregistrer pour le moment ; rien n'est perdu, réessayez.",
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, "http_error", str(exc.detail)[:200])
