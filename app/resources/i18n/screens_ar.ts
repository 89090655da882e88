<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BeneficiariesScreen</name>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="65" />
        <source>Bénéficiaires</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="75" />
        <source>Nouveau bénéficiaire</source>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="77" />
        <source>Ouvrir la fiche</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="79" />
        <source>Fusionner…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="81" />
        <source>Sélectionnez deux fiches de la même personne (Ctrl+clic)</source>
        <translation>اختر ملفين لنفس الشخص (Ctrl+نقرة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="90" />
        <source>Filtrer : nom, CIN, téléphone</source>
        <translation>تصفية: الاسم، رقم البطاقة، الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="92" />
        <source>Toutes les communes</source>
        <translation>جميع الجماعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="93" />
        <source>Tous les sexes</source>
        <translation>الجنسان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="94" />
        <source>Tous les âges</source>
        <translation>جميع الأعمار</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="95" />
        <source>Tous les statuts</source>
        <translation>جميع الأوضاع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="96" />
        <source>Tous les stades</source>
        <translation>جميع المراحل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="157" />
        <source>Chargement…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="216" />
        <source>{n} bénéficiaires</source>
        <translation>{n} مستفيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="218" />
        <source>{shown} sur {total} bénéficiaires</source>
        <translation>{shown} من أصل {total} مستفيد</translation>
    </message>
</context>
<context>
    <name>BeneficiaryDetail</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="53" />
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="77" />
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="111" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="58" />
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="62" />
        <source>Présence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="66" />
        <source>Heures</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="82" />
        <source>Durée (min)</source>
        <translation>المدة (دقيقة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="87" />
        <source>Thèmes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="89" />
        <source>Stade évalué</source>
        <translation>المرحلة المقيَّمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="92" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="98" />
        <source>Prochaine étape</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="100" />
        <source>Échéance</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="116" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="119" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="120" />
        <source>N° de série</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="139" />
        <source>Aucun élément.</source>
        <translation>لا يوجد أي عنصر.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryDetailPage</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="167" />
        <source>← Liste</source>
        <translation>→ القائمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="169" />
        <source>Modifier</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="171" />
        <source>Fusionner avec…</source>
        <translation>دمج مع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="173" />
        <source>Attestation</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="175" />
        <source>Fiche (09-08)</source>
        <translation>الملف (09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="207" />
        <source>Profil</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="209" />
        <source>Consentement et entreprises</source>
        <translation>الموافقة والمقاولات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="211" />
        <source>Séances suivies</source>
        <translation>الحصص المتابَعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="212" />
        <source>Accompagnement</source>
        <translation>المواكبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="214" />
        <source>Prochaines étapes ouvertes</source>
        <translation>الخطوات التالية المفتوحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="216" />
        <source>Appuis reçus</source>
        <translation>الدعم المتلقى</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="288" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="289" />
        <source>Naissance</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="290" />
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="291" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="292" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="293" />
        <source>Douar / quartier</source>
        <translation>الدوار / الحي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="295" />
        <source>Niveau d'instruction</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="298" />
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="299" />
        <source>Secteur</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="300" />
        <source>Stade du projet</source>
        <translation>مرحلة المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="301" />
        <source>Inscrit le</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="302" />
        <source>Heures de formation</source>
        <translation>ساعات التكوين</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="303" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="308" />
        <source>Aucun consentement enregistré.</source>
        <translation>لا توجد موافقة مسجلة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="310" />
        <source>Donné le {date} ({method}), notice {version}</source>
        <translation>أُعطيت في {date} ({method})، الإشعار {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="316" />
        <source>retiré le {date}</source>
        <translation>سُحبت في {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="319" />
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="319" />
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="326" />
        <source>Consentement</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="327" />
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="329" />
        <source>Partage avec les partenaires</source>
        <translation>المشاركة مع الشركاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="332" />
        <source>SMS / WhatsApp</source>
        <translation>رسائل SMS / واتساب</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="333" />
        <source>Entreprises</source>
        <translation>المقاولات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_detail.py" line="316" />
        <source>Inscrite le</source>
        <translation>تاريخ التسجيل</translation>
    </message>
</context>
<context>
    <name>BeneficiaryForm</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="237" />
        <source>Modifier la fiche</source>
        <translation>تعديل الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="237" />
        <source>Nouveau bénéficiaire</source>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="269" />
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="270" />
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="271" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="272" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="277" />
        <source>ou année</source>
        <translation>أو السنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="279" />
        <source>Date de naissance</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="282" />
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="283" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="284" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="285" />
        <source>Douar / quartier</source>
        <translation>الدوار / الحي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="286" />
        <source>Niveau d'instruction</source>
        <translation>المستوى الدراسي</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="287" />
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="288" />
        <source>Secteur</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="289" />
        <source>Stade du projet</source>
        <translation>مرحلة المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="290" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="306" />
        <source>Consentement (loi 09-08)</source>
        <translation>الموافقة (القانون 09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="309" />
        <source>La personne a lu la notice et accepte l'enregistrement de ses données</source>
        <translation>اطّلع الشخص على الإشعار ويوافق على تسجيل معطياته</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="312" />
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="313" />
        <source>Partage avec les partenaires</source>
        <translation>المشاركة مع الشركاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="314" />
        <source>SMS / WhatsApp</source>
        <translation>رسائل SMS / واتساب</translation>
    </message>
</context>
<context>
    <name>BeneficiaryList</name>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="54" />
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="55" />
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="56" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="57" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="59" />
        <source>Âge</source>
        <translation>السن</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="63" />
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="64" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="66" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="69" />
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="71" />
        <source>Stade</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/beneficiaries.py" line="76" />
        <source>Inscrit le</source>
        <translation>تاريخ التسجيل</translation>
    </message>
</context>
<context>
    <name>CoachingScreen</name>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="90" />
        <source>Nouvel accompagnement</source>
        <translation>مواكبة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="101" />
        <source>Chercher la personne : nom, CIN, téléphone</source>
        <translation>البحث عن الشخص: الاسم، رقم البطاقة، الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="111" />
        <source>Nom et prénom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="112" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="113" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="125" />
        <location filename="../../app/ui/screens/coaching.py" line="422" />
        <source>Personne : aucune choisie</source>
        <translation>الشخص: لم يتم الاختيار</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="132" />
        <source>Bénéficiaire</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="135" />
        <source>ou entreprise</source>
        <translation>أو المقاولة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="137" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="142" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="143" />
        <source>Durée</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="145" />
        <source>ex. plan d'affaires, financement, marketing</source>
        <translation>مثلا: مخطط الأعمال، التمويل، التسويق</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="146" />
        <source>Thèmes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="148" />
        <source>Stade évalué</source>
        <translation>المرحلة المقيَّمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="151" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="157" />
        <source>Ajouter une étape</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="160" />
        <source>Prochaines étapes</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="166" />
        <source>Enregistrer l'accompagnement</source>
        <translation>تسجيل المواكبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="175" />
        <source>Prochaines étapes ouvertes</source>
        <translation>الخطوات التالية المفتوحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="178" />
        <source>Seulement en retard</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="181" />
        <source>Marquer comme fait</source>
        <translation>وضع علامة منجز</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="183" />
        <source>Voir la fiche</source>
        <translation>عرض الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="254" />
        <source>{n} ouvertes, dont {late} en retard</source>
        <translation>{n} مفتوحة، منها {late} متأخرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="306" />
        <source>Personne : {name}</source>
        <translation>الشخص: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="409" />
        <source>Accompagnement enregistré.</source>
        <translation>تم تسجيل المواكبة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="426" />
        <source>Enregistrer quand même</source>
        <translation>الحفظ رغم ذلك</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="20" />
        <source>Bénéficiaire</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="21" />
        <source>Séance</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="22" />
        <source>Présence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="23" />
        <source>Accompagnement</source>
        <translation>المواكبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="24" />
        <source>Prochaine étape</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="25" />
        <source>Entreprise</source>
        <translation>المقاولة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="26" />
        <source>Étape de la tournée</source>
        <translation>محطة الجولة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="27" />
        <source>Utilisateur</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="28" />
        <source>Consentement</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="34" />
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="35" />
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="36" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="37" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="38" />
        <source>Date de naissance</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="39" />
        <source>Année de naissance</source>
        <translation>سنة الازدياد</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="40" />
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="41" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="42" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="43" />
        <source>Douar / quartier</source>
        <translation>الدوار / الحي</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="44" />
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="45" />
        <source>Secteur</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="46" />
        <source>Stade du projet</source>
        <translation>مرحلة المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="47" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="48" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="49" />
        <source>Début</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="50" />
        <source>Fin</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="51" />
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="52" />
        <source>Heures suivies</source>
        <translation>الساعات المتابَعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="53" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="54" />
        <source>Échéance</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="55" />
        <source>Fait</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="56" />
        <source>Nom et prénom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="63" />
        <source>(vide)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="65" />
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="65" />
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="84" />
        <source>Quand</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="86" />
        <source>Fiche</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="88" />
        <source>Champ</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="89" />
        <source>Valeur en place</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="90" />
        <source>Autre valeur</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="91" />
        <source>Saisie sur</source>
        <translation>أُدخلت على</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="94" />
        <source>Réglé</source>
        <translation>تمت التسوية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="95" />
        <source>gardée</source>
        <translation>محتفَظ بها</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/conflicts.py" line="96" />
        <source>rétablie</source>
        <translation>مسترجَعة</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="71" />
        <source>Conflits de synchronisation</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="80" />
        <source>Afficher aussi les conflits réglés</source>
        <translation>عرض التعارضات المسوّاة أيضا</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="86" />
        <source>Deux ordinateurs ont modifié le même champ sans être connectés. La valeur la plus récente est en place ; l'autre a été gardée ici. Choisissez celle qui est juste : votre choix sera transmis à tous les ordinateurs de l'équipe.</source>
        <translation>عدّل حاسوبان نفس الحقل دون اتصال. القيمة الأحدث هي المعتمدة، والأخرى محفوظة هنا. اختر القيمة الصحيحة: سيُنقل اختيارك إلى جميع حواسيب الفريق.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="109" />
        <source>Conflit choisi</source>
        <translation>التعارض المختار</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="111" />
        <location filename="../../app/ui/screens/conflicts.py" line="182" />
        <source>Choisissez un conflit dans la liste.</source>
        <translation>اختر تعارضا من القائمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="113" />
        <source>Valeur en place</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="113" />
        <source>Garder cette valeur</source>
        <translation>الاحتفاظ بهذه القيمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="114" />
        <source>Autre valeur</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="114" />
        <source>Rétablir cette valeur</source>
        <translation>استرجاع هذه القيمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="119" />
        <source>Ouvrir la fiche</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="149" />
        <source>{n} en attente</source>
        <translation>{n} في الانتظار</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="156" />
        <source>Aucun conflit en attente : rien à faire.</source>
        <translation>لا يوجد أي تعارض في الانتظار: لا شيء للقيام به.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="189" />
        <source>{record} — champ « {field} »</source>
        <translation>{record} — الحقل «{field}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="196" />
        <source>écrite le {when}</source>
        <translation>كُتبت في {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="200" />
        <source>écrite le {when} sur {device}</source>
        <translation>كُتبت في {when} على {device}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="208" />
        <source>Ce conflit est réglé.</source>
        <translation>تمت تسوية هذا التعارض.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="239" />
        <source>Valeur gardée.</source>
        <translation>تم الاحتفاظ بالقيمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="239" />
        <source>Valeur rétablie.</source>
        <translation>تم استرجاع القيمة.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/ui/documents.py" line="77" />
        <source>Document non créé</source>
        <translation>لم يتم إنشاء الوثيقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="121" />
        <source>Enregistrer la feuille de présence</source>
        <translation>حفظ ورقة الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="139" />
        <source>Enregistrer l'attestation</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="161" />
        <source>Enregistrer la fiche (loi 09-08)</source>
        <translation>حفظ الملف (القانون 09-08)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="185" />
        <source>Enregistrer le rapport d'activité</source>
        <translation>حفظ تقرير النشاط</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="197" />
        <source>Rapport d'activité en cours…</source>
        <translation>جارٍ إعداد تقرير النشاط…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="224" />
        <source>Export en cours…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="230" />
        <source>Exporter les bénéficiaires</source>
        <translation>تصدير المستفيدين</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="231" />
        <source>Exporter les présences</source>
        <translation>تصدير الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="232" />
        <source>Exporter l'accompagnement</source>
        <translation>تصدير المواكبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="233" />
        <source>Exporter les indicateurs</source>
        <translation>تصدير المؤشرات</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="168" />
        <source>Document enregistré</source>
        <translation>تم حفظ الوثيقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents.py" line="171" />
        <source>Le document est enregistré, mais aucun programme n'a pu l'ouvrir. Ouvrez-le vous-même, il se trouve ici :
{path}</source>
        <translation>تم حفظ الوثيقة، لكن لم يتمكن أي برنامج من فتحها. افتحها بنفسك، إنها موجودة هنا:
{path}</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="66" />
        <source>même CIN</source>
        <translation>نفس رقم البطاقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="67" />
        <source>même téléphone</source>
        <translation>نفس الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="68" />
        <source>nom proche, même commune</source>
        <translation>اسم قريب، نفس الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="69" />
        <source>même année de naissance</source>
        <translation>نفس سنة الازدياد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="91" />
        <source>Champ</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="104" />
        <source>Nom et prénom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="105" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="106" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="107" />
        <source>Âge</source>
        <translation>السن</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="108" />
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="109" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="110" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="113" />
        <source>Inscrit le</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="127" />
        <source>Pourquoi</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="157" />
        <source>Cette personne est peut-être déjà inscrite</source>
        <translation>ربما هذا الشخص مسجل من قبل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="164" />
        <source>Vérifiez avec la personne : est-elle l'une des fiches ci-dessous ? Les doublons faussent les chiffres du programme.</source>
        <translation>تحقق مع الشخص: هل هو أحد الملفات أدناه؟ التكرار يُفسد أرقام البرنامج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="170" />
        <source>Saisie</source>
        <translation>المُدخَل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="171" />
        <source>Fiche {n}</source>
        <translation>الملف {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="186" />
        <source>C'est la fiche {n}</source>
        <translation>إنه الملف {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="193" />
        <source>Enregistrer quand même</source>
        <translation>الحفظ رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="193" />
        <source>Personne nouvelle</source>
        <translation>شخص جديد</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="153" />
        <source>Rubrique</source>
        <translation>الباب</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="154" />
        <source>Indicateur</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="156" />
        <source>Valeur</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="194" />
        <source>Chiffres du programme</source>
        <translation>أرقام البرنامج</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="204" />
        <location filename="../../app/ui/screens/figures.py" line="289" />
        <source>Toute la région</source>
        <translation>كل الجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="205" />
        <source>Toutes les communes</source>
        <translation>جميع الجماعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="207" />
        <source>Actualiser</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="209" />
        <source>Rapport d'activité (PDF)</source>
        <translation>تقرير النشاط (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="212" />
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="213" />
        <source>au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="230" />
        <source>bénéficiaires touchés</source>
        <translation>مستفيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="231" />
        <source>femmes</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="232" />
        <source>jeunes de 18 à 35 ans</source>
        <translation>شباب من 18 إلى 35 سنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="233" />
        <source>séances tenues</source>
        <translation>حصص منعقدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="234" />
        <source>heures de formation</source>
        <translation>ساعات التكوين</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="235" />
        <source>heures par personne formée</source>
        <translation>ساعات لكل شخص مكوَّن</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="236" />
        <source>taux de présence</source>
        <translation>نسبة الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="237" />
        <source>séances d'accompagnement</source>
        <translation>حصص المواكبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="256" />
        <source>Séances</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="257" />
        <source>Heures</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/figures.py" line="381" />
        <source>Autres communes ({n})</source>
        <translation>جماعات أخرى ({n})</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="54" />
        <location filename="../../app/ui/screens/merge.py" line="69" />
        <source>Nom et prénom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="55" />
        <location filename="../../app/ui/screens/merge.py" line="70" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="56" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="57" />
        <source>Naissance</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="58" />
        <location filename="../../app/ui/screens/merge.py" line="71" />
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="59" />
        <location filename="../../app/ui/screens/merge.py" line="72" />
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="60" />
        <location filename="../../app/ui/screens/merge.py" line="73" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="61" />
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="62" />
        <source>Inscrit le</source>
        <translation>تاريخ التسجيل</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="89" />
        <source>Fusionner deux fiches</source>
        <translation>دمج ملفين</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="97" />
        <source>Chercher l'autre fiche : nom, CIN, téléphone</source>
        <translation>البحث عن الملف الآخر: الاسم، رقم البطاقة، الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="120" />
        <source>Champ</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="121" />
        <location filename="../../app/ui/screens/merge.py" line="135" />
        <source>Fiche A</source>
        <translation>الملف أ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="122" />
        <location filename="../../app/ui/screens/merge.py" line="136" />
        <source>Fiche B</source>
        <translation>الملف ب</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="134" />
        <source>Fiche à garder :</source>
        <translation>الملف الذي يُحتفظ به:</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="144" />
        <source>Les présences, l'accompagnement et les appuis des deux fiches sont regroupés sur la fiche gardée ; l'autre fiche disparaît des listes.</source>
        <translation>يُجمع الحضور والمواكبة والدعم الخاص بالملفين في الملف المحتفَظ به، ويختفي الملف الآخر من القوائم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="150" />
        <source>Je confirme qu'il s'agit de la même personne</source>
        <translation>أؤكد أن الأمر يتعلق بنفس الشخص</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/merge.py" line="155" />
        <source>Fusionner</source>
        <translation>دمج</translation>
    </message>
</context>
<context>
    <name>NextStepLine</name>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="63" />
        <source>Ce qui est à faire</source>
        <translation>ما يجب القيام به</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="68" />
        <source>Retirer cette étape</source>
        <translation>حذف هذه الخطوة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/coaching.py" line="70" />
        <source>pour le</source>
        <translation>قبل</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="21" />
        <source>Échéance</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="26" />
        <source>Bénéficiaire</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="27" />
        <source>Prochaine étape</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="29" />
        <source>État</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/next_steps.py" line="30" />
        <source>en retard</source>
        <translation>متأخرة</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../app/ui/fields.py" line="109" />
        <source>jj/mm/aaaa</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../app/ui/fields.py" line="137" />
        <source>hh:mm</source>
        <translation>ساعة:دقيقة</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="91" />
        <source>Modifier la séance</source>
        <translation>تعديل الحصة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="91" />
        <source>Nouvelle séance</source>
        <translation>حصة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="115" />
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="116" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="117" />
        <source>Début</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="118" />
        <source>Fin</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="131" />
        <source>Pause dans la séance (jamais comptée dans les heures)</source>
        <translation>استراحة خلال الحصة (لا تُحتسب أبدا في الساعات)</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="131" />
        <source>Début de la pause</source>
        <translation>بداية الاستراحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="131" />
        <source>Fin de la pause</source>
        <translation>نهاية الاستراحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="119" />
        <source>Étape</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="120" />
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="121" />
        <source>Places</source>
        <translation>عدد المقاعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="123" />
        <source>Reprendre le groupe de</source>
        <translation>استئناف مجموعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="124" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="166" />
        <source>— (nouveau groupe)</source>
        <translation>— (مجموعة جديدة)</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="37" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="42" />
        <source>Horaires</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="20" />
        <source>{start}–{end}, pause {break_start}–{break_end}</source>
        <translation>{start}–{end}، استراحة {break_start}–{break_end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="45" />
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="47" />
        <location filename="../../app/ui/models/sessions.py" line="87" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="51" />
        <location filename="../../app/ui/models/sessions.py" line="91" />
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="55" />
        <source>État</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="59" />
        <source>Attendus</source>
        <translation>المتوقَّعون</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="65" />
        <source>Présents</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="85" />
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="103" />
        <source>Nom et prénom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="104" />
        <source>Nom en arabe</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="105" />
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="107" />
        <source>Inscrit</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="108" />
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="108" />
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="111" />
        <source>Présence</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="116" />
        <source>Arrivée</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sessions.py" line="118" />
        <source>Heures</source>
        <translation>الساعات</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="367" />
        <source>Étapes du mois</source>
        <translation>محطات الشهر</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="369" />
        <source>Nouvelle étape</source>
        <translation>محطة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="393" />
        <source>Nouvelle séance</source>
        <translation>حصة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="407" />
        <source>Séance choisie</source>
        <translation>الحصة المختارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="409" />
        <location filename="../../app/ui/screens/sessions.py" line="559" />
        <source>Choisissez une séance dans la liste.</source>
        <translation>اختر حصة من القائمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="421" />
        <source>Prendre les présences</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="423" />
        <source>Marquer tenue</source>
        <translation>وضع علامة منعقدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="425" />
        <source>Annuler la séance</source>
        <translation>إلغاء الحصة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="427" />
        <source>Modifier</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="429" />
        <source>Imprimer la feuille de présence</source>
        <translation>طباعة ورقة الحضور</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="474" />
        <source>Séances du {start} au {end}</source>
        <translation>الحصص من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="567" />
        <source>{module} — {date}, {start}–{end} — {place} — {status}</source>
        <translation>{module} — {date}، {start}–{end} — {place} — {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="597" />
        <source>{present} présents / {expected} attendus</source>
        <translation>{present} حاضر / {expected} متوقَّع</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="257" />
        <source>Nouvelle étape de la tournée</source>
        <translation>محطة جديدة في الجولة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="265" />
        <source>ex. Maison des jeunes</source>
        <translation>مثلا: دار الشباب</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="266" />
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="267" />
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="268" />
        <source>Au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/screens/sessions.py" line="269" />
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
</context>
</TS>