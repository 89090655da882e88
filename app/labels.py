"""Labels of printed documents and of enumeration codes, Qt-free.

French source strings are marked with `QT_TRANSLATE_NOOP(context, text)` so
that `pyside6-lupdate app/labels.py` extracts them into
`app/resources/i18n/labels_<lang>.ts`: the very catalogues the interface
installs as translators.  Documents and the CLI read the same `.ts` files
(`app.catalogues`), so paper and screen say the same words.

Contexts: "Codes" for enumeration codes, "Report" for document text.
Placeholders are named (`{page}`) and filled after translation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from app.catalogues import read_catalogue
from app.rules import hours as hours_rule

LANGUAGES = ("fr", "ar", "en")
RTL_LANGUAGES = frozenset({"ar"})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for extraction; translation happens at use."""
    return text


# Enumeration codes (app/models/enums.py), by kind.
CODES: dict[str, dict[str, str]] = {
    "sex": {
        "F": QT_TRANSLATE_NOOP("Codes", "Femme"),
        "M": QT_TRANSLATE_NOOP("Codes", "Homme"),
    },
    "age_band": {
        "under_18": QT_TRANSLATE_NOOP("Codes", "Moins de 18 ans"),
        "18_35": QT_TRANSLATE_NOOP("Codes", "18-35 ans"),
        "36_45": QT_TRANSLATE_NOOP("Codes", "36-45 ans"),
        "over_45": QT_TRANSLATE_NOOP("Codes", "Plus de 45 ans"),
        "unknown": QT_TRANSLATE_NOOP("Codes", "Âge inconnu"),
    },
    "education_level": {
        "none": QT_TRANSLATE_NOOP("Codes", "Sans instruction"),
        "primary": QT_TRANSLATE_NOOP("Codes", "Primaire"),
        "middle": QT_TRANSLATE_NOOP("Codes", "Collège"),
        "secondary": QT_TRANSLATE_NOOP("Codes", "Lycée"),
        "vocational": QT_TRANSLATE_NOOP("Codes", "Formation professionnelle"),
        "higher": QT_TRANSLATE_NOOP("Codes", "Supérieur"),
    },
    "status": {
        "idea": QT_TRANSLATE_NOOP("Codes", "Porteur de projet"),
        "auto_entrepreneur": QT_TRANSLATE_NOOP("Codes", "Auto-entrepreneur"),
        "tpe": QT_TRANSLATE_NOOP("Codes", "TPE"),
        "cooperative": QT_TRANSLATE_NOOP("Codes", "Coopérative"),
        "association": QT_TRANSLATE_NOOP("Codes", "Association"),
        "informal": QT_TRANSLATE_NOOP("Codes", "Activité informelle"),
    },
    "project_stage": {
        "idea": QT_TRANSLATE_NOOP("Codes", "Idée"),
        "pre_creation": QT_TRANSLATE_NOOP("Codes", "Pré-création"),
        "creation": QT_TRANSLATE_NOOP("Codes", "Création"),
        "post_creation": QT_TRANSLATE_NOOP("Codes", "Post-création"),
    },
    "prior_support": {
        "indh": QT_TRANSLATE_NOOP("Codes", "INDH"),
        "intelaka": QT_TRANSLATE_NOOP("Codes", "Intelaka"),
        "forsa": QT_TRANSLATE_NOOP("Codes", "Forsa"),
        "anapec": QT_TRANSLATE_NOOP("Codes", "ANAPEC"),
        "other": QT_TRANSLATE_NOOP("Codes", "Autre"),
    },
    "sector": {
        "agriculture": QT_TRANSLATE_NOOP("Codes", "Agriculture"),
        "agrifood": QT_TRANSLATE_NOOP("Codes", "Agroalimentaire"),
        "crafts": QT_TRANSLATE_NOOP("Codes", "Artisanat"),
        "trade": QT_TRANSLATE_NOOP("Codes", "Commerce"),
        "services": QT_TRANSLATE_NOOP("Codes", "Services"),
        "tourism": QT_TRANSLATE_NOOP("Codes", "Tourisme"),
        "construction": QT_TRANSLATE_NOOP("Codes", "BTP"),
        "textile": QT_TRANSLATE_NOOP("Codes", "Textile"),
        "fishing": QT_TRANSLATE_NOOP("Codes", "Pêche"),
        "digital": QT_TRANSLATE_NOOP("Codes", "Numérique"),
        "transport": QT_TRANSLATE_NOOP("Codes", "Transport"),
        "other": QT_TRANSLATE_NOOP("Codes", "Autre"),
    },
    "legal_form": {
        "ae": QT_TRANSLATE_NOOP("Codes", "Auto-entrepreneur"),
        "tpe": QT_TRANSLATE_NOOP("Codes", "TPE"),
        "cooperative": QT_TRANSLATE_NOOP("Codes", "Coopérative"),
        "association": QT_TRANSLATE_NOOP("Codes", "Association"),
        "gie": QT_TRANSLATE_NOOP("Codes", "GIE"),
        "informal": QT_TRANSLATE_NOOP("Codes", "Informel"),
    },
    "role": {
        "trainer": QT_TRANSLATE_NOOP("Codes", "Formateur"),
        "coordinator": QT_TRANSLATE_NOOP("Codes", "Coordinateur"),
    },
    "session_status": {
        "planned": QT_TRANSLATE_NOOP("Codes", "Prévue"),
        "held": QT_TRANSLATE_NOOP("Codes", "Tenue"),
        "cancelled": QT_TRANSLATE_NOOP("Codes", "Annulée"),
    },
    "attendance_status": {
        "present": QT_TRANSLATE_NOOP("Codes", "Présent"),
        "absent": QT_TRANSLATE_NOOP("Codes", "Absent"),
        "excused": QT_TRANSLATE_NOOP("Codes", "Excusé"),
    },
    "consent_method": {
        "paper": QT_TRANSLATE_NOOP("Codes", "Formulaire papier"),
        "oral": QT_TRANSLATE_NOOP("Codes", "Oral"),
        "digital": QT_TRANSLATE_NOOP("Codes", "Numérique"),
        "source_list": QT_TRANSLATE_NOOP("Codes", "Liste d'un partenaire"),
    },
    "support_kind": {
        "equipment": QT_TRANSLATE_NOOP("Codes", "Équipement"),
        "referral": QT_TRANSLATE_NOOP("Codes", "Orientation vers un financement"),
        "certificate": QT_TRANSLATE_NOOP("Codes", "Attestation"),
        "other": QT_TRANSLATE_NOOP("Codes", "Autre"),
    },
    "application_status": {
        "received": QT_TRANSLATE_NOOP("Codes", "Reçue"),
        "shortlisted": QT_TRANSLATE_NOOP("Codes", "Présélectionnée"),
        "selected": QT_TRANSLATE_NOOP("Codes", "Retenue"),
        "rejected": QT_TRANSLATE_NOOP("Codes", "Non retenue"),
    },
    "commune_type": {
        "urban": QT_TRANSLATE_NOOP("Codes", "Urbain"),
        "rural": QT_TRANSLATE_NOOP("Codes", "Rural"),
    },
    "yes_no": {
        "yes": QT_TRANSLATE_NOOP("Codes", "Oui"),
        "no": QT_TRANSLATE_NOOP("Codes", "Non"),
    },
    # Themes of the training modules, which coaching topics reuse.
    "theme": {
        "auto_entrepreneur": QT_TRANSLATE_NOOP("Codes", "Statut de l'auto-entrepreneur"),
        "formalisation": QT_TRANSLATE_NOOP("Codes", "Formalisation de l'activité"),
        "business_plan": QT_TRANSLATE_NOOP("Codes", "Plan d'affaires"),
        "financial_management": QT_TRANSLATE_NOOP("Codes", "Gestion financière"),
        "pricing_marketing": QT_TRANSLATE_NOOP("Codes", "Prix et commercialisation"),
        "financing": QT_TRANSLATE_NOOP("Codes", "Financement"),
        "cooperative_governance": QT_TRANSLATE_NOOP("Codes", "Gouvernance des coopératives"),
        "digital": QT_TRANSLATE_NOOP("Codes", "Outils numériques"),
        "quality": QT_TRANSLATE_NOOP("Codes", "Qualité et normes"),
        "communication": QT_TRANSLATE_NOOP("Codes", "Communication commerciale"),
        "public_procurement": QT_TRANSLATE_NOOP("Codes", "Marchés publics"),
    },
}

# The feminine of the labels that agree with the person they describe, for a
# woman (sex "F"): a woman is "Présente", "Formatrice", "Porteuse de projet".
FEMININE: dict[str, dict[str, str]] = {
    "role": {
        "trainer": QT_TRANSLATE_NOOP("Codes", "Formatrice"),
        "coordinator": QT_TRANSLATE_NOOP("Codes", "Coordinatrice"),
    },
    "attendance_status": {
        "present": QT_TRANSLATE_NOOP("Codes", "Présente"),
        "absent": QT_TRANSLATE_NOOP("Codes", "Absente"),
        "excused": QT_TRANSLATE_NOOP("Codes", "Excusée"),
    },
    "status": {
        "idea": QT_TRANSLATE_NOOP("Codes", "Porteuse de projet"),
        "auto_entrepreneur": QT_TRANSLATE_NOOP("Codes", "Auto-entrepreneuse"),
    },
}


class DocText:
    """Text of printed documents and exports (context "Report")."""

    # Issuing bodies and programme, printed on every document.
    CCIS = QT_TRANSLATE_NOOP(
        "Report", "Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceima"
    )
    REGION = QT_TRANSLATE_NOOP("Report", "Région Tanger-Tétouan-Al Hoceima")
    PROGRAMME = QT_TRANSLATE_NOOP("Report", "Maison des TPE itinérante")
    PARTNERS = QT_TRANSLATE_NOOP("Report", "Partenaires : Région Tanger-Tétouan-Al Hoceima, INDH")
    PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page {page} / {pages}")
    PRINTED_ON = QT_TRANSLATE_NOOP("Report", "Imprimé le {date}")

    # Attendance sheet.
    ATTENDANCE_SHEET = QT_TRANSLATE_NOOP("Report", "Feuille de présence")
    MODULE = QT_TRANSLATE_NOOP("Report", "Module")
    DATE = QT_TRANSLATE_NOOP("Report", "Date")
    TIMES = QT_TRANSLATE_NOOP("Report", "Horaires")
    TIME_RANGE = QT_TRANSLATE_NOOP("Report", "{start} - {end}")
    BREAK_RANGE = QT_TRANSLATE_NOOP("Report", "pause {start} - {end}")
    COMMUNE = QT_TRANSLATE_NOOP("Report", "Commune")
    PLACE = QT_TRANSLATE_NOOP("Report", "Lieu")
    TRAINER = QT_TRANSLATE_NOOP("Report", "Formateur")
    NUMBER = QT_TRANSLATE_NOOP("Report", "N°")
    NAME = QT_TRANSLATE_NOOP("Report", "Nom et prénom")
    NAME_AR = QT_TRANSLATE_NOOP("Report", "Nom en arabe")
    SEX = QT_TRANSLATE_NOOP("Report", "Sexe")
    AGE_BAND = QT_TRANSLATE_NOOP("Report", "Tranche d'âge")
    CIN = QT_TRANSLATE_NOOP("Report", "CIN")
    PHONE = QT_TRANSLATE_NOOP("Report", "Téléphone")
    SIGNATURE = QT_TRANSLATE_NOOP("Report", "Signature")
    MORNING = QT_TRANSLATE_NOOP("Report", "Matin")
    AFTERNOON = QT_TRANSLATE_NOOP("Report", "Après-midi")
    WALK_INS = QT_TRANSLATE_NOOP("Report", "Participants non inscrits")
    TOTALS_BY_SEX = QT_TRANSLATE_NOOP(
        "Report", "Inscrits : {total} (femmes : {women}, hommes : {men})"
    )
    PRESENT_TOTALS = QT_TRANSLATE_NOOP(
        "Report",
        "Présents : {total} (femmes : {women}, hommes : {men}) ; "
        "non inscrits présents : ______",
    )
    TRAINER_SIGNATURE = QT_TRANSLATE_NOOP("Report", "Nom et signature du formateur")
    CANCELLED_SESSION = QT_TRANSLATE_NOOP("Report", "SÉANCE ANNULÉE")
    SHEET_NOTE = QT_TRANSLATE_NOOP(
        "Report",
        "Données personnelles collectées avec le consentement des participants (loi 09-08).",
    )

    # Certificate.
    CERTIFICATE = QT_TRANSLATE_NOOP("Report", "Attestation de participation")
    CERTIFICATE_INTRO = QT_TRANSLATE_NOOP(
        "Report", "La Chambre de Commerce, d'Industrie et de Services atteste que"
    )
    CERTIFICATE_BODY = QT_TRANSLATE_NOOP("Report", "a participé à la formation")
    CERTIFICATE_PERIOD = QT_TRANSLATE_NOOP("Report", "du {start} au {end}")
    CERTIFICATE_DAY = QT_TRANSLATE_NOOP("Report", "le {date}")
    CERTIFICATE_HOURS = QT_TRANSLATE_NOOP("Report", "soit {hours} de formation")
    CERTIFICATE_PLACE = QT_TRANSLATE_NOOP("Report", "à {place}")
    TRAINING_CYCLE = QT_TRANSLATE_NOOP("Report", "Cycle de formation de la maison des TPE")
    MODULES_FOLLOWED = QT_TRANSLATE_NOOP("Report", "Modules suivis")
    ISSUED_AT_ON = QT_TRANSLATE_NOOP("Report", "Fait à {place}, le {date}")
    SIGNATORY = QT_TRANSLATE_NOOP("Report", "Le Directeur régional de la CCIS")
    SERIAL = QT_TRANSLATE_NOOP("Report", "N° de série : {serial}")
    SERIAL_NUMBER = QT_TRANSLATE_NOOP("Report", "N° de série")
    VERIFY_HINT = QT_TRANSLATE_NOOP(
        "Report", "Vérifiez l'authenticité en scannant le code QR ou sur {url}"
    )
    # Printed before the laptop joined the CCIS server: no web address to
    # put in a QR code, so the paper says how to verify it.
    VERIFY_HINT_OFFLINE = QT_TRANSLATE_NOOP(
        "Report",
        "Attestation vérifiable auprès de la CCIS Tanger-Tétouan-Al Hoceima "
        "avec le numéro {serial}.",
    )
    HOURS = QT_TRANSLATE_NOOP("Report", "Heures")
    # Hours attended, in whole minutes (app/rules/hours.py): "3 h", "2 h 55".
    DURATION_HOURS = QT_TRANSLATE_NOOP("Report", "{hours} h")
    DURATION = QT_TRANSLATE_NOOP("Report", "{hours} h {minutes}")

    # Activity report.
    ACTIVITY_REPORT = QT_TRANSLATE_NOOP("Report", "Rapport d'activité")
    PERIOD = QT_TRANSLATE_NOOP("Report", "Période du {start} au {end}")
    TEAM = QT_TRANSLATE_NOOP("Report", "Équipe")
    ALL_TEAMS = QT_TRANSLATE_NOOP("Report", "Toutes les équipes")
    KEY_FIGURES = QT_TRANSLATE_NOOP("Report", "Chiffres clés")
    INDICATOR = QT_TRANSLATE_NOOP("Report", "Indicateur")
    VALUE = QT_TRANSLATE_NOOP("Report", "Valeur")
    BENEFICIARIES = QT_TRANSLATE_NOOP("Report", "Bénéficiaires")
    WOMEN = QT_TRANSLATE_NOOP("Report", "Femmes")
    MEN = QT_TRANSLATE_NOOP("Report", "Hommes")
    YOUTH = QT_TRANSLATE_NOOP("Report", "Jeunes de 18 à 35 ans")
    SESSIONS_HELD = QT_TRANSLATE_NOOP("Report", "Sessions tenues")
    TRAINING_HOURS = QT_TRANSLATE_NOOP("Report", "Heures de formation")
    PERSON_HOURS = QT_TRANSLATE_NOOP("Report", "Heures-participants")
    ATTENDANCE_RATE = QT_TRANSLATE_NOOP("Report", "Taux de présence")
    COACHING_SESSIONS = QT_TRANSLATE_NOOP("Report", "Séances d'accompagnement")
    CANDIDATES_RECEIVED = QT_TRANSLATE_NOOP("Report", "Candidatures reçues")
    CANDIDATES_SELECTED = QT_TRANSLATE_NOOP("Report", "Candidats retenus")
    COMMUNES_VISITED = QT_TRANSLATE_NOOP("Report", "Communes visitées")
    BENEFICIARIES_REACHED = QT_TRANSLATE_NOOP("Report", "Bénéficiaires touchés")
    PEOPLE_TRAINED = QT_TRANSLATE_NOOP("Report", "Personnes formées")
    PEOPLE_COACHED = QT_TRANSLATE_NOOP("Report", "Personnes accompagnées")
    HOURS_PER_PERSON = QT_TRANSLATE_NOOP("Report", "Heures suivies par personne formée")
    COACHING_HOURS = QT_TRANSLATE_NOOP("Report", "Heures d'accompagnement")
    CANDIDATES_SHORTLISTED = QT_TRANSLATE_NOOP("Report", "Candidatures présélectionnées")
    SUPPORT_VALUE = QT_TRANSLATE_NOOP("Report", "Valeur des appuis (MAD)")  # every kind
    CERTIFICATES_ISSUED = QT_TRANSLATE_NOOP("Report", "Attestations délivrées")
    TRAINING_SECTION = QT_TRANSLATE_NOOP("Report", "Formation")
    SELECTION_SECTION = QT_TRANSLATE_NOOP("Report", "Sélection et appuis")
    REACH_SECTION = QT_TRANSLATE_NOOP("Report", "Bénéficiaires touchés sur la période")
    COMMUNE_SESSIONS = QT_TRANSLATE_NOOP("Report", "Sessions tenues dans la commune")
    EXPECTED = QT_TRANSLATE_NOOP("Report", "Attendus")
    PRESENT = QT_TRANSLATE_NOOP("Report", "Présents")
    BY_SEX = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par sexe")
    BY_AGE_BAND = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par tranche d'âge")
    BY_AREA = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par milieu")
    BY_COMMUNE = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par commune")
    BY_SECTOR = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par secteur")
    BY_STAGE = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par stade du projet")
    BY_STATUS = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par statut")
    CATEGORY = QT_TRANSLATE_NOOP("Report", "Catégorie")
    COUNT = QT_TRANSLATE_NOOP("Report", "Nombre")
    SHARE = QT_TRANSLATE_NOOP("Report", "Part")
    UNSPECIFIED = QT_TRANSLATE_NOOP("Report", "Non renseigné")
    COMMUNE_PAGE = QT_TRANSLATE_NOOP("Report", "Commune : {commune}")
    PROVINCE = QT_TRANSLATE_NOOP("Report", "Province")
    VISIT_DATES = QT_TRANSLATE_NOOP("Report", "Dates de passage")
    SESSIONS = QT_TRANSLATE_NOOP("Report", "Sessions")
    PARTICIPANTS = QT_TRANSLATE_NOOP("Report", "Participants")
    NO_ACTIVITY = QT_TRANSLATE_NOOP("Report", "Aucune activité sur la période.")
    OTHER = QT_TRANSLATE_NOOP("Report", "Autres")

    # Activity report: the funder's report (definitions, targets, totals
    # since the programme started, provinces, every commune, annexes).
    REPORT_PROGRAMME = QT_TRANSLATE_NOOP("Report", "Programme : {name}")
    REPORT_FUNDER = QT_TRANSLATE_NOOP("Report", "Bailleur de fonds : {funder}")
    PERIOD_COLUMN = QT_TRANSLATE_NOOP("Report", "Période")
    SINCE_COLUMN = QT_TRANSLATE_NOOP("Report", "Cumul depuis le {date}")
    TARGET = QT_TRANSLATE_NOOP("Report", "Cible")
    TARGET_REACHED = QT_TRANSLATE_NOOP("Report", "Réalisation")
    YOUNG_WOMEN = QT_TRANSLATE_NOOP("Report", "Jeunes femmes de 18 à 35 ans")
    PEOPLE_CERTIFIED = QT_TRANSLATE_NOOP("Report", "Personnes certifiées")
    DEFINITIONS = QT_TRANSLATE_NOOP("Report", "Définitions")
    DEF_REACHED = QT_TRANSLATE_NOOP(
        "Report",
        "Bénéficiaires touchés : personnes distinctes présentes à au moins une session tenue "
        "pendant la période, ou accompagnées individuellement pendant la période ; chaque "
        "personne est comptée une seule fois.",
    )
    DEF_AGE = QT_TRANSLATE_NOOP(
        "Report",
        "Âge : âge au dernier jour de la période ({date}), d'après la date de naissance, ou "
        "l'année de naissance quand seule l'année est connue. Jeunes : de 18 à 35 ans.",
    )
    DEF_COMMUNES = QT_TRANSLATE_NOOP(
        "Report",
        "Communes : les personnes touchées sont comptées dans la commune où elles résident "
        "(résidents) ; les sessions, les heures et les présences dans la commune où la "
        "session s'est tenue. Les participants d'une commune sont les personnes distinctes "
        "présentes à une session tenue dans cette commune, où qu'elles résident.",
    )
    DEF_SESSIONS = QT_TRANSLATE_NOOP(
        "Report",
        "Session tenue : session marquée tenue dont la date est dans la période. Heures de "
        "formation : durée prévue des sessions tenues, pause déduite. Taux de présence : "
        "présences constatées sur présences attendues (inscrits ou pointés).",
    )
    DEF_CERTIFIED = QT_TRANSLATE_NOOP(
        "Report",
        "Personnes certifiées : personnes ayant reçu au moins une attestation non révoquée "
        "pendant la période. Candidats retenus (projets appuyés) : candidatures reçues "
        "pendant la période et retenues.",
    )
    DEF_SINCE = QT_TRANSLATE_NOOP(
        "Report", "Cumul : du {start} (début du programme) au {end}, mêmes définitions."
    )
    DEF_SINCE_SAME = QT_TRANSLATE_NOOP(
        "Report",
        "La période commence avec le programme ({start}) : ses chiffres sont aussi ceux du "
        "programme depuis son début.",
    )
    DEF_TARGETS = QT_TRANSLATE_NOOP(
        "Report",
        "Cibles : objectifs du programme « {programme} » sur toute sa durée ; la réalisation "
        "rapporte le cumul à la cible.",
    )
    DEF_NO_TARGETS = QT_TRANSLATE_NOOP(
        "Report", "Aucun programme avec des cibles ne couvre la période."
    )
    RESULTS_BY_SEX = QT_TRANSLATE_NOOP("Report", "Résultats par sexe")
    WOMEN_SHARE = QT_TRANSLATE_NOOP("Report", "Part des femmes")
    TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
    BY_SEX_AND_AGE = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par sexe et tranche d'âge")
    BY_PROVINCE = QT_TRANSLATE_NOOP("Report", "Bénéficiaires par province de résidence")
    PROVINCE_SUMMARY = QT_TRANSLATE_NOOP("Report", "Synthèse par province")
    ALL_COMMUNES = QT_TRANSLATE_NOOP("Report", "Annexe 1 : toutes les communes")
    ALL_COMMUNES_NOTE = QT_TRANSLATE_NOOP(
        "Report",
        "Les communes où résident des personnes touchées et celles où le bus s'est arrêté, "
        "par province.",
    )
    RESIDENTS = QT_TRANSLATE_NOOP("Report", "Résidents touchés")
    OF_WHICH_WOMEN = QT_TRANSLATE_NOOP("Report", "dont femmes")
    OF_WHICH_YOUTH = QT_TRANSLATE_NOOP("Report", "dont jeunes 18-35 ans")
    PRESENCES = QT_TRANSLATE_NOOP("Report", "Présences")
    UNKNOWN_COMMUNE = QT_TRANSLATE_NOOP("Report", "Commune non renseignée")
    RESIDENTS_BY_SEX = QT_TRANSLATE_NOOP("Report", "Résidents touchés par sexe")
    RESIDENTS_BY_AGE = QT_TRANSLATE_NOOP("Report", "Résidents touchés par tranche d'âge")

    PREPARED_BY = QT_TRANSLATE_NOOP("Report", "Établi par")
    APPROVED_BY = QT_TRANSLATE_NOOP("Report", "Visa du Directeur régional de la CCIS")
    NAME_AND_ROLE = QT_TRANSLATE_NOOP("Report", "Nom et fonction :")
    DATE_LINE = QT_TRANSLATE_NOOP("Report", "Date :")
    SIGNATURE_AND_STAMP = QT_TRANSLATE_NOOP("Report", "Signature et cachet :")
    SIGNATURE_LINE = QT_TRANSLATE_NOOP("Report", "Signature :")

    ANNEX_COMMUNES = QT_TRANSLATE_NOOP("Report", "Annexe 2 : fiches des communes visitées")
    ANNEX_SESSIONS = QT_TRANSLATE_NOOP("Report", "Annexe 3 : sessions tenues ({count})")

    # Beneficiary record (law 09-08).
    BENEFICIARY_RECORD = QT_TRANSLATE_NOOP("Report", "Fiche bénéficiaire")
    RECORD_INTRO = QT_TRANSLATE_NOOP(
        "Report",
        "Ensemble des données détenues sur la personne, communiquées à sa demande "
        "(loi 09-08 relative à la protection des personnes physiques à l'égard du "
        "traitement des données à caractère personnel).",
    )
    PROFILE = QT_TRANSLATE_NOOP("Report", "Profil")
    LAST_NAME = QT_TRANSLATE_NOOP("Report", "Nom")
    FIRST_NAME = QT_TRANSLATE_NOOP("Report", "Prénom")
    BIRTH_DATE = QT_TRANSLATE_NOOP("Report", "Date de naissance")
    BIRTH_YEAR = QT_TRANSLATE_NOOP("Report", "Année de naissance")
    DOUAR = QT_TRANSLATE_NOOP("Report", "Douar / quartier")
    EDUCATION = QT_TRANSLATE_NOOP("Report", "Niveau d'instruction")
    STATUS = QT_TRANSLATE_NOOP("Report", "Statut")
    SECTOR = QT_TRANSLATE_NOOP("Report", "Secteur")
    STAGE = QT_TRANSLATE_NOOP("Report", "Stade du projet")
    PRIOR_SUPPORT = QT_TRANSLATE_NOOP("Report", "Appuis antérieurs")
    # Not "Inscrit le": the same words for a woman and a man.
    REGISTERED_ON = QT_TRANSLATE_NOOP("Report", "Date d'inscription")
    NOTES = QT_TRANSLATE_NOOP("Report", "Notes")
    CONSENT = QT_TRANSLATE_NOOP("Report", "Consentement")
    NOTICE_VERSION = QT_TRANSLATE_NOOP("Report", "Version de la notice")
    GIVEN_ON = QT_TRANSLATE_NOOP("Report", "Donné le")
    COLLECTED_BY = QT_TRANSLATE_NOOP("Report", "Recueilli par")
    METHOD = QT_TRANSLATE_NOOP("Report", "Mode")
    PHOTOS = QT_TRANSLATE_NOOP("Report", "Photos")
    SHARE_WITH_PARTNERS = QT_TRANSLATE_NOOP("Report", "Partage avec les partenaires")
    SMS_WHATSAPP = QT_TRANSLATE_NOOP("Report", "SMS / WhatsApp")
    WITHDRAWN_ON = QT_TRANSLATE_NOOP("Report", "Retiré le")
    NO_CONSENT = QT_TRANSLATE_NOOP("Report", "Aucun consentement enregistré.")
    TRAININGS = QT_TRANSLATE_NOOP("Report", "Formations")
    ATTENDANCE = QT_TRANSLATE_NOOP("Report", "Présence")
    COACHING = QT_TRANSLATE_NOOP("Report", "Accompagnement")
    DURATION_MIN = QT_TRANSLATE_NOOP("Report", "Durée (min)")
    LENGTH = QT_TRANSLATE_NOOP("Report", "Durée")
    TOPICS = QT_TRANSLATE_NOOP("Report", "Thèmes")
    NEXT_STEPS = QT_TRANSLATE_NOOP("Report", "Prochaines étapes")
    DUE_ON = QT_TRANSLATE_NOOP("Report", "Échéance")
    DONE = QT_TRANSLATE_NOOP("Report", "Fait")
    SUPPORT = QT_TRANSLATE_NOOP("Report", "Appuis reçus")
    KIND = QT_TRANSLATE_NOOP("Report", "Type")
    DESCRIPTION = QT_TRANSLATE_NOOP("Report", "Description")
    VALUE_MAD = QT_TRANSLATE_NOOP("Report", "Valeur (MAD)")
    REVOKED = QT_TRANSLATE_NOOP("Report", "Révoquée")
    ENTERPRISES = QT_TRANSLATE_NOOP("Report", "Entreprises et projets")
    ENTERPRISE = QT_TRANSLATE_NOOP("Report", "Entreprise")
    LEGAL_FORM = QT_TRANSLATE_NOOP("Report", "Forme juridique")
    ROLE = QT_TRANSLATE_NOOP("Report", "Rôle")
    APPLICATIONS = QT_TRANSLATE_NOOP("Report", "Candidatures")
    PROGRAMME_NAME = QT_TRANSLATE_NOOP("Report", "Programme")
    NONE_RECORDED = QT_TRANSLATE_NOOP("Report", "Aucun élément.")

    # Officer exports (column headers not already above).
    ID = QT_TRANSLATE_NOOP("Report", "Identifiant")
    REGION_NAME = QT_TRANSLATE_NOOP("Report", "Région")
    AREA = QT_TRANSLATE_NOOP("Report", "Milieu")
    SESSION_ID = QT_TRANSLATE_NOOP("Report", "Identifiant de la session")
    BENEFICIARY_ID = QT_TRANSLATE_NOOP("Report", "Identifiant du bénéficiaire")
    HOURS_ATTENDED = QT_TRANSLATE_NOOP("Report", "Heures suivies")
    ATTENDANCE_STATUS = QT_TRANSLATE_NOOP("Report", "Présence")
    THEME = QT_TRANSLATE_NOOP("Report", "Thème")
    MODULE_CODE = QT_TRANSLATE_NOOP("Report", "Code du module")
    MODULE_TITLE = QT_TRANSLATE_NOOP("Report", "Intitulé du module")
    START = QT_TRANSLATE_NOOP("Report", "Début")
    END = QT_TRANSLATE_NOOP("Report", "Fin")
    STAGE_ASSESSED = QT_TRANSLATE_NOOP("Report", "Stade évalué")

    # Indicators (`indicator_label`), beside the figures above.
    ATTENDANCE_EXPECTED = QT_TRANSLATE_NOOP("Report", "Présences attendues")
    ATTENDANCE_PRESENT = QT_TRANSLATE_NOOP("Report", "Présences constatées")
    CANDIDATES_REJECTED = QT_TRANSLATE_NOOP("Report", "Candidatures non retenues")
    EQUIPMENT_DELIVERED = QT_TRANSLATE_NOOP("Report", "Équipements remis")
    REFERRALS = QT_TRANSLATE_NOOP("Report", "Orientations vers un financement")
    OTHER_SUPPORT = QT_TRANSLATE_NOOP("Report", "Autres appuis")
    PROJECTS_SECTION = QT_TRANSLATE_NOOP("Report", "Projets et entreprises (stade actuel)")
    SELECTION = QT_TRANSLATE_NOOP("Report", "Sélection")
    SUPPORT_DELIVERED = QT_TRANSLATE_NOOP("Report", "Appuis délivrés")


# The sections of `Indicators.as_rows()`: their titles, and the vocabulary
# that names the rows of a breakdown.
INDICATOR_SECTIONS: dict[str, str] = {
    "reach": DocText.BENEFICIARIES,
    "sex": DocText.BY_SEX,
    "age_band": DocText.BY_AGE_BAND,
    "area": DocText.BY_AREA,
    "commune": DocText.BY_COMMUNE,
    "sector": DocText.BY_SECTOR,
    "project_stage": DocText.BY_STAGE,
    "status": DocText.BY_STATUS,
    "training": DocText.TRAINING_SECTION,
    "coaching": DocText.COACHING,
    "projects": DocText.PROJECTS_SECTION,
    "selection": DocText.SELECTION,
    "support": DocText.SUPPORT_DELIVERED,
}
INDICATOR_KINDS: dict[str, str] = {
    "sex": "sex",
    "age_band": "age_band",
    "area": "commune_type",
    "sector": "sector",
    "project_stage": "project_stage",
    "status": "status",
    "projects": "project_stage",
}
# Every other row is a measure, named the same on paper, on screen and in
# the terminal.
INDICATOR_MEASURES: dict[tuple[str, str], str] = {
    ("reach", "beneficiaries_reached"): DocText.BENEFICIARIES_REACHED,
    ("reach", "people_trained"): DocText.PEOPLE_TRAINED,
    ("reach", "people_coached"): DocText.PEOPLE_COACHED,
    ("training", "sessions_held"): DocText.SESSIONS_HELD,
    ("training", "training_hours"): DocText.TRAINING_HOURS,
    ("training", "hours_attended"): DocText.PERSON_HOURS,
    ("training", "hours_per_person"): DocText.HOURS_PER_PERSON,
    ("training", "attendance_expected"): DocText.ATTENDANCE_EXPECTED,
    ("training", "attendance_present"): DocText.ATTENDANCE_PRESENT,
    ("training", "attendance_rate"): DocText.ATTENDANCE_RATE,
    ("coaching", "coaching_sessions"): DocText.COACHING_SESSIONS,
    ("coaching", "coaching_hours"): DocText.COACHING_HOURS,
    ("selection", "received"): DocText.CANDIDATES_RECEIVED,
    ("selection", "shortlisted"): DocText.CANDIDATES_SHORTLISTED,
    ("selection", "selected"): DocText.CANDIDATES_SELECTED,
    ("selection", "rejected"): DocText.CANDIDATES_REJECTED,
    ("support", "equipment"): DocText.EQUIPMENT_DELIVERED,
    ("support", "referral"): DocText.REFERRALS,
    ("support", "certificate"): DocText.CERTIFICATES_ISSUED,
    ("support", "other"): DocText.OTHER_SUPPORT,
    ("support", "value_mad"): DocText.SUPPORT_VALUE,
}


@dataclass(frozen=True)
class Noun:
    """A counted noun's forms.  Arabic: the singular (1, and 0 or 100 and up
    when the last two digits are 0-2), the dual (2), the plural (3-10) and
    the accusative singular (11-99), by the last two digits as CLDR says."""

    fr: tuple[str, str]
    en: tuple[str, str]
    ar: tuple[str, str, str, str]


# Kept here rather than in the .ts catalogues, which hold one translation
# per text: a count needs several forms of its noun.
NOUNS: dict[str, Noun] = {
    "beneficiary": Noun(("bénéficiaire", "bénéficiaires"), ("beneficiary", "beneficiaries"),
                        ("مستفيد", "مستفيدان", "مستفيدين", "مستفيدا")),
    "participant": Noun(("participant", "participants"), ("participant", "participants"),
                        ("مشارك", "مشاركان", "مشاركين", "مشاركا")),
    "person": Noun(("personne", "personnes"), ("person", "people"),
                   ("شخص", "شخصان", "أشخاص", "شخصا")),
    "woman": Noun(("femme", "femmes"), ("woman", "women"),
                  ("امرأة", "امرأتان", "نساء", "امرأة")),
    "man": Noun(("homme", "hommes"), ("man", "men"), ("رجل", "رجلان", "رجال", "رجلا")),
    "session": Noun(("session", "sessions"), ("session", "sessions"),
                    ("دورة", "دورتان", "دورات", "دورة")),
    "coaching_session": Noun(("séance d'accompagnement", "séances d'accompagnement"),
                             ("coaching session", "coaching sessions"),
                             ("حصة مواكبة", "حصتا مواكبة", "حصص مواكبة", "حصة مواكبة")),
    "hour": Noun(("heure", "heures"), ("hour", "hours"), ("ساعة", "ساعتان", "ساعات", "ساعة")),
    "minute": Noun(("minute", "minutes"), ("minute", "minutes"),
                   ("دقيقة", "دقيقتان", "دقائق", "دقيقة")),
    "day": Noun(("jour", "jours"), ("day", "days"), ("يوم", "يومان", "أيام", "يوما")),
    "module": Noun(("module", "modules"), ("module", "modules"),
                   ("وحدة", "وحدتان", "وحدات", "وحدة")),
    "commune": Noun(("commune", "communes"), ("commune", "communes"),
                    ("جماعة", "جماعتان", "جماعات", "جماعة")),
    "certificate": Noun(("attestation", "attestations"), ("certificate", "certificates"),
                        ("شهادة", "شهادتان", "شهادات", "شهادة")),
    "application": Noun(("candidature", "candidatures"), ("application", "applications"),
                        ("ترشيح", "ترشيحان", "ترشيحات", "ترشيحا")),
    "existing_record": Noun(("fiche existante", "fiches existantes"),
                            ("existing record", "existing records"),
                            ("بطاقة موجودة", "بطاقتان موجودتان", "بطاقات موجودة",
                             "بطاقة موجودة")),
}


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES


def translate(context: str, text: str, lang: str) -> str:
    """`text` (the French source) in `lang`; French and unknown texts are
    returned unchanged."""
    if lang == "fr":
        return text
    return read_catalogue(f"labels_{lang}").get((context, text), text)


def code_label(kind: str, code: str | None, lang: str) -> str:
    """The label of an enumeration code, e.g. code_label("sex", "F", "ar");
    an unknown code is shown as is, None as an empty string."""
    if code is None:
        return ""
    source = CODES.get(kind, {}).get(code)
    return code if source is None else translate("Codes", source, lang)


def person_label(kind: str, code: str | None, lang: str, sex: str | None) -> str:
    """`code_label` agreeing with the person it describes: the feminine for
    a woman ("Présente", "حاضرة"), the usual label otherwise or when the
    person's sex is not known."""
    feminine = FEMININE.get(kind, {}).get(code or "") if sex == "F" else None
    return code_label(kind, code, lang) if feminine is None else translate("Codes", feminine, lang)


def topic_label(topic: str, lang: str) -> str:
    """A coaching topic: a module theme by its label, a topic typed by hand
    as it was typed."""
    return code_label("theme", topic, lang)


def indicator_label(
    section: str, key: str, lang: str, commune_names: Mapping[str, str] | None = None
) -> str:
    """The name of a row of `Indicators.as_rows()`: a measure ("Sessions
    tenues"), a code of a breakdown ("Femme", "Porteur de projet"), a commune
    by `commune_names` (code -> name in `lang`)."""
    measure = INDICATOR_MEASURES.get((section, key))
    if measure is not None:
        return translate("Report", measure, lang)
    if key == "unknown":
        return translate("Report", DocText.UNSPECIFIED, lang)
    if section == "commune":
        return (commune_names or {}).get(key, key)
    kind = INDICATOR_KINDS.get(section)
    return key if kind is None else code_label(kind, key, lang)


def indicator_section(section: str, lang: str) -> str:
    """The title of a section of `Indicators.as_rows()`."""
    title = INDICATOR_SECTIONS.get(section)
    return section if title is None else translate("Report", title, lang)


def _arabic_form(number: float) -> int:
    """Which of a Noun's Arabic forms follows `number` (CLDR's rule)."""
    if number != int(number):
        return 0
    whole = abs(int(number))
    if whole in (1, 2):
        return whole - 1
    last_two = whole % 100
    if 3 <= last_two <= 10:
        return 2
    return 3 if last_two >= 11 else 0


def count_phrase(lang: str, number: float, noun: str) -> str:
    """A number and its noun, agreeing: "1 bénéficiaire", "2 bénéficiaires";
    "1 مستفيد", "2 مستفيدان", "3 مستفيدين", "11 مستفيدا", "100 مستفيد"."""
    forms = NOUNS[noun]
    whole = number == int(number)
    text = format_number(number, 0 if whole else 1)
    if lang == "ar":
        return f"{text} {forms.ar[_arabic_form(number)]}"
    if lang == "fr":
        return f"{text.replace('.', ',')} {forms.fr[0 if abs(number) < 2 else 1]}"
    return f"{text} {forms.en[0 if number == 1 else 1]}"


def code_choices(kind: str, lang: str) -> list[tuple[str, str]]:
    """(code, label) pairs of a kind in catalogue order, for combo boxes."""
    return [(code, translate("Codes", source, lang)) for code, source in CODES[kind].items()]


def format_date(value: dt.date | None) -> str:
    """dd/mm/yyyy with Western digits, in every language."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_number(value: float, decimals: int = 0) -> str:
    """Western digits, thin grouping with a space (both languages)."""
    text = f"{value:,.{decimals}f}".replace(",", "\u202f")
    return text


def format_phone(e164: str | None) -> str:
    """A Moroccan number as people write it ("06 12 34 56 78"); others as stored."""
    if not e164:
        return ""
    if e164.startswith("+212") and len(e164) == 13:
        national = "0" + e164[4:]
        return " ".join([national[:2]] + [national[i : i + 2] for i in range(2, 10, 2)])
    return e164


class Labels:
    """Document labels in one language: `labels(DocText.CIN)`,
    `labels(DocText.PAGE_OF, page=1, pages=3)`, `labels.code("sex", "F")`."""

    def __init__(self, lang: str = "fr") -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self.lang = lang
        self.rtl = is_rtl(lang)

    def __call__(self, text: str, **params: object) -> str:
        translated = translate("Report", text, self.lang)
        return translated.format(**params) if params else translated

    def code(self, kind: str, code: str | None) -> str:
        return code_label(kind, code, self.lang)

    def person(self, kind: str, code: str | None, sex: str | None) -> str:
        """A code that agrees with the person it describes ("Présente")."""
        return person_label(kind, code, self.lang, sex)

    def topic(self, topic: str) -> str:
        return topic_label(topic, self.lang)

    def count(self, number: float, noun: str) -> str:
        return count_phrase(self.lang, number, noun)

    def indicator(
        self, section: str, key: str, commune_names: Mapping[str, str] | None = None
    ) -> str:
        return indicator_label(section, key, self.lang, commune_names)

    def indicator_section(self, section: str) -> str:
        return indicator_section(section, self.lang)

    def join(self, items: list[str]) -> str:
        """A list in running text (Arabic comma in Arabic)."""
        return ("، " if self.rtl else ", ").join(item for item in items if item)

    def yes_no(self, value: bool) -> str:
        return self.code("yes_no", "yes" if value else "no")

    @staticmethod
    def date(value: dt.date | None) -> str:
        return format_date(value)

    def number(self, value: float, decimals: int = 0) -> str:
        """Western digits; a decimal comma in French."""
        text = format_number(value, decimals)
        return text.replace(".", ",") if self.lang == "fr" else text

    def hours(self, value: float) -> str:
        """Hours attended in whole minutes: "3 h", "2 h 55" ("2 س 55 د"), so
        that rows of minutes add up to a total of minutes as shown."""
        whole, minutes = hours_rule.split(hours_rule.as_minutes(value))
        if minutes == 0:
            return self(DocText.DURATION_HOURS, hours=whole)
        return self(DocText.DURATION, hours=whole, minutes=f"{minutes:02d}")

    def percent(self, ratio: float | None) -> str:
        """"45,3 %" in French, "45.3%" in Arabic and English; "-" when undefined."""
        if ratio is None:
            return "-"
        text = f"{ratio * 100:.1f}"
        return text.replace(".", ",") + " %" if self.lang == "fr" else text + "%"


# ---- agreement with the person, and Arabic plurals (issue 11) -------------

# Document texts whose Arabic agrees with the person they are about
# ("قد شارك" / "قد شاركت") while the French does not change: a woman's
# version is a message of its own, under its own context.
WOMAN_CONTEXT = "Report (woman)"
WOMAN_TEXTS: dict[str, str] = {
    DocText.CERTIFICATE_BODY: QT_TRANSLATE_NOOP("Report (woman)", "a participé à la formation"),
}


def about_person(labels: Labels, text: str, sex: str | None, **params: object) -> str:
    """`labels(text, ...)` agreeing with the person it is about: a woman's
    version (sex "F") where there is one."""
    feminine = WOMAN_TEXTS.get(text) if sex == "F" else None
    if feminine is None:
        return labels(text, **params)
    translated = translate(WOMAN_CONTEXT, feminine, labels.lang)
    return translated.format(**params) if params else translated


# A certificate signed where no place is known (a session without a stop).
CERTIFICATE_ISSUED_ON = QT_TRANSLATE_NOOP("Report", "Fait le {date}")


# Arabic nouns after a number (the CLDR plural rule): 1 and 2 say the noun
# alone ("ساعة واحدة", "ساعتان"), 3-10 take the plural ("3 ساعات"), 11-99
# the singular ("11 ساعة"), and so on by the last two digits ("103 ساعات").
_AR_HOURS = ("ساعة واحدة", "ساعتان", "ساعات", "ساعة")
_AR_MINUTES = ("دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة")


def arabic_count(number: int, forms: tuple[str, str, str, str]) -> str:
    """`forms`: the phrases for 1 and 2, the noun after 3-10, after 11-99."""
    one, two, few, many = forms
    if number in (1, 2):
        return one if number == 1 else two
    return f"{number} {few if _arabic_form(number) == 2 else many}"


def hours_phrase(lang: str, minutes: int) -> str:
    """A duration of whole minutes in running text: "10 h 45" in French,
    "10 ساعات و45 دقيقة" in Arabic (the nouns agreeing with their numbers)."""
    if lang != "ar":
        return Labels(lang).hours(hours_rule.as_hours(minutes))
    whole, rest = hours_rule.split(minutes)
    parts = [arabic_count(whole, _AR_HOURS)] if whole or not rest else []
    if rest:
        parts.append(arabic_count(rest, _AR_MINUTES))
    return " و".join(parts)
class ExportText:
    """Text of the CCIS officers' exports (context "Report"): sheet names,
    the data dictionary, the export's description, the indicators' units."""

    # Sheets (31 characters at most, no []:*?/\).
    SHEET_ATTENDANCE = QT_TRANSLATE_NOOP("Report", "Présences")
    SHEET_INDICATORS = QT_TRANSLATE_NOOP("Report", "Indicateurs")
    SHEET_DICTIONARY = QT_TRANSLATE_NOOP("Report", "Dictionnaire")
    SHEET_ABOUT = QT_TRANSLATE_NOOP("Report", "À propos")

    # Headers not among the documents' (DocText).
    PSEUDONYM = QT_TRANSLATE_NOOP("Report", "Identifiant pseudonyme")
    PRIOR_SUPPORT_CHOICE = QT_TRANSLATE_NOOP("Report", "Appui antérieur : {choice}")
    TOPIC_CHOICE = QT_TRANSLATE_NOOP("Report", "Thème : {choice}")
    TRAINED = QT_TRANSLATE_NOOP("Report", "Formation suivie sur la période")
    UNIT = QT_TRANSLATE_NOOP("Report", "Unité")
    PERCENT_HEADER = QT_TRANSLATE_NOOP("Report", "{header} (%)")

    # The indicators not named on the report.
    ATTENDANCE_EXPECTED = QT_TRANSLATE_NOOP("Report", "Présences attendues")
    ATTENDANCE_PRESENT = QT_TRANSLATE_NOOP("Report", "Présences constatées")
    CANDIDATES_REJECTED = QT_TRANSLATE_NOOP("Report", "Candidatures non retenues")
    SUPPORT_DELIVERED = QT_TRANSLATE_NOOP("Report", "Appuis délivrés")

    # Units of the indicators.
    UNIT_PEOPLE = QT_TRANSLATE_NOOP("Report", "personnes")
    UNIT_SESSIONS = QT_TRANSLATE_NOOP("Report", "séances")
    UNIT_HOURS = QT_TRANSLATE_NOOP("Report", "heures")
    UNIT_ATTENDANCES = QT_TRANSLATE_NOOP("Report", "présences")
    UNIT_PERCENT = QT_TRANSLATE_NOOP("Report", "%")
    UNIT_MAD = QT_TRANSLATE_NOOP("Report", "MAD")
    UNIT_ENTERPRISES = QT_TRANSLATE_NOOP("Report", "entreprises et projets")
    UNIT_APPLICATIONS = QT_TRANSLATE_NOOP("Report", "candidatures")
    UNIT_SUPPORTS = QT_TRANSLATE_NOOP("Report", "appuis")

    # The export's description (the "À propos" sheet, the top of a CSV).
    CONTENT = QT_TRANSLATE_NOOP("Report", "Contenu")
    EXPORTED_ON = QT_TRANSLATE_NOOP("Report", "Exporté le")
    PERIOD = QT_TRANSLATE_NOOP("Report", "Période")
    PERIOD_BOTH = QT_TRANSLATE_NOOP("Report", "du {start} au {end}")
    PERIOD_FROM = QT_TRANSLATE_NOOP("Report", "depuis le {start}")
    PERIOD_TO = QT_TRANSLATE_NOOP("Report", "jusqu'au {end}")
    PERIOD_ALL = QT_TRANSLATE_NOOP("Report", "toutes les dates")
    PEOPLE = QT_TRANSLATE_NOOP("Report", "Personnes")
    PEOPLE_REACHED = QT_TRANSLATE_NOOP(
        "Report",
        "Bénéficiaires touchés sur la période : présents à au moins une session tenue ou "
        "accompagnés pendant la période, comme les compte le rapport d'activité ; le filtre "
        "d'équipe porte sur l'équipe qui a mené l'activité.",
    )
    PEOPLE_REGISTERED = QT_TRANSLATE_NOOP(
        "Report",
        "Bénéficiaires inscrits pendant la période (date d'inscription), qu'ils aient suivi "
        "une activité ou non ; le filtre d'équipe porte sur l'équipe de la personne.",
    )
    CONTENT_ATTENDANCE = QT_TRANSLATE_NOOP(
        "Report", "Une ligne par présence enregistrée aux sessions de la période."
    )
    CONTENT_COACHING = QT_TRANSLATE_NOOP(
        "Report", "Une ligne par séance d'accompagnement de la période."
    )
    CONTENT_INDICATORS = QT_TRANSLATE_NOOP(
        "Report",
        "Les indicateurs de la période, avec les définitions et les chiffres du rapport "
        "d'activité.",
    )
    PERSONAL_DATA = QT_TRANSLATE_NOOP("Report", "Données personnelles")
    PERSONAL_NONE = QT_TRANSLATE_NOOP("Report", "Sans CIN ni téléphone.")
    PERSONAL_INCLUDED = QT_TRANSLATE_NOOP(
        "Report", "Avec CIN et téléphone : fichier à protéger (loi 09-08)."
    )
    DEIDENTIFIED = QT_TRANSLATE_NOOP(
        "Report",
        "Export désidentifié : ni nom, ni CIN, ni téléphone, ni date ou année de naissance, "
        "ni douar ; chaque personne porte un pseudonyme, le même d'un export à l'autre avec "
        "la même clé.",
    )
    VALUES = QT_TRANSLATE_NOOP("Report", "Valeurs")
    VALUES_LABELS = QT_TRANSLATE_NOOP("Report", "Libellés")
    VALUES_CODES = QT_TRANSLATE_NOOP("Report", "Codes")
    ROWS = QT_TRANSLATE_NOOP("Report", "Lignes")

    # The data dictionary.
    COLUMN = QT_TRANSLATE_NOOP("Report", "Colonne")
    SHORT_NAME = QT_TRANSLATE_NOOP("Report", "Nom court")
    TYPE = QT_TRANSLATE_NOOP("Report", "Type")
    POSSIBLE_VALUES = QT_TRANSLATE_NOOP("Report", "Valeurs possibles")
    TYPE_TEXT = QT_TRANSLATE_NOOP("Report", "Texte")
    TYPE_ID = QT_TRANSLATE_NOOP("Report", "Identifiant")
    TYPE_DATE = QT_TRANSLATE_NOOP("Report", "Date")
    TYPE_INTEGER = QT_TRANSLATE_NOOP("Report", "Nombre entier")
    TYPE_HOURS = QT_TRANSLATE_NOOP("Report", "Heures (nombre décimal, 1,75 = 1 h 45)")
    TYPE_MONEY = QT_TRANSLATE_NOOP("Report", "Montant en dirhams")
    TYPE_PERCENT = QT_TRANSLATE_NOOP("Report", "Pourcentage")
    TYPE_CODE = QT_TRANSLATE_NOOP("Report", "Une valeur de la liste")
    TYPE_CODES = QT_TRANSLATE_NOOP("Report", "Plusieurs valeurs de la liste")
    TYPE_FLAG = QT_TRANSLATE_NOOP("Report", "Oui / Non")
    TYPE_PLACE = QT_TRANSLATE_NOOP("Report", "Commune ou province (HCP)")
    TYPE_MEASURE = QT_TRANSLATE_NOOP("Report", "Nombre, dans l'unité indiquée")
    CHOICE_FLAG = QT_TRANSLATE_NOOP("Report", "« {yes} » si la réponse « {question} » comprend « {choice} ».")

    # What each column holds.
    ABOUT_ID = QT_TRANSLATE_NOOP(
        "Report", "Identifiant de la personne dans Caravane, le même sur tous les portables."
    )
    ABOUT_PSEUDONYM = QT_TRANSLATE_NOOP(
        "Report",
        "Pseudonyme de la personne : le même d'un export à l'autre avec la même clé ; "
        "sans la clé, il ne permet pas de retrouver la personne.",
    )
    ABOUT_LAST_NAME = QT_TRANSLATE_NOOP("Report", "Nom de famille, en lettres latines.")
    ABOUT_FIRST_NAME = QT_TRANSLATE_NOOP("Report", "Prénom, en lettres latines.")
    ABOUT_NAME_AR = QT_TRANSLATE_NOOP("Report", "Nom complet en lettres arabes.")
    ABOUT_SEX = QT_TRANSLATE_NOOP("Report", "Sexe de la personne.")
    ABOUT_BIRTH_DATE = QT_TRANSLATE_NOOP("Report", "Date de naissance, quand elle est connue.")
    ABOUT_BIRTH_YEAR = QT_TRANSLATE_NOOP(
        "Report", "Année de naissance, connue ou déduite de l'âge déclaré."
    )
    ABOUT_AGE_BAND = QT_TRANSLATE_NOOP("Report", "Tranche d'âge au {date}.")
    ABOUT_COMMUNE = QT_TRANSLATE_NOOP("Report", "Commune de résidence (découpage du HCP).")
    ABOUT_SESSION_COMMUNE = QT_TRANSLATE_NOOP(
        "Report", "Commune où la session s'est tenue (découpage du HCP)."
    )
    ABOUT_PROVINCE = QT_TRANSLATE_NOOP("Report", "Province de la commune de résidence.")
    ABOUT_AREA = QT_TRANSLATE_NOOP(
        "Report", "Milieu de la commune de résidence, urbain ou rural (HCP)."
    )
    ABOUT_DOUAR = QT_TRANSLATE_NOOP("Report", "Douar ou quartier de résidence.")
    ABOUT_EDUCATION = QT_TRANSLATE_NOOP("Report", "Niveau d'instruction.")
    ABOUT_STATUS = QT_TRANSLATE_NOOP("Report", "Statut de la personne dans son activité.")
    ABOUT_SECTOR = QT_TRANSLATE_NOOP("Report", "Secteur d'activité du projet.")
    ABOUT_STAGE = QT_TRANSLATE_NOOP("Report", "Stade du projet, dernière valeur enregistrée.")
    ABOUT_PRIOR_SUPPORT = QT_TRANSLATE_NOOP(
        "Report", "Appuis reçus avant le programme (plusieurs réponses possibles)."
    )
    ABOUT_REGISTERED_ON = QT_TRANSLATE_NOOP("Report", "Date d'inscription au programme.")
    ABOUT_CIN = QT_TRANSLATE_NOOP(
        "Report", "Numéro de la carte nationale d'identité (donnée personnelle, loi 09-08)."
    )
    ABOUT_PHONE = QT_TRANSLATE_NOOP(
        "Report", "Numéro de téléphone (donnée personnelle, loi 09-08)."
    )
    ABOUT_TRAINED = QT_TRANSLATE_NOOP(
        "Report", "Présent à au moins une session tenue pendant la période."
    )
    ABOUT_HOURS_PERIOD = QT_TRANSLATE_NOOP(
        "Report", "Heures de formation suivies pendant la période."
    )
    ABOUT_HOURS_SESSION = QT_TRANSLATE_NOOP("Report", "Heures suivies à cette session.")
    ABOUT_COACHING_SESSIONS = QT_TRANSLATE_NOOP(
        "Report", "Séances d'accompagnement individuel pendant la période."
    )
    ABOUT_SESSION_DATE = QT_TRANSLATE_NOOP("Report", "Date de la session.")
    ABOUT_MODULE_CODE = QT_TRANSLATE_NOOP("Report", "Code du module de formation.")
    ABOUT_MODULE = QT_TRANSLATE_NOOP("Report", "Intitulé du module de formation.")
    ABOUT_SESSION_ID = QT_TRANSLATE_NOOP("Report", "Identifiant de la session.")
    ABOUT_ATTENDANCE_STATUS = QT_TRANSLATE_NOOP("Report", "Présence enregistrée à la session.")
    ABOUT_HELD_ON = QT_TRANSLATE_NOOP("Report", "Date de la séance d'accompagnement.")
    ABOUT_DURATION = QT_TRANSLATE_NOOP("Report", "Durée de la séance, en minutes.")
    ABOUT_TOPICS = QT_TRANSLATE_NOOP(
        "Report", "Thèmes abordés pendant la séance (plusieurs réponses possibles)."
    )
    ABOUT_STAGE_ASSESSED = QT_TRANSLATE_NOOP(
        "Report", "Stade du projet évalué pendant la séance."
    )
    ABOUT_TRAINER = QT_TRANSLATE_NOOP("Report", "Formateur ou conseiller qui a mené la séance.")
    ABOUT_SECTION = QT_TRANSLATE_NOOP("Report", "Groupe d'indicateurs.")
    ABOUT_INDICATOR = QT_TRANSLATE_NOOP(
        "Report", "L'indicateur, ou la catégorie d'une répartition."
    )
    ABOUT_VALUE = QT_TRANSLATE_NOOP("Report", "Valeur de l'indicateur, dans son unité.")
    ABOUT_UNIT = QT_TRANSLATE_NOOP("Report", "Unité de la valeur.")
    ABOUT_SHARE = QT_TRANSLATE_NOOP(
        "Report", "Part des bénéficiaires touchés sur la période (répartitions)."
    )
