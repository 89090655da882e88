"""Domain services (Qt-free): every function takes keyword-only arguments
with the caller's `session`, never commits, returns frozen dataclasses (a
write returns `Done`: its result and what it changed, `app.core.changes`)
and raises the coded errors of `app.core.errors`.  See docs/architecture.md."""
