"""The model's quicker __init__ (model._fast_init) builds the same objects as the dataclass one:
for every model class, the same fields, repr, equality, hash, pickling, copy, replace, frozen
errors and argument errors as a twin made by @dataclass(frozen=True) alone."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from briefgen import model

CLASSES = [
    obj
    for obj in vars(model).values()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == model.__name__
]


def _twin(cls: type) -> type:
    """The same class as @dataclass(frozen=True) makes it, with the generated __init__."""
    ns = {k: v for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")}
    for f in dataclasses.fields(cls):
        ns.pop(f.name, None)
        if f.default is not dataclasses.MISSING or f.repr is False or f.compare is False:
            ns[f.name] = dataclasses.field(default=f.default, repr=f.repr, compare=f.compare)
    for k in list(ns):
        if k.startswith("__") and k not in (
            "__annotations__",
            "__module__",
            "__qualname__",
            "__doc__",
        ):
            ns.pop(k)
    return dataclasses.dataclass(frozen=True)(type(cls.__name__, (), ns))


def _sample(cls: type, salt: int) -> dict[str, object]:
    """A value for every field (defaults left out for half the fields)."""
    out: dict[str, object] = {}
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is not dataclasses.MISSING and (i + salt) % 2:
            continue
        out[f.name] = (
            (salt, i)
            if "span" in f.name or f.name in ("paragraphs", "mentions")
            else f"{f.name}{salt}"
        )
    return out


def _state(obj: object) -> dict[str, object]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def test_items_have_slots_not_instance_dicts() -> None:
    """Memory: a 1 MB text of nothing but names makes ~33 K actors and views."""
    for cls in CLASSES:
        has_cache = cls.__name__ in ("Document", "Brief")  # cached properties need a dict
        assert hasattr(cls(**_sample(cls, 1)), "__dict__") == has_cache, cls.__name__


def test_every_model_class_is_covered() -> None:
    names = {c.__name__ for c in CLASSES}
    assert {"Sentence", "Paragraph", "Actor", "View", "Commitment", "DateMention", "Brief"} <= names
    assert all(c.__init__.__qualname__ == f"{c.__qualname__}.__init__" for c in CLASSES)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_fast_init_matches_the_dataclass_init(cls: type) -> None:
    twin = _twin(cls)
    assert inspect.signature(cls) == inspect.signature(twin)
    for salt in (1, 2):
        kw = _sample(cls, salt)
        a, b = cls(**kw), twin(**kw)
        assert _state(a) == _state(b)
        assert repr(a) == repr(b)
        assert a == cls(**kw) and hash(a) == hash(cls(**kw))
        assert hash(a) == hash(b)  # the same field tuple is hashed
        assert pickle.loads(pickle.dumps(a)) == a
        assert copy.copy(a) == a and copy.deepcopy(a) == a
        first = dataclasses.fields(cls)[0].name
        changed = dataclasses.replace(a, **{first: "other"})
        assert getattr(changed, first) == "other" and changed != a
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(a, first, "x")
        positional = [kw.get(f.name, f.default) for f in dataclasses.fields(cls)]
        assert cls(*positional) == a
    with pytest.raises(TypeError, match=rf"{cls.__name__}\.__init__\(\) got an unexpected keyword"):
        cls(**_sample(cls, 1), not_a_field=1)
    required = [f for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
    if required:
        with pytest.raises(TypeError, match=rf"{cls.__name__}\.__init__\(\) missing"):
            cls()


def test_cached_properties_still_work() -> None:
    doc = model.Document(
        "Ab. Cd.",
        model.Article(),
        (model.Paragraph((0, 7), 0),),
        (model.Sentence((0, 3), 0), model.Sentence((4, 7), 0)),
    )
    assert doc.sentence_at(5) == model.Sentence((4, 7), 0) and doc.paragraph_index(6) == 0
    brief = model.Brief(model.Source(None, "x", 7, 2), doc.article, paragraphs=((0, 7),))
    assert brief.paragraph_number(3) == 1 and brief.actor("A1") is None


def test_fast_init_refuses_what_it_cannot_copy() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        model._fast_init(WithFactory)
