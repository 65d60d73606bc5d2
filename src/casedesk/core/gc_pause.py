"""Pausing Python's cyclic garbage collector during bulk work.

A 5,000-row roster import, the city's tally or its monthly report allocate hundreds of
thousands of short-lived objects. Each allocation burst lets the collector's generation counters
run over and trigger collections that walk every long-lived object in the process (SQLAlchemy's
mappers, Qt's wrappers): measured, a third of a roster import's time. These operations create no
reference cycles worth collecting midway, so the collector waits until they are done (the
remedy CPython's documentation gives for gc.freeze and what Instagram and pip do at scale).
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; nested blocks leave it to the outermost."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def bulk_operation(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of gc_paused for a service function doing bulk work."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with gc_paused():
            return fn(*args, **kwargs)

    return wrapper


_frozen = False


def freeze_long_lived() -> None:
    """Move every object alive now (modules, SQLAlchemy's mappers and compiled statements, Qt's
    wrappers: about 130,000 once a case window is open) out of the collector's reach, once per
    process. A full collection otherwise walks them all, 50–90 ms with every thread stopped, which
    lands in the middle of a clerk's typing now and then (make bench: the GUI-thread stall while
    typing); after the freeze a full collection walks only what was made since."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
