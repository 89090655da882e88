"""Caravane's central sync server (FastAPI) and its admin command line."""
