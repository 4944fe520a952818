"""The practitioner's profile: what every document's letterhead and signature block shows."""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from peksos_desk.domain.dates import PractitionerZone
from peksos_desk.domain.errors import ValidationError
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service
from peksos_desk.services.validation import clean_email, clean_phone, clean_text
from peksos_desk.store.models import PractitionerProfile, ProfileImage


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

ImageKind = Literal["logo", "signature"]
IMAGE_KINDS: tuple[ImageKind, ...] = ("logo", "signature")
MAX_IMAGE_BYTES = 2 * 1024 * 1024
"""The largest logo or signature file accepted (2 MB): plenty for a crisp letterhead, small in every PDF."""
MAX_IMAGE_SIDE = 4000
"""The most pixels an image may have on a side."""
_IMAGE_NAMES = {"logo": Text("Logo", "Logo"), "signature": Text("Gambar tanda tangan", "Signature image")}


@dataclass(frozen=True)
class ProfileImageData:
    """The letterhead logo or the signature image, as stored (metadata removed, upright)."""

    kind: str
    media_type: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class DocumentImages:
    """What a document prints besides the profile's text: the logo in the letterhead and the signature image
    above the practitioner's name (the image bytes, or None when the practice has none)."""

    logo: bytes | None = None
    signature: bytes | None = None


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

    def set_image(self, kind: str, *, file_name: str, data: bytes) -> ProfileImageData:
        """Keep ``data`` (a PNG or JPEG file's content) as the letterhead logo or the signature image,
        replacing the one kept before.

        The image is stored upright (a phone photo's EXIF rotation applied) and without its metadata (a
        photo's camera and GPS data would otherwise go out in every PDF).

        Raises:
            ValidationError: (field ``kind``) not PNG or JPEG, empty, unreadable, larger than
                :data:`MAX_IMAGE_BYTES` or more than :data:`MAX_IMAGE_SIDE` pixels on a side; nothing is changed.
        """
        checked = _check_kind(kind)
        image = _clean_image(checked, file_name, data)
        with self.db.write() as session:
            row = session.get(ProfileImage, checked)
            if row is None:
                row = ProfileImage(kind=checked)
                session.add(row)
            row.media_type, row.width, row.height, row.data = (image.media_type, image.width, image.height,
                                                               image.data)
            session.flush()
            self._audit(session, "set_image", "profile", 1, checked)
        return image

    def image(self, kind: str) -> ProfileImageData | None:
        """The logo or signature image, or None when the practice has not given one."""
        checked = _check_kind(kind)
        with self.db.read() as session:
            row = session.get(ProfileImage, checked)
            if row is None:
                return None
            return ProfileImageData(kind=row.kind, media_type=row.media_type, width=row.width, height=row.height,
                                    data=bytes(row.data))

    def remove_image(self, kind: str) -> bool:
        """Stop printing the logo or signature image; returns whether there was one."""
        checked = _check_kind(kind)
        with self.db.write() as session:
            row = session.get(ProfileImage, checked)
            if row is None:
                return False
            session.delete(row)
            session.flush()
            self._audit(session, "remove_image", "profile", 1, checked)
            return True

    def document_images(self) -> DocumentImages:
        """The logo and signature image every document prints (one read)."""
        with self.db.read() as session:
            rows = {row.kind: bytes(row.data) for row in session.scalars(
                select(ProfileImage).where(ProfileImage.kind.in_(IMAGE_KINDS)))}
        return DocumentImages(logo=rows.get("logo"), signature=rows.get("signature"))

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


def _check_kind(kind: str) -> ImageKind:
    for known in IMAGE_KINDS:
        if kind == known:
            return known
    raise ValidationError("kind", Text(f"Jenis gambar '{kind}' tidak dikenal: logo atau signature.",
                                       f"Unknown kind of image '{kind}': logo or signature."))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_image_size(kind: str, size: int) -> None:
    """Refuse (``ValidationError(kind, ...)``, with the size and the limit) a file of ``size`` bytes as the logo
    or signature image: also what the UI asks before reading a large file."""
    if size > MAX_IMAGE_BYTES:
        what = _IMAGE_NAMES.get(kind, Text("Gambar", "Image"))
        raise ValidationError(kind, Text(
            f"{what.id} terlalu besar: {_megabytes(size).replace('.', ',')} MB, paling besar "
            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB. Perkecil gambarnya, lalu pilih lagi.",
            f"The {what.en.lower()} is too large: {_megabytes(size)} MB, at most "
            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB. Make the image smaller and choose it again."))


def _clean_image(kind: ImageKind, file_name: str, data: bytes) -> ProfileImageData:
    """``data`` checked (type by its first bytes, size, pixels) and stored upright, without metadata."""
    what = _IMAGE_NAMES[kind]
    name = file_name.strip() or what.en.lower()
    if not data:
        raise ValidationError(kind, Text(f"Berkas {name} kosong; pilih berkas gambar PNG atau JPEG.",
                                         f"The file {name} is empty; choose a PNG or JPEG image."))
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        media_type, pil_format = "image/png", "PNG"
    elif data.startswith(b"\xff\xd8\xff"):
        media_type, pil_format = "image/jpeg", "JPEG"
    else:
        raise ValidationError(kind, Text(f"Gambar harus PNG atau JPEG; {name} bukan keduanya.",
                                         f"The image must be PNG or JPEG; {name} is neither."))
    check_image_size(kind, len(data))
    from PIL import Image, ImageOps, UnidentifiedImageError

    unreadable = ValidationError(kind, Text(f"Gambar {name} rusak atau tidak dapat dibaca; pilih berkas lain.",
                                            f"The image {name} is damaged or cannot be read; choose another file."))
    try:
        with Image.open(io.BytesIO(data), formats=[pil_format]) as opened:
            width, height = opened.size
            if max(width, height) > MAX_IMAGE_SIDE:
                raise ValidationError(kind, Text(
                    f"{what.id} terlalu besar: {width} × {height} piksel, paling banyak {MAX_IMAGE_SIDE} piksel "
                    "per sisi. Perkecil gambarnya, lalu pilih lagi.",
                    f"The {what.en.lower()} is too large: {width} × {height} pixels, at most {MAX_IMAGE_SIDE} "
                    "pixels a side. Make the image smaller and choose it again."))
            opened.load()
            upright = ImageOps.exif_transpose(opened)
    except ValidationError:
        raise
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise unreadable from exc
    if width < 1 or height < 1:
        raise unreadable
    out = io.BytesIO()
    if pil_format == "PNG":
        if upright.mode not in ("RGB", "RGBA", "L", "LA"):
            has_alpha = "transparency" in upright.info or "A" in upright.mode
            upright = upright.convert("RGBA" if has_alpha else "RGB")
        upright.save(out, format="PNG")
    else:
        if upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGB")
        upright.save(out, format="JPEG", quality=95)
    return ProfileImageData(kind=kind, media_type=media_type, width=upright.width, height=upright.height,
                            data=out.getvalue())


def _to_view(row: PractitionerProfile) -> Profile:
    return Profile(**{f.name: getattr(row, f.name) for f in fields(Profile)})
