"""The practitioner's profile: what every document's letterhead and signature block shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date

from sqlalchemy.orm import Session

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service
from peksos_desk.services.validation import clean_email, clean_phone, clean_text
from peksos_desk.store.models import PractitionerProfile


@dataclass(frozen=True)
class Profile:
    """The practice profile (also the input to ``ProfileService.update``)."""

    full_name: str = ""
    degree: str = ""
    specialisations: str = ""
    competence_certificate: str = ""
    competence_certificate_expiry: date | None = None
    str_number: str = ""
    str_expiry: date | None = None
    sipps_number: str = ""
    sipps_expiry: date | None = None
    institution_name: str = ""
    institution_accreditation: str = ""
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    bank_name: str = ""
    bank_account_number: str = ""
    bank_account_holder: str = ""
    time_zone: str = "WIB"

    @property
    def is_set_up(self) -> bool:
        """Whether the first-run set-up has given the practice at least a name."""
        return bool(self.full_name)


_LABELS = {
    "full_name": Text("Nama pekerja sosial", "Social worker's name"),
    "degree": Text("Gelar", "Degree"),
    "specialisations": Text("Spesialisasi", "Specialisations"),
    "competence_certificate": Text("Nomor sertifikat kompetensi (LSPS)", "Competence certificate (LSPS)"),
    "str_number": Text("Nomor STR", "STR number"),
    "sipps_number": Text("Nomor SIPPS", "SIPPS number"),
    "institution_name": Text("Nama lembaga", "Institution"),
    "institution_accreditation": Text("Akreditasi BALKS", "BALKS accreditation"),
    "address": Text("Alamat", "Address"),
    "city": Text("Kota", "City"),
    "bank_name": Text("Nama bank", "Bank"),
    "bank_account_number": Text("Nomor rekening", "Account number"),
    "bank_account_holder": Text("Atas nama rekening", "Account holder"),
}
_LONG = {"specialisations": 2000, "address": 1000}


class ProfileService(Service):
    """Read and change the practice profile (a single row)."""

    def get(self) -> Profile:
        """The profile; an empty one before the first-run set-up."""
        with self.db.read() as session:
            row = session.get(PractitionerProfile, 1)
            return _to_view(row) if row else Profile()

    def update(self, profile: Profile) -> Profile:
        """Validate and save the whole profile.

        Raises:
            ValidationError: a field breaks its rule; nothing is saved.
        """
        values = _validate(profile)
        with self.db.write() as session:
            row = session.get(PractitionerProfile, 1)
            created = row is None
            if row is None:
                row = PractitionerProfile(id=1)
                session.add(row)
            changed = [name for name, value in values.items() if getattr(row, name) != value]
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            self._audit(session, "create" if created else "update", "profile", 1, ",".join(changed))
            return _to_view(row)

    def ensure(self, session: Session) -> PractitionerProfile:
        """The profile row inside a running unit of work (created empty when missing)."""
        row = session.get(PractitionerProfile, 1)
        if row is None:
            row = PractitionerProfile(id=1)
            session.add(row)
            session.flush()
        return row


def _validate(profile: Profile) -> dict[str, object]:
    values: dict[str, object] = asdict(profile)
    for name, label in _LABELS.items():
        values[name] = clean_text(name, label, getattr(profile, name), max_length=_LONG.get(name, 200),
                                  required=name == "full_name")
    values["phone"] = clean_phone("phone", Text("Telepon", "Phone"), profile.phone)
    values["email"] = clean_email("email", Text("Email", "E-mail"), profile.email)
    values["time_zone"] = PractitionerZone.from_setting(profile.time_zone).name
    for name, label in (("competence_certificate_expiry", Text("Masa berlaku sertifikat", "Certificate expiry")),
                        ("str_expiry", Text("Masa berlaku STR", "STR expiry")),
                        ("sipps_expiry", Text("Masa berlaku SIPPS", "SIPPS expiry"))):
        value = getattr(profile, name)
        if value is not None and not isinstance(value, date):
            raise ValidationError(name, Text(f"{label.id} harus berupa tanggal.", f"{label.en} must be a date."))
    return values


def _to_view(row: PractitionerProfile) -> Profile:
    return Profile(**{f.name: getattr(row, f.name) for f in fields(Profile)})
