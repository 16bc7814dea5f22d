"""A cashier writes the amount in words on a kwitansi: Indonesian number words, checked case by case."""
from decimal import Decimal

import pytest

from models.core.money import MoneyError
from reports.terbilang import terbilang, words

CASES = [
    (0, "nol rupiah"),
    (1, "satu rupiah"),
    (10, "sepuluh rupiah"),
    (11, "sebelas rupiah"),
    (12, "dua belas rupiah"),
    (19, "sembilan belas rupiah"),
    (20, "dua puluh rupiah"),
    (21, "dua puluh satu rupiah"),
    (100, "seratus rupiah"),
    (111, "seratus sebelas rupiah"),
    (115, "seratus lima belas rupiah"),
    (250, "dua ratus lima puluh rupiah"),
    (1000, "seribu rupiah"),
    (1001, "seribu satu rupiah"),
    (1100, "seribu seratus rupiah"),
    (11000, "sebelas ribu rupiah"),
    (21000, "dua puluh satu ribu rupiah"),
    (100000, "seratus ribu rupiah"),
    (201000, "dua ratus satu ribu rupiah"),
    (1000000, "satu juta rupiah"),
    (1001000, "satu juta seribu rupiah"),          # num2words says "satu juta satu ribu": wrong on paper
    (1250000, "satu juta dua ratus lima puluh ribu rupiah"),
    (Decimal("1250000.50"), "satu juta dua ratus lima puluh ribu rupiah lima puluh sen"),
    (Decimal("1250000.05"), "satu juta dua ratus lima puluh ribu rupiah lima sen"),
    ("1229167", "satu juta dua ratus dua puluh sembilan ribu seratus enam puluh tujuh rupiah"),
    (1000000000, "satu miliar rupiah"),
    (1000001000, "satu miliar seribu rupiah"),
    (2500000000000, "dua triliun lima ratus miliar rupiah"),
    (1000000000000, "satu triliun rupiah"),
    (Decimal("0.50"), "lima puluh sen"),
]


@pytest.mark.parametrize("amount, expected", CASES)
def test_amount_in_words(amount, expected):
    assert terbilang(amount) == expected


def test_capitalised_for_the_start_of_a_sentence():
    assert terbilang(1250000, capitalize=True) == "Satu juta dua ratus lima puluh ribu rupiah"
    assert terbilang(1000, capitalize=True) == "Seribu rupiah"


def test_words_of_the_largest_supported_number_read_every_scale():
    text = words(999_999_999_999_999_999)
    for scale in ("kuadriliun", "triliun", "miliar", "juta", "ribu", "ratus", "puluh"):
        assert scale in text
    assert "satu" not in text


@pytest.mark.parametrize("bad", [-1, Decimal("-0.01"), Decimal("1.005"), 1.5, 10 ** 18])
def test_refused_amounts(bad):
    with pytest.raises(MoneyError):
        terbilang(bad)
