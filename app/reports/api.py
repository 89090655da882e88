"""One call per document for the desktop app and the CLI: fetch the data
(app.services.documents, app.services.exports), lay it out, write it.
Qt-free; the caller owns the session (one transaction per user action), as
everywhere.

Every function writes to `out` (a path or a binary file object) only after
the data was found: an unknown id raises NotFoundError and writes nothing.
A path is written through a temporary file, so a failure never leaves half
a PDF behind.

Each document's modules are imported by its own function: `caravane print
certificate` starts a process for one document, and must not load the
others' (charts, openpyxl, the QR code...).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from app.labels import Labels

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.services.documents import (
        ActivityReportData,
        AttendanceSheetData,
        BeneficiaryRecord,
        CertificateData,
    )

Out = Path | str | BinaryIO
# A unit of CLI/UI work inside one transaction, returning a short summary.
Job = Callable[["Session"], str]


def _atomic(out: Out, write: Callable[[Path | BinaryIO], object]) -> None:
    if not isinstance(out, Path | str):
        write(out)
        return
    target = Path(out)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=target.suffix)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def print_attendance_sheet(
    *, session: Session, session_id: str, lang: str, out: Out,
    blank_rows: int | None = None,
) -> AttendanceSheetData:
    """`blank_rows` for walk-ins: attendance_sheet.DEFAULT_BLANK_ROWS unless given."""
    from app.reports import attendance_sheet
    from app.services.documents.attendance_sheet import attendance_sheet_data

    data = attendance_sheet_data(session=session, session_id=session_id)
    rows = attendance_sheet.DEFAULT_BLANK_ROWS if blank_rows is None else blank_rows
    _atomic(out, lambda o: attendance_sheet.render(data, Labels(lang), o, blank_rows=rows))
    return data


def print_certificate(
    *,
    session: Session,
    beneficiary_id: str,
    lang: str,
    out: Out,
    today: dt.date,
    session_ids: Sequence[str] | None = None,
    module_codes: Sequence[str] | None = None,
    issued_by: str | None = None,
) -> Done[CertificateData]:
    """Issue (or re-print) the certificate and write it; issuing is recorded
    as support delivered, dated `today`, in the caller's transaction."""
    from app.reports import certificate
    from app.services.documents.certificate import issue_certificate

    done = issue_certificate(
        session=session, beneficiary_id=beneficiary_id, session_ids=session_ids,
        module_codes=module_codes, issued_on=today, issued_by=issued_by,
    )
    _atomic(out, lambda o: certificate.render(done.value, Labels(lang), o))
    return done


def print_activity_report(
    *,
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    lang: str,
    out: Out,
    team_id: str | None = None,
    programme_id: str | None = None,
) -> ActivityReportData:
    """The report of a period (and team), held against `programme_id`'s
    targets, or those of the programme running during the period."""
    from app.reports import activity_report
    from app.services.documents.activity_report import activity_report_data

    data = activity_report_data(
        session=session, date_from=date_from, date_to=date_to, team_id=team_id,
        programme_id=programme_id,
    )
    _atomic(out, lambda o: activity_report.render(data, Labels(lang), o))
    return data


def print_beneficiary_record(
    *, session: Session, beneficiary_id: str, lang: str, out: Out, as_json: bool = False
) -> BeneficiaryRecord:
    """The person's record as PDF, or as JSON with `as_json`."""
    from app.reports import beneficiary_record
    from app.services.documents.beneficiary_record import beneficiary_record_data

    record = beneficiary_record_data(session=session, beneficiary_id=beneficiary_id)
    if as_json:
        _atomic(out, lambda o: beneficiary_record.write_json(record, o))
    else:
        _atomic(out, lambda o: beneficiary_record.render(record, Labels(lang), o))
    return record


def export_for_officers(
    *,
    session: Session,
    kind: str,
    out: Path,
    lang: str = "fr",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    team_id: str | None = None,
    personal: bool = False,
    people: str | None = None,
    codes: bool = False,
    deidentified: bool = False,
    pseudonym_key: bytes | None = None,
    exported_at: dt.datetime | None = None,
) -> int:
    """beneficiaries / attendance / coaching / indicators to CSV or XLSX (by
    the file's extension), with labels or `codes`; returns the number of
    rows written.  `people` (beneficiaries): "reached" or "registered" in
    the period (app/services/exports/officers.py).  A `deidentified` export
    uses `pseudonym_key`, or this laptop's own key (made on first use)."""
    from app.reports.exports import officers as officer_exports
    from app.services.exports import officers as officer_data
    from app.services.exports import pseudonyms

    now = exported_at or dt.datetime.now()
    request = officer_data.ExportRequest(
        kind=kind, today=now.date(), date_from=date_from, date_to=date_to, team_id=team_id,
        people=people, personal=personal, deidentified=deidentified,
    )
    if deidentified and pseudonym_key is None:
        officer_data.check_request(request)  # refused before a key is made
        pseudonym_key = pseudonyms.laptop_key(session=session).value
    table = officer_data.export_table(
        session=session, request=request, pseudonym_key=pseudonym_key
    )
    export = officer_exports.OfficerExport(table, Labels(lang), exported_at=now, codes=codes)
    rows: list[int] = []

    def write(target: Path | BinaryIO) -> None:
        assert isinstance(target, Path)  # exports always go to a named file
        rows.append(officer_exports.write(export, target))

    _atomic(out, write)
    return rows[0]
