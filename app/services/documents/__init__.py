"""The data behind printed documents, one module per document, as frozen
rows; app/reports lays them out and every query lives here.

* `attendance_sheet` — the feuille de présence of a session (CIN masked).
* `certificate` — the attestation, its serial and its record as support.
* `activity_report` — the period's indicators and a page per commune.
* `beneficiary_record` — everything held about one person (law 09-08).
* `common` — what several of them share.

The officers' exports are in app/services/exports.  The names below are the
package's public API (`from app.services import documents`).  Each is
imported from its module on first use (PEP 562): `caravane print` makes one
document per process and loads only that document's module (the record's
pulls in the duplicate check, the report's the indicators).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.documents.activity_report import (
        ActivityReportData,
        CommuneVisit,
        ModuleActivity,
        activity_report_data,
    )
    from app.services.documents.attendance_sheet import (
        AttendanceSheetData,
        SheetParticipant,
        attendance_sheet_data,
        half_days,
        mask_cin,
        mask_phone,
    )
    from app.services.documents.beneficiary_record import (
        BeneficiaryRecord,
        beneficiary_record_data,
    )
    from app.services.documents.certificate import (
        CertificateData,
        CertificateModule,
        certificate_serial,
        issue_certificate,
        training_key,
        verification_url,
    )

# Public name -> the module that defines it.
_MODULES = {
    "ActivityReportData": "activity_report",
    "CommuneVisit": "activity_report",
    "ModuleActivity": "activity_report",
    "activity_report_data": "activity_report",
    "AttendanceSheetData": "attendance_sheet",
    "SheetParticipant": "attendance_sheet",
    "attendance_sheet_data": "attendance_sheet",
    "half_days": "attendance_sheet",
    "mask_cin": "attendance_sheet",
    "mask_phone": "attendance_sheet",
    "BeneficiaryRecord": "beneficiary_record",
    "beneficiary_record_data": "beneficiary_record",
    "CertificateData": "certificate",
    "CertificateModule": "certificate",
    "certificate_serial": "certificate",
    "issue_certificate": "certificate",
    "training_key": "certificate",
    "verification_url": "certificate",
}

__all__ = [
    "ActivityReportData",
    "AttendanceSheetData",
    "BeneficiaryRecord",
    "CertificateData",
    "CertificateModule",
    "CommuneVisit",
    "ModuleActivity",
    "SheetParticipant",
    "activity_report_data",
    "attendance_sheet_data",
    "beneficiary_record_data",
    "certificate_serial",
    "half_days",
    "issue_certificate",
    "mask_cin",
    "mask_phone",
    "training_key",
    "verification_url",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value
