"""Import of beneficiary lists (CSV or XLSX) kept by partners and trainers.

Headers are recognised in French, English and Arabic (case, accents and
harakat ignored); other headers can be mapped by the user.  Every row goes
through the registration rules of `app.services.beneficiaries`; a bad row is
reported with its line number and error codes and leaves nothing behind
(each row is written inside a savepoint).  People already in the database
(same CIN, else same phone, else the same name, birth date and commune) are
skipped as "already present", so importing the same file twice is harmless.

Consent: the source list is the consent record (method "source_list",
collected on the list, dated the day of the import) unless a consent column
says no, in which case the row is refused: no consent, no personal data.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import CaravaneError, FieldError, PossibleDuplicatesError, ValidationError
from app.models import Beneficiary, Commune
from app.models.enums import ConsentMethod
from app.models.search_text import normalize
from app.services import accounts
from app.services.beneficiaries import (
    BeneficiaryInput,
    ConsentInput,
    register_beneficiary,
)
from app.services.validation import normalize_cin, normalize_phone

NOTICE_VERSION = "2026-01"
DEFAULT_TEAM_NAME = "Équipe locale"
PREFERRED_REGION = "01"

# Fields a column can feed, with the headers that mean it (compared after
# `_key`: lower case, no accents/harakat, punctuation as spaces).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "last_name": (
        "nom", "nom de famille", "nom famille", "last name", "lastname", "surname",
        "family name", "النسب", "الاسم العائلي", "اسم العائلة",
    ),
    "first_name": (
        "prenom", "prenoms", "first name", "firstname", "given name", "الاسم", "الاسم الشخصي",
    ),
    "full_name": (
        "nom complet", "nom et prenom", "nom prenom", "nom et prenoms", "prenom et nom",
        "prenom nom", "full name", "name", "beneficiaire", "الاسم الكامل", "الاسم والنسب",
    ),
    "name_ar": (
        "nom arabe", "nom en arabe", "nom ar", "nom complet en arabe", "arabic name", "name ar",
        "name in arabic", "الاسم بالعربية", "الاسم الكامل بالعربية",
    ),
    "sex": ("sexe", "sex", "gender", "genre", "الجنس"),
    "birth_date": (
        "date de naissance", "date naissance", "ne le", "nee le", "ne e le", "birth date",
        "birthdate", "date of birth", "dob", "تاريخ الازدياد", "تاريخ الميلاد",
    ),
    "birth_year": ("annee de naissance", "birth year", "year of birth", "سنة الازدياد",
                   "سنة الميلاد"),
    "age": ("age", "العمر", "السن"),
    "phone": (
        "telephone", "tel", "gsm", "portable", "mobile", "phone", "phone number",
        "numero de telephone", "num tel", "n tel", "الهاتف", "رقم الهاتف",
    ),
    "cin": (
        "cin", "cnie", "n cin", "num cin", "numero cin", "n cnie", "carte nationale",
        "national id", "id number", "رقم البطاقة", "رقم البطاقة الوطنية", "البطاقة الوطنية",
    ),
    "commune": (
        "commune", "commune de residence", "municipality", "jamaa", "الجماعة",
        "الجماعة الترابية",
    ),
    "douar": ("douar", "adresse", "address", "quartier", "lieu de residence", "الدوار", "العنوان"),
    "education_level": (
        "niveau d etude", "niveau d etudes", "niveau etude", "niveau scolaire",
        "niveau d instruction", "niveau", "education", "education level", "المستوى الدراسي",
    ),
    "status": ("statut", "status", "situation", "الوضعية", "الصفة"),
    "sector": ("secteur", "secteur d activite", "sector", "activite", "القطاع", "النشاط"),
    "project_stage": ("stade", "stade du projet", "stage", "project stage", "مرحلة المشروع"),
    "prior_support": (
        "appui anterieur", "appuis anterieurs", "prior support", "programme anterieur",
        "دعم سابق",
    ),
    "notes": ("notes", "remarques", "observations", "commentaire", "ملاحظات"),
    "consent": ("consentement", "consent", "accord", "الموافقة"),
}
FIELDS = tuple(HEADER_ALIASES) + ("ignore",)

# Cell values, by field (compared after `_key`).
SEX_VALUES = {
    "F": ("f", "femme", "feminin", "female", "woman", "w", "انثي", "امراه", "ا"),
    "M": ("m", "h", "homme", "masculin", "male", "man", "ذكر", "رجل", "ذ"),
}
YES = ("oui", "yes", "o", "y", "1", "x", "true", "vrai", "نعم", "موافق", "ok")
NO = ("non", "no", "n", "0", "false", "faux", "لا", "غير موافق", "refus", "refuse")
EDUCATION_VALUES = {
    "none": ("aucun", "aucune", "sans", "neant", "analphabete", "none", "no schooling",
             "بدون", "امي"),
    "primary": ("primaire", "primary", "ecole primaire", "ابتدائي"),
    "middle": ("college", "collegial", "moyen", "middle", "secondaire collegial", "اعدادي"),
    "secondary": ("lycee", "secondaire", "secondary", "bac", "baccalaureat", "qualifiant",
                  "secondaire qualifiant", "high school", "ثانوي", "باكالوريا"),
    "vocational": ("formation professionnelle", "professionnel", "vocational", "ofppt",
                   "technicien", "تكوين مهني"),
    "higher": ("superieur", "universitaire", "universite", "licence", "master", "doctorat",
               "bac 2", "bac 3", "bac 5", "higher", "university", "جامعي", "عالي"),
}
STATUS_VALUES = {
    "idea": ("porteur de projet", "porteuse de projet", "porteur", "idee", "projet", "idea",
             "project holder", "حامل مشروع", "صاحب فكرة"),
    "auto_entrepreneur": ("auto entrepreneur", "autoentrepreneur", "ae",
                          "auto entrepreneuse", "self employed", "مقاول ذاتي"),
    "tpe": ("tpe", "tres petite entreprise", "entreprise", "micro entreprise",
            "very small business", "مقاولة صغيرة جدا", "مقاولة"),
    "cooperative": ("cooperative", "membre de cooperative", "cooperative member", "تعاونية"),
    "association": ("association", "جمعية"),
    "informal": ("informel", "informelle", "activite informelle", "informal", "غير مهيكل"),
}
SECTOR_VALUES = {
    "agriculture": ("agriculture", "agricole", "elevage", "apiculture", "فلاحة"),
    "agrifood": ("agroalimentaire", "agro alimentaire", "agrifood", "produits du terroir",
                 "transformation", "صناعة غذائية"),
    "crafts": ("artisanat", "crafts", "handicraft", "صناعة تقليدية"),
    "trade": ("commerce", "trade", "retail", "تجارة"),
    "services": ("services", "service", "خدمات"),
    "tourism": ("tourisme", "tourism", "سياحة"),
    "construction": ("btp", "batiment", "construction", "بناء"),
    "textile": ("textile", "couture", "confection", "نسيج", "خياطة"),
    "fishing": ("peche", "fishing", "صيد"),
    "digital": ("numerique", "digital", "informatique", "it", "رقمي"),
    "transport": ("transport", "logistique", "نقل"),
    "other": ("autre", "autres", "other", "اخر"),
}
STAGE_VALUES = {
    "idea": ("idee", "idea", "فكرة"),
    "pre_creation": ("pre creation", "precreation", "pre creation", "en creation",
                     "before creation", "ما قبل الاحداث"),
    "creation": ("creation", "cree", "creee", "lancement", "created", "احداث"),
    "post_creation": ("post creation", "postcreation", "developpement", "after creation",
                      "ما بعد الاحداث"),
}
PRIOR_SUPPORT_VALUES = {
    "indh": ("indh",),
    "intelaka": ("intelaka", "انطلاقة"),
    "forsa": ("forsa", "فرصة"),
    "anapec": ("anapec", "انابيك"),
    "other": ("autre", "other", "اخر"),
}


@dataclass(frozen=True)
class ImportRow:
    """One row's outcome: "imported", "present" (already in the database)
    or "refused" (with its errors)."""

    line: int
    outcome: str
    name: str
    beneficiary_id: str | None = None
    errors: tuple[FieldError, ...] = ()
    warnings: tuple[FieldError, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    file: str
    columns: dict[str, str]  # header as written -> field
    ignored_columns: tuple[str, ...]
    rows: tuple[ImportRow, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def imported(self) -> int:
        return self.count("imported")

    @property
    def present(self) -> int:
        return self.count("present")

    @property
    def refused(self) -> int:
        return self.count("refused")


@dataclass
class Sheet:
    """A read file: headers and (line number, cells) for each non-blank row."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)


class UnreadableFileError(CaravaneError):
    """The file cannot be read as a table ("unreadable_file", "no_name_column",
    "empty_file", "unknown_field")."""

    code = "unreadable_file"

    def __init__(self, code: str = "unreadable_file", **params: Any) -> None:
        super().__init__(code, params)


class ImportCancelled(CaravaneError):
    """The user stopped the import; the caller rolls its transaction back."""

    code = "import_cancelled"


def _key(text: Any) -> str:
    """Headers and labels compared without case, accents, harakat, punctuation."""
    words = re.split(r"[^0-9a-z\u0600-\u06ff]+", normalize(str(text)))
    return " ".join(w for w in words if w)


def _lookup(table: Mapping[str, Sequence[str]]) -> dict[str, str]:
    return {_key(alias): code for code, aliases in table.items() for alias in aliases}


_HEADERS = _lookup(HEADER_ALIASES)
_SEX = _lookup(SEX_VALUES)
_EDUCATION = _lookup(EDUCATION_VALUES)
_STATUS = _lookup(STATUS_VALUES)
_SECTOR = _lookup(SECTOR_VALUES)
_STAGE = _lookup(STAGE_VALUES)
_PRIOR = _lookup(PRIOR_SUPPORT_VALUES)
_YES = {_key(v) for v in YES}
_NO = {_key(v) for v in NO}


# -- reading files ----------------------------------------------------------


def read_sheet(path: Path) -> Sheet:
    """A CSV (UTF-8, UTF-16 or a Windows code page; ; , or tab, sniffed) or
    XLSX file."""
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        return _read_csv(path.read_bytes())
    except UnreadableFileError:
        raise
    except Exception as exc:  # any parser failure means the same to the user
        raise UnreadableFileError("unreadable_file", detail=str(exc)) from exc


# Windows saves a CSV in the machine's ANSI code page: cp1256 on an Arabic
# Windows, cp1252 on a French one.  Neither file says which.
_LEGACY_ENCODINGS = ("cp1256", "cp1252")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),  # Excel's "Unicode text": tab-separated UTF-16LE
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORD = re.compile(r"[^\W\d_]+")


def _decode(data: bytes) -> str:
    """The file's text: by its BOM, else UTF-8 when it is valid UTF-8, else
    the Windows code page that reads it most plausibly."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data[:4096]:
        raise UnreadableFileError("unreadable_file")  # binary, not text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # charset-normalizer ranks the code pages (least garbled first); on a
    # short list with a few Arabic words it can still prefer cp1252, so a
    # reading that makes impossible words is ranked after one that does not.
    ranked = [match.encoding for match in from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS))]
    readings: list[tuple[int, int, str]] = []
    for rank, encoding in enumerate([*ranked, *_LEGACY_ENCODINGS]):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_impossible_words(text), rank, text))
    if not readings:
        raise UnreadableFileError("unreadable_file")
    return min(readings)[2]


def _impossible_words(text: str) -> int:
    """Words no list holds: Arabic and Latin letters in one word (cp1252
    French read as cp1256: "ةCOLE"), or a word of two or more accented Latin
    letters and no plain one (Arabic read as cp1252: "Úáí" for علي)."""
    count = 0
    for word in _WORD.findall(text):
        arabic = sum(1 for c in word if "\u0600" <= c <= "\u06ff")
        ascii_letters = sum(1 for c in word if c.isascii())
        if arabic and arabic < len(word):
            count += 1
        elif not arabic and not ascii_letters and len(word) >= 2:
            count += 1
    return count


def _read_csv(data: bytes) -> Sheet:
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(first_line, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    sheet: Sheet | None = None
    start = 1
    for cells in reader:
        if sheet is None:
            sheet = Sheet(headers=[c.strip() for c in cells])
        elif any(c.strip() for c in cells):
            sheet.rows.append((start, cells))
        start = reader.line_num + 1
    if sheet is None:
        raise UnreadableFileError("empty_file")
    return sheet


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = workbook.active or workbook.worksheets[0]
        sheet: Sheet | None = None
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if sheet is None:
                if not any(c is not None and str(c).strip() for c in cells):
                    continue  # blank lines above the header
                sheet = Sheet(headers=["" if c is None else str(c).strip() for c in cells])
            elif any(c is not None and str(c).strip() for c in cells):
                sheet.rows.append((number, cells))
    finally:
        workbook.close()
    if sheet is None:
        raise UnreadableFileError("empty_file")
    return sheet


# -- columns ------------------------------------------------------------------


def map_columns(headers: Sequence[str], extra: Mapping[str, str] | None = None) -> dict[int, str]:
    """{column index: field}.  `extra` maps a header (as written, any case or
    accents) to a field and wins over recognition; field "ignore" drops a
    column.  Raises UnreadableFileError("unknown_field") for a bad --map and
    ("no_name_column") when no column holds a name."""
    wanted: dict[str, str] = {}
    for header, wanted_field in (extra or {}).items():
        if wanted_field not in FIELDS:
            raise UnreadableFileError(
                "unknown_field", field=wanted_field, fields=", ".join(FIELDS)
            )
        wanted[_key(header)] = wanted_field
    result: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = _key(header)
        target = wanted.get(key) or _HEADERS.get(key)
        if target is None or target == "ignore" or target in taken:
            continue
        result[index] = target
        taken.add(target)
    fields = set(result.values())
    if "last_name" in fields and "first_name" not in fields and "full_name" not in fields:
        # A lone "Nom" column holds the whole name.
        index = next(i for i, f in result.items() if f == "last_name")
        result[index] = "full_name"
        fields = set(result.values())
    if not fields & {"last_name", "first_name", "full_name"}:
        raise UnreadableFileError("no_name_column")
    return result


# -- cell values ---------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def split_full_name(full: str) -> tuple[str, str]:
    """(first, last): words in capitals are the family name (EL IDRISSI
    Fatima-Zahra), otherwise the first word is the first name."""
    words = full.split()
    if len(words) < 2:
        return full, ""
    upper = [w for w in words if w.isupper() and len(w) > 1]
    if upper and len(upper) < len(words):
        first = " ".join(w for w in words if not (w.isupper() and len(w) > 1))
        last = " ".join(upper)
        return first, last.title()
    return words[0], " ".join(words[1:])


EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: Any, today: dt.date) -> dt.date | int | None:
    """A date from dd/mm/yyyy, yyyy-mm-dd, an Excel date or serial number;
    a bare year comes back as an int.  Raises ValueError when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if 1900 <= number <= today.year:
            return number
        if 1000 < number < 100000:
            return EXCEL_EPOCH + dt.timedelta(days=number)
        raise ValueError(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    if re.fullmatch(r"\d{4,5}(\.0)?", text):
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if year < 100:  # two-digit years of birth: never in the future
            year += 2000 if 2000 + year <= today.year else 1900
        return dt.date(year, month, day)
    raise ValueError(value)


def _choice(
    field_name: str, value: Any, table: Mapping[str, str], errors: list[FieldError]
) -> str | None:
    text = _text(value)
    if not text:
        return None
    key = _key(text)
    if key.replace(" ", "_") in table.values():
        return key.replace(" ", "_")  # already a code
    code = table.get(key) or table.get(key.replace(" ", ""))
    if code is None:
        # "2ème année collège", "Commerce de détail": one known word decides,
        # when all the known words agree.
        found = {table[w] for w in key.split() if w in table}
        code = found.pop() if len(found) == 1 else None
    if code is None:
        errors.append(FieldError(field_name, "invalid_choice", {"value": text}))
    return code


def _commune_index(session: Session) -> dict[str, str]:
    """Normalised French or Arabic name (and the code) -> commune code,
    communes of the home region winning over namesakes elsewhere."""
    index: dict[str, str] = {}
    rows = session.execute(
        select(Commune.code, Commune.name_fr, Commune.name_ar, Commune.region_code)
    ).all()
    # Other regions first, so the home region overwrites them.
    for code, name_fr, name_ar, _region in sorted(rows, key=lambda r: r[3] == PREFERRED_REGION):
        for name in (name_fr, name_ar):
            if name:
                index[_key(name)] = code
                index[_key(name).replace(" ", "")] = code
        index[code.lower()] = code
    return index


@dataclass
class _Parsed:
    data: BeneficiaryInput | None
    name: str
    consent_refused: bool
    errors: list[FieldError]


def _parse_row(
    cells: Sequence[Any], columns: Mapping[int, str], communes: Mapping[str, str], today: dt.date
) -> _Parsed:
    raw: dict[str, Any] = {}
    for index, target in columns.items():
        raw[target] = cells[index] if index < len(cells) else None
    errors: list[FieldError] = []
    first = _text(raw.get("first_name"))
    last = _text(raw.get("last_name"))
    full = _text(raw.get("full_name"))
    if full and not (first or last):
        first, last = split_full_name(full)
    name = " ".join(p for p in (first, last) if p) or full
    sex_text = _text(raw.get("sex"))
    sex = _SEX.get(_key(sex_text), "") if sex_text else ""
    if sex_text and not sex:
        errors.append(FieldError("sex", "invalid_choice", {"value": sex_text}))
    birth_date: dt.date | None = None
    birth_year: int | None = None
    for key in ("birth_date", "birth_year"):
        try:
            parsed = parse_date(raw.get(key), today)
        except (ValueError, OverflowError):
            errors.append(FieldError(key, "invalid_date", {"value": _text(raw.get(key))}))
            continue
        if isinstance(parsed, dt.date):
            birth_date = parsed
        elif isinstance(parsed, int):
            birth_year = parsed
    age_text = _text(raw.get("age"))
    if age_text and birth_date is None and birth_year is None:
        if age_text.isdigit() and 10 <= int(age_text) <= 100:
            birth_year = today.year - int(age_text)
        else:
            errors.append(FieldError("birth_year", "invalid_number", {"value": age_text}))
    commune_text = _text(raw.get("commune"))
    commune_code: str | None = None
    if commune_text:
        key = _key(commune_text)
        commune_code = communes.get(key) or communes.get(key.replace(" ", ""))
        if commune_code is None:
            errors.append(FieldError("commune_code", "unknown_commune", {"value": commune_text}))
    phone = _text(raw.get("phone"))
    if re.fullmatch(r"[67]\d{8}", phone):
        phone = "0" + phone  # a spreadsheet dropped the leading zero
    prior: list[str] = []
    for part in re.split(r"[,;/+]", _text(raw.get("prior_support"))):
        if part.strip():
            code = _choice("prior_support", part, _PRIOR, errors)
            if code:
                prior.append(code)
    consent_text = _text(raw.get("consent"))
    consent_refused = bool(consent_text) and _key(consent_text) in _NO
    if consent_text and not consent_refused and _key(consent_text) not in _YES:
        errors.append(FieldError("consent", "invalid_choice", {"value": consent_text}))
    data = BeneficiaryInput(
        first_name=first,
        last_name=last,
        sex=sex,
        name_ar=_text(raw.get("name_ar")) or None,
        birth_date=birth_date,
        birth_year=birth_year,
        cin=_text(raw.get("cin")) or None,
        phone=phone or None,
        commune_code=commune_code,
        douar=_text(raw.get("douar")) or None,
        education_level=_choice("education_level", raw.get("education_level"), _EDUCATION,
                                errors),
        status=_choice("status", raw.get("status"), _STATUS, errors),
        sector=_choice("sector", raw.get("sector"), _SECTOR, errors),
        project_stage=_choice("project_stage", raw.get("project_stage"), _STAGE, errors),
        prior_support=tuple(prior),
        notes=_text(raw.get("notes")) or None,
    )
    return _Parsed(data=data, name=name, consent_refused=consent_refused, errors=errors)


# -- matching people already registered ---------------------------------------------


def _same_name(row: Beneficiary, data: BeneficiaryInput) -> bool:
    return (
        normalize(row.first_name).strip() == normalize(data.first_name).strip()
        and normalize(row.last_name).strip() == normalize(data.last_name).strip()
    )


def find_present(session: Session, data: BeneficiaryInput) -> str | None:
    """The id of the person already registered: same CIN, else same phone,
    else same normalised name, birth date (or year) and commune."""
    live = Beneficiary.deleted.is_(False)
    if data.cin:
        try:
            cin, _ = normalize_cin(data.cin)
        except ValidationError:
            cin = None
        if cin:
            found = session.scalar(select(Beneficiary.id).where(live, Beneficiary.cin == cin))
            if found:
                return found
    if data.phone:
        try:
            phone: str | None = normalize_phone(data.phone)
        except ValidationError:
            phone = None
        if phone:
            found = session.scalar(
                select(Beneficiary.id).where(live, Beneficiary.phone == phone)
            )
            if found:
                return found
    query = select(Beneficiary).where(live, Beneficiary.commune_code == data.commune_code)
    if data.birth_date is not None:
        query = query.where(Beneficiary.birth_date == data.birth_date)
    elif data.birth_year is not None:
        query = query.where(
            or_(Beneficiary.birth_year == data.birth_year, Beneficiary.birth_date.is_(None))
        )
    else:
        query = query.where(Beneficiary.birth_date.is_(None), Beneficiary.birth_year.is_(None))
    for row in session.scalars(query):
        if _same_name(row, data):
            return row.id
    return None


# -- the import ------------------------------------------------------------------------


def import_team_id(*, session: Session) -> str:
    """The laptop's team, or a default local team created for the import."""
    team = accounts.local_team(session=session)
    if team is not None:
        return team.id
    created = accounts.create_team(session=session, name=DEFAULT_TEAM_NAME)
    accounts.set_local_team(session=session, team_id=created.id)
    return created.id


def import_beneficiaries(
    *,
    session: Session,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    collected_by: str | None = None,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Done[ImportReport]:
    """Import the rows of a CSV/XLSX list in the caller's transaction (a
    dry run is the caller rolling back).  Raises UnreadableFileError when
    the file is not a readable table with a name column, ImportCancelled
    when `is_cancelled()` turns true (the caller rolls back: nothing kept).
    `progress(done, total)` is called after each row."""
    on = today or dt.date.today()
    sheet = read_sheet(path)
    columns = map_columns(sheet.headers, mapping)
    communes = _commune_index(session)
    had_team = accounts.local_team_id(session=session) is not None
    team_id = import_team_id(session=session)
    consent = ConsentInput(
        notice_version=NOTICE_VERSION,
        given_on=on,
        collected_by=(collected_by or "").strip() or f"Liste source {path.name}",
        method=ConsentMethod.SOURCE_LIST.value,
    )
    results: list[ImportRow] = []
    for line, cells in sheet.rows:
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
        results.append(_import_row(session, line, cells, columns, communes, consent, team_id, on))
        if progress is not None:
            progress(len(results), len(sheet.rows))
    mapped = {sheet.headers[i]: f for i, f in sorted(columns.items())}
    ignored = tuple(h for i, h in enumerate(sheet.headers) if i not in columns and h)
    report = ImportReport(path.name, mapped, ignored, tuple(results))
    changes = Changes.of(Topic.BENEFICIARY) if report.imported else NOTHING
    if not had_team:
        changes |= Changes.of(Topic.USER)
    return Done(report, changes)


def _import_row(
    session: Session,
    line: int,
    cells: Sequence[Any],
    columns: Mapping[int, str],
    communes: Mapping[str, str],
    consent: ConsentInput,
    team_id: str,
    today: dt.date,
) -> ImportRow:
    parsed = _parse_row(cells, columns, communes, today)
    if parsed.consent_refused:
        return ImportRow(line, "refused", parsed.name,
                         errors=(FieldError("consent", "consent_refused"),))
    if parsed.errors or parsed.data is None:
        return ImportRow(line, "refused", parsed.name, errors=tuple(parsed.errors))
    data = parsed.data
    present = find_present(session, data)
    if present is not None:
        return ImportRow(line, "present", parsed.name, beneficiary_id=present)
    warnings: list[FieldError] = []
    savepoint = session.begin_nested()  # a refused row leaves nothing behind
    try:
        try:
            result = register_beneficiary(
                session=session, data=data, consent=consent, team_id=team_id, today=today
            ).value
        except PossibleDuplicatesError as exc:
            # Close names only (same CIN/phone were matched above): import,
            # and let the coordinator review the pair.
            ids = [getattr(c, "row", None) for c in exc.candidates]
            warnings.append(FieldError(
                "name", "possible_duplicate",
                {"ids": [r.id for r in ids if r is not None], "count": len(exc.candidates)},
            ))
            result = register_beneficiary(
                session=session, data=data, consent=consent, team_id=team_id, today=today,
                confirm_not_duplicate=True,
            ).value
        savepoint.commit()
    except ValidationError as exc:
        savepoint.rollback()
        return ImportRow(line, "refused", parsed.name, errors=tuple(exc.errors))
    except BaseException:
        savepoint.rollback()
        raise
    warnings.extend(result.warnings)
    return ImportRow(line, "imported", parsed.name, beneficiary_id=result.beneficiary.id,
                     warnings=tuple(warnings))


