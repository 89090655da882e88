"""The data behind printed documents, one module per document, as frozen
rows; app/reports lays them out and every query lives here.

* `attendance_sheet` — the feuille de présence of a session (CIN masked).
* `certificate` — the attestation, its serial and its record as support.
* `activity_report` — the period's indicators and a page per commune.
* `beneficiary_record` — everything held about one person (law 09-08).
* `common` — what several of them share.

The officers' exports are in app/services/exports.  The names below are the
package's public API (`from app.services import documents`).
"""

from __future__ import annotations

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
from app.services.documents.beneficiary_record import BeneficiaryRecord, beneficiary_record
from app.services.documents.certificate import (
    CertificateData,
    CertificateModule,
    certificate_serial,
    issue_certificate,
    training_key,
    verification_url,
)

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
    "beneficiary_record",
    "certificate_serial",
    "half_days",
    "issue_certificate",
    "mask_cin",
    "mask_phone",
    "training_key",
    "verification_url",
]
