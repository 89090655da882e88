"""The console's words in French (the source), Arabic and English.

A label the desktop app already has is taken from its catalogue (`SHARED`:
the same `.ts` files, read without Qt by `app.catalogues`), so the console
and the laptops say the same words; the console's own sentences are in
`OWN`.  Placeholders are named and filled after translation."""

from __future__ import annotations

from app.catalogues import read_catalogue
from app.labels import LANGUAGES, is_rtl

DEFAULT_LANGUAGE = "fr"
LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}

# French text -> (catalogue part, Qt context) in the desktop app's catalogues.
SHARED: dict[str, tuple[str, str]] = {
    "Mot de passe": ("caravane", "PasswordPrompt"),
    "Se connecter": ("caravane", "PasswordPrompt"),
    "Équipe": ("labels", "Report"),
    "Rôle": ("labels", "Report"),
    "Coordinateur": ("labels", "Codes"),
    # Teams page
    "Formateur": ("labels", "Codes"),
    "Femme": ("labels", "Codes"),
    "Homme": ("labels", "Codes"),
    "Formatrice": ("labels", "Codes"),
    "Coordinatrice": ("labels", "Codes"),
    "Sexe": ("labels", "Report"),
    "Bénéficiaires": ("labels", "Report"),
}

# French text -> (Arabic, English): what only the console says.
OWN: dict[str, tuple[str, str]] = {
    "Console Caravane": ("منصة القافلة", "Caravane console"),
    "CCIS Tanger-Tétouan-Al Hoceïma": (
        "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة",
        "CCIS Tanger-Tétouan-Al Hoceïma",
    ),
    "Connexion": ("تسجيل الدخول", "Log in"),
    "Identifiant": ("اسم المستخدم", "Username"),
    "Se déconnecter": ("تسجيل الخروج", "Log out"),
    "Accueil": ("الرئيسية", "Home"),
    "Agents": ("الموظفون", "Officers"),
    "Changer le mot de passe": ("تغيير كلمة المرور", "Change password"),
    "Langue": ("اللغة", "Language"),
    "Bonjour {name}": ("مرحبا {name}", "Hello {name}"),
    "Connecté en tant que {login} ({role}).": (
        "أنت متصل باسم {login} ({role}).",
        "Logged in as {login} ({role}).",
    ),
    "Équipe : {team}": ("الفريق: {team}", "Team: {team}"),
    "Les pages des équipes, des ordinateurs, des chiffres et des exports arrivent ici.": (
        "ستظهر هنا صفحات الفرق والحواسيب والأرقام والتصديرات.",
        "The pages for teams, laptops, figures and exports will appear here.",
    ),
    "Administrateur": ("مسؤول النظام", "Administrator"),
    "Agent": ("موظف", "Officer"),
    "Lecteur": ("مطلع", "Viewer"),
    "Nom complet": ("الاسم الكامل", "Full name"),
    "Actif": ("نشط", "Active"),
    "Désactivé": ("معطل", "Deactivated"),
    "État": ("الحالة", "Status"),
    "Actions": ("الإجراءات", "Actions"),
    "Ajouter un agent": ("إضافة موظف", "Add an officer"),
    "Ajouter": ("إضافة", "Add"),
    "Modifier": ("تعديل", "Change"),
    "Désactiver": ("تعطيل", "Deactivate"),
    "Réactiver": ("إعادة التفعيل", "Reactivate"),
    "Nouveau mot de passe": ("كلمة المرور الجديدة", "New password"),
    "Confirmer le nouveau mot de passe": ("تأكيد كلمة المرور الجديدة", "Confirm the new password"),
    "Confirmer le mot de passe": ("تأكيد كلمة المرور", "Confirm the password"),
    "Mot de passe actuel": ("كلمة المرور الحالية", "Current password"),
    "Réinitialiser le mot de passe": ("إعادة تعيين كلمة المرور", "Reset password"),
    "Aucune": ("لا شيء", "None"),
    "Enregistrer": ("حفظ", "Save"),
    # Outcomes and refusals: one sentence each, nothing changed on a refusal.
    "Identifiant ou mot de passe incorrect.": (
        "اسم المستخدم أو كلمة المرور غير صحيحة.",
        "Wrong username or password.",
    ),
    "Trop de tentatives de connexion : réessayez dans {minutes} minutes.": (
        "محاولات دخول كثيرة: أعد المحاولة بعد {minutes} دقيقة.",
        "Too many login attempts: try again in {minutes} minutes.",
    ),
    "Le formulaire a expiré : rechargez la page puis recommencez.": (
        "انتهت صلاحية الاستمارة: أعد تحميل الصفحة ثم أعد المحاولة.",
        "The form has expired: reload the page and try again.",
    ),
    "Votre session a expiré : reconnectez-vous.": (
        "انتهت جلستك: يرجى تسجيل الدخول من جديد.",
        "Your session has expired: please log in again.",
    ),
    "Vous êtes déconnecté.": ("تم تسجيل خروجك.", "You are logged out."),
    "Cette page est réservée à d'autres rôles.": (
        "هذه الصفحة مخصصة لأدوار أخرى.",
        "This page is for other roles.",
    ),
    "Page introuvable.": ("الصفحة غير موجودة.", "Page not found."),
    "Accès refusé": ("الدخول مرفوض", "Access refused"),
    "Mot de passe modifié.": ("تم تغيير كلمة المرور.", "Password changed."),
    "Le mot de passe actuel est incorrect.": (
        "كلمة المرور الحالية غير صحيحة.",
        "The current password is wrong.",
    ),
    "Les deux mots de passe diffèrent.": (
        "كلمتا المرور غير متطابقتين.",
        "The two passwords differ.",
    ),
    "Le mot de passe doit compter de {min} à {max} caractères.": (
        "يجب أن تتكون كلمة المرور من {min} إلى {max} حرفا.",
        "The password must have {min} to {max} characters.",
    ),
    "L'identifiant doit compter de 3 à 64 lettres, chiffres, points, tirets ou soulignés.": (
        "يجب أن يتكون اسم المستخدم من 3 إلى 64 من الحروف أو الأرقام أو النقط أو الشرطات.",
        "The username must have 3 to 64 letters, digits, dots, hyphens or underscores.",
    ),
    "Cet identifiant est déjà pris.": ("اسم المستخدم هذا مستعمل من قبل.", "This username is taken."),
    "Le nom doit compter de 1 à 120 caractères.": (
        "يجب أن يتكون الاسم من 1 إلى 120 حرفا.",
        "The name must have 1 to 120 characters.",
    ),
    "Rôle inconnu.": ("دور غير معروف.", "Unknown role."),
    "Un coordinateur est rattaché à une équipe : choisissez-la.": (
        "المنسق مرتبط بفريق واحد: اختر الفريق.",
        "A coordinator belongs to one team: choose it.",
    ),
    "Équipe inconnue.": ("فريق غير معروف.", "Unknown team."),
    "Agent introuvable.": ("الموظف غير موجود.", "Officer not found."),
    "Vous ne pouvez pas retirer vos propres droits d'administrateur.": (
        "لا يمكنك سحب صلاحيات المسؤول من حسابك.",
        "You cannot take away your own administrator rights.",
    ),
    "Le formulaire est trop long.": ("الاستمارة طويلة جدا.", "The form is too long."),
    "Agent {login} ajouté.": ("تمت إضافة الموظف {login}.", "Officer {login} added."),
    "Agent {login} modifié.": ("تم تعديل الموظف {login}.", "Officer {login} changed."),
    "Mot de passe de {login} réinitialisé ; ses sessions sont fermées.": (
        "تمت إعادة تعيين كلمة مرور {login} وأغلقت جلساته.",
        "{login}'s password was reset; their sessions are closed.",
    ),
    "Agent {login} désactivé ; ses sessions sont fermées.": (
        "تم تعطيل الموظف {login} وأغلقت جلساته.",
        "Officer {login} deactivated; their sessions are closed.",
    ),
    "Agent {login} réactivé.": ("تمت إعادة تفعيل الموظف {login}.", "Officer {login} reactivated."),
    # Certificates and audit log pages (server/console/certificates.py, audit_log.py).
    "Attestations": ("الشهادات", "Certificates"),
    "Attestation": ("شهادة", "Certificate"),
    "N° de série ou titulaire": ("الرقم التسلسلي أو اسم الحامل", "Serial number or holder"),
    "Toutes": ("الكل", "All"),
    "Tous": ("الكل", "All"),
    "Du": ("من", "From"),
    "Au": ("إلى", "To"),
    "Rechercher": ("بحث", "Search"),
    "{count} attestation(s)": ("عدد الشهادات: {count}", "{count} certificate(s)"),
    "N° de série": ("الرقم التسلسلي", "Serial number"),
    "Titulaire": ("حامل الشهادة", "Holder"),
    "Délivrée le": ("تاريخ التسليم", "Issued on"),
    "Révoquée": ("ملغاة", "Revoked"),
    "Valide": ("صالحة", "Valid"),
    "Page précédente": ("الصفحة السابقة", "Previous page"),
    "Page suivante": ("الصفحة التالية", "Next page"),
    "Page {page} sur {pages}": ("الصفحة {page} من {pages}", "Page {page} of {pages}"),
    "Attestation authentique": ("شهادة صحيحة", "Genuine certificate"),
    "Attestation révoquée": ("شهادة ملغاة", "Revoked certificate"),
    "Numéro inconnu": ("رقم غير معروف", "Unknown number"),
    "Formation": ("التكوين", "Training"),
    "Page publique de vérification": ("صفحة التحقق العمومية", "Public verification page"),
    "Révocation": ("الإلغاء", "Revocation"),
    "Révoquée le {date} par {login} : {reason}": (
        "ألغاها {login} بتاريخ {date}: {reason}",
        "Revoked on {date} by {login}: {reason}",
    ),
    "Révoquer cette attestation": ("إلغاء هذه الشهادة", "Revoke this certificate"),
    "Motif": ("السبب", "Reason"),
    "Révoquer": ("إلغاء", "Revoke"),
    "Date invalide : utilisez le format AAAA-MM-JJ.": (
        "تاريخ غير صالح: استعمل الصيغة سنة-شهر-يوم (YYYY-MM-DD).",
        "Invalid date: use the YYYY-MM-DD format.",
    ),
    "Indiquez le motif de la révocation (3 à 500 caractères).": (
        "اذكر سبب الإلغاء (من 3 إلى 500 حرف).",
        "Give the reason for the revocation (3 to 500 characters).",
    ),
    "Attestation inconnue.": ("شهادة غير معروفة.", "Unknown certificate."),
    "Cette attestation est déjà révoquée.": (
        "هذه الشهادة ملغاة من قبل.",
        "This certificate is already revoked.",
    ),
    "Attestation révoquée.": ("تم إلغاء الشهادة.", "Certificate revoked."),
    "Journal d'audit": ("سجل التدقيق", "Audit log"),
    "Action": ("الإجراء", "Action"),
    "Filtrer": ("تصفية", "Filter"),
    "Exporter (CSV)": ("تصدير (CSV)", "Export (CSV)"),
    "{count} entrée(s), heure du Maroc": (
        "عدد الأسطر: {count}، بتوقيت المغرب",
        "{count} entries, Morocco time",
    ),
    "Date et heure": ("التاريخ والساعة", "Date and time"),
    "Détail": ("التفاصيل", "Detail"),
    "Adresse IP": ("عنوان IP", "IP address"),
    # Teams page: the buses, their people, changes the laptops learn at their next sync.
    "Équipes": ("الفرق", "Teams"),
    "Ordinateurs": ("الحواسيب", "Laptops"),
    "Formateurs": ("المكونون", "Trainers"),
    "Coordinateurs": ("المنسقون", "Coordinators"),
    "Aucune équipe.": ("لا يوجد أي فريق.", "No team."),
    "Créer une équipe": ("إنشاء فريق", "Create a team"),
    "Nom de l'équipe": ("اسم الفريق", "Team name"),
    "Créer": ("إنشاء", "Create"),
    "Les personnes qui se connectent sur les ordinateurs de l'équipe": (
        "الأشخاص الذين يسجلون الدخول على حواسيب الفريق",
        "The people who log in on the team's laptops",
    ),
    "Personne pour l'instant.": ("لا أحد حتى الآن.", "Nobody yet."),
    "Ajouter un formateur ou un coordinateur": ("إضافة مكون أو منسق", "Add a trainer or a coordinator"),
    "Équipe {team} créée.": ("تم إنشاء الفريق {team}.", "Team {team} created."),
    "Une équipe porte déjà ce nom.": ("يوجد فريق يحمل هذا الاسم من قبل.", "A team already has this name."),
    "Sexe inconnu.": ("جنس غير معروف.", "Unknown sex."),
    "Personne introuvable dans cette équipe.": (
        "هذا الشخص غير موجود في هذا الفريق.",
        "No such person in this team.",
    ),
    "Cette équipe n'est pas la vôtre.": ("هذا الفريق ليس فريقك.", "This team is not yours."),
    "Compte de {name} ajouté ; les ordinateurs de l'équipe l'apprendront à leur prochaine "
    "synchronisation.": (
        "تمت إضافة حساب {name}، وستعلم حواسيب الفريق بذلك عند مزامنتها القادمة.",
        "{name}'s account added; the team's laptops will learn it at their next sync.",
    ),
    "Mot de passe de {name} réinitialisé ; les ordinateurs de l'équipe l'apprendront à leur "
    "prochaine synchronisation.": (
        "تمت إعادة تعيين كلمة مرور {name}، وستعلم حواسيب الفريق بذلك عند مزامنتها القادمة.",
        "{name}'s password was reset; the team's laptops will learn it at their next sync.",
    ),
    "Compte de {name} réactivé.": ("تمت إعادة تفعيل حساب {name}.", "{name}'s account reactivated."),
    "Compte de {name} désactivé ; les ordinateurs de l'équipe refuseront sa connexion après "
    "leur prochaine synchronisation.": (
        "تم تعطيل حساب {name}، وسترفض حواسيب الفريق دخوله بعد مزامنتها القادمة.",
        "{name}'s account deactivated; the team's laptops will refuse their login after their "
        "next sync.",
    ),
    # Figures page (server/console/figures.py).
    "Chiffres": ("الأرقام", "Figures"),
    "Chiffres du programme": ("أرقام البرنامج", "Programme figures"),
    "Toutes les équipes": ("جميع الفرق", "All teams"),
    "Province": ("الإقليم", "Province"),
    "Toute la région": ("الجهة بأكملها", "The whole region"),
    "Commune": ("الجماعة", "Commune"),
    "Toutes les communes": ("جميع الجماعات", "All communes"),
    "Afficher": ("عرض", "Show"),
    "Télécharger": ("تحميل", "Download"),
    "Le rapport et les exports suivent la période et l'équipe choisies (pas la province ni la commune).": (
        "يغطي التقرير والتصديرات الفترة والفريق المختاريْن (دون الإقليم أو الجماعة).",
        "The report and the exports follow the chosen period and team (not the province or commune).",
    ),
    "Rapport d'activité (PDF)": ("تقرير النشاط (PDF)", "Activity report (PDF)"),
    "Export": ("التصدير", "Export"),
    "Format": ("الصيغة", "Format"),
    "Bénéficiaires": ("المستفيدون", "Beneficiaries"),
    "Présences": ("الحضور", "Attendance"),
    "Accompagnement": ("المواكبة", "Coaching"),
    "Indicateurs": ("المؤشرات", "Indicators"),
    "Codes au lieu des libellés": ("الرموز بدل التسميات", "Codes instead of labels"),
    "Désidentifié": ("مجهول الهوية", "De-identified"),
    "Exporter": ("تصدير", "Export"),
    "Date illisible : écrivez AAAA-MM-JJ.": (
        "تاريخ غير مقروء: اكتب السنة-الشهر-اليوم (AAAA-MM-JJ).",
        "Unreadable date: write YYYY-MM-DD.",
    ),
    "La fin de la période est avant son début.": (
        "نهاية الفترة تسبق بدايتها.",
        "The end of the period is before its start.",
    ),
    "Province inconnue.": ("إقليم غير معروف.", "Unknown province."),
    "Commune inconnue.": ("جماعة غير معروفة.", "Unknown commune."),
    "Export inconnu.": ("تصدير غير معروف.", "Unknown export."),
    "Choisissez ce que vous exportez.": ("اختر ما تريد تصديره.", "Choose what to export."),
    # -- Laptops page (server/console/laptops.py) --
    "Ordinateur": ("الحاسوب", "Laptop"),
    "Inscrire un ordinateur": ("تسجيل حاسوب", "Enrol a laptop"),
    "Inscrire un ordinateur pour l'équipe « {team} »": (
        "تسجيل حاسوب لفريق «{team}»",
        "Enrol a laptop for the team “{team}”",
    ),
    "Code d'inscription": ("رمز التسجيل", "Joining code"),
    "Valable une seule fois, jusqu'au {when}.": (
        "صالح لمرة واحدة فقط، إلى غاية {when}.",
        "Valid once only, until {when}.",
    ),
    "Empreinte du certificat du serveur": ("بصمة شهادة الخادم", "Server certificate fingerprint"),
    "Sur l'ordinateur, collez ce lien dans l'écran d'inscription au serveur, ou lisez le code QR.": (
        "على الحاسوب، الصق هذا الرابط في شاشة التسجيل لدى الخادم، أو امسح رمز QR.",
        "On the laptop, paste this link into the server joining screen, or scan the QR code.",
    ),
    "Inscrit le": ("تاريخ التسجيل", "Enrolled on"),
    "Dernière synchronisation": ("آخر مزامنة", "Last sync"),
    "Conflits en attente": ("تعارضات في الانتظار", "Pending conflicts"),
    "jamais": ("أبدا", "never"),
    "Révoqué": ("ملغى", "Revoked"),
    "Perdu": ("مفقود", "Lost"),
    "Signaler perdu": ("التصريح بالضياع", "Mark as lost"),
    "Aucun ordinateur inscrit.": ("لا يوجد أي حاسوب مسجل.", "No laptop enrolled."),
    "Un ordinateur révoqué ne peut plus se synchroniser. « Perdu » est noté au journal ; "
    "l'effacement des données sur l'ordinateur lui-même viendra plus tard : révoquez-le aussi.": (
        "لا يمكن للحاسوب الملغى أن يتزامن بعد ذلك. يُسجَّل «مفقود» في السجل؛ أما مسح البيانات "
        "على الحاسوب نفسه فسيأتي لاحقا: ألغه أيضا.",
        "A revoked laptop can no longer sync. “Lost” is written in the log; wiping the data on "
        "the laptop itself comes later: revoke it too.",
    ),
    "Afficher un code d'inscription": ("عرض رمز التسجيل", "Show a joining code"),
    "Choisissez l'équipe de cet ordinateur.": (
        "اختر فريق هذا الحاسوب.",
        "Choose this laptop's team.",
    ),
    "Ordinateur introuvable.": ("الحاسوب غير موجود.", "Laptop not found."),
    "Ordinateur « {name} » révoqué : sa prochaine synchronisation sera refusée.": (
        "تم إلغاء الحاسوب «{name}»: ستُرفض مزامنته القادمة.",
        "Laptop “{name}” revoked: its next sync will be refused.",
    ),
    "Ordinateur « {name} » signalé perdu.": (
        "تم التصريح بضياع الحاسوب «{name}».",
        "Laptop “{name}” marked as lost.",
    ),
}


def text(source: str, lang: str, **params: object) -> str:
    """`source` (French) in `lang`, placeholders filled."""
    translated = source
    if lang != "fr":
        shared = SHARED.get(source)
        if shared is not None:
            part, context = shared
            translated = read_catalogue(f"{part}_{lang}").get((context, source), source)
        elif source in OWN:
            arabic, english = OWN[source]
            translated = arabic if lang == "ar" else english
    return translated.format(**params) if params else translated


def language(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def from_accept_language(header: str) -> str:
    """The first of the browser's languages the console speaks."""
    for part in header.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "is_rtl", "language", "text"]
