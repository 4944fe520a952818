"""Billing rules: payers, sliding-scale fees, invoice and receipt numbering, ageing, bea meterai.

Pure arithmetic and vocabularies; the services apply them inside their units of work. Amounts are whole
rupiah in ``int`` (see ``domain.money``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from enum import StrEnum

from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text

METERAI_THRESHOLD = 5_000_000
"""A receipt for more than this many rupiah needs bea meterai (UU No. 10/2020 Pasal 3 ayat (2) huruf g)."""
METERAI_DUTY = 10_000
"""The stamp duty on such a receipt: Rp10.000 (UU No. 10/2020 Pasal 5)."""

DEFAULT_INVOICE_PATTERN = "INV/{year}/{seq:04d}"
DEFAULT_RECEIPT_PATTERN = "KW/{year}/{seq:04d}"
DEFAULT_DUE_DAYS = 14
MAX_DUE_DAYS = 365
MAX_NUMBER_LENGTH = 50
"""The longest document number a pattern may produce (the store's column width)."""


# A zero-padded or plain width for a whole number: "", "d", "4", "04d".
_INT_SPEC = re.compile(r"(0?[1-9][0-9]?)?d?")


class _Labelled(StrEnum):
    @property
    def label(self) -> Text:
        return _LABELS[(type(self), self.value)]


class PayerKind(_Labelled):
    """Who pays: the client, a family member, or an institution that engages the practitioner."""

    CLIENT = "klien"
    FAMILY = "keluarga"
    HOSPITAL = "rumah_sakit"
    SCHOOL = "sekolah"
    LKS = "lks"
    COMPANY = "perusahaan"
    SOCIAL_AFFAIRS = "dinas_sosial"
    OTHER = "lainnya"

    @property
    def is_institution(self) -> bool:
        return self not in (PayerKind.CLIENT, PayerKind.FAMILY)


class FeeKind(_Labelled):
    """A client's fee arrangement: the schedule's fee, reduced by a percentage (sliding scale), or free."""

    STANDARD = "standar"
    REDUCED = "keringanan"
    FREE = "gratis"


class InvoiceStatus(_Labelled):
    """draft → issued → partly paid → paid; an issued invoice without payments may be voided instead."""

    DRAFT = "draf"
    ISSUED = "terbit"
    PARTLY_PAID = "dibayar_sebagian"
    PAID = "lunas"
    VOID = "batal"

    @property
    def is_outstanding(self) -> bool:
        """Issued and not yet paid in full: money the practice is still owed."""
        return self in (InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID)


class PaymentMethod(_Labelled):
    CASH = "tunai"
    BANK_TRANSFER = "transfer_bank"
    QRIS = "qris"
    OTHER = "lainnya"


class AgeingBucket(_Labelled):
    """How long an outstanding invoice is past its due date; "0–30" includes one not yet due."""

    DAYS_0_30 = "0_30"
    DAYS_31_60 = "31_60"
    OVER_60 = "lebih_60"


_LABELS: dict[tuple[type[StrEnum], str], Text] = {(type(member), member.value): text for member, text in (
    (PayerKind.CLIENT, Text("Klien sendiri", "The client")),
    (PayerKind.FAMILY, Text("Anggota keluarga", "Family member")),
    (PayerKind.HOSPITAL, Text("Rumah sakit", "Hospital")),
    (PayerKind.SCHOOL, Text("Sekolah", "School")),
    (PayerKind.LKS, Text("LKS (Lembaga Kesejahteraan Sosial)", "LKS (social welfare institution)")),
    (PayerKind.COMPANY, Text("Perusahaan", "Company")),
    (PayerKind.SOCIAL_AFFAIRS, Text("Dinas Sosial", "Social affairs office (Dinas Sosial)")),
    (PayerKind.OTHER, Text("Lainnya", "Other")),
    (FeeKind.STANDARD, Text("Tarif standar", "Standard fee")),
    (FeeKind.REDUCED, Text("Keringanan (tarif berjenjang)", "Reduced (sliding scale)")),
    (FeeKind.FREE, Text("Gratis (pro bono)", "Free (pro bono)")),
    (InvoiceStatus.DRAFT, Text("Draf", "Draft")),
    (InvoiceStatus.ISSUED, Text("Diterbitkan", "Issued")),
    (InvoiceStatus.PARTLY_PAID, Text("Dibayar sebagian", "Partly paid")),
    (InvoiceStatus.PAID, Text("Lunas", "Paid")),
    (InvoiceStatus.VOID, Text("Batal", "Void")),
    (PaymentMethod.CASH, Text("Tunai", "Cash")),
    (PaymentMethod.BANK_TRANSFER, Text("Transfer bank", "Bank transfer")),
    (PaymentMethod.QRIS, Text("QRIS", "QRIS")),
    (PaymentMethod.OTHER, Text("Lainnya", "Other")),
    (AgeingBucket.DAYS_0_30, Text("0–30 hari", "0–30 days")),
    (AgeingBucket.DAYS_31_60, Text("31–60 hari", "31–60 days")),
    (AgeingBucket.OVER_60, Text("Lebih dari 60 hari", "Over 60 days")),
)}


def apply_fee_arrangement(standard_fee: int, kind: FeeKind, reduction_percent: int | None = None) -> int:
    """The fee a client pays for a service whose schedule fee is ``standard_fee``.

    Reduced fees are rounded to the whole rupiah, half up: 30 % off Rp250.000 is Rp175.000, 50 % off Rp333
    is Rp167 (166,5 rounds up). Free is Rp0.
    """
    if standard_fee < 0:
        raise ValueError("a fee cannot be negative")
    if kind is FeeKind.FREE:
        return 0
    if kind is FeeKind.STANDARD:
        return standard_fee
    if reduction_percent is None or not 1 <= reduction_percent <= 99:
        raise ValueError("a reduced fee needs a reduction of 1 to 99 percent")
    # Integer arithmetic only: (fee × kept percent + 50) // 100 is round-half-up of fee × kept / 100.
    return (standard_fee * (100 - reduction_percent) + 50) // 100


def check_number_pattern(field: str, label: Text, pattern: str) -> str:
    """A document-number pattern such as ``INV/{year}/{seq:04d}``, trimmed; ``ValidationError`` if unusable.

    The pattern must hold ``{seq}`` (optionally zero-padded: ``{seq:04d}``) once and may hold ``{year}`` (or
    ``{year:04d}``...); a format may only set a width (zero-padded or not). Without ``{year}`` the numbers run
    on from year to year instead of restarting.
    """
    if not isinstance(pattern, str):
        raise ValidationError(field, Text(f"{label.id} harus berupa teks.", f"{label.en} must be text."))
    text = pattern.strip()
    example = Text("misalnya INV/{year}/{seq:04d}", "e.g. INV/{year}/{seq:04d}")
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        parts = None
    if parts is None:
        raise ValidationError(field, Text(
            f"{label.id} tidak dapat dibaca: periksa tanda kurung kurawal {{ }} ({example.id}).",
            f"{label.en} cannot be read: check the braces {{ }} ({example.en})."))
    names = [name for _, name, _, _ in parts if name is not None]
    if any(name is not None and not _INT_SPEC.fullmatch(spec or "") for _, name, spec, _ in parts):
        raise ValidationError(field, Text(
            f"{label.id} hanya boleh memakai format lebar angka seperti {{seq:04d}} ({example.id}).",
            f"{label.en} may only use a digit-width format such as {{seq:04d}} ({example.en})."))
    if any(conversion for _, _, _, conversion in parts):
        raise ValidationError(field, Text(
            f"{label.id} tidak boleh memakai tanda ! di dalam {{ }} ({example.id}).",
            f"{label.en} cannot use ! inside {{ }} ({example.en})."))
    unknown = sorted({name for name in names if name not in ("seq", "year")})
    if unknown:
        raise ValidationError(field, Text(
            f"{label.id} hanya boleh memakai {{year}} dan {{seq}}, bukan {{{unknown[0]}}}.",
            f"{label.en} may use only {{year}} and {{seq}}, not {{{unknown[0]}}}."))
    if names.count("seq") != 1:
        raise ValidationError(field, Text(
            f"{label.id} harus memuat {{seq}} (nomor urut) tepat satu kali, {example.id}.",
            f"{label.en} must hold {{seq}} (the running number) exactly once, {example.en}."))
    try:
        sample = format_document_number(text, 2026, 1)
        longest = format_document_number(text, 2026, 999_999)
    except (ValueError, TypeError, IndexError):
        raise ValidationError(field, Text(
            f"{label.id} memakai format angka yang tidak dikenal ({example.id}).",
            f"{label.en} uses an unknown number format ({example.en}).")) from None
    if not sample.strip() or not sample.isprintable() or len(longest) > MAX_NUMBER_LENGTH:
        raise ValidationError(field, Text(
            f"{label.id} menghasilkan nomor yang kosong, tidak tercetak, atau lebih dari {MAX_NUMBER_LENGTH} "
            "karakter.",
            f"{label.en} gives numbers that are empty, unprintable, or longer than {MAX_NUMBER_LENGTH} "
            "characters."))
    return text


def pattern_uses_year(pattern: str) -> bool:
    """Whether numbers from ``pattern`` restart each year (it holds ``{year}``)."""
    return any(name == "year" for _, name, _, _ in string.Formatter().parse(pattern))


def format_document_number(pattern: str, year: int, seq: int) -> str:
    """The number ``seq`` of ``year`` written by ``pattern``: ("INV/{year}/{seq:04d}", 2026, 1) → INV/2026/0001."""
    return pattern.format(year=year, seq=seq)


def line_amount(quantity: int, unit_price: int) -> int:
    """A line's amount: quantity × unit price, whole rupiah."""
    return quantity * unit_price


def ageing_bucket(days_past_due: int) -> AgeingBucket:
    """The bucket of an outstanding invoice ``days_past_due`` days after its due date (≤ 0: not yet due)."""
    if days_past_due <= 30:
        return AgeingBucket.DAYS_0_30
    if days_past_due <= 60:
        return AgeingBucket.DAYS_31_60
    return AgeingBucket.OVER_60


def needs_meterai(amount: int) -> bool:
    """Whether a receipt for ``amount`` needs a Rp10.000 bea meterai: above Rp5.000.000, not at it."""
    return amount > METERAI_THRESHOLD


def allocate(amount: int, weights: Sequence[int]) -> list[int]:
    """``amount`` split in proportion to ``weights`` in whole rupiah, summing exactly to ``amount``.

    Largest remainder: each part is rounded down, and the rupiah left over go to the parts with the
    largest remainders (the earlier part first on a tie). All-zero weights share equally the same way.
    """
    if not weights:
        raise ValueError("nothing to allocate to")
    if any(w < 0 for w in weights):
        raise ValueError("weights cannot be negative")
    total = sum(weights)
    shares = list(weights) if total else [1] * len(weights)
    total = sum(shares)
    parts = [amount * w // total for w in shares]
    remainders = [amount * w % total for w in shares]
    left = amount - sum(parts)
    for index in sorted(range(len(shares)), key=lambda i: (-remainders[i], i))[:left]:
        parts[index] += 1
    return parts
