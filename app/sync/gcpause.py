"""Cyclic garbage collection paused during bulk sync work.

A page of 5,000 rows allocates hundreds of thousands of objects that live
until the page is committed; the collector's passes over them were about a
fifth of a 10,000-record sync.  Sync makes no reference cycles worth
collecting mid-page, so collection waits until the work is done.  Nested and
concurrent uses (server request threads) share one count: collection resumes
when the last one ends, and only if it was on before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
