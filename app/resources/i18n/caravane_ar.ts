<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/ui/importing.py" line="36" />
        <source>Importer une liste de bénéficiaires</source>
        <translation>استيراد لائحة المستفيدين</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="38" />
        <source>Listes (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>اللوائح (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="44" />
        <source>Importer une liste de bénéficiaires…</source>
        <translation>استيراد لائحة المستفيدين…</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="73" />
        <source>Import impossible</source>
        <translation>تعذر الاستيراد</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="77" />
        <source>Import de {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="78" />
        <source>Lecture et vérification des lignes…</source>
        <translation>قراءة الأسطر والتحقق منها…</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="84" />
        <source>{imported} personne(s) importée(s), {present} déjà présente(s), {refused} ligne(s) refusée(s).</source>
        <translation>تم استيراد {imported} شخص(ا)، {present} مسجل(ون) من قبل، {refused} سطر(ا) مرفوض(ا).</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="92" />
        <source>Ligne {line} ({name}) : {reasons}</source>
        <translation>السطر {line} ({name}): {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="96" />
        <source>… et {count} autre(s) ligne(s) refusée(s).</source>
        <translation>… و{count} سطر(ا) آخر مرفوض(ا).</translation>
    </message>
    <message>
        <location filename="../../app/ui/importing.py" line="103" />
        <source>Import terminé</source>
        <translation>انتهى الاستيراد</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="105" />
        <source>présents / attendus</source>
        <translation>الحاضرون / المنتظرون</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="27" />
        <source>Séance :</source>
        <translation>الحصة:</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="160" />
        <source>Nom, الاسم, CIN ou téléphone — puis Entrée</source>
        <translation>الاسم أو رقم البطاقة أو الهاتف، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="215" />
        <source>Nouveau participant (Ctrl+N)</source>
        <translation>مشارك جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="311" />
        <source>Annuler le dernier pointage (Ctrl+Z)</source>
        <translation>إلغاء آخر تسجيل حضور (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="318" />
        <source>Présence partielle…</source>
        <translation>حضور جزئي…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="252" />
        <source>Liste de la séance</source>
        <translation>لائحة الحصة</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/attendance.ui" line="272" />
        <source>Afficher :</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="376" />
        <source>attendu</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="443" />
        <source>{date}, {start}–{end} · {place}</source>
        <translation>{date}، {start}–{end} · {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="545" />
        <source>↑ ↓ pour choisir, Entrée pour pointer.</source>
        <translation>↑ ↓ للاختيار، ثم مفتاح الإدخال لتسجيل الحضور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="547" />
        <source>Plus de {count} personnes : précisez la recherche.</source>
        <translation>أكثر من {count} شخصا: دقق البحث.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="477" />
        <source>Aucune personne trouvée exactement pour « {query} ». Noms approchants ci-dessous : ↓ pour en choisir un, ou Entrée pour l'inscrire comme nouveau participant.</source>
        <translation>لا يوجد أي شخص يطابق « {query} » تماما. أسماء قريبة أدناه: ↓ لاختيار أحدها، أو مفتاح الإدخال لتسجيله كمشارك جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="485" />
        <source>Aucune personne trouvée pour « {query} ». Entrée pour l'inscrire comme nouveau participant.</source>
        <translation>لم يُعثر على أي شخص يطابق « {query} ». اضغط مفتاح الإدخال لتسجيله كمشارك جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="653" />
        <source>{name} : présence déjà enregistrée.</source>
        <translation>حضور {name} مسجل من قبل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="710" />
        <source> à {time}</source>
        <translation> على الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="711" />
        <source>✓ {name} : présence enregistrée{when}</source>
        <translation>✓ سُجّل حضور {name}{when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="736" />
        <source>↶ Pointage de {name} annulé.</source>
        <translation>↶ تم إلغاء حضور {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="764" />
        <source>Choisissez d'abord une personne dans la liste.</source>
        <translation>اختر أولا شخصا من اللائحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="779" />
        <source>Heures de {name} enregistrées.</source>
        <translation>تم تسجيل ساعات {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="814" />
        <source>✓ {name} : inscription et présence enregistrées.</source>
        <translation>✓ تم تسجيل {name} وتسجيل الحضور.</translation>
    </message>
    <message>
        <source>{present} / {expected}</source>
        <translation>{present} من أصل {expected}</translation>
    </message>
    <message>
        <source>Personne ne correspond à {queries}. Entrée une seconde fois (ou Ctrl+N) pour inscrire un nouveau participant.</source>
        <translation>لا أحد يطابق {queries}. اضغط مفتاح الإدخال (Enter) مرة ثانية (أو Ctrl+N) لتسجيل مشارك جديد.</translation>
    </message>
    <message>
        <source>Imprimer la feuille de présence (Ctrl+P)</source>
        <translation>طباعة ورقة الحضور (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="70" />
        <source>Bienvenue dans Caravane</source>
        <translation>مرحبا بكم في Caravane</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="74" />
        <source>Cet ordinateur n'a pas encore d'équipe. Donnez le nom du bus et créez le compte du coordinateur, ou chargez les données de démonstration pour essayer.</source>
        <translation>هذا الحاسوب ليس له فريق بعد. أدخل اسم الحافلة وأنشئ حساب المنسق، أو حمّل معطيات العرض التجريبي للتجربة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="81" />
        <source>ex. Caravane TPE — Bus 1</source>
        <translation>مثلا: Caravane TPE — الحافلة 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="94" />
        <source>Nom de l'équipe (bus)</source>
        <translation>اسم الفريق (الحافلة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="95" />
        <source>Nom du coordinateur</source>
        <translation>اسم المنسق</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="96" />
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="97" />
        <source>Mot de passe (encore)</source>
        <translation>كلمة المرور (مرة أخرى)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="98" />
        <source>Créer l'équipe et commencer</source>
        <translation>إنشاء الفريق والبدء</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="106" />
        <source>Essayer avec des données de démonstration</source>
        <translation>التجربة بمعطيات العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="112" />
        <source>Charger la démonstration</source>
        <translation>تحميل العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="117" />
        <source>Crée une équipe fictive, ses formateurs et des bénéficiaires. Ensuite, choisissez un nom dans la liste, par exemple {name}, et tapez le mot de passe {password} (le même pour tous les comptes de démonstration).</source>
        <translation>ينشئ فريقا وهميا ومكونيه ومستفيدين. بعد ذلك، اختر اسما من القائمة، مثلا {name}، واكتب كلمة المرور {password} (وهي نفسها لجميع حسابات العرض التجريبي).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="123" />
        <source>Bénéficiaires</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="254" />
        <source>Données de démonstration</source>
        <translation>معطيات العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="255" />
        <location filename="../../app/ui/screens/first_start.py" line="266" />
        <source>Création des données de démonstration…</source>
        <translation>جار إنشاء معطيات العرض التجريبي…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="261" />
        <source>Bénéficiaires…</source>
        <translation>المستفيدون…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="262" />
        <source>Tournée et séances…</source>
        <translation>الجولة والحصص…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="263" />
        <source>Présences…</source>
        <translation>الحضور…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="264" />
        <source>Accompagnement…</source>
        <translation>المواكبة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/first_start.py" line="103" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/ui/screens/login.py" line="258" />
        <source>Caravane est verrouillée</source>
        <translation>Caravane مقفلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="264" />
        <source>Déverrouiller</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="266" />
        <source>Changer d'utilisateur</source>
        <translation>تغيير المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="284" />
        <source>Session de {name}. Tapez votre mot de passe pour continuer.</source>
        <translation>جلسة {name}. اكتب كلمة المرور للمتابعة.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/ui/screens/login.py" line="177" />
        <source>Caravane — maison des TPE</source>
        <translation>Caravane — دار المقاولات الصغيرة جدا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="181" />
        <source>Choisissez votre nom, puis tapez votre mot de passe.</source>
        <translation>اختر اسمك، ثم اكتب كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="210" />
        <source>Équipe : {team}</source>
        <translation>الفريق: {team}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="215" />
        <source>coordinateur</source>
        <translation>منسق</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="215" />
        <source>formateur</source>
        <translation>مكون</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="227" />
        <source>coordinatrice</source>
        <translation>منسِّقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="228" />
        <source>formatrice</source>
        <translation>مكوِّنة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Aujourd'hui</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>Présences</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185" />
        <source>Séances</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>Bénéficiaires</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>Accompagnement</source>
        <translation>المواكبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>Chiffres</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>Conflits</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Paramètres</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Caravane — {name}</source>
        <translation>Caravane — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289" />
        <source>&amp;Caravane</source>
        <translation>&amp;Caravane</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290" />
        <source>Verrouiller</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293" />
        <source>Changer d'utilisateur</source>
        <translation>تغيير المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295" />
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302" />
        <source>&amp;Documents</source>
        <translation>&amp;الوثائق</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304" />
        <source>&amp;Aide</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305" />
        <source>À propos de Caravane</source>
        <translation>حول Caravane</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/ui/screens/login.py" line="82" />
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="85" />
        <source>Se connecter</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="110" />
        <source>Choisissez d'abord votre nom dans la liste.</source>
        <translation>اختر اسمك أولا من اللائحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="152" />
        <source>Trop d'essais : attendez {seconds} s avant de réessayer.</source>
        <translation>محاولات كثيرة: انتظر {seconds} ثانية قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/login.py" line="164" />
        <source>Vous pouvez réessayer.</source>
        <translation>يمكنك إعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="142" />
        <source>Présence partielle</source>
        <translation>حضور جزئي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="145" />
        <source>{name} — séance de {start} à {end}</source>
        <translation>{name} — حصة من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="156" />
        <source>Pause de {start} à {end} (jamais comptée)</source>
        <translation>استراحة من {start} إلى {end} (لا تُحتسب أبدا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="156" />
        <source>Arrivée</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/attendance.py" line="156" />
        <source>Départ</source>
        <translation>المغادرة</translation>
    </message>
</context>
<context>
    <name>RosterModeBox</name>
    <message>
        <location filename="../../app/ui/screens/roster_mode.py" line="15" />
        <source>Tout le monde</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/roster_mode.py" line="16" />
        <source>Présents</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/roster_mode.py" line="17" />
        <source>Attendus pas encore là</source>
        <translation>منتظرون لم يحضروا بعد</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/models/roster.py" line="47" />
        <source>Présent</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="52" />
        <source>Prénom et nom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="57" />
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="61" />
        <source>Arrivée</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="66" />
        <source>Départ</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="71" />
        <source>Heures</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="77" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="79" />
        <source>CIN</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="81" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="123" />
        <source>Cocher pour pointer la personne présente</source>
        <translation>ضع علامة لتسجيل حضور الشخص</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="38" />
        <source>attendue</source>
        <translation>منتظرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/roster.py" line="39" />
        <source>attendu</source>
        <translation>منتظر</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="25" />
        <source>✓ présent</source>
        <translation>✓ حاضر</translation>
    </message>
    <message>
        <source>attendue</source>
        <translation>مسجلة في الحصة</translation>
    </message>
    <message>
        <source>attendu</source>
        <translation>مسجل في الحصة</translation>
    </message>
    <message>
        <source>✓ présente</source>
        <translation>✓ حاضرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="34" />
        <source>Nom approchant de la recherche : vérifiez avant de pointer.</source>
        <translation>اسم قريب مما كُتب في البحث: تحقق منه قبل تسجيل الحضور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="28" />
        <source>Prénom et nom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="33" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="37" />
        <source>Séance</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="40" />
        <source>CIN</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="42" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/search_results.py" line="46" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="40" />
        <source>Protection des données (loi 09-08)</source>
        <translation>حماية المعطيات الشخصية (القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="42" />
        <source>Mentions imprimées sur la fiche d'un bénéficiaire. Un champ vide n'est jamais inventé : la fiche dit qu'il n'est pas renseigné.</source>
        <translation>بيانات تُطبع على بطاقة المستفيد. لا يُختلق أي حقل فارغ: تذكر البطاقة أنه غير مسجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="56" />
        <source>non renseignée</source>
        <translation>غير مسجلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="57" />
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="65" />
        <source>Adresse de la CCIS</source>
        <translation>عنوان الغرفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="66" />
        <source>Référence de la déclaration à la CNDP</source>
        <translation>مرجع التصريح لدى اللجنة الوطنية (CNDP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="67" />
        <source>Durée de conservation (années)</source>
        <translation>مدة الحفظ (بالسنوات)</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="68" />
        <source>Où exercer ses droits</source>
        <translation>جهة ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="94" />
        <source>Seul un coordinateur peut modifier ces mentions.</source>
        <translation>لا يمكن تعديل هذه البيانات إلا من طرف منسق.</translation>
    </message>
    <message>
        <location filename="../../app/ui/privacy_settings.py" line="128" />
        <source>Enregistré.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="62" />
        <source>Dossier des données de Caravane</source>
        <translation>مجلد معطيات Caravane</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="72" />
        <source>Paramètres</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="85" />
        <source>Langue de l'interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="97" />
        <source>Choisir un autre dossier…</source>
        <translation>اختيار مجلد آخر…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="99" />
        <source>Revenir au dossier par défaut</source>
        <translation>الرجوع إلى المجلد الافتراضي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="101" />
        <source>Dossier des données</source>
        <translation>مجلد المعطيات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="103" />
        <source>Dossier utilisé maintenant :</source>
        <translation>المجلد المستعمل حاليا:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="116" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="117" />
        <source>jamais</source>
        <translation>أبدا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="120" />
        <source>Verrouillage</source>
        <translation>القفل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="122" />
        <source>Verrouiller après une inactivité de</source>
        <translation>القفل بعد عدم نشاط لمدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="131" />
        <source>À propos</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="133" />
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="136" />
        <source>Base de données</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="137" />
        <source>Identifiant de cet ordinateur</source>
        <translation>معرف هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="138" />
        <source>Contenu</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="170" />
        <source>Équipe : {team}
{beneficiaries} bénéficiaires, {sessions} séances, {stops} étapes, {users} utilisateurs</source>
        <translation>الفريق: {team}
{beneficiaries} مستفيد، {sessions} حصة، {stops} محطة، {users} مستخدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="206" />
        <source>Au prochain démarrage, Caravane utilisera : {folder}</source>
        <translation>عند التشغيل المقبل، سيستعمل Caravane: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="198" />
        <source>Serveur de la CCIS</source>
        <translation>خادم غرفة التجارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="202" />
        <source>Relier avec un nouveau code…</source>
        <translation>الربط برمز جديد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="219" />
        <source>64 caractères, si la CCIS la donne</source>
        <translation>64 حرفًا، إن قدمتها الغرفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="226" />
        <source>Relier cet ordinateur au serveur</source>
        <translation>ربط هذا الحاسوب بالخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="242" />
        <source>Lien d'inscription (sous le QR code)</source>
        <translation>رابط التسجيل (تحت رمز QR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="243" />
        <source>ou bien :</source>
        <translation>أو:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="245" />
        <source>Adresse du serveur</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="247" />
        <source>Code d'inscription</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="249" />
        <source>Empreinte du certificat</source>
        <translation>بصمة الشهادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="310" />
        <source>Les données de cet ordinateur ne sont pas encore reliées à un serveur : elles restent ici. Pour les envoyer à la CCIS, saisissez le lien d'inscription affiché par sa console, ou l'adresse du serveur et le code qu'elle vous a donnés.</source>
        <translation>معطيات هذا الحاسوب غير مربوطة بعد بأي خادم: إنها تبقى هنا. لإرسالها إلى غرفة التجارة، أدخل رابط التسجيل المعروض على منصتها، أو عنوان الخادم والرمز اللذين قدمتهما لك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="319" />
        <source>Cet ordinateur a été retiré par la CCIS du serveur {url}. Ses données restent ici ; pour le relier de nouveau, demandez un nouveau code.</source>
        <translation>سحبت غرفة التجارة هذا الحاسوب من الخادم {url}. تبقى معطياته هنا؛ لربطه من جديد، اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="325" />
        <source>Relié au serveur {url} (équipe « {team} »).</source>
        <translation>مربوط بالخادم {url} (الفريق « {team} »).</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="330" />
        <source>Relié au serveur {url}.</source>
        <translation>مربوط بالخادم {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="414" />
        <source>Connexion au serveur {url}…</source>
        <translation>جارٍ الاتصال بالخادم {url}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="450" />
        <source>Cet ordinateur est relié au serveur, équipe « {team} » : {rows} enregistrement(s) de cet ordinateur la rejoignent. La première synchronisation commence.</source>
        <translation>تم ربط هذا الحاسوب بالخادم، الفريق « {team} »: ينضم إليه {rows} من تسجيلات هذا الحاسوب. تبدأ المزامنة الأولى الآن.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <source>Cet écran arrive bientôt.</source>
        <translation>هذه الشاشة قادمة قريبا.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Caravane est déjà ouvert sur ce dossier de données ({folder}) : sa fenêtre est passée au premier plan.</source>
        <translation>Caravane مفتوح مسبقا على مجلد المعطيات هذا ({folder}): تم إظهار نافذته في المقدمة.</translation>
    </message>
    <message>
        <source>Caravane est déjà ouvert sur ce dossier de données :
{folder}

Une seule fenêtre à la fois peut y travailler. Utilisez la fenêtre déjà ouverte (elle est peut-être réduite ou sur un autre bureau), ou fermez-la avant de relancer Caravane.</source>
        <translation>Caravane مفتوح مسبقا على مجلد المعطيات هذا:
{folder}

لا يمكن أن تشتغل عليه إلا نافذة واحدة في كل مرة. استعمل النافذة المفتوحة (ربما هي مصغرة أو على سطح مكتب آخر)، أو أغلقها قبل إعادة تشغيل Caravane.</translation>
    </message>
    <message>
        <source>Une commande Caravane (« caravane {command} ») travaille sur ce dossier de données :
{folder}

Attendez qu&apos;elle se termine, puis relancez Caravane.</source>
        <translation>أمر من أوامر Caravane («caravane {command}») يشتغل على مجلد المعطيات هذا:
{folder}

انتظر حتى ينتهي، ثم أعد تشغيل Caravane.</translation>
    </message>
    <message>
        <source>Un autre programme Caravane travaille sur ce dossier de données :
{folder}

Attendez qu&apos;il se termine (ou fermez l&apos;autre fenêtre de Caravane), puis relancez Caravane.</source>
        <translation>برنامج آخر من Caravane يشتغل على مجلد المعطيات هذا:
{folder}

انتظر حتى ينتهي (أو أغلق نافذة Caravane الأخرى)، ثم أعد تشغيل Caravane.</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>Le disque qui contient les données de Caravane est plein :
{folder}

Caravane ne peut pas démarrer sans un peu de place. Rien de ce qui était enregistré n&apos;est perdu. Libérez de la place (fichiers inutiles, corbeille), puis relancez Caravane.</source>
        <translation>القرص الذي يحتوي على معطيات Caravane ممتلئ:
{folder}

لا يمكن تشغيل Caravane دون قليل من المساحة الفارغة. لم يضع أي شيء مما سبق تسجيله. أفرغ بعض المساحة (الملفات غير الضرورية، سلة المهملات)، ثم أعد تشغيل Caravane.</translation>
    </message>
    <message>
        <source>Caravane ne peut pas écrire dans son dossier de données :
{folder}

Le disque est en lecture seule, protégé ou retiré. Rien de ce qui était enregistré n&apos;est perdu. Vérifiez ce dossier (ou la clé USB qui le contient), puis relancez Caravane.</source>
        <translation>لا يستطيع Caravane الكتابة في مجلد معطياته:
{folder}

القرص للقراءة فقط أو محمي أو منزوع. لم يضع أي شيء مما سبق تسجيله. تحقق من هذا المجلد (أو من مفتاح USB الذي يحتويه)، ثم أعد تشغيل Caravane.</translation>
    </message>
    <message>
        <source>Caravane ne peut pas écrire dans son dossier de données :
{folder}

Le disque signale une erreur. Rien de ce qui était enregistré n&apos;est perdu. Vérifiez le disque, puis relancez Caravane.</source>
        <translation>لا يستطيع Caravane الكتابة في مجلد معطياته:
{folder}

يشير القرص إلى خطأ. لم يضع أي شيء مما سبق تسجيله. تحقق من القرص، ثم أعد تشغيل Caravane.</translation>
    </message>
    <message>
        <source>Caravane n&apos;a pas pu ouvrir ses données :
{folder}</source>
        <translation>تعذر على Caravane فتح معطياته:
{folder}</translation>
    </message>
    <message>
        <source>Ce qui était déjà enregistré n&apos;est pas perdu.</source>
        <translation>ما سبق تسجيله لم يضع.</translation>
    </message>
    <message>
        <source>Ce qui était déjà enregistré n&apos;est pas perdu. Donnez ce journal au support : {path}</source>
        <translation>ما سبق تسجيله لم يضع. سلّم ملف السجل هذا للدعم التقني: {path}</translation>
    </message>
    <message>
        <source>Caravane ne peut pas démarrer</source>
        <translation>تعذر تشغيل Caravane</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../app/ui/status_bar.py" line="61" />
        <source>Détails…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="200" />
        <source>Synchronisation</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="63" />
        <source>Synchroniser</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="112" />
        <source>Synchronisation en cours…</source>
        <translation>جارية المزامنة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="130" />
        <source>Synchronisé</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="172" />
        <source>Synchronisation : …</source>
        <translation>المزامنة: …</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="179" />
        <source>● Retiré par la CCIS</source>
        <translation>● سحبته غرفة التجارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="187" />
        <source>● En ligne</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="190" />
        <source>● Hors ligne</source>
        <translation>● غير متصل</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="193" />
        <source>{count} modification(s) à envoyer</source>
        <translation>{count} تعديل للإرسال</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="196" />
        <source>Dernière synchro : {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="198" />
        <source>Jamais synchronisé</source>
        <translation>لم تتم أي مزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="202" />
        <source>{count} conflit(s) à revoir</source>
        <translation>{count} تعارض للمراجعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="45" />
        <source>Relier à un serveur…</source>
        <translation>الربط بخادم…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status_bar.py" line="229" />
        <source>Données locales : pas encore reliées à un serveur</source>
        <translation>معطيات محلية: غير مربوطة بخادم بعد</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="104" />
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../app/ui/screens/today.py" line="87" />
        <location filename="../../app/ui/screens/today.py" line="198" />
        <source>Séances du jour</source>
        <translation>حصص اليوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="93" />
        <source>Prendre les présences</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="110" />
        <source>Suivis d'accompagnement prévus aujourd'hui</source>
        <translation>متابعات المواكبة المقررة اليوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="111" />
        <source>Prochaines étapes en retard</source>
        <translation>الخطوات المقبلة المتأخرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="148" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="151" />
        <source>Heure</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="155" />
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="156" />
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="158" />
        <source>Présents / attendus</source>
        <translation>الحاضرون / المنتظرون</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="167" />
        <source>Bénéficiaire</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="168" />
        <source>Étape</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="170" />
        <source>Échéance</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="187" />
        <source>Aujourd'hui, {date}</source>
        <translation>اليوم، {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="193" />
        <source>Étape du bus : {commune}{place}</source>
        <translation>محطة الحافلة: {commune}{place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="196" />
        <source>Pas d'étape du bus prévue aujourd'hui.</source>
        <translation>لا توجد محطة للحافلة مقررة اليوم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="201" />
        <source>Prochaines séances</source>
        <translation>الحصص المقبلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="203" />
        <source>Aucune séance aujourd'hui. Voici les prochaines.</source>
        <translation>لا توجد حصة اليوم. إليك الحصص المقبلة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="205" />
        <source>Aucune séance prévue dans les deux semaines à venir.</source>
        <translation>لا توجد حصة مقررة في الأسبوعين المقبلين.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="212" />
        <source>Suivis d'accompagnement prévus aujourd'hui ({count})</source>
        <translation>متابعات المواكبة المقررة اليوم ({count})</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/today.py" line="217" />
        <source>Prochaines étapes en retard ({count})</source>
        <translation>الخطوات المقبلة المتأخرة ({count})</translation>
    </message>
    <message>
        <source>{present} / {expected}</source>
        <translation>{present} من أصل {expected}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="119" />
        <source>Nouveau participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="129" />
        <source>Femme</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="130" />
        <source>Homme</source>
        <translation>رجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="141" />
        <source>année (1990) ou date (jj/mm/aaaa)</source>
        <translation>السنة (1990) أو التاريخ (يوم/شهر/سنة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="146" />
        <source>tapez le début du nom</source>
        <translation>اكتب بداية الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="156" />
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="157" />
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="158" />
        <location filename="../../app/ui/screens/walk_in.py" line="235" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="159" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="160" />
        <source>Naissance</source>
        <translation>الازدياد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="161" />
        <location filename="../../app/ui/screens/walk_in.py" line="237" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="162" />
        <location filename="../../app/ui/screens/walk_in.py" line="236" />
        <source>CIN</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="163" />
        <location filename="../../app/ui/screens/walk_in.py" line="238" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="166" />
        <source>La personne accepte l'enregistrement de ses données (loi 09-08)</source>
        <translation>يوافق الشخص على تسجيل معطياته (القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="169" />
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="170" />
        <source>Partage avec les partenaires</source>
        <translation>المشاركة مع الشركاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="171" />
        <source>SMS / WhatsApp</source>
        <translation>رسائل SMS / واتساب</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="182" />
        <source>Consentement</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="185" />
        <source>Cette personne est peut-être déjà inscrite</source>
        <translation>ربما هذا الشخص مسجل من قبل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="199" />
        <source>C'est cette personne</source>
        <translation>إنه هذا الشخص</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="202" />
        <source>Créer quand même</source>
        <translation>الإنشاء على أي حال</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="216" />
        <source>Enregistrer et pointer</source>
        <translation>تسجيل وتسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="229" />
        <source>même CIN</source>
        <translation>نفس رقم البطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="230" />
        <source>même téléphone</source>
        <translation>نفس الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="231" />
        <source>nom proche, même commune</source>
        <translation>اسم مشابه، نفس الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="234" />
        <source>Prénom et nom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/walk_in.py" line="239" />
        <source>Pourquoi</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/ui/crash.py" line="69" />
        <source>Un problème inattendu est survenu. Ce qui était déjà enregistré (présences, inscriptions) n'est pas perdu.</source>
        <translation>وقع مشكل غير متوقع. ما تم تسجيله من قبل (الحضور، التسجيلات) لم يضع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="74" />
        <source>Le détail est dans le journal : {path}. Donnez ce fichier au support.</source>
        <translation>التفاصيل في السجل: {path}. سلّم هذا الملف للدعم التقني.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="83" />
        <source>Caravane — erreur</source>
        <translation>Caravane — خطأ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Ce choix ne vaut que pour l'export des bénéficiaires.</source>
        <translation>هذا الاختيار لا يصلح إلا لتصدير المستفيدين.</translation>
    </message>
    <message>
        <source>La clé de pseudonymisation doit compter au moins {min} octets (64 chiffres hexadécimaux).</source>
        <translation>يجب أن يتكون مفتاح إخفاء الهوية من {min} بايت على الأقل (64 رقما ست عشريا).</translation>
    </message>
    <message>
        <source>Cet ordinateur n'a pas encore d'équipe : reliez-le d'abord au serveur de la CCIS.</source>
        <translation>لا يتوفر هذا الحاسوب بعد على فريق: اربطه أولا بخادم غرفة التجارة.</translation>
    </message>
    <message>
        <source>Un export ne peut pas être à la fois avec données personnelles et désidentifié.</source>
        <translation>لا يمكن أن يكون التصدير في الوقت نفسه بالمعطيات الشخصية ومجهول الهوية.</translation>
    </message>
    <message>
        <source>Ce programme est commun à toutes les équipes : seule la CCIS peut le modifier.</source>
        <translation>هذا البرنامج مشترك بين جميع الفرق: وحدها غرفة التجارة يمكنها تعديله.</translation>
    </message>
    <message>
        <source>Équipe inconnue.</source>
        <translation>فريق غير معروف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="139" />
        <source>Une fiche est trop volumineuse pour être envoyée au serveur (notes très longues ?). Rien n&apos;est perdu : raccourcissez-la puis relancez la synchronisation.</source>
        <translation>إحدى البطاقات كبيرة جدا لإرسالها إلى الخادم (ملاحظات طويلة جدا؟). لم يضع شيء: اختصرها ثم أعد المزامنة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="20" />
        <source>Ce champ est obligatoire.</source>
        <translation>هذا الحقل إجباري.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="21" />
        <source>Choix non valable.</source>
        <translation>اختيار غير صالح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="22" />
        <source>Le numéro de CIN ne semble pas valable ({value}).</source>
        <translation>رقم البطاقة الوطنية لا يبدو صحيحا ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="25" />
        <source>Le numéro de CIN est trop long ({max} caractères au plus).</source>
        <translation>رقم البطاقة الوطنية طويل جدا ({max} حرفا على الأكثر).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="28" />
        <source>Numéro de téléphone non valable.</source>
        <translation>رقم الهاتف غير صالح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="29" />
        <source>Ce n'est pas un numéro de portable marocain (06… ou 07…).</source>
        <translation>ليس رقم هاتف محمول مغربي (06… أو 07…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="32" />
        <source>L'ICE doit compter 15 chiffres.</source>
        <translation>يجب أن يتكون ICE من 15 رقما.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="33" />
        <source>La date de naissance est dans le futur.</source>
        <translation>تاريخ الازدياد في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="36" />
        <source>La date de naissance n'est pas plausible.</source>
        <translation>تاريخ الازدياد غير معقول.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="39" />
        <location filename="../../app/ui/errors.py" line="42" />
        <source>La fin est avant le début.</source>
        <translation>النهاية قبل البداية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="43" />
        <source>Le consentement est obligatoire avant d'enregistrer des données personnelles.</source>
        <translation>الموافقة إجبارية قبل تسجيل المعطيات الشخصية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47" />
        <source>Commune inconnue.</source>
        <translation>جماعة غير معروفة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="48" />
        <source>Région inconnue.</source>
        <translation>جهة غير معروفة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="49" />
        <source>Le mot de passe doit compter au moins {min} caractères.</source>
        <translation>يجب أن تتكون كلمة المرور من {min} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="52" />
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="55" />
        <source>La durée doit être positive.</source>
        <translation>يجب أن تكون المدة موجبة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="56" />
        <source>La valeur doit être positive.</source>
        <translation>يجب أن تكون القيمة موجبة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="57" />
        <source>Date non valable (jj/mm/aaaa).</source>
        <translation>تاريخ غير صالح (يوم/شهر/سنة).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="58" />
        <source>Heure non valable (hh:mm).</source>
        <translation>ساعة غير صالحة (مثال: 09:30).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="59" />
        <source>Nombre non valable.</source>
        <translation>عدد غير صالح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="61" />
        <source>Mot de passe incorrect.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="62" />
        <source>Utilisateur inconnu.</source>
        <translation>مستخدم غير معروف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="63" />
        <source>Ce compte est désactivé. Voyez votre coordinateur.</source>
        <translation>هذا الحساب معطل. اتصل بالمنسق.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="66" />
        <source>Trop d'essais. Attendez avant de réessayer.</source>
        <translation>محاولات كثيرة. انتظر قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="70" />
        <source>Introuvable : l'enregistrement a peut-être été supprimé.</source>
        <translation>غير موجود: ربما تم حذف هذا التسجيل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="73" />
        <source>Cette séance est annulée.</source>
        <translation>هذه الحصة ملغاة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="74" />
        <source>Cette fiche a déjà été fusionnée.</source>
        <translation>تم دمج هذه البطاقة من قبل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="75" />
        <source>Ce changement d'état n'est pas possible.</source>
        <translation>تغيير الحالة هذا غير ممكن.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="78" />
        <source>Cette personne est peut-être déjà inscrite ({count} fiche(s) proche(s)).</source>
        <translation>ربما هذا الشخص مسجل من قبل ({count} بطاقة مشابهة).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="81" />
        <source>Certains champs sont à corriger.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="83" />
        <source>La synchronisation a échoué. Rien n'est perdu.</source>
        <translation>فشلت المزامنة. لم يضع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="86" />
        <source>Le serveur ne répond pas (pas de réseau ?). Vos données restent sur cet ordinateur ; réessayez plus tard.</source>
        <translation>الخادم لا يجيب (لا توجد شبكة؟). معطياتك تبقى على هذا الحاسوب؛ أعد المحاولة لاحقا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="91" />
        <source>La connexion a été coupée pendant la synchronisation. Rien n'est perdu : elle reprendra où elle s'est arrêtée.</source>
        <translation>انقطع الاتصال أثناء المزامنة. لم يضع أي شيء: ستستأنف من حيث توقفت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="96" />
        <source>Cet ordinateur a été retiré par la CCIS : il ne peut plus se synchroniser. Vos données restent sur cet ordinateur. Contactez la CCIS.</source>
        <translation>تم سحب هذا الحاسوب من طرف غرفة التجارة: لم يعد بإمكانه المزامنة. معطياتك تبقى على هذا الحاسوب. اتصل بغرفة التجارة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="106" />
        <source>Le serveur ne reconnaît pas cet ordinateur. Demandez un nouveau code d'inscription à la CCIS.</source>
        <translation>الخادم لا يتعرف على هذا الحاسوب. اطلب رمز تسجيل جديدا من غرفة التجارة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="111" />
        <source>Code d'inscription refusé (erroné, utilisé ou expiré).</source>
        <translation>رمز التسجيل مرفوض (خاطئ أو مستعمل أو منتهي الصلاحية).</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="114" />
        <source>Le serveur demande une version plus récente de Caravane : mettez à jour.</source>
        <translation>الخادم يطلب نسخة أحدث من Caravane: قم بالتحديث.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="117" />
        <source>Le serveur de la CCIS est plus ancien que cet ordinateur : demandez sa mise à jour.</source>
        <translation>خادم غرفة التجارة أقدم من هذا الحاسوب: اطلب تحديثه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="121" />
        <source>Le serveur a rencontré une erreur. Réessayez plus tard.</source>
        <translation>وقع خطأ في الخادم. أعد المحاولة لاحقا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="124" />
        <source>Synchronisation annulée. Rien n'est perdu.</source>
        <translation>تم إلغاء المزامنة. لم يضع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="127" />
        <source>L'horloge de cet ordinateur est en avance (il indique le {laptop}). Le serveur indique le {server}. Corrigez la date et l'heure de l'ordinateur puis relancez la synchronisation : rien n'est perdu.</source>
        <translation>ساعة هذا الحاسوب متقدمة (تشير إلى {laptop}). يشير الخادم إلى {server}. صحّحوا تاريخ الحاسوب وساعته ثم أعيدوا المزامنة: لم يضع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Adresse du serveur refusée : en « http:// », les échanges passeraient en clair sur le réseau. Utilisez l'adresse en « https:// » donnée par la CCIS.</source>
        <translation>تم رفض عنوان الخادم: مع « http:// » ستمر المبادلات عبر الشبكة دون تشفير. استعمل عنوان « https:// » الذي قدمته الغرفة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Empreinte illisible : il faut les 64 caractères (chiffres et lettres A à F) donnés par la CCIS avec le code.</source>
        <translation>البصمة غير مقروءة: يلزم إدخال 64 حرفًا (أرقام وحروف من A إلى F) التي قدمتها الغرفة مع الرمز.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Le certificat du serveur ne correspond pas à celui enregistré à l'inscription : rien n'a été envoyé. Ce n'est peut-être pas le bon serveur ; appelez la CCIS.</source>
        <translation>شهادة الخادم لا تطابق الشهادة المسجلة عند التسجيل: لم يُرسَل أي شيء. قد لا يكون هذا هو الخادم الصحيح؛ اتصل بالغرفة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>Le certificat du serveur n'est pas reconnu : rien n'a été envoyé. Demandez à la CCIS l'empreinte de son certificat et inscrivez à nouveau cet ordinateur.</source>
        <translation>شهادة الخادم غير معترف بها: لم يُرسَل أي شيء. اطلب من الغرفة بصمة شهادتها وأعد تسجيل هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="128" />
        <source>La démonstration ne se charge que dans une base de données vide.</source>
        <translation>لا يمكن تحميل العرض التجريبي إلا في قاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="131" />
        <source>Il faut au moins {min} bénéficiaire.</source>
        <translation>يلزم {min} مستفيد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="133" />
        <source>Le départ est avant l'arrivée.</source>
        <translation>المغادرة قبل الوصول.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>L'arrivée doit être pendant la séance, de {start} à {end}.</source>
        <translation>يجب أن يكون الوصول خلال الحصة، من {start} إلى {end}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>Le départ doit être pendant la séance, de {start} à {end}.</source>
        <translation>يجب أن تكون المغادرة خلال الحصة، من {start} إلى {end}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>La pause doit être comprise dans la séance, de {start} à {end}.</source>
        <translation>يجب أن تكون الاستراحة داخل الحصة، من {start} إلى {end}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196" />
        <source>La fin de la pause est avant son début.</source>
        <translation>نهاية الاستراحة قبل بدايتها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="136" />
        <source>La date est dans le futur.</source>
        <translation>التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="137" />
        <source>L'année de naissance ne correspond pas à la date de naissance.</source>
        <translation>سنة الازدياد لا تطابق تاريخ الازدياد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="140" />
        <source>Cette personne a moins de 18 ans.</source>
        <translation>هذا الشخص أقل من 18 سنة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="141" />
        <source>Une erreur est survenue.</source>
        <translation>وقع خطأ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="143" />
        <source>Ce fichier ne peut pas être lu comme un tableau CSV ou Excel.</source>
        <translation>لا يمكن قراءة هذا الملف كجدول CSV أو Excel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="146" />
        <source>Ce fichier ne contient aucune ligne.</source>
        <translation>هذا الملف لا يحتوي على أي سطر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="147" />
        <source>Aucune colonne de nom n'a été reconnue dans ce fichier.</source>
        <translation>لم يتم التعرف على أي عمود للاسم في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="150" />
        <source>La personne n'a pas donné son consentement : rien n'est enregistré.</source>
        <translation>لم يعط الشخص موافقته: لم يتم تسجيل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="129" />
        <source>Le serveur de la CCIS ne peut rien enregistrer pour le moment (disque plein ?). Rien n'est perdu sur cet ordinateur : réessayez plus tard.</source>
        <translation>لا يستطيع خادم الغرفة حفظ أي شيء حاليًا (القرص ممتلئ؟). لم يضع أي شيء على هذا الحاسوب: أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="133" />
        <source>Le serveur a refusé un lot déjà utilisé. Rien n'est perdu : resynchronisez.</source>
        <translation>رفض الخادم دفعة سبق استعمالها. لم يضع أي شيء: أعد المزامنة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="138" />
        <source>Le disque de cet ordinateur est plein : rien n'a pu être enregistré. Ce qui était déjà enregistré n'est pas perdu. Libérez de la place puis recommencez.</source>
        <translation>قرص هذا الحاسوب ممتلئ: لم يتم حفظ أي شيء. ما سبق حفظه لم يضع. أفرغ بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="143" />
        <source>Les données de Caravane sont en lecture seule : rien n'a pu être enregistré. Ce qui était déjà enregistré n'est pas perdu. Vérifiez le dossier des données.</source>
        <translation>بيانات كارافان للقراءة فقط: لم يتم حفظ أي شيء. ما سبق حفظه لم يضع. تحقق من مجلد البيانات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="148" />
        <source>Les données de Caravane sont occupées par un autre programme. Rien n'est perdu : réessayez dans un instant.</source>
        <translation>بيانات كارافان مستعملة من طرف برنامج آخر. لم يضع أي شيء: أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="153" />
        <source>Les données de Caravane n'ont pas pu être lues ou écrites (erreur du disque). Ce qui était déjà enregistré n'est pas perdu.</source>
        <translation>تعذرت قراءة بيانات كارافان أو كتابتها (خطأ في القرص). ما سبق حفظه لم يضع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="118" />
        <source>Lien d'inscription illisible : copiez le lien entier affiché par la console de la CCIS (caravane://join?…), ou saisissez l'adresse et le code séparément.</source>
        <translation>رابط التسجيل غير مقروء: انسخ الرابط كاملًا كما تعرضه منصة غرفة التجارة (caravane://join?…)، أو أدخل العنوان والرمز كلًّا على حدة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="94" />
        <source>La connexion a été coupée pendant l'inscription. Les données de cet ordinateur sont intactes : recommencez avec le même code dans le quart d'heure ; passé ce délai, demandez un nouveau code à la CCIS.</source>
        <translation>انقطع الاتصال أثناء التسجيل. معطيات هذا الحاسوب سليمة: أعد المحاولة بالرمز نفسه خلال ربع ساعة؛ بعد ذلك، اطلب رمزًا جديدًا من غرفة التجارة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="129" />
        <source>Le serveur connaît déjà cet ordinateur sous une autre inscription. Demandez un nouveau code d'inscription à la CCIS.</source>
        <translation>يعرف الخادم هذا الحاسوب بتسجيل آخر. اطلب رمز تسجيل جديدًا من غرفة التجارة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="104" />
        <source>Cet ordinateur n'est pas encore relié au serveur de la CCIS : reliez-le dans Paramètres, avec l'adresse et le code donnés par la CCIS.</source>
        <translation>هذا الحاسوب غير مربوط بعد بخادم غرفة التجارة: اربطه من الإعدادات، بالعنوان والرمز اللذين قدمتهما الغرفة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="61" />
        <source>Trop long : {max} caractères au plus.</source>
        <translation>طويل جدا: {max} حرفا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="64" />
        <source>Indiquez le prénom et le nom, ou le nom en arabe.</source>
        <translation>أدخل الاسم الشخصي والاسم العائلي بالحروف اللاتينية، أو الاسم بالعربية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="67" />
        <source>L&apos;échéance du {due_on} est déjà passée. Vérifiez la date.</source>
        <translation>أجل {due_on} قد انقضى. تحقق من التاريخ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="70" />
        <source>Vérifiez ce qui est signalé, puis confirmez.</source>
        <translation>تحقق مما تمت الإشارة إليه، ثم أكّد.</translation>
    </message>
    <message>
        <source>Connexion refusée.</source>
        <translation>رُفض تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Cette opération n&apos;est pas possible dans l&apos;état actuel de la fiche.</source>
        <translation>لا يمكن القيام بهذه العملية في الحالة الحالية للملف.</translation>
    </message>
    <message>
        <source>Aucune présence n&apos;est enregistrée pour cette personne : il n&apos;y a rien à attester. Pointez d&apos;abord sa présence à une séance.</source>
        <translation>لا يوجد أي حضور مسجل لهذا الشخص، فلا يمكن تسليمه شهادة. سجّل أولا حضوره في إحدى الحصص.</translation>
    </message>
    <message>
        <source>Une fiche ne peut pas être fusionnée avec elle-même.</source>
        <translation>لا يمكن دمج ملف مع نفسه.</translation>
    </message>
    <message>
        <source>Cette personne a déjà une candidature à ce programme.</source>
        <translation>لهذا الشخص ترشيح سابق لهذا البرنامج.</translation>
    </message>
    <message>
        <source>Une autre fiche porte le même numéro : vérifiez qu&apos;il ne s&apos;agit pas de la même personne.</source>
        <translation>يحمل ملف آخر الرقم نفسه: تحقق من أن الأمر لا يتعلق بالشخص نفسه.</translation>
    </message>
    <message>
        <source>Cette personne est introuvable (fiche supprimée ou fusionnée ?).</source>
        <translation>هذا الشخص غير موجود (ملف محذوف أو مدمج؟).</translation>
    </message>
    <message>
        <source>Cette entreprise est introuvable (fiche supprimée ?).</source>
        <translation>هذه المقاولة غير موجودة (ملف محذوف؟).</translation>
    </message>
    <message>
        <source>Ce module de formation est introuvable.</source>
        <translation>وحدة التكوين هذه غير موجودة.</translation>
    </message>
    <message>
        <source>Ce programme est introuvable.</source>
        <translation>هذا البرنامج غير موجود.</translation>
    </message>
    <message>
        <source>Cette séance est introuvable (supprimée ?).</source>
        <translation>هذه الحصة غير موجودة (محذوفة؟).</translation>
    </message>
    <message>
        <source>Cette étape de la tournée est introuvable.</source>
        <translation>محطة الجولة هذه غير موجودة.</translation>
    </message>
    <message>
        <source>Ce type d&apos;export n&apos;existe pas.</source>
        <translation>هذا النوع من التصدير غير موجود.</translation>
    </message>
    <message>
        <source>Champ inconnu : « {field} ». Champs possibles : {fields}.</source>
        <translation>حقل غير معروف: «{field}». الحقول الممكنة: {fields}.</translation>
    </message>
    <message>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation>أُلغي الاستيراد: لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Chargement de la démonstration annulé : rien n&apos;a été enregistré.</source>
        <translation>أُلغي تحميل العرض التجريبي: لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas valable.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
        <source>Cette valeur est en dehors des limites permises.</source>
        <translation>هذه القيمة خارج الحدود المسموح بها.</translation>
    </message>
    <message>
        <source>Cette date n&apos;est pas plausible (avant 1900).</source>
        <translation>هذا التاريخ غير معقول (قبل سنة 1900).</translation>
    </message>
    <message>
        <source>Cette date est trop loin dans l&apos;avenir (plus de dix ans).</source>
        <translation>هذا التاريخ بعيد جدا في المستقبل (أكثر من عشر سنوات).</translation>
    </message>
    <message>
        <source>Ce numéro n&apos;est pas enregistré au format attendu (+212…).</source>
        <translation>هذا الرقم غير مسجل بالصيغة المطلوبة (+212…).</translation>
    </message>
    <message>
        <source>Cette liste n&apos;a pas la forme attendue.</source>
        <translation>هذه اللائحة ليست بالشكل المطلوب.</translation>
    </message>
    <message>
        <source>Cette fiche renvoie à une autre fiche qui n&apos;existe pas.</source>
        <translation>يحيل هذا الملف إلى ملف آخر غير موجود.</translation>
    </message>
    <message>
        <source>Une fiche ne peut pas renvoyer à elle-même.</source>
        <translation>لا يمكن لملف أن يحيل إلى نفسه.</translation>
    </message>
    <message>
        <source>L&apos;identifiant de cette fiche ne correspond pas à son contenu.</source>
        <translation>معرّف هذا الملف لا يطابق محتواه.</translation>
    </message>
    <message>
        <source>Le mot de passe enregistré pour ce compte est illisible : demandez à la CCIS de le refaire.</source>
        <translation>كلمة المرور المسجلة لهذا الحساب غير مقروءة: اطلب من غرفة التجارة إعادة تعيينها.</translation>
    </message>
    <message>
        <source>Ce fichier de transfert (clé USB) est abîmé, modifié ou destiné à un autre serveur : rien n&apos;a été importé.</source>
        <translation>ملف النقل هذا (مفتاح USB) تالف أو معدَّل أو موجَّه إلى خادم آخر: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>La connexion a été coupée pendant l&apos;inscription. Les données de cet ordinateur sont intactes : recommencez avec le même code dans les {minutes} minutes ; passé ce délai, demandez un nouveau code à la CCIS.</source>
        <translation>انقطع الاتصال أثناء التسجيل. معطيات هذا الحاسوب سليمة: أعد المحاولة بالرمز نفسه خلال {minutes} دقيقة، وبعد انقضاء هذه المدة اطلب رمزا جديدا من غرفة التجارة.</translation>
    </message>
    <message>
        <source>Cette modification renvoie à une fiche d&apos;une autre équipe : le serveur l&apos;a refusée.</source>
        <translation>يحيل هذا التعديل إلى ملف تابع لفريق آخر: رفضه الخادم.</translation>
    </message>
    <message>
        <source>Cette fiche appartient à une autre équipe : le serveur a refusé la modification.</source>
        <translation>هذا الملف تابع لفريق آخر: رفض الخادم التعديل.</translation>
    </message>
    <message>
        <source>Cette modification ferait passer la fiche dans une autre équipe : le serveur l&apos;a refusée.</source>
        <translation>هذا التعديل كان سينقل الملف إلى فريق آخر: رفضه الخادم.</translation>
    </message>
    <message>
        <source>Les données de référence sont communes à toutes les équipes et ne se modifient pas depuis un ordinateur : le serveur a refusé la modification.</source>
        <translation>المعطيات المرجعية مشتركة بين جميع الفرق ولا تُعدَّل من حاسوب: رفض الخادم التعديل.</translation>
    </message>
    <message>
        <source>Les comptes et leurs rôles sont gérés par la CCIS : le serveur a refusé cette modification.</source>
        <translation>الحسابات وأدوارها تديرها غرفة التجارة: رفض الخادم هذا التعديل.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas pu lire cette valeur et l&apos;a refusée.</source>
        <translation>تعذر على الخادم قراءة هذه القيمة فرفضها.</translation>
    </message>
    <message>
        <source>L&apos;horodatage de cette modification est illisible : le serveur l&apos;a refusée.</source>
        <translation>الطابع الزمني لهذا التعديل غير مقروء: رفضه الخادم.</translation>
    </message>
    <message>
        <source>Caravane n&apos;a pas pu faire cette opération. Ce qui était déjà enregistré n&apos;est pas perdu.</source>
        <translation>تعذر على Caravane إنجاز هذه العملية. ما سبق حفظه لم يضع.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;est pas acceptée.</source>
        <translation>هذه القيمة غير مقبولة.</translation>
    </message>
    <message>
        <source>La connexion a échoué (réseau ?). Rien n&apos;est perdu : réessayez plus tard.</source>
        <translation>فشل الاتصال (الشبكة؟). لم يضع أي شيء: أعد المحاولة لاحقا.</translation>
    </message>
    <message>
        <source>Ce fichier ou ce dossier est introuvable.</source>
        <translation>هذا الملف أو هذا المجلد غير موجود.</translation>
    </message>
    <message>
        <source>L&apos;accès à ce fichier ou à ce dossier est refusé.</source>
        <translation>الوصول إلى هذا الملف أو هذا المجلد مرفوض.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être lu ou écrit.</source>
        <translation>تعذرت قراءة الملف أو كتابته.</translation>
    </message>
</context>
</TS>
