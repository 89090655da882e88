"""Plain French sentences for sync errors, for the command line (the
desktop app translates the same codes with its own tr() strings)."""

from __future__ import annotations

from app.sync.errors import SyncError

MESSAGES = {
    "sync_not_enrolled": "Cet ordinateur n'est pas encore inscrit auprès du serveur : "
    "lancez « caravane enroll --server URL --code CODE » avec le code donné par la CCIS.",
    "sync_offline": "Le serveur ne répond pas (pas de réseau ?). Vos données restent sur cet "
    "ordinateur ; réessayez quand une connexion sera disponible.",
    "sync_network": "La connexion a été coupée pendant la synchronisation. Rien n'est perdu : "
    "relancez la synchronisation, elle reprendra où elle s'est arrêtée.",
    "sync_revoked": "Cet ordinateur a été révoqué par la CCIS : il ne peut plus se "
    "synchroniser. Ses données locales sont conservées. Contactez la CCIS.",
    "sync_unknown_device": "Le serveur ne reconnaît pas cet ordinateur. Demandez un nouveau "
    "code d'inscription à la CCIS.",
    "sync_bad_code": "Code d'inscription refusé (erroné, déjà utilisé ou expiré).",
    "sync_update_required": "Le serveur demande une version plus récente de Caravane : "
    "veuillez mettre à jour Caravane sur cet ordinateur.",
    "sync_server_too_old": "Le serveur utilise une version plus ancienne de Caravane que cet "
    "ordinateur : demandez à la CCIS de mettre le serveur à jour.",
    "sync_server_error": "Le serveur a rencontré une erreur. Réessayez plus tard.",
    "sync_cancelled": "Synchronisation annulée. Rien n'est perdu.",
    "sync_insecure_url": "Adresse refusée : en « http:// » le jeton de cet ordinateur "
    "passerait en clair sur le réseau. Utilisez l'adresse en « https:// » donnée par la CCIS "
    "(ou, sur un réseau sûr et en connaissance de cause : caravane enroll --allow-http).",
    "sync_bad_fingerprint": "Empreinte illisible : il faut les 64 caractères (chiffres et "
    "lettres A à F) de l'empreinte SHA-256 donnée par la CCIS avec le code.",
    "sync_certificate_mismatch": "Le certificat du serveur ne correspond pas à l'empreinte "
    "donnée par la CCIS : rien n'a été envoyé. Vérifiez l'adresse et l'empreinte, ou "
    "appelez la CCIS (le serveur a pu changer de certificat, ou ce n'est pas le bon serveur).",
    "sync_certificate_untrusted": "Le certificat du serveur n'est reconnu par aucune autorité "
    "(certificat auto-signé ?) : rien n'a été envoyé. Demandez à la CCIS l'empreinte SHA-256 "
    "de son certificat et inscrivez l'ordinateur avec « --fingerprint EMPREINTE ».",
    "bundle_invalid": "Fichier de synchronisation refusé : il est endommagé, a été modifié ou "
    "ne vient pas d'un ordinateur inscrit.",
}


def message(error: SyncError) -> str:
    text = MESSAGES.get(error.code, "La synchronisation a échoué.")
    reason = error.params.get("reason")
    if error.code == "sync_server_error" and reason:
        text += f" ({reason})"
    return text
