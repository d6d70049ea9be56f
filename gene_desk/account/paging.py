"""Walking every page of an account-panel list.

A list method of :class:`~gene_desk.account.api.AccountApi` bound to its query, e.g.
``functools.partial(api.consumption, ConsumptionQuery(category=Category.STORAGE))`` or simply
``api.users``, is a *fetcher*: ``fetch(page=n, page_size=m) -> Page``. A Qt model calls a
fetcher page by page as the view scrolls; exports and the CLI's --json/--csv use
:func:`iter_items` to get every row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from gene_desk.account.api import MAX_PAGE_SIZE
from gene_desk.account.models import Page

T = TypeVar("T")
P = TypeVar("P", bound=Page[Any])


def iter_pages(fetch: Callable[..., P], *, page_size: int = MAX_PAGE_SIZE) -> Iterator[P]:
    """Every page, first to last (at least one, so an empty list still yields its totals)."""
    page = 1
    while True:
        result = fetch(page=page, page_size=page_size)
        yield result
        if not result.items or not result.has_next:
            return
        page += 1


def iter_items(fetch: Callable[..., Page[T]], *, page_size: int = MAX_PAGE_SIZE) -> Iterator[T]:
    """Every row of every page."""
    for result in iter_pages(fetch, page_size=page_size):
        yield from result.items


def fetch_all(fetch: Callable[..., Page[T]], *, page_size: int = MAX_PAGE_SIZE) -> list[T]:
    return list(iter_items(fetch, page_size=page_size))
