"""Error codes from the services, as sentences a trainer understands.

The services raise codes (app/services/errors.py); this is the one place
that turns them into translated text.  `error_text(exc)` for a whole error,
`field_error_text(field_error)` for a message next to a field.
Placeholders are named and filled after translation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _messages() -> dict[str, str]:
    """Translated sentence per code (built on call: the language may change)."""
    tr = QCoreApplication.translate
    return {
        # fields
        "required": tr("errors", "Ce champ est obligatoire."),
        "invalid_choice": tr("errors", "Choix non valable."),
        "cin_format": tr("errors", "Le numéro de CIN ne semble pas valable ({value})."),
        "cin_too_long": tr("errors", "Le numéro de CIN est trop long ({max} caractères au plus)."),
        "phone_invalid": tr("errors", "Numéro de téléphone non valable."),
        "phone_not_mobile": tr(
            "errors", "Ce n'est pas un numéro de portable marocain (06… ou 07…)."
        ),
        "ice_format": tr("errors", "L'ICE doit compter 15 chiffres."),
        "birth_date_future": tr("errors", "La date de naissance est dans le futur."),
        "birth_date_implausible": tr("errors", "La date de naissance n'est pas plausible."),
        "session_ends_before_start": tr("errors", "La fin est avant le début."),
        "ends_before_start": tr("errors", "La fin est avant le début."),
        "consent_required": tr(
            "errors",
            "Le consentement est obligatoire avant d'enregistrer des données personnelles.",
        ),
        "unknown_commune": tr("errors", "Commune inconnue."),
        "unknown_region": tr("errors", "Région inconnue."),
        "password_too_short": tr(
            "errors", "Le mot de passe doit compter au moins {min} caractères."
        ),
        "passwords_differ": tr("errors", "Les deux mots de passe ne sont pas identiques."),
        "duration_positive": tr("errors", "La durée doit être positive."),
        "positive": tr("errors", "La valeur doit être positive."),
        "invalid_date": tr("errors", "Date non valable (jj/mm/aaaa)."),
        "invalid_time": tr("errors", "Heure non valable (hh:mm)."),
        "invalid_number": tr("errors", "Nombre non valable."),
        # login
        "wrong_password": tr("errors", "Mot de passe incorrect."),
        "unknown_user": tr("errors", "Utilisateur inconnu."),
        "inactive": tr("errors", "Ce compte est désactivé. Voyez votre coordinateur."),
        "locked": tr("errors", "Trop d'essais. Attendez avant de réessayer."),
        # states
        "not_found": tr("errors", "Introuvable : l'enregistrement a peut-être été supprimé."),
        "session_cancelled": tr("errors", "Cette séance est annulée."),
        "already_merged": tr("errors", "Cette fiche a déjà été fusionnée."),
        "invalid_transition": tr("errors", "Ce changement d'état n'est pas possible."),
        "possible_duplicates": tr(
            "errors", "Cette personne est peut-être déjà inscrite ({count} fiche(s) proche(s))."
        ),
        "validation": tr("errors", "Certains champs sont à corriger."),
        # sync (app/sync/errors.py)
        "sync_failed": tr("errors", "La synchronisation a échoué. Rien n'est perdu."),
        "sync_offline": tr(
            "errors",
            "Le serveur ne répond pas (pas de réseau ?). Vos données restent sur cet "
            "ordinateur ; réessayez plus tard.",
        ),
        "sync_network": tr(
            "errors",
            "La connexion a été coupée pendant la synchronisation. Rien n'est perdu : "
            "elle reprendra où elle s'est arrêtée.",
        ),
        "sync_revoked": tr(
            "errors",
            "Cet ordinateur a été retiré par la CCIS : il ne peut plus se synchroniser. "
            "Vos données restent sur cet ordinateur. Contactez la CCIS.",
        ),
        "sync_not_enrolled": tr(
            "errors",
            "Cet ordinateur n'est pas encore inscrit auprès du serveur de la CCIS "
            "(commande caravane enroll).",
        ),
        "sync_unknown_device": tr(
            "errors",
            "Le serveur ne reconnaît pas cet ordinateur. Demandez un nouveau code "
            "d'inscription à la CCIS.",
        ),
        "sync_bad_code": tr("errors", "Code d'inscription refusé (erroné, utilisé ou expiré)."),
        "sync_update_required": tr(
            "errors", "Le serveur demande une version plus récente de Caravane : mettez à jour."
        ),
        "sync_server_too_old": tr(
            "errors",
            "Le serveur de la CCIS est plus ancien que cet ordinateur : demandez sa mise à jour.",
        ),
        "sync_server_error": tr(
            "errors", "Le serveur a rencontré une erreur. Réessayez plus tard."
        ),
        "sync_cancelled": tr("errors", "Synchronisation annulée. Rien n'est perdu."),
        # demo
        "demo_not_empty": tr(
            "errors", "La démonstration ne se charge que dans une base de données vide."
        ),
        "demo_size": tr("errors", "Il faut au moins {min} bénéficiaire."),
        # attendance and registration
        "left_before_arrival": tr("errors", "Le départ est avant l'arrivée."),
        "date_future": tr("errors", "La date est dans le futur."),
        "birth_year_mismatch": tr(
            "errors", "L'année de naissance ne correspond pas à la date de naissance."
        ),
        "minor": tr("errors", "Cette personne a moins de 18 ans."),
        "error": tr("errors", "Une erreur est survenue."),
    }


def _fill(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.split("(")[0].strip() if "{" in template else template


def code_text(code: str, params: dict[str, Any] | None = None) -> str:
    """The sentence for a code, or a generic one naming the code."""
    messages = _messages()
    template = messages.get(code)
    if template is None:
        generic = QCoreApplication.translate("errors", "Erreur : {code}")
        return generic.format(code=code)
    return _fill(template, dict(params or {}))


def field_error_text(error: Any) -> str:
    """A FieldError (field, code, params) as the message shown next to its field."""
    return code_text(error.code, error.params)


def error_text(exc: BaseException) -> str:
    """Any exception as one readable sentence (domain codes translated)."""
    from app.services.errors import CaravaneError, ValidationError

    if isinstance(exc, ValidationError):
        lines = [field_error_text(e) for e in exc.errors]
        return "\n".join(lines) or code_text("validation")
    if isinstance(exc, CaravaneError):
        return code_text(exc.code, exc.params)
    code = getattr(exc, "code", None)  # sync errors carry codes too
    if isinstance(code, str):
        return code_text(code, getattr(exc, "params", None) or {"detail": str(exc)})
    if isinstance(exc, OSError):
        text = QCoreApplication.translate("errors", "Erreur de fichier ou de réseau : {detail}")
        return text.format(detail=exc.strerror or str(exc))
    return code_text("error")
