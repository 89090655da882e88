"""Caravane: the field companion of the maison des TPE bus."""

__version__ = "0.1.0"
