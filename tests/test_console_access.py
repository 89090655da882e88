"""Every console route against every role (and nobody): computed from the
app's route table, so a route added later is walked too; and a route that
declares no roles fails the test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from server.app import create_app
from server.console import auth
from server.console.roles import ConsoleRole
from server.db import ServerDatabase
from tests.console_support import ROLES, csrf_of, log_in, make_officer
from tests.sync_helpers import BACKENDS, database_url, new_team


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerDatabase]:
    with database_url(request.param, tmp_path_factory.mktemp("console")) as url:
        server = ServerDatabase(url)
        team = new_team(server)
        for role in ROLES:
            make_officer(server, f"{role.value}-1", role.value,
                         team_id=team if role == ConsoleRole.COORDINATOR else None)
        yield server
        server.dispose()


def api_routes(routes: list[Any]) -> Iterator[APIRoute]:
    """Every APIRoute of a route table, into included routers (FastAPI keeps
    them nested since 0.16x, flat before)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):
            yield from api_routes(route.original_router.routes)


def console_routes() -> list[tuple[str, str, frozenset[ConsoleRole] | None]]:
    """(method, path, roles) of every /console route of the app; roles None:
    public.  A route that declares neither fails here."""
    app = create_app(ServerDatabase("sqlite://", migrate=False))
    found = []
    for route in api_routes(app.routes):
        if not route.path.startswith("/console"):
            continue
        declared = [auth.allowed_roles(dep.call) for dep in route.dependant.dependencies]
        roles = next((found for found in declared if found is not None), None)
        public = any(dep.call is auth.public for dep in route.dependant.dependencies)
        assert roles is not None or public, f"{route.path} declares no roles (require(...) or public)"
        for method in sorted(route.methods or ()):
            found.append((method, route.path, roles))
    return found


ROUTES = console_routes()


def _fill(path: str, officer_id: str) -> str:
    return path.replace("{officer_id}", officer_id)


def test_the_walk_finds_every_page() -> None:
    paths = {path for _, path, _ in ROUTES}
    assert {"/console/", "/console/login", "/console/logout", "/console/password",
            "/console/officers", "/console/officers/{officer_id}/role"} <= paths


@pytest.mark.parametrize("who", [None, *ROLES], ids=lambda who: who.value if who else "anonymous")
def test_every_route_answers_each_role_as_declared(db: ServerDatabase, who: ConsoleRole | None) -> None:
    client = TestClient(create_app(db))
    target = make_officer(db, f"target-{who.value if who else 'anon'}", "viewer")
    csrf = ""
    if who is not None:
        log_in(client, f"{who.value}-1")
        csrf = csrf_of(client.get("/console/password").text)
    for method, path, roles in ROUTES:
        url = _fill(path, target)
        if method == "GET":
            answer = client.get(url, follow_redirects=False)
        else:
            answer = client.post(url, data={"csrf": csrf}, follow_redirects=False)
        where = f"{method} {url} as {who}"
        assert answer.status_code < 500, where
        if roles is None:  # public: the login form
            assert answer.status_code in (200, 303, 401, 403), where
        elif who is None:
            assert answer.status_code == 303, where
            assert answer.headers["location"].startswith("/console/login"), where
        elif who in roles:
            assert answer.status_code in (200, 303, 400), where
        else:
            assert answer.status_code == 403, where
            assert "réservée à d&#39;autres rôles" in answer.text, where
        if path == "/console/logout" and who is not None and who in (roles or ()):
            log_in(client, f"{who.value}-1")  # logged out by the walk: back in
            csrf = csrf_of(client.get("/console/password").text)
