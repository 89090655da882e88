<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>Codes</name>
        <message>
            <location filename="../../app/labels.py" line="33" />
            <source>Femme</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="34" />
            <source>Homme</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="37" />
            <source>Moins de 18 ans</source>
            <translation>أقل من 18 سنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="38" />
            <source>18-35 ans</source>
            <translation>18-35 سنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="39" />
            <source>36-45 ans</source>
            <translation>36-45 سنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="40" />
            <source>Plus de 45 ans</source>
            <translation>أكثر من 45 سنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="41" />
            <source>Âge inconnu</source>
            <translation>سن غير معروف</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="44" />
            <source>Sans instruction</source>
            <translation>بدون مستوى دراسي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="45" />
            <source>Primaire</source>
            <translation>ابتدائي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="46" />
            <source>Collège</source>
            <translation>إعدادي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="47" />
            <source>Lycée</source>
            <translation>ثانوي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="48" />
            <source>Formation professionnelle</source>
            <translation>تكوين مهني</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="49" />
            <source>Supérieur</source>
            <translation>عالي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="52" />
            <source>Porteur de projet</source>
            <translation>حامل مشروع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="53" />
            <location filename="../../app/labels.py" line="87" />
            <source>Auto-entrepreneur</source>
            <translation>مقاول ذاتي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="54" />
            <location filename="../../app/labels.py" line="88" />
            <source>TPE</source>
            <translation>مقاولة صغيرة جدا</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="55" />
            <location filename="../../app/labels.py" line="89" />
            <source>Coopérative</source>
            <translation>تعاونية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="56" />
            <location filename="../../app/labels.py" line="90" />
            <source>Association</source>
            <translation>جمعية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="57" />
            <source>Activité informelle</source>
            <translation>نشاط غير مهيكل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="60" />
            <source>Idée</source>
            <translation>فكرة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="61" />
            <source>Pré-création</source>
            <translation>ما قبل الإحداث</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="62" />
            <source>Création</source>
            <translation>إحداث</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="63" />
            <source>Post-création</source>
            <translation>ما بعد الإحداث</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="66" />
            <source>INDH</source>
            <translation>المبادرة الوطنية للتنمية البشرية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="67" />
            <source>Intelaka</source>
            <translation>انطلاقة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="68" />
            <source>Forsa</source>
            <translation>فرصة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="69" />
            <source>ANAPEC</source>
            <translation>الوكالة الوطنية لإنعاش التشغيل والكفاءات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="70" />
            <location filename="../../app/labels.py" line="84" />
            <location filename="../../app/labels.py" line="118" />
            <source>Autre</source>
            <translation>آخر</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="73" />
            <source>Agriculture</source>
            <translation>الفلاحة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="74" />
            <source>Agroalimentaire</source>
            <translation>الصناعة الغذائية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="75" />
            <source>Artisanat</source>
            <translation>الصناعة التقليدية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="76" />
            <source>Commerce</source>
            <translation>التجارة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="77" />
            <source>Services</source>
            <translation>الخدمات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="78" />
            <source>Tourisme</source>
            <translation>السياحة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="79" />
            <source>BTP</source>
            <translation>البناء والأشغال العمومية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="80" />
            <source>Textile</source>
            <translation>النسيج</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="81" />
            <source>Pêche</source>
            <translation>الصيد البحري</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="82" />
            <location filename="../../app/labels.py" line="111" />
            <source>Numérique</source>
            <translation>الرقمي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="83" />
            <source>Transport</source>
            <translation>النقل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="91" />
            <source>GIE</source>
            <translation>مجموعة ذات نفع اقتصادي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="92" />
            <source>Informel</source>
            <translation>غير مهيكل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="95" />
            <source>Formateur</source>
            <translation>المكون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="96" />
            <source>Coordinateur</source>
            <translation>المنسق</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="99" />
            <source>Prévue</source>
            <translation>مبرمجة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="100" />
            <source>Tenue</source>
            <translation>منعقدة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="101" />
            <source>Annulée</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="104" />
            <source>Présent</source>
            <translation>حاضر</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="105" />
            <source>Absent</source>
            <translation>غائب</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="106" />
            <source>Excusé</source>
            <translation>غائب بعذر</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="109" />
            <source>Formulaire papier</source>
            <translation>استمارة ورقية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="110" />
            <source>Oral</source>
            <translation>شفهي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="112" />
            <source>Liste d'un partenaire</source>
            <translation>لائحة شريك</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="115" />
            <source>Équipement</source>
            <translation>تجهيزات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="116" />
            <source>Orientation vers un financement</source>
            <translation>توجيه نحو التمويل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="117" />
            <source>Attestation</source>
            <translation>شهادة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="121" />
            <source>Reçue</source>
            <translation>مستلمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="122" />
            <source>Présélectionnée</source>
            <translation>في اللائحة الأولية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="123" />
            <source>Retenue</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="124" />
            <source>Non retenue</source>
            <translation>غير مقبولة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="127" />
            <source>Urbain</source>
            <translation>حضري</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="128" />
            <source>Rural</source>
            <translation>قروي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="131" />
            <source>Oui</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="132" />
            <source>Non</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="138" />
            <source>Formatrice</source>
            <translation>المكوِّنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="139" />
            <source>Coordinatrice</source>
            <translation>المنسِّقة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="142" />
            <source>Présente</source>
            <translation>حاضرة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="143" />
            <source>Absente</source>
            <translation>غائبة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="144" />
            <source>Excusée</source>
            <translation>غائبة بعذر</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="147" />
            <source>Porteuse de projet</source>
            <translation>حاملة مشروع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="148" />
            <source>Auto-entrepreneuse</source>
            <translation>مقاولة ذاتية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Statut de l'auto-entrepreneur</source>
            <translation>نظام المقاول الذاتي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Formalisation de l'activité</source>
            <translation>إضفاء الطابع الرسمي على النشاط</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Plan d'affaires</source>
            <translation>مخطط الأعمال</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Gestion financière</source>
            <translation>التدبير المالي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Prix et commercialisation</source>
            <translation>التسعير والتسويق</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Financement</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Gouvernance des coopératives</source>
            <translation>حكامة التعاونيات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Outils numériques</source>
            <translation>الأدوات الرقمية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Qualité et normes</source>
            <translation>الجودة والمعايير</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Communication commerciale</source>
            <translation>التواصل التجاري</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="136" />
            <source>Marchés publics</source>
            <translation>الصفقات العمومية</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../app/labels.py" line="141" />
            <source>Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceima</source>
            <translation>غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="144" />
            <source>Région Tanger-Tétouan-Al Hoceima</source>
            <translation>جهة طنجة تطوان الحسيمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="145" />
            <source>Maison des TPE itinérante</source>
            <translation>دار المقاولات الصغيرة جدا المتنقلة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="146" />
            <source>Partenaires : Région Tanger-Tétouan-Al Hoceima, INDH</source>
            <translation>الشركاء: جهة طنجة تطوان الحسيمة، المبادرة الوطنية للتنمية البشرية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="147" />
            <source>Page {page} / {pages}</source>
            <translation>الصفحة {page} / {pages}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="148" />
            <source>Imprimé le {date}</source>
            <translation>طبع بتاريخ {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="151" />
            <source>Feuille de présence</source>
            <translation>ورقة الحضور</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="152" />
            <source>Module</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="153" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="154" />
            <source>Horaires</source>
            <translation>التوقيت</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="155" />
            <source>{start} - {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="154" />
            <source>pause {start} - {end}</source>
            <translation>استراحة من {start} إلى {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="156" />
            <source>Commune</source>
            <translation>الجماعة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="157" />
            <source>Lieu</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="158" />
            <source>Formateur</source>
            <translation>المكون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="159" />
            <source>N°</source>
            <translation>رقم</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="160" />
            <source>Nom et prénom</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="161" />
            <source>Nom en arabe</source>
            <translation>الاسم بالعربية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="162" />
            <source>Sexe</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="163" />
            <source>Tranche d'âge</source>
            <translation>الفئة العمرية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="164" />
            <source>CIN</source>
            <translation>ب.ت.و</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="165" />
            <source>Téléphone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="166" />
            <source>Signature</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="167" />
            <source>Matin</source>
            <translation>صباحا</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="168" />
            <source>Après-midi</source>
            <translation>مساء</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="169" />
            <source>Participants non inscrits</source>
            <translation>مشاركون غير مسجلين</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="170" />
            <source>Inscrits : {total} (femmes : {women}, hommes : {men})</source>
            <translation>المسجلون: {total} (نساء: {women}، رجال: {men})</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="173" />
            <source>Présents : {total} (femmes : {women}, hommes : {men}) ; non inscrits présents : ______</source>
            <translation>الحاضرون: {total} (نساء: {women}، رجال: {men})؛ حاضرون غير مسجلين: ______</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="178" />
            <source>Nom et signature du formateur</source>
            <translation>اسم وتوقيع المكون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="179" />
            <source>SÉANCE ANNULÉE</source>
            <translation>حصة ملغاة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="179" />
            <source>Données personnelles collectées avec le consentement des participants (loi 09-08).</source>
            <translation>معطيات شخصية جمعت بموافقة المشاركين (القانون رقم 09.08).</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="185" />
            <source>Attestation de participation</source>
            <translation>شهادة المشاركة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="186" />
            <source>La Chambre de Commerce, d'Industrie et de Services atteste que</source>
            <translation>تشهد غرفة التجارة والصناعة والخدمات بأن</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="189" />
            <source>a participé à la formation</source>
            <translation>قد شارك في التكوين</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="190" />
            <source>du {start} au {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="191" />
            <source>le {date}</source>
            <translation>بتاريخ {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="192" />
            <source>soit {hours} de formation</source>
            <translation>أي ما مجموعه {hours} من التكوين</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="193" />
            <source>à {place}</source>
            <translation>في {place}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="194" />
            <source>Cycle de formation de la maison des TPE</source>
            <translation>دورة تكوينية لدار المقاولات الصغيرة جدا</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="195" />
            <source>Modules suivis</source>
            <translation>الوحدات المتابعة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="196" />
            <source>Fait à {place}, le {date}</source>
            <translation>حرر في {place}، بتاريخ {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="197" />
            <source>Le Directeur régional de la CCIS</source>
            <translation>المدير الجهوي لغرفة التجارة والصناعة والخدمات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="198" />
            <source>N° de série : {serial}</source>
            <translation>الرقم التسلسلي: {serial}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="199" />
            <source>N° de série</source>
            <translation>الرقم التسلسلي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="200" />
            <source>Vérifiez l'authenticité en scannant le code QR ou sur {url}</source>
            <translation>تحقق من صحة الشهادة بمسح رمز QR أو على {url}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="203" />
            <source>Attestation vérifiable auprès de la CCIS Tanger-Tétouan-Al Hoceima avec le numéro {serial}.</source>
            <translation>يمكن التحقق من صحة هذه الشهادة لدى غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة بواسطة الرقم {serial}.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="206" />
            <source>Heures</source>
            <translation>الساعات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="207" />
            <source>{hours} h</source>
            <translation>{hours} س</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="207" />
            <source>{hours} h {minutes}</source>
            <translation>{hours} س {minutes} د</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="209" />
            <source>Rapport d'activité</source>
            <translation>تقرير النشاط</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="210" />
            <source>Période du {start} au {end}</source>
            <translation>الفترة من {start} إلى {end}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="211" />
            <source>Équipe</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="212" />
            <source>Toutes les équipes</source>
            <translation>جميع الفرق</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="213" />
            <source>Chiffres clés</source>
            <translation>أرقام رئيسية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="214" />
            <source>Indicateur</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="215" />
            <source>Valeur</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="216" />
            <source>Bénéficiaires</source>
            <translation>المستفيدون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="217" />
            <source>Femmes</source>
            <translation>نساء</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="218" />
            <source>Hommes</source>
            <translation>رجال</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="219" />
            <source>Jeunes de 18 à 35 ans</source>
            <translation>شباب من 18 إلى 35 سنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="220" />
            <source>Sessions tenues</source>
            <translation>الدورات المنعقدة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="221" />
            <source>Heures de formation</source>
            <translation>ساعات التكوين</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="222" />
            <source>Heures-participants</source>
            <translation>ساعات المشاركين</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="223" />
            <source>Taux de présence</source>
            <translation>نسبة الحضور</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="224" />
            <source>Séances d'accompagnement</source>
            <translation>جلسات المواكبة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="225" />
            <source>Candidatures reçues</source>
            <translation>الترشيحات المستلمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="226" />
            <source>Candidats retenus</source>
            <translation>المرشحون المقبولون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="227" />
            <source>Communes visitées</source>
            <translation>الجماعات المزارة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="228" />
            <source>Bénéficiaires touchés</source>
            <translation>المستفيدون الذين تم الوصول إليهم</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="229" />
            <source>Personnes formées</source>
            <translation>الأشخاص المكونون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="230" />
            <source>Personnes accompagnées</source>
            <translation>الأشخاص المواكبون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="231" />
            <source>Heures suivies par personne formée</source>
            <translation>ساعات التكوين لكل شخص مكون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="232" />
            <source>Heures d'accompagnement</source>
            <translation>ساعات المواكبة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="233" />
            <source>Candidatures présélectionnées</source>
            <translation>الترشيحات المنتقاة أوليا</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="235" />
            <source>Attestations délivrées</source>
            <translation>الشهادات المسلمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="236" />
            <source>Formation</source>
            <translation>التكوين</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="237" />
            <source>Sélection et appuis</source>
            <translation>الانتقاء والدعم</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="238" />
            <source>Bénéficiaires touchés sur la période</source>
            <translation>المستفيدون خلال الفترة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="239" />
            <source>Sessions tenues dans la commune</source>
            <translation>الدورات المنعقدة بالجماعة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="240" />
            <source>Attendus</source>
            <translation>المنتظرون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="241" />
            <source>Présents</source>
            <translation>الحاضرون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="242" />
            <source>Bénéficiaires par sexe</source>
            <translation>المستفيدون حسب الجنس</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="243" />
            <source>Bénéficiaires par tranche d'âge</source>
            <translation>المستفيدون حسب الفئة العمرية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="244" />
            <source>Bénéficiaires par milieu</source>
            <translation>المستفيدون حسب الوسط</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="245" />
            <source>Bénéficiaires par commune</source>
            <translation>المستفيدون حسب الجماعة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="246" />
            <source>Bénéficiaires par secteur</source>
            <translation>المستفيدون حسب القطاع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="247" />
            <source>Bénéficiaires par stade du projet</source>
            <translation>المستفيدون حسب مرحلة المشروع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="248" />
            <source>Bénéficiaires par statut</source>
            <translation>المستفيدون حسب الوضعية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="249" />
            <source>Catégorie</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="250" />
            <source>Nombre</source>
            <translation>العدد</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="251" />
            <source>Part</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="252" />
            <source>Non renseigné</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="253" />
            <source>Commune : {commune}</source>
            <translation>الجماعة: {commune}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="254" />
            <source>Province</source>
            <translation>الإقليم</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="255" />
            <source>Dates de passage</source>
            <translation>تواريخ الزيارة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="256" />
            <source>Sessions</source>
            <translation>الدورات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="257" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="258" />
            <source>Aucune activité sur la période.</source>
            <translation>لا يوجد أي نشاط خلال هذه الفترة.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="259" />
            <source>Autres</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="364" />
            <source>Signature :</source>
            <translation>التوقيع:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="356" />
            <source>Résidents touchés par sexe</source>
            <translation>المقيمون المستفيدون حسب الجنس</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="357" />
            <source>Résidents touchés par tranche d'âge</source>
            <translation>المقيمون المستفيدون حسب الفئة العمرية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="284" />
            <source>Programme : {name}</source>
            <translation>البرنامج: {name}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="285" />
            <source>Bailleur de fonds : {funder}</source>
            <translation>الجهة المموّلة: {funder}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="231" />
            <source>Période</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="287" />
            <source>Cumul depuis le {date}</source>
            <translation>المجموع منذ {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="288" />
            <source>Cible</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="289" />
            <source>Réalisation</source>
            <translation>نسبة الإنجاز</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="290" />
            <source>Jeunes femmes de 18 à 35 ans</source>
            <translation>شابات من 18 إلى 35 سنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="291" />
            <source>Personnes certifiées</source>
            <translation>الأشخاص الحاصلون على شهادة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="292" />
            <source>Définitions</source>
            <translation>التعاريف</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="295" />
            <source>Bénéficiaires touchés : personnes distinctes présentes à au moins une session tenue pendant la période, ou accompagnées individuellement pendant la période ; chaque personne est comptée une seule fois.</source>
            <translation>المستفيدون الذين تم الوصول إليهم: الأشخاص الذين حضروا دورة واحدة على الأقل من الدورات المنعقدة خلال الفترة، أو استفادوا من مواكبة فردية خلال الفترة؛ ويُحتسب كل شخص مرة واحدة فقط.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="301" />
            <source>Âge : âge au dernier jour de la période ({date}), d'après la date de naissance, ou l'année de naissance quand seule l'année est connue. Jeunes : de 18 à 35 ans.</source>
            <translation>السن: السن في آخر يوم من الفترة ({date})، اعتمادا على تاريخ الازدياد، أو على سنة الازدياد إذا لم تُعرف إلا السنة. الشباب: من 18 إلى 35 سنة.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="306" />
            <source>Communes : les personnes touchées sont comptées dans la commune où elles résident (résidents) ; les sessions, les heures et les présences dans la commune où la session s'est tenue. Les participants d'une commune sont les personnes distinctes présentes à une session tenue dans cette commune, où qu'elles résident.</source>
            <translation>الجماعات: يُحتسب المستفيدون في الجماعة التي يقيمون بها (المقيمون)؛ وتُحتسب الدورات والساعات والحضور في الجماعة التي انعقدت بها الدورة. والمشاركون في جماعة ما هم الأشخاص الذين حضروا دورة منعقدة بهذه الجماعة، أيا كان مكان إقامتهم.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="313" />
            <source>Session tenue : session marquée tenue dont la date est dans la période. Heures de formation : durée prévue des sessions tenues, pause déduite. Taux de présence : présences constatées sur présences attendues (inscrits ou pointés).</source>
            <translation>الدورة المنعقدة: دورة مسجلة كمنعقدة يقع تاريخها داخل الفترة. ساعات التكوين: المدة المقررة للدورات المنعقدة بعد خصم الاستراحة. نسبة الحضور: حالات الحضور المسجلة مقسومة على الحضور المنتظر (المسجلون أو من سُجّل حضورهم).</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="319" />
            <source>Personnes certifiées : personnes ayant reçu au moins une attestation non révoquée pendant la période. Candidats retenus (projets appuyés) : candidatures reçues pendant la période et retenues.</source>
            <translation>الأشخاص الحاصلون على شهادة: الأشخاص الذين تسلموا شهادة واحدة على الأقل غير ملغاة خلال الفترة. المرشحون المقبولون (المشاريع المدعومة): الترشيحات المستلمة خلال الفترة والتي تم قبولها.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="324" />
            <source>Cumul : du {start} (début du programme) au {end}, mêmes définitions.</source>
            <translation>المجموع: من {start} (بداية البرنامج) إلى {end}، بنفس التعاريف.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="328" />
            <source>La période commence avec le programme ({start}) : ses chiffres sont aussi ceux du programme depuis son début.</source>
            <translation>تبدأ الفترة مع بداية البرنامج ({start}): أرقامها هي أيضا أرقام البرنامج منذ انطلاقه.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="333" />
            <source>Cibles : objectifs du programme « {programme} » sur toute sa durée ; la réalisation rapporte le cumul à la cible.</source>
            <translation>الأهداف: أهداف برنامج «{programme}» طوال مدته؛ ونسبة الإنجاز هي المجموع مقسوما على الهدف.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="337" />
            <source>Aucun programme avec des cibles ne couvre la période.</source>
            <translation>لا يغطي هذه الفترة أي برنامج محدد الأهداف.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="339" />
            <source>Résultats par sexe</source>
            <translation>النتائج حسب الجنس</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="340" />
            <source>Part des femmes</source>
            <translation>نسبة النساء</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="341" />
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="342" />
            <source>Bénéficiaires par sexe et tranche d'âge</source>
            <translation>المستفيدون حسب الجنس والفئة العمرية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="343" />
            <source>Bénéficiaires par province de résidence</source>
            <translation>المستفيدون حسب إقليم الإقامة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="344" />
            <source>Synthèse par province</source>
            <translation>ملخص حسب الإقليم</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="345" />
            <source>Annexe 1 : toutes les communes</source>
            <translation>الملحق 1: جميع الجماعات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="348" />
            <source>Les communes où résident des personnes touchées et celles où le bus s'est arrêté, par province.</source>
            <translation>الجماعات التي يقيم بها المستفيدون والجماعات التي توقفت بها الحافلة، حسب الإقليم.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="351" />
            <source>Résidents touchés</source>
            <translation>المقيمون المستفيدون</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="352" />
            <source>dont femmes</source>
            <translation>منهم نساء</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="353" />
            <source>dont jeunes 18-35 ans</source>
            <translation>منهم شباب 18-35 سنة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="354" />
            <source>Présences</source>
            <translation>حالات الحضور</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="355" />
            <source>Commune non renseignée</source>
            <translation>جماعة غير محددة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="356" />
            <source>Établi par</source>
            <translation>أعدّه</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="357" />
            <source>Visa du Directeur régional de la CCIS</source>
            <translation>تأشيرة المدير الجهوي لغرفة التجارة والصناعة والخدمات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="358" />
            <source>Nom et fonction :</source>
            <translation>الاسم والصفة:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="359" />
            <source>Date :</source>
            <translation>التاريخ:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="360" />
            <source>Signature et cachet :</source>
            <translation>التوقيع والخاتم:</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="361" />
            <source>Annexe 2 : fiches des communes visitées</source>
            <translation>الملحق 2: بطاقات الجماعات المزارة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="362" />
            <source>Annexe 3 : sessions tenues ({count})</source>
            <translation>الملحق 3: الدورات المنعقدة ({count})</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="262" />
            <source>Fiche bénéficiaire</source>
            <translation>بطاقة المستفيد</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="263" />
            <source>Ensemble des données détenues sur la personne, communiquées à sa demande (loi 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel).</source>
            <translation>مجموع المعطيات المحفوظة عن الشخص، مسلمة بناء على طلبه (القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي).</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="269" />
            <source>Profil</source>
            <translation>الملف الشخصي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="270" />
            <source>Nom</source>
            <translation>النسب</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="271" />
            <source>Prénom</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="272" />
            <source>Date de naissance</source>
            <translation>تاريخ الازدياد</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="273" />
            <source>Année de naissance</source>
            <translation>سنة الازدياد</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="274" />
            <source>Douar / quartier</source>
            <translation>الدوار / الحي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="275" />
            <source>Niveau d'instruction</source>
            <translation>المستوى الدراسي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="276" />
            <source>Statut</source>
            <translation>الوضعية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="277" />
            <source>Secteur</source>
            <translation>القطاع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="278" />
            <source>Stade du projet</source>
            <translation>مرحلة المشروع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="279" />
            <source>Appuis antérieurs</source>
            <translation>الدعم السابق</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="280" />
            <source>Date d'inscription</source>
            <translation>تاريخ التسجيل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="281" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="282" />
            <source>Consentement</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="283" />
            <source>Version de la notice</source>
            <translation>نسخة الإشعار</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="284" />
            <source>Donné le</source>
            <translation>تاريخ الموافقة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="285" />
            <source>Recueilli par</source>
            <translation>تم تلقيها من طرف</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="286" />
            <source>Mode</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="287" />
            <source>Photos</source>
            <translation>الصور</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="288" />
            <source>Partage avec les partenaires</source>
            <translation>المشاركة مع الشركاء</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="289" />
            <source>SMS / WhatsApp</source>
            <translation>رسائل نصية / واتساب</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="290" />
            <source>Retiré le</source>
            <translation>تاريخ السحب</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="291" />
            <source>Aucun consentement enregistré.</source>
            <translation>لا توجد موافقة مسجلة.</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="292" />
            <source>Formations</source>
            <translation>التكوينات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="293" />
            <location filename="../../app/labels.py" line="320" />
            <source>Présence</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="294" />
            <source>Accompagnement</source>
            <translation>المواكبة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="295" />
            <source>Durée (min)</source>
            <translation>المدة (دقيقة)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="296" />
            <source>Thèmes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="297" />
            <source>Prochaines étapes</source>
            <translation>الخطوات المقبلة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="298" />
            <source>Échéance</source>
            <translation>الأجل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="299" />
            <source>Fait</source>
            <translation>منجز</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="300" />
            <source>Appuis reçus</source>
            <translation>الدعم المتلقى</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="301" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="302" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="303" />
            <source>Valeur (MAD)</source>
            <translation>القيمة (درهم)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="304" />
            <source>Révoquée</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="305" />
            <source>Entreprises et projets</source>
            <translation>المقاولات والمشاريع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="306" />
            <source>Entreprise</source>
            <translation>المقاولة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="307" />
            <source>Forme juridique</source>
            <translation>الشكل القانوني</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="308" />
            <source>Rôle</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="309" />
            <source>Candidatures</source>
            <translation>الترشيحات</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="310" />
            <source>Programme</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="311" />
            <source>Aucun élément.</source>
            <translation>لا شيء.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="40" />
            <source>Vos données et vos droits (loi 09-08)</source>
            <translation>معطياتكم وحقوقكم (القانون رقم 09.08)</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="41" />
            <source>Responsable du traitement</source>
            <translation>المسؤول عن المعالجة</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="42" />
            <source>Finalités</source>
            <translation>أغراض المعالجة</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="43" />
            <source>Inscription et suivi des bénéficiaires de la maison des TPE itinérante (formations, présences, attestations, accompagnement, appuis et candidatures aux programmes) ; chiffres globaux, sans nom, pour les partenaires et financeurs du programme.</source>
            <translation>تسجيل المستفيدين من دار المقاولات الصغيرة جدا المتنقلة وتتبعهم (التكوينات والحضور والشهادات والمواكبة والدعم والترشيحات للبرامج)؛ وأرقام إجمالية، دون أسماء، لفائدة شركاء البرنامج وممّوليه.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="49" />
            <source>Destinataires</source>
            <translation>المرسل إليهم</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="50" />
            <source>Le personnel de la CCIS et les formateurs de la maison des TPE itinérante.</source>
            <translation>أطر ومستخدمو غرفة التجارة والصناعة والخدمات ومكوّنو دار المقاولات الصغيرة جدا المتنقلة.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="54" />
            <source>Avec votre accord : les partenaires du programme (Région Tanger-Tétouan-Al Hoceima, INDH).</source>
            <translation>بموافقتكم: شركاء البرنامج (جهة طنجة تطوان الحسيمة، المبادرة الوطنية للتنمية البشرية).</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="59" />
            <source>Vos données ne sont pas communiquées aux partenaires du programme : vous n'avez pas donné votre accord.</source>
            <translation>لا تُبلَّغ معطياتكم إلى شركاء البرنامج: لم تعطوا موافقتكم على ذلك.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="64" />
            <source>Durée de conservation</source>
            <translation>مدة الحفظ</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="66" />
            <source>Un an après votre dernière activité dans le programme.</source>
            <translation>سنة واحدة بعد آخر نشاط لكم في البرنامج.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="69" />
            <source>Deux ans après votre dernière activité dans le programme.</source>
            <translation>سنتان بعد آخر نشاط لكم في البرنامج.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="72" />
            <source>{years} ans après votre dernière activité dans le programme.</source>
            <translation>{years} سنوات بعد آخر نشاط لكم في البرنامج.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="75" />
            <source>{years} années après votre dernière activité dans le programme.</source>
            <translation>{years} سنة بعد آخر نشاط لكم في البرنامج.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="78" />
            <source>Non renseignée sur ce poste : la CCIS vous l'indique sur demande.</source>
            <translation>غير مسجلة في هذا الحاسوب: تطلعكم عليها الغرفة عند الطلب.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="81" />
            <source>Déclaration à la CNDP</source>
            <translation>التصريح لدى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="82" />
            <source>Référence non renseignée sur ce poste : la CCIS vous l'indique sur demande.</source>
            <translation>المرجع غير مسجل في هذا الحاسوب: تطلعكم عليه الغرفة عند الطلب.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="85" />
            <source>Vos droits</source>
            <translation>حقوقكم</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="86" />
            <source>Accéder à vos données, les faire rectifier, vous opposer à leur traitement pour des motifs légitimes (loi 09-08, articles 7 à 9) et retirer votre consentement à tout moment.</source>
            <translation>الولوج إلى معطياتكم وتصحيحها والتعرض على معالجتها لأسباب مشروعة (القانون رقم 09.08، المواد من 7 إلى 9)، وسحب موافقتكم في أي وقت.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="92" />
            <source>Pour exercer vos droits</source>
            <translation>لممارسة حقوقكم</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="93" />
            <source>Auprès de l'équipe de la maison des TPE itinérante ou de la CCIS.</source>
            <translation>لدى فريق دار المقاولات الصغيرة جدا المتنقلة أو لدى الغرفة.</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="96" />
            <source>Historique du consentement</source>
            <translation>سجل الموافقة</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="97" />
            <source>Donné</source>
            <translation>ممنوحة</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="98" />
            <source>Retiré</source>
            <translation>مسحوبة</translation>
        </message>
        <message>
            <location filename="../../app/reports/beneficiary_record.py" line="99" />
            <source>ICE</source>
            <translation>التعريف الموحد للمقاولة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="314" />
            <source>Identifiant</source>
            <translation>المعرف</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="315" />
            <source>Région</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="316" />
            <source>Milieu</source>
            <translation>الوسط</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="317" />
            <source>Identifiant de la session</source>
            <translation>معرف الدورة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="318" />
            <source>Identifiant du bénéficiaire</source>
            <translation>معرف المستفيد</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="319" />
            <source>Heures suivies</source>
            <translation>الساعات المتابعة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="321" />
            <source>Thème</source>
            <translation>المحور</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="322" />
            <source>Code du module</source>
            <translation>رمز الوحدة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="323" />
            <source>Intitulé du module</source>
            <translation>عنوان الوحدة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="324" />
            <source>Début</source>
            <translation>البداية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="325" />
            <source>Fin</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="326" />
            <source>Stade évalué</source>
            <translation>المرحلة المقيمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="480" />
            <source>Fait le {date}</source>
            <translation>حرر بتاريخ {date}</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Durée</source>
            <translation>المدة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Présences attendues</source>
            <translation>الحضور المتوقع</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Présences constatées</source>
            <translation>الحضور الفعلي</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Valeur des appuis (MAD)</source>
            <translation>قيمة الدعم (درهم)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Candidatures non retenues</source>
            <translation>الترشيحات غير المقبولة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Équipements remis</source>
            <translation>التجهيزات المسلَّمة</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Orientations vers un financement</source>
            <translation>التوجيه نحو التمويل</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Autres appuis</source>
            <translation>أشكال دعم أخرى</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Projets et entreprises (stade actuel)</source>
            <translation>المشاريع والمقاولات (المرحلة الحالية)</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Sélection</source>
            <translation>الانتقاء</translation>
        </message>
        <message>
            <location filename="../../app/labels.py" line="370" />
            <source>Appuis délivrés</source>
            <translation>الدعم المقدَّم</translation>
        </message>
        <message>
            <source>Authenticité vérifiable auprès de la CCIS avec ce numéro de série.</source>
            <translation>يمكن التحقق من صحة الشهادة لدى الغرفة بواسطة هذا الرقم التسلسلي.</translation>
        </message>
        <message>
            <source>Valeur des équipements remis (MAD)</source>
            <translation>قيمة التجهيزات المسلمة (درهم)</translation>
        </message>
        <message>
            <source>Inscrit le</source>
            <translation>تاريخ التسجيل</translation>
        </message>
        <message>
            <source>Indicateurs</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <source>Dictionnaire</source>
            <translation>قاموس البيانات</translation>
        </message>
        <message>
            <source>À propos</source>
            <translation>حول الملف</translation>
        </message>
        <message>
            <source>Identifiant pseudonyme</source>
            <translation>المعرف المستعار</translation>
        </message>
        <message>
            <source>Appui antérieur : {choice}</source>
            <translation>دعم سابق: {choice}</translation>
        </message>
        <message>
            <source>Thème : {choice}</source>
            <translation>الموضوع: {choice}</translation>
        </message>
        <message>
            <source>Formation suivie sur la période</source>
            <translation>حضور تكوين خلال الفترة</translation>
        </message>
        <message>
            <source>Unité</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>{header} (%)</source>
            <translation>{header} (%)</translation>
        </message>
        <message>
            <source>personnes</source>
            <translation>أشخاص</translation>
        </message>
        <message>
            <source>séances</source>
            <translation>جلسات</translation>
        </message>
        <message>
            <source>heures</source>
            <translation>ساعات</translation>
        </message>
        <message>
            <source>présences</source>
            <translation>حالات حضور</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>MAD</source>
            <translation>درهم</translation>
        </message>
        <message>
            <source>entreprises et projets</source>
            <translation>مقاولات ومشاريع</translation>
        </message>
        <message>
            <source>candidatures</source>
            <translation>ترشيحات</translation>
        </message>
        <message>
            <source>appuis</source>
            <translation>عمليات دعم</translation>
        </message>
        <message>
            <source>Contenu</source>
            <translation>المحتوى</translation>
        </message>
        <message>
            <source>Exporté le</source>
            <translation>تاريخ التصدير</translation>
        </message>
        <message>
            <source>depuis le {start}</source>
            <translation>منذ {start}</translation>
        </message>
        <message>
            <source>jusqu'au {end}</source>
            <translation>حتى {end}</translation>
        </message>
        <message>
            <source>toutes les dates</source>
            <translation>جميع التواريخ</translation>
        </message>
        <message>
            <source>Personnes</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <source>Bénéficiaires touchés sur la période : présents à au moins une session tenue ou accompagnés pendant la période, comme les compte le rapport d'activité ; le filtre d'équipe porte sur l'équipe qui a mené l'activité.</source>
            <translation>المستفيدون الذين تم الوصول إليهم خلال الفترة: من حضروا دورة واحدة على الأقل من الدورات المنعقدة أو استفادوا من المواكبة خلال الفترة، كما يحتسبهم تقرير النشاط؛ ويخص مرشح الفريق الفريقَ الذي أنجز النشاط.</translation>
        </message>
        <message>
            <source>Bénéficiaires inscrits pendant la période (date d'inscription), qu'ils aient suivi une activité ou non ; le filtre d'équipe porte sur l'équipe de la personne.</source>
            <translation>المستفيدون المسجلون خلال الفترة (تاريخ التسجيل)، سواء تابعوا نشاطا أم لا؛ ويخص مرشح الفريق فريقَ الشخص.</translation>
        </message>
        <message>
            <source>Une ligne par présence enregistrée aux sessions de la période.</source>
            <translation>سطر لكل حضور مسجل في دورات الفترة.</translation>
        </message>
        <message>
            <source>Une ligne par séance d'accompagnement de la période.</source>
            <translation>سطر لكل جلسة مواكبة خلال الفترة.</translation>
        </message>
        <message>
            <source>Les indicateurs de la période, avec les définitions et les chiffres du rapport d'activité.</source>
            <translation>مؤشرات الفترة، بتعاريف تقرير النشاط وأرقامه.</translation>
        </message>
        <message>
            <source>Données personnelles</source>
            <translation>المعطيات الشخصية</translation>
        </message>
        <message>
            <source>Sans CIN ni téléphone.</source>
            <translation>بدون رقم البطاقة الوطنية ولا رقم الهاتف.</translation>
        </message>
        <message>
            <source>Avec CIN et téléphone : fichier à protéger (loi 09-08).</source>
            <translation>يتضمن رقم البطاقة الوطنية ورقم الهاتف: ملف تجب حمايته (القانون 09-08).</translation>
        </message>
        <message>
            <source>Export désidentifié : ni nom, ni CIN, ni téléphone, ni date ou année de naissance, ni douar ; chaque personne porte un pseudonyme, le même d'un export à l'autre avec la même clé.</source>
            <translation>تصدير مجهول الهوية: بدون اسم ولا رقم البطاقة الوطنية ولا هاتف ولا تاريخ أو سنة الازدياد ولا دوار؛ ولكل شخص معرف مستعار، هو نفسه من تصدير إلى آخر بالمفتاح نفسه.</translation>
        </message>
        <message>
            <source>Valeurs</source>
            <translation>القيم</translation>
        </message>
        <message>
            <source>Libellés</source>
            <translation>التسميات</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>الرموز</translation>
        </message>
        <message>
            <source>Lignes</source>
            <translation>عدد الأسطر</translation>
        </message>
        <message>
            <source>Colonne</source>
            <translation>العمود</translation>
        </message>
        <message>
            <source>Nom court</source>
            <translation>الاسم المختصر</translation>
        </message>
        <message>
            <source>Valeurs possibles</source>
            <translation>القيم الممكنة</translation>
        </message>
        <message>
            <source>Texte</source>
            <translation>نص</translation>
        </message>
        <message>
            <source>Nombre entier</source>
            <translation>عدد صحيح</translation>
        </message>
        <message>
            <source>Heures (nombre décimal, 1,75 = 1 h 45)</source>
            <translation>ساعات (عدد عشري، 1.75 = ساعة و45 دقيقة)</translation>
        </message>
        <message>
            <source>Montant en dirhams</source>
            <translation>مبلغ بالدرهم</translation>
        </message>
        <message>
            <source>Pourcentage</source>
            <translation>نسبة مئوية</translation>
        </message>
        <message>
            <source>Une valeur de la liste</source>
            <translation>قيمة واحدة من القائمة</translation>
        </message>
        <message>
            <source>Plusieurs valeurs de la liste</source>
            <translation>عدة قيم من القائمة</translation>
        </message>
        <message>
            <source>Oui / Non</source>
            <translation>نعم / لا</translation>
        </message>
        <message>
            <source>Commune ou province (HCP)</source>
            <translation>جماعة أو إقليم (المندوبية السامية للتخطيط)</translation>
        </message>
        <message>
            <source>Nombre, dans l'unité indiquée</source>
            <translation>عدد بالوحدة المبينة</translation>
        </message>
        <message>
            <source>« {yes} » si la réponse « {question} » comprend « {choice} ».</source>
            <translation>«{yes}» إذا تضمن الجواب عن «{question}» الاختيار «{choice}».</translation>
        </message>
        <message>
            <source>Identifiant de la personne dans Caravane, le même sur tous les portables.</source>
            <translation>معرف الشخص في كارافان، وهو نفسه في جميع الحواسيب المحمولة.</translation>
        </message>
        <message>
            <source>Pseudonyme de la personne : le même d'un export à l'autre avec la même clé ; sans la clé, il ne permet pas de retrouver la personne.</source>
            <translation>المعرف المستعار للشخص: هو نفسه من تصدير إلى آخر بالمفتاح نفسه؛ ولا يمكن بدون المفتاح معرفة الشخص من خلاله.</translation>
        </message>
        <message>
            <source>Nom de famille, en lettres latines.</source>
            <translation>النسب بالحروف اللاتينية.</translation>
        </message>
        <message>
            <source>Prénom, en lettres latines.</source>
            <translation>الاسم الشخصي بالحروف اللاتينية.</translation>
        </message>
        <message>
            <source>Nom complet en lettres arabes.</source>
            <translation>الاسم الكامل بالحروف العربية.</translation>
        </message>
        <message>
            <source>Sexe de la personne.</source>
            <translation>جنس الشخص.</translation>
        </message>
        <message>
            <source>Date de naissance, quand elle est connue.</source>
            <translation>تاريخ الازدياد، إذا كان معروفا.</translation>
        </message>
        <message>
            <source>Année de naissance, connue ou déduite de l'âge déclaré.</source>
            <translation>سنة الازدياد، معروفة أو مستنتجة من السن المصرح به.</translation>
        </message>
        <message>
            <source>Tranche d'âge au {date}.</source>
            <translation>الفئة العمرية في {date}.</translation>
        </message>
        <message>
            <source>Commune de résidence (découpage du HCP).</source>
            <translation>جماعة الإقامة (حسب تقسيم المندوبية السامية للتخطيط).</translation>
        </message>
        <message>
            <source>Commune où la session s'est tenue (découpage du HCP).</source>
            <translation>الجماعة التي انعقدت فيها الدورة (حسب تقسيم المندوبية السامية للتخطيط).</translation>
        </message>
        <message>
            <source>Province de la commune de résidence.</source>
            <translation>إقليم جماعة الإقامة.</translation>
        </message>
        <message>
            <source>Milieu de la commune de résidence, urbain ou rural (HCP).</source>
            <translation>وسط جماعة الإقامة، حضري أو قروي (المندوبية السامية للتخطيط).</translation>
        </message>
        <message>
            <source>Douar ou quartier de résidence.</source>
            <translation>دوار أو حي الإقامة.</translation>
        </message>
        <message>
            <source>Niveau d'instruction.</source>
            <translation>المستوى الدراسي.</translation>
        </message>
        <message>
            <source>Statut de la personne dans son activité.</source>
            <translation>وضعية الشخص في نشاطه.</translation>
        </message>
        <message>
            <source>Secteur d'activité du projet.</source>
            <translation>قطاع نشاط المشروع.</translation>
        </message>
        <message>
            <source>Stade du projet, dernière valeur enregistrée.</source>
            <translation>مرحلة المشروع، آخر قيمة مسجلة.</translation>
        </message>
        <message>
            <source>Appuis reçus avant le programme (plusieurs réponses possibles).</source>
            <translation>الدعم المحصل عليه قبل البرنامج (عدة أجوبة ممكنة).</translation>
        </message>
        <message>
            <source>Date d'inscription au programme.</source>
            <translation>تاريخ التسجيل في البرنامج.</translation>
        </message>
        <message>
            <source>Numéro de la carte nationale d'identité (donnée personnelle, loi 09-08).</source>
            <translation>رقم البطاقة الوطنية للتعريف (معطى شخصي، القانون 09-08).</translation>
        </message>
        <message>
            <source>Numéro de téléphone (donnée personnelle, loi 09-08).</source>
            <translation>رقم الهاتف (معطى شخصي، القانون 09-08).</translation>
        </message>
        <message>
            <source>Présent à au moins une session tenue pendant la période.</source>
            <translation>حضور دورة واحدة على الأقل من الدورات المنعقدة خلال الفترة.</translation>
        </message>
        <message>
            <source>Heures de formation suivies pendant la période.</source>
            <translation>ساعات التكوين المتابعة خلال الفترة.</translation>
        </message>
        <message>
            <source>Heures suivies à cette session.</source>
            <translation>الساعات المتابعة في هذه الدورة.</translation>
        </message>
        <message>
            <source>Séances d'accompagnement individuel pendant la période.</source>
            <translation>جلسات المواكبة الفردية خلال الفترة.</translation>
        </message>
        <message>
            <source>Date de la session.</source>
            <translation>تاريخ الدورة.</translation>
        </message>
        <message>
            <source>Code du module de formation.</source>
            <translation>رمز وحدة التكوين.</translation>
        </message>
        <message>
            <source>Intitulé du module de formation.</source>
            <translation>عنوان وحدة التكوين.</translation>
        </message>
        <message>
            <source>Identifiant de la session.</source>
            <translation>معرف الدورة.</translation>
        </message>
        <message>
            <source>Présence enregistrée à la session.</source>
            <translation>الحضور المسجل في الدورة.</translation>
        </message>
        <message>
            <source>Date de la séance d'accompagnement.</source>
            <translation>تاريخ جلسة المواكبة.</translation>
        </message>
        <message>
            <source>Durée de la séance, en minutes.</source>
            <translation>مدة الجلسة بالدقائق.</translation>
        </message>
        <message>
            <source>Thèmes abordés pendant la séance (plusieurs réponses possibles).</source>
            <translation>المواضيع التي تم تناولها خلال الجلسة (عدة أجوبة ممكنة).</translation>
        </message>
        <message>
            <source>Stade du projet évalué pendant la séance.</source>
            <translation>مرحلة المشروع كما قُيّمت خلال الجلسة.</translation>
        </message>
        <message>
            <source>Formateur ou conseiller qui a mené la séance.</source>
            <translation>المكون أو المستشار الذي أطّر الجلسة.</translation>
        </message>
        <message>
            <source>Groupe d'indicateurs.</source>
            <translation>مجموعة المؤشرات.</translation>
        </message>
        <message>
            <source>L'indicateur, ou la catégorie d'une répartition.</source>
            <translation>المؤشر، أو فئة من فئات التوزيع.</translation>
        </message>
        <message>
            <source>Valeur de l'indicateur, dans son unité.</source>
            <translation>قيمة المؤشر بوحدته.</translation>
        </message>
        <message>
            <source>Unité de la valeur.</source>
            <translation>وحدة القيمة.</translation>
        </message>
        <message>
            <source>Part des bénéficiaires touchés sur la période (répartitions).</source>
            <translation>حصة المستفيدين الذين تم الوصول إليهم خلال الفترة (التوزيعات).</translation>
        </message>
    </context>
    <context>
        <name>Report (woman)</name>
        <message>
            <location filename="../../app/labels.py" line="465" />
            <source>a participé à la formation</source>
            <translation>قد شاركت في التكوين</translation>
        </message>
    </context>
</TS>
