"""Editing a ruamel.yaml mapping in place: a new key goes where the plan's own order puts it,
and the comment after a key stays with it."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any


def put(mapping: MutableMapping[Any, Any], key: str, value: Any, order: Sequence[str] = ()) -> None:
    """Set `mapping[key]`: a new key goes where `order` puts it among the keys already there
    (keys in another order are left as they are); an existing one keeps its place, and the
    comment lines that follow it stay after it."""
    if key in mapping:
        trailing = _take_trailing(mapping, key)
        mapping[key] = value
        if trailing is not None:
            _give_trailing(mapping, key, trailing)
        return
    rank = {k: i for i, k in enumerate(order)}
    position = len(mapping)
    if key in rank:  # after the last key that comes before it, else before the first after it
        before = [i for i, k in enumerate(mapping) if k in rank and rank[k] < rank[key]]
        after = [i for i, k in enumerate(mapping) if k in rank and rank[k] > rank[key]]
        position = before[-1] + 1 if before else (after[0] if after else position)
    insert = getattr(mapping, "insert", None)
    if callable(insert):  # ruamel's CommentedMap
        insert(position, key, value)
        return
    items = list(mapping.items())
    items.insert(position, (key, value))
    mapping.clear()
    mapping.update(items)


def new_mapping(like: Any) -> Any:
    """An empty mapping of the same kind as `like` (a CommentedMap can carry comments)."""
    return type(like)() if isinstance(like, dict) else {}


# ruamel keeps the comment lines after `key: value` in `mapping.ca.items[key][2]`; for a nested
# mapping they hang off its last key instead. Moving them keeps each heading comment of
# `coprod-check init`'s starter above the line it describes when a value changes shape.


def _trailing_owner(mapping: Any, key: Any) -> tuple[Any, Any]:
    value = mapping[key]
    if isinstance(value, dict) and value and hasattr(value, "ca"):
        return value, list(value)[-1]
    return mapping, key


def _take_trailing(mapping: Any, key: Any) -> Any:
    if not hasattr(mapping, "ca"):
        return None
    owner, owner_key = _trailing_owner(mapping, key)
    entry = owner.ca.items.get(owner_key)
    if not entry or len(entry) < 3 or entry[2] is None:
        return None
    token = entry[2]
    entry[2] = None
    return token


def _give_trailing(mapping: Any, key: Any, token: Any) -> None:
    owner, owner_key = _trailing_owner(mapping, key)
    if not hasattr(owner, "ca"):
        return
    entry = owner.ca.items.setdefault(owner_key, [None, None, None, None])
    entry[2] = token
