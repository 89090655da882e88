"""HTTP API of the server: dependencies, middleware and routes."""
