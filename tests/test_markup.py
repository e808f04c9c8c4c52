import pytest
from markup import parse


def test_parse_nested_and_attrs():
    text, spans = parse(
        "Selon <src type=media>Le Monde</src>, <fig value=25000 unit='travailleur'>25 000</fig> ok"
    )
    assert text == "Selon Le Monde, 25 000 ok"
    assert [(s.tag, s.start, s.end, s.text) for s in spans] == [
        ("src", 6, 14, "Le Monde"),
        ("fig", 16, 22, "25 000"),
    ]
    assert spans[1].attrs == {"value": 25000.0, "unit": "travailleur"}
    assert spans[0].attrs == {"type": "media"}


def test_parse_rejects_unbalanced():
    with pytest.raises(ValueError):
        parse("a <fig>b</date>")
