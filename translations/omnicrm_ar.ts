<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>OmniCrm::ActivityForm</name>
    <message>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Search contacts, companies, leads and deals</source>
        <translation>ابحث في جهات الاتصال والشركات والعملاء المحتملين والصفقات</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>موعده في</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Done already</source>
        <translation>تم إنجازه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>نشاط: %1</translation>
    </message>
    <message>
        <source>Enter a subject, such as “Call about the quote”.</source>
        <translation>أدخل موضوعًا، مثل «اتصال بخصوص عرض السعر».</translation>
    </message>
    <message>
        <source>Choose the contact, company, lead or deal this is about.</source>
        <translation>اختر جهة الاتصال أو الشركة أو العميل المحتمل أو الصفقة التي يخصها هذا النشاط.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::AiProviderText</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Name: “offline” is the built-in engine; choose another name.</source>
        <translation>الاسم: «offline» محجوز للمحرك المدمج؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Name of %1: use 1–40 lower-case letters, digits, “.”, “_” or “-”.</source>
        <translation>اسم %1: استخدم من 1 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو «.» أو «_» أو «-».</translation>
    </message>
    <message>
        <source>Base URL of %1: enter a full address starting with http:// or https:// (no query or password in it).</source>
        <translation>العنوان الأساسي لـ %1: أدخل عنوانًا كاملًا يبدأ بـ http:// أو https:// (دون استعلام أو كلمة مرور).</translation>
    </message>
    <message>
        <source>Model of %1: enter the model name the server expects.</source>
        <translation>نموذج %1: أدخل اسم النموذج الذي يتوقعه الخادم.</translation>
    </message>
    <message>
        <source>Timeout of %1 is out of range.</source>
        <translation>مهلة %1 خارج النطاق المسموح.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). Is the server running? Raise the timeout for slow local models.</source>
        <translation>
            <numerusform>لم يصل رد من %1 خلال %n ثانية. هل الخادم يعمل؟ زِد المهلة للنماذج المحلية البطيئة.</numerusform>
            <numerusform>لم يصل رد من %1 خلال %n ثانية. هل الخادم يعمل؟ زِد المهلة للنماذج المحلية البطيئة.</numerusform>
            <numerusform>لم يصل رد من %1 خلال %n ثانية. هل الخادم يعمل؟ زِد المهلة للنماذج المحلية البطيئة.</numerusform>
            <numerusform>لم يصل رد من %1 خلال %n ثانية. هل الخادم يعمل؟ زِد المهلة للنماذج المحلية البطيئة.</numerusform>
            <numerusform>لم يصل رد من %1 خلال %n ثانية. هل الخادم يعمل؟ زِد المهلة للنماذج المحلية البطيئة.</numerusform>
            <numerusform>لم يصل رد من %1 خلال %n ثانية. هل الخادم يعمل؟ زِد المهلة للنماذج المحلية البطيئة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1). Check the key and type it again.</source>
        <translation>رفض الخادم مفتاح الواجهة البرمجية (HTTP %1). تحقّق من المفتاح واكتبه مرة أخرى.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): check the base URL (it usually ends in /v1) and the model name.</source>
        <translation>غير موجود (HTTP 404): تحقّق من العنوان الأساسي (ينتهي عادةً بـ /v1) ومن اسم النموذج.</translation>
    </message>
    <message>
        <source>The provider is limiting requests (HTTP 429). Try again later.</source>
        <translation>المزوّد يحدّ من الطلبات (HTTP 429). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The provider had an error (HTTP %1). Try again later.</source>
        <translation>حدث خطأ لدى المزوّد (HTTP %1). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1: %2</source>
        <translation>ردّ المزوّد بـ HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>تعذّر الوصول إلى %1: %2</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>فشل الاختبار: %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::AiProvidersPanel</name>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>A provider in the list: "1. groq — llama-3.1-8b-instant".</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(معطّل)</translation>
    </message>
    <message>
        <source>Offline engine (built in, always last)</source>
        <translation>المحرك المحلي (مدمج، ويأتي دائمًا أخيرًا)</translation>
    </message>
    <message>
        <source>A key is stored. Type a new one to replace it.</source>
        <translation>يوجد مفتاح محفوظ. اكتب مفتاحًا جديدًا لاستبداله.</translation>
    </message>
    <message>
        <source>No key stored (local servers need none).</source>
        <translation>لا يوجد مفتاح محفوظ (الخوادم المحلية لا تحتاج إلى مفتاح).</translation>
    </message>
    <message>
        <source>Name: two providers are called %1; names must differ.</source>
        <translation>الاسم: يوجد مزوّدان باسم %1؛ يجب أن تختلف الأسماء.</translation>
    </message>
    <message>
        <source>AI providers saved.</source>
        <translation>حُفظ مزوّدو الذكاء الاصطناعي.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>جارٍ اختبار %1…</translation>
    </message>
    <message>
        <source>Connected: %1 answered.</source>
        <translation>تم الاتصال: أجاب %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Spend so far this month against the monthly cap: "1.20 USD of 10.00 USD".</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>مزوّدو الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Remote AI is optional: providers are tried from the top, and the offline engine on this computer always answers last. API keys are kept in the system keychain.</source>
        <translation>الذكاء الاصطناعي عن بُعد اختياري: يُجرَّب المزوّدون من الأعلى، ويجيب المحرك المحلي على هذا الحاسوب دائمًا في النهاية. تُحفظ مفاتيح الواجهة البرمجية في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Groq</source>
        <translation>Groq</translation>
    </message>
    <message>
        <source>Ollama (OpenAI-compatible)</source>
        <translation>Ollama (متوافق مع OpenAI)</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>خادم llama.cpp</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible service</source>
        <translation>خدمة أخرى متوافقة مع OpenAI</translation>
    </message>
    <message>
        <source>Ollama (native API)</source>
        <translation>Ollama (الواجهة الأصلية)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>العنوان الأساسي</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح الواجهة البرمجية</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Privacy mode: replace names, phones and e-mails before sending</source>
        <translation>وضع الخصوصية: استبدال الأسماء والهواتف والبريد الإلكتروني قبل الإرسال</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>استخدام هذا المزوّد</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Monthly spend cap</source>
        <translation>الحد الشهري للإنفاق</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>المُنفَق هذا الشهر</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>تراجع عن التعديلات</translation>
    </message>
</context>
<context>
    <name>OmniCrm::BoardColumn</name>
    <message>
        <source>Deals in this stage</source>
        <translation>الصفقات في هذه المرحلة</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>لا توجد صفقات</translation>
    </message>
    <message>
        <source>Total value of the deals in this stage</source>
        <translation>إجمالي قيمة الصفقات في هذه المرحلة</translation>
    </message>
    <message>
        <source>Deals here are marked stale after %1 days</source>
        <translation>تُعلَّم الصفقات هنا بأنها متأخرة بعد %1 يوم</translation>
    </message>
    <message>
        <source>Show more (%1 left)</source>
        <translation>عرض المزيد (المتبقي %1)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
</context>
<context>
    <name>OmniCrm::BrandText</name>
    <message>
        <source>Give the brand a name.</source>
        <translation>أدخل اسمًا للعلامة التجارية.</translation>
    </message>
    <message>
        <source>Another brand already has this name.</source>
        <translation>توجد علامة تجارية أخرى بالاسم نفسه.</translation>
    </message>
    <message>
        <source>The name is too long; use at most %1 characters.</source>
        <translation>الاسم طويل جدًا؛ استخدم %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>يجب أن يكون الشعار صورة بصيغة PNG أو SVG.</translation>
    </message>
    <message>
        <source>The logo is too large; use an image under %1 KB.</source>
        <translation>حجم الشعار كبير جدًا؛ استخدم صورة أصغر من %1 كيلوبايت.</translation>
    </message>
    <message>
        <source>Enter the colour as # and six hexadecimal digits, such as %1, or pick one.</source>
        <translation>أدخل اللون بعلامة # وستة أرقام ست عشرية، مثل %1، أو اختره من منتقي الألوان.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>اختر عملة من القائمة.</translation>
    </message>
    <message>
        <source>Choose Arabic or English.</source>
        <translation>اختر العربية أو الإنجليزية.</translation>
    </message>
    <message>
        <source>Choose the time zone the brand works in.</source>
        <translation>اختر المنطقة الزمنية التي تعمل بها العلامة التجارية.</translation>
    </message>
    <message>
        <source>This is not a time zone. Pick one from the list, such as %1.</source>
        <translation>هذه ليست منطقة زمنية. اختر واحدة من القائمة، مثل %1.</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>ريال سعودي</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>درهم إماراتي</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>دينار كويتي</translation>
    </message>
    <message>
        <source>Qatari riyal</source>
        <translation>ريال قطري</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>دينار بحريني</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>ريال عماني</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>يورو</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>جنيه إسترليني</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>جنيه مصري</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>دينار أردني</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A currency's name and its ISO code, e.g. "Saudi riyal (SAR)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OmniCrm::BrandsPanel</name>
    <message>
        <source>%1 (active)</source>
        <extracomment>A brand in the list that is the one in use, e.g. "Elite Trading (active)".</extracomment>
        <translation>%1 (نشطة)</translation>
    </message>
    <message>
        <source>This brand is in use on this computer.</source>
        <translation>هذه العلامة التجارية مستخدمة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>New brand</source>
        <translation>علامة تجارية جديدة</translation>
    </message>
    <message>
        <source>Edit brand</source>
        <translation>تعديل العلامة التجارية</translation>
    </message>
    <message>
        <source>Brand “%1” saved.</source>
        <translation>تم حفظ العلامة التجارية «%1».</translation>
    </message>
    <message>
        <source>Remove brand</source>
        <translation>حذف العلامة التجارية</translation>
    </message>
    <message>
        <source>Remove the brand “%1”? Records keep their data; the brand's name, logo and colours are no longer used.</source>
        <translation>هل تريد حذف العلامة التجارية «%1»؟ تبقى بيانات السجلات كما هي، ولن يُستخدم اسم العلامة وشعارها وألوانها بعد الآن.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Brand removed.</source>
        <translation>تم حذف العلامة التجارية.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>الصور (*.png *.svg *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>تعذّر فتح الملف.</translation>
    </message>
    <message>
        <source>This file is not an image OmniCRM can read.</source>
        <translation>هذا الملف ليس صورة يستطيع OmniCRM قراءتها.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Add brand</source>
        <translation>إضافة علامة تجارية</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Your business name as customers know it</source>
        <translation>اسم نشاطك التجاري كما يعرفه العملاء</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>اختيار لون</translation>
    </message>
    <message>
        <source>Type to search, e.g. Riyadh</source>
        <translation>اكتب للبحث، مثل Riyadh</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Use this brand</source>
        <translation>استخدام هذه العلامة</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CaptureFields</name>
    <message>
        <source>Unit in the message: %1</source>
        <extracomment>Under the quantity: the count unit as the message wrote it (كرتون، pcs …).</extracomment>
        <translation>الوحدة في الرسالة: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as 05x xxx xxxx, or an international one starting with +.</source>
        <translation>«%1» ليس رقم هاتف يمكن الاتصال به. استخدم رقمًا سعوديًا أو خليجيًا مثل 05x xxx xxxx، أو رقمًا دوليًا يبدأ بـ +.</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>سيُحفظ بالصيغة %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (name@example.com).</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صالحًا (name@example.com).</translation>
    </message>
    <message>
        <source>Enter how many the customer wants, as a number such as 20.</source>
        <translation>أدخل الكمية التي يريدها العميل رقمًا، مثل 20.</translation>
    </message>
    <message>
        <source>Enter the customer's name or company: the lead and the contact need one.</source>
        <translation>أدخل اسم العميل أو شركته: العميل المحتمل وجهة الاتصال يحتاجان إلى أحدهما.</translation>
    </message>
    <message>
        <source>Not found in the message</source>
        <translation>لم يرد في الرسالة</translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation>الرسالة كلها</translation>
    </message>
    <message>
        <source>its wording</source>
        <translation>صياغتها</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <extracomment>Beside a field: the words it was read from, then who read them ("«محمد» · Offline engine").</extracomment>
        <translation>من %1 · %2</translation>
    </message>
    <message>
        <source>Customer &amp;name</source>
        <translation>&amp;اسم العميل</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>ال&amp;شركة</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>ال&amp;هواتف</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>ال&amp;منتجات</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <source>&amp;Budget or price</source>
        <translation>الميزانية أو ال&amp;سعر</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>ال&amp;مدينة</translation>
    </message>
    <message>
        <source>Lead &amp;type</source>
        <translation>&amp;نوع الطلب</translation>
    </message>
    <message>
        <source>Pri&amp;ority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>Products from the catalog that the message names; untick a wrong match.</source>
        <translation>منتجات الكتالوج التي تذكرها الرسالة؛ ألغِ تحديد أي مطابقة خاطئة.</translation>
    </message>
    <message>
        <source>Pasted message</source>
        <translation>رسالة ملصقة</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>المنتجات: %1</translation>
    </message>
    <message>
        <source>Quantity: %1 %2</source>
        <translation>الكمية: %1 %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Message the lead came from</source>
        <translation>الرسالة التي جاء منها العميل المحتمل</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CaptureText</name>
    <message>
        <source>Quote request</source>
        <translation>طلب عرض سعر</translation>
    </message>
    <message>
        <source>Bulk order</source>
        <translation>طلب بالجملة</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>دعم فني</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>شراكة</translation>
    </message>
    <message>
        <source>General enquiry</source>
        <translation>استفسار عام</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic and English</source>
        <translation>العربية والإنجليزية</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>المحرك المحلي</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CardDelegate</name>
    <message>
        <source>Stale: %1 d</source>
        <extracomment>Days a deal has been in its stage, on a card; keep it short ("12 d")</extracomment>
        <translation>متأخرة: %1 يوم</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 يوم</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ChartPanel</name>
    <message>
        <source>%1 (millions)</source>
        <translation>%1 (بالملايين)</translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation>%1 (بالآلاف)</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ColumnMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>طابق الأعمدة</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave a column out. The preview below checks the rows again with your choice.</source>
        <translation>اختر الحقل الذي يذهب إليه كل عمود، أو استبعد العمود. تعيد المعاينة أدناه فحص الصفوف وفق اختيارك.</translation>
    </message>
    <message>
        <source>Columns were matched by their headers. Change any that are wrong.</source>
        <translation>طوبقت الأعمدة حسب عناوينها. غيّر ما كان منها خاطئًا.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>لا تستورد</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>لم يُتعرّف عليه</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>تم التعرّف عليه</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CommandPalette</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>لا توجد نتائج مطابقة لـ «%1».</translation>
    </message>
    <message>
        <source>Enter opens · ↑↓ move · Esc closes</source>
        <translation>Enter للفتح · ↑↓ للتنقل · Esc للإغلاق</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <source>Search contacts, companies, leads, deals, products…</source>
        <translation>ابحث في جهات الاتصال والشركات والعملاء المحتملين والصفقات والمنتجات…</translation>
    </message>
    <message>
        <source>Type a name, phone, e-mail or company · Esc closes</source>
        <translation>اكتب اسمًا أو رقم جوال أو بريدًا إلكترونيًا أو شركة · Esc للإغلاق</translation>
    </message>
</context>
<context>
    <name>OmniCrm::CompanyForm</name>
    <message>
        <source>Edit company</source>
        <translation>تعديل الشركة</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Address and notes</source>
        <translation>العنوان والملاحظات</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Edit company: %1</source>
        <translation>تعديل الشركة: %1</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>أدخل اسم الشركة.</translation>
    </message>
    <message>
        <source>%1 has the same name, phone or e-mail.</source>
        <translation>لدى %1 الاسم أو الهاتف أو البريد الإلكتروني نفسه.</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>فتح الشركة</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(binary data)</source>
        <translation>(بيانات ثنائية)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Another device (%1)</source>
        <translation>جهاز آخر (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Who wrote a value and when: "Another device (1a2b3c4d) · 14:05".</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A record in the conflict list: "Contact: Ahmed Al-Harbi".</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept, written by %1</source>
        <translation>القيمة المعتمدة، كتبها %1</translation>
    </message>
    <message>
        <source>Replaced, written by %1</source>
        <translation>القيمة المستبدَلة، كتبها %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>القيمة المعتمدة</translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation>القيمة المستبدَلة</translation>
    </message>
    <message>
        <source>Replaced value from</source>
        <translation>مصدر القيمة المستبدَلة</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ConflictsPanel</name>
    <message>
        <source>Restored "%1"; it syncs to your team like an edit.</source>
        <translation>استُعيدت القيمة "%1"، وستُزامَن مع فريقك كأي تعديل.</translation>
    </message>
    <message>
        <source>No conflicts were logged.</source>
        <translation>لم يُسجَّل أي تعارض.</translation>
    </message>
    <message>
        <source>No conflicts to review. When a teammate and you change the same field at the same time, the value that was replaced appears here and can be restored.</source>
        <translation>لا توجد تعارضات للمراجعة. عندما تغيّر أنت وأحد زملائك الحقل نفسه في الوقت نفسه، تظهر هنا القيمة التي استُبدلت ويمكنك استعادتها.</translation>
    </message>
    <message>
        <source>No conflict matches "%1".</source>
        <translation>لا يوجد تعارض يطابق "%1".</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>When two people change the same field before syncing, the newer change is kept everywhere. The values it replaced are listed here: restore one to make it the current value again, or dismiss it.</source>
        <translation>عندما يغيّر شخصان الحقل نفسه قبل المزامنة، يُعتمد التغيير الأحدث على كل الأجهزة. تظهر هنا القيم التي استُبدلت: استعد إحداها لتعود القيمة الحالية، أو تجاهلها.</translation>
    </message>
    <message>
        <source>Filter by record, field or value</source>
        <translation>تصفية حسب السجل أو الحقل أو القيمة</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>إظهار المحلولة</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>استعادة هذه القيمة</translation>
    </message>
    <message>
        <source>Makes the replaced value current again and syncs it to your team (Enter)</source>
        <translation>تعيد القيمة المستبدَلة لتصبح الحالية وتزامنها مع فريقك (Enter)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keeps the current value and removes this entry from the list</source>
        <translation>تُبقي القيمة الحالية وتزيل هذا البند من القائمة</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ContactForm</name>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>As the contact writes it</source>
        <translation>كما يكتبه صاحبه</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Search, or type a new company</source>
        <translation>ابحث، أو اكتب اسم شركة جديدة</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Phones and e-mails</source>
        <translation>الهواتف والبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Where the contact came from</source>
        <translation>من أين جاءت جهة الاتصال</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>إزالة هذا الهاتف</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>إزالة هذا البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Edit contact: %1</source>
        <translation>تعديل جهة الاتصال: %1</translation>
    </message>
    <message>
        <source>%1 already has this e-mail.</source>
        <translation>هذا البريد الإلكتروني مسجّل لدى %1.</translation>
    </message>
    <message>
        <source>%1 already has this number.</source>
        <translation>هذا الرقم مسجّل لدى %1.</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>فتح جهة الاتصال</translation>
    </message>
    <message>
        <source>Enter the contact's full name, or a first and last name.</source>
        <translation>أدخل الاسم الكامل لجهة الاتصال، أو الاسم الأول واسم العائلة.</translation>
    </message>
    <message>
        <source>A new company, %1, will be added when you save.</source>
        <translation>ستُضاف شركة جديدة باسم %1 عند الحفظ.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>%1 open deals in every pipeline</source>
        <translation>الصفقات المفتوحة في جميع المسارات: %1</translation>
    </message>
    <message>
        <source>Last month: %1</source>
        <translation>الشهر الماضي: %1</translation>
    </message>
    <message>
        <source>%1 (%2 against last month)</source>
        <translation>%1 (%2 مقارنة بالشهر الماضي)</translation>
    </message>
    <message>
        <source>%1 of %2 leads created in the last %3 days became deals</source>
        <translation>تحوّل %1 من أصل %2 من العملاء المحتملين المُضافين خلال آخر %3 يوم إلى صفقات</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>متأخرة: %1</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>أخرى أو غير معروفة</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>آخر تحديث %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Open pipeline value</source>
        <translation>قيمة الصفقات المفتوحة</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>المكسوب هذا الشهر</translation>
    </message>
    <message>
        <source>Lead to deal conversion (90 days)</source>
        <translation>تحويل العملاء المحتملين إلى صفقات (٩٠ يومًا)</translation>
    </message>
    <message>
        <source>Activities due today</source>
        <translation>الأنشطة المستحقة اليوم</translation>
    </message>
    <message>
        <source>Open pipeline value by stage</source>
        <translation>قيمة الصفقات المفتوحة بحسب المرحلة</translation>
    </message>
    <message>
        <source>Won revenue per month, last 12 months</source>
        <translation>الإيرادات المكسوبة شهريًا، آخر ١٢ شهرًا</translation>
    </message>
    <message>
        <source>Leads by source, last 90 days</source>
        <translation>العملاء المحتملون بحسب المصدر، آخر ٩٠ يومًا</translation>
    </message>
    <message>
        <source>No leads in the last 90 days.</source>
        <translation>لا يوجد عملاء محتملون خلال آخر ٩٠ يومًا.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DealForm</name>
    <message>
        <source>Edit deal</source>
        <translation>تعديل الصفقة</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>ابحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>ابحث في الشركات</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Price, timing, a competitor…</source>
        <translation>السعر، التوقيت، منافس…</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>متوقع في</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>إجمالي البند</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Search products, or describe the item</source>
        <translation>ابحث في المنتجات، أو صِف البند</translation>
    </message>
    <message>
        <source>Remove this line item</source>
        <translation>إزالة هذا البند</translation>
    </message>
    <message>
        <source>Edit deal: %1</source>
        <translation>تعديل الصفقة: %1</translation>
    </message>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>أدخل عنوانًا للصفقة.</translation>
    </message>
    <message>
        <source>Pick a contact from the list, or leave this empty.</source>
        <translation>اختر جهة اتصال من القائمة، أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <source>Pick a company from the list, or leave this empty.</source>
        <translation>اختر شركة من القائمة، أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>اذكر سبب خسارة الصفقة.</translation>
    </message>
    <message>
        <source>The pipeline has no stages.</source>
        <translation>لا توجد مراحل في مسار المبيعات.</translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation>أدخل سعر الوحدة.</translation>
    </message>
    <message>
        <source>The total of the line items</source>
        <translation>إجمالي البنود</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DealListSource</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DedupeText</name>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المُعرّف</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>متشابه</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>Missing on one side</source>
        <translation>غير موجود في أحدهما</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One reason of a duplicate's score: "Phone: Same (+9.3)". %3 is the weight of evidence.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Only in one</source>
        <translation>في أحدهما فقط</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>اسم الأب</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DesktopSession</name>
    <message>
        <source>OmniCRM cannot open the store</source>
        <translation>لا يستطيع OmniCRM فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Import contacts or companies…</source>
        <translation>استيراد جهات اتصال أو شركات…</translation>
    </message>
</context>
<context>
    <name>OmniCrm::DuplicatesPage</name>
    <message>
        <source>Merge automatically?</source>
        <translation>الدمج تلقائيًا؟</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>المكررات</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن المكررات…</translation>
    </message>
    <message>
        <source>Search cancelled. Pairs found before stopping stay in the queue.</source>
        <translation>أُلغي البحث. تبقى الأزواج التي وُجدت قبل الإيقاف في قائمة المراجعة.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) checked.</source>
        <translation>
            <numerusform>فُحصت %n جهة اتصال.</numerusform>
            <numerusform>فُحصت %n جهة اتصال.</numerusform>
            <numerusform>فُحصت %n جهة اتصال.</numerusform>
            <numerusform>فُحصت %n جهة اتصال.</numerusform>
            <numerusform>فُحصت %n جهة اتصال.</numerusform>
            <numerusform>فُحصت %n جهة اتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) checked.</source>
        <translation>
            <numerusform>فُحصت %n شركة.</numerusform>
            <numerusform>فُحصت %n شركة.</numerusform>
            <numerusform>فُحصت %n شركة.</numerusform>
            <numerusform>فُحصت %n شركة.</numerusform>
            <numerusform>فُحصت %n شركة.</numerusform>
            <numerusform>فُحصت %n شركة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n زوج بانتظار المراجعة.</numerusform>
            <numerusform>%n زوج بانتظار المراجعة.</numerusform>
            <numerusform>%n زوج بانتظار المراجعة.</numerusform>
            <numerusform>%n زوج بانتظار المراجعة.</numerusform>
            <numerusform>%n زوج بانتظار المراجعة.</numerusform>
            <numerusform>%n زوج بانتظار المراجعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) merged automatically.</source>
        <translation>
            <numerusform>دُمج %n زوج تلقائيًا.</numerusform>
            <numerusform>دُمج %n زوج تلقائيًا.</numerusform>
            <numerusform>دُمج %n زوج تلقائيًا.</numerusform>
            <numerusform>دُمج %n زوج تلقائيًا.</numerusform>
            <numerusform>دُمج %n زوج تلقائيًا.</numerusform>
            <numerusform>دُمج %n زوج تلقائيًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged automatically</source>
        <translation>دُمج تلقائيًا</translation>
    </message>
    <message>
        <source>%1 ↔ %2 · %3%</source>
        <extracomment>A pair in the duplicates queue: "Name A ↔ Name B · 97%".</extracomment>
        <translation>%1 ↔ %2 · %3%</translation>
    </message>
    <message>
        <source>No pairs waiting for review. Use “Find duplicates” to look for them.</source>
        <translation>لا توجد أزواج بانتظار المراجعة. استخدم «البحث عن المكررات» للعثور عليها.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <extracomment>%1 is the record merged away, %2 the one that stays.</extracomment>
        <translation>دُمج «%1» في «%2».</translation>
    </message>
    <message>
        <source>Marked as not a duplicate; it will not be proposed again.</source>
        <translation>عُلِّم على أنه ليس مكررًا، ولن يُقترح مرة أخرى.</translation>
    </message>
    <message>
        <source>Merge undone: both records are back.</source>
        <translation>أُلغي الدمج: عاد السجلان كلاهما.</translation>
    </message>
    <message>
        <source>Pairs at least %1% likely the same will be merged without asking the next time you look for duplicates. Each merge can be undone. Switch it on?</source>
        <translation>الأزواج التي يبلغ احتمال تطابقها %1% على الأقل ستُدمج دون سؤال في المرة القادمة التي تبحث فيها عن المكررات. ويمكن التراجع عن كل دمج. هل تريد تفعيل ذلك؟</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>البحث عن المكررات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Merge pairs above %1% automatically</source>
        <translation>دمج الأزواج التي تتجاوز %1% تلقائيًا</translation>
    </message>
    <message>
        <source>Merge (M)</source>
        <extracomment>Button; the letter in brackets is its keyboard shortcut.</extracomment>
        <translation>دمج (M)</translation>
    </message>
    <message>
        <source>Not a duplicate (N)</source>
        <translation>ليس مكررًا (N)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>تخطٍّ (S)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Arrow keys move through the queue.</source>
        <translation>تتنقل مفاتيح الأسهم بين عناصر القائمة.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ErrorText</name>
    <message>
        <source>A required field is empty.</source>
        <translation>أحد الحقول المطلوبة فارغ.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>حقل %1 مطلوب.</translation>
    </message>
    <message>
        <source>This is not a phone number we can dial. Use a Saudi or Gulf mobile such as 05x xxx xxxx, or an international number starting with +.</source>
        <translation>هذا ليس رقم هاتف صالحًا للاتصال. استخدم رقم جوال سعوديًا أو خليجيًا مثل 05x xxx xxxx، أو رقمًا دوليًا يبدأ بـ +.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (name@example.com).</source>
        <translation>هذا ليس عنوان بريد إلكتروني صالحًا (name@example.com).</translation>
    </message>
    <message>
        <source>Enter an amount such as 1500 or 1,500.50, and a three-letter currency such as SAR.</source>
        <translation>أدخل مبلغًا مثل 1500 أو 1,500.50، وعملة من ثلاثة أحرف مثل SAR.</translation>
    </message>
    <message>
        <source>This date is not valid.</source>
        <translation>هذا التاريخ غير صالح.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>لم يعد هذا السجل موجودًا؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>A record with the same phone or e-mail already exists.</source>
        <translation>يوجد سجل بالهاتف أو البريد الإلكتروني نفسه.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Nothing was changed; try again.</source>
        <translation>عبارة المرور غير صحيحة. لم يتغير شيء؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The store's key is not available: the system keychain did not answer and no passphrase was given.</source>
        <translation>مفتاح قاعدة البيانات غير متاح: لم تستجب سلسلة مفاتيح النظام ولم تُدخل عبارة مرور.</translation>
    </message>
    <message>
        <source>No store was found in this folder.</source>
        <translation>لم يُعثر على قاعدة بيانات في هذا المجلد.</translation>
    </message>
    <message>
        <source>A store already exists in this folder.</source>
        <translation>توجد قاعدة بيانات في هذا المجلد مسبقًا.</translation>
    </message>
    <message>
        <source>The store is damaged or was written by a newer OmniCRM.</source>
        <translation>قاعدة البيانات تالفة أو أنشأها إصدار أحدث من OmniCRM.</translation>
    </message>
    <message>
        <source>The store could not complete the operation; nothing was changed.</source>
        <translation>تعذّر على قاعدة البيانات إتمام العملية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>تعذّرت قراءة الملف أو الكتابة فيه.</translation>
    </message>
    <message>
        <source>The file is not in the format it claims to be.</source>
        <translation>الملف ليس بالصيغة التي يُفترض أنه عليها.</translation>
    </message>
    <message>
        <source>The file's text encoding could not be read.</source>
        <translation>تعذّرت قراءة ترميز نص الملف.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغيت العملية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Someone changed this record at the same time; reload it and try again.</source>
        <translation>عدّل شخص آخر هذا السجل في الوقت نفسه؛ أعد تحميله وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not supported here.</source>
        <translation>هذا غير مدعوم هنا.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>قيمة %1 غير صالحة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز المنتج</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>السجل المرتبط</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
</context>
<context>
    <name>OmniCrm::FormText</name>
    <message>
        <source>Mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportFilePage</name>
    <message>
        <source>Choose a file to import</source>
        <translation>اختر ملفًا للاستيراد</translation>
    </message>
    <message>
        <source>Contacts files (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)</source>
        <translation>ملفات جهات الاتصال (*.csv *.tsv *.txt *.vcf *.vcard *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>%1. Columns found: %2.</source>
        <translation>%1. الأعمدة التي عُثر عليها: %2.</translation>
    </message>
    <message>
        <source>No column was recognised from its header; you can choose a field for each column on the next pages.</source>
        <translation>لم يُتعرّف على أي عمود من عنوانه؛ يمكنك اختيار حقل لكل عمود في الصفحات التالية.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <source>Contacts or companies from a CSV file (Excel, Google Contacts, Outlook) or a vCard address book.</source>
        <translation>جهات اتصال أو شركات من ملف CSV (‏Excel أو جهات اتصال Google أو Outlook) أو من دفتر عناوين vCard.</translation>
    </message>
    <message>
        <source>Headers in Arabic or English are recognised, and the file's encoding and delimiter are detected. Nothing is stored until you start the import.</source>
        <translation>يُتعرّف على العناوين بالعربية أو الإنجليزية، ويُكتشف ترميز الملف والفاصل تلقائيًا. لا يُحفظ شيء حتى تبدأ الاستيراد.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>Path of a .csv or .vcf file</source>
        <translation>مسار ملف ‎.csv أو ‎.vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Or drop a file here</source>
        <translation>أو أفلت ملفًا هنا</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>الصفوف هي:</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;جهات اتصال</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;شركات</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportPreviewModel</name>
    <message>
        <source>Ready to import.</source>
        <translation>جاهز للاستيراد.</translation>
    </message>
    <message>
        <source>This row has a problem in a highlighted cell and will not be imported.</source>
        <translation>في هذا الصف مشكلة في خلية مظللة، ولن يُستورد.</translation>
    </message>
    <message>
        <source>This row will be skipped; see the highlighted cell.</source>
        <translation>سيُتخطّى هذا الصف؛ انظر الخلية المظللة.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>The row's line in the file</source>
        <translation>رقم سطر الصف في الملف</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>Column “%1” is not imported.</source>
        <translation>العمود «%1» لا يُستورد.</translation>
    </message>
    <message>
        <source>Column “%1” is imported as %2.</source>
        <translation>العمود «%1» يُستورد بوصفه %2.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportPreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>راجع المعاينة</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Cells with a problem are highlighted; point at one to read why.</source>
        <translation>الصفوف الأولى كما ستُستورد. الخلايا التي فيها مشكلة مظللة؛ مرّر المؤشر فوقها لمعرفة السبب.</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>الصيغة: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>الترميز: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>الفاصل: %1</translation>
    </message>
    <message>
        <source>Records in the file: %1</source>
        <translation>السجلات في الملف: %1</translation>
    </message>
    <message>
        <source>Records in the file: counting…</source>
        <translation>السجلات في الملف: جارٍ العد…</translation>
    </message>
    <message>
        <source>No problems found in these rows.</source>
        <translation>لا توجد مشكلات في هذه الصفوف.</translation>
    </message>
    <message>
        <source>Problems in these rows: %1</source>
        <translation>المشكلات في هذه الصفوف: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportSummaryPage</name>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>What was stored, what was skipped, and why.</source>
        <translation>ما حُفظ، وما تم تخطّيه، ولماذا.</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>نسخ المشكلات</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;تراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <source>Contacts imported: %1</source>
        <translation>جهات الاتصال المستوردة: %1</translation>
    </message>
    <message>
        <source>Companies imported: %1</source>
        <translation>الشركات المستوردة: %1</translation>
    </message>
    <message>
        <source>Nothing was stored: strict mode found problems in the file. Fix the rows below and import again, or import without strict mode.</source>
        <translation>لم يُحفظ أي شيء: وجد الوضع الصارم مشكلات في الملف. أصلح الصفوف أدناه ثم استورد مرة أخرى، أو استورد دون الوضع الصارم.</translation>
    </message>
    <message>
        <source>Nothing was stored: the file had no new records to import.</source>
        <translation>لم يُحفظ أي شيء: لا توجد في الملف سجلات جديدة للاستيراد.</translation>
    </message>
    <message>
        <source>Skipped as duplicates: %1</source>
        <translation>تم تخطّيها لأنها مكررة: %1</translation>
    </message>
    <message>
        <source>Not imported because of problems: %1</source>
        <translation>لم تُستورد بسبب مشكلات: %1</translation>
    </message>
    <message>
        <source>Records read: %1</source>
        <translation>السجلات المقروءة: %1</translation>
    </message>
    <message>
        <source>The whole file had been read before Cancel arrived, so the import was kept. Use Undo if you do not want it.</source>
        <translation>كان الملف قد قُرئ بالكامل قبل وصول طلب الإلغاء، لذا احتُفظ بالاستيراد. استخدم التراجع إن لم تكن تريده.</translation>
    </message>
    <message>
        <source>Import batch: %1</source>
        <translation>دفعة الاستيراد: %1</translation>
    </message>
    <message>
        <source>Problems by line: %1</source>
        <translation>المشكلات حسب السطر: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Import undone: %1 records removed.</source>
        <translation>تم التراجع عن الاستيراد: حُذف %1 سجل.</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>هل تريد التراجع عن هذا الاستيراد؟</translation>
    </message>
    <message>
        <source>This deletes the %1 records this import added (and the companies it created for them). Records that were already in OmniCRM are not touched.</source>
        <translation>سيحذف هذا السجلات التي أضافها هذا الاستيراد وعددها %1 (والشركات التي أنشأها لها). لن تتأثر السجلات التي كانت موجودة مسبقًا في OmniCRM.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>تراجع عن الاستيراد</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <source>The import could not be undone. %1</source>
        <translation>تعذر التراجع عن الاستيراد. %1</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Save the problems as CSV</source>
        <translation>حفظ المشكلات بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportText</name>
    <message>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>OmniCRM ID</source>
        <translation>معرّف OmniCRM</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Commercial registration</source>
        <translation>السجل التجاري</translation>
    </message>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (نص جدول بيانات)</translation>
    </message>
    <message>
        <source>vCard (address book)</source>
        <translation>vCard (دفتر عناوين)</translation>
    </message>
    <message>
        <source>OmniCRM JSON export</source>
        <translation>ملف JSON مُصدَّر من OmniCRM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 مع علامة ترتيب البايتات (Excel)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (نص Unicode من Excel)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic Windows)</source>
        <translation>Windows-1256 (ويندوز العربي)</translation>
    </message>
    <message>
        <source>As each card declares (UTF-8 when it does not)</source>
        <translation>حسب ما تحدده كل بطاقة (UTF-8 إن لم تحدد)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>الفاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>الفاصلة المنقوطة ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة الجدولة (Tab)</translation>
    </message>
    <message>
        <source>No company name: this row will not be imported.</source>
        <translation>لا يوجد اسم للشركة: لن يُستورد هذا الصف.</translation>
    </message>
    <message>
        <source>No name: a contact needs a full name, or a first or last name. This row will not be imported.</source>
        <translation>لا يوجد اسم: تحتاج جهة الاتصال إلى اسم كامل أو اسم أول أو اسم عائلة. لن يُستورد هذا الصف.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as 05x xxx xxxx, or an international number starting with +. This row will not be imported.</source>
        <translation>«%1» ليس رقم هاتف صالحًا للاتصال. استخدم رقمًا سعوديًا أو خليجيًا مثل 05x xxx xxxx، أو رقمًا دوليًا يبدأ بـ +. لن يُستورد هذا الصف.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address (name@example.com). This row will not be imported.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صحيحًا (name@example.com). لن يُستورد هذا الصف.</translation>
    </message>
    <message>
        <source>%1 This row will not be imported.</source>
        <translation>%1 لن يُستورد هذا الصف.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2. It will not be imported; check for a missing or extra delimiter.</source>
        <translation>في هذا الصف %1 خلايا بينما في صف العناوين %2. لن يُستورد؛ تحقق من وجود فاصل ناقص أو زائد.</translation>
    </message>
    <message>
        <source>This card has no name, organisation, phone or e-mail. It will not be imported.</source>
        <translation>لا تحتوي هذه البطاقة على اسم أو جهة عمل أو هاتف أو بريد إلكتروني. لن تُستورد.</translation>
    </message>
    <message>
        <source>This row could not be read. It will not be imported.</source>
        <translation>تعذرت قراءة هذا الصف. لن يُستورد.</translation>
    </message>
    <message>
        <source>Already in OmniCRM as “%1”. This row will be skipped.</source>
        <translation>موجود مسبقًا في OmniCRM باسم «%1». سيُتخطّى هذا الصف.</translation>
    </message>
    <message>
        <source>Duplicate of “%1”, already in OmniCRM (same %2). This row will be skipped.</source>
        <translation>مكرر لـ«%1» الموجود مسبقًا في OmniCRM (نفس %2). سيُتخطّى هذا الصف.</translation>
    </message>
    <message>
        <source>Duplicate of line %1 of this file (same %2). This row will be skipped.</source>
        <translation>مكرر للسطر %1 في هذا الملف (نفس %2). سيُتخطّى هذا الصف.</translation>
    </message>
    <message>
        <source>None of the imported columns has a value in this row; it will be left out.</source>
        <translation>لا توجد قيمة في أيٍّ من الأعمدة المستوردة في هذا الصف؛ لن يُستورد.</translation>
    </message>
    <message>
        <source>This is an Excel workbook (or another ZIP file), not a CSV file. In Excel choose File › Save As › CSV UTF-8, then pick the saved file.</source>
        <translation>هذا مصنف Excel (أو ملف ZIP آخر) وليس ملف CSV. في Excel اختر ملف › حفظ باسم › CSV UTF-8، ثم اختر الملف المحفوظ.</translation>
    </message>
    <message>
        <source>This is a PDF document. Export the contacts as CSV or vCard and pick that file.</source>
        <translation>هذا مستند PDF. صدّر جهات الاتصال بصيغة CSV أو vCard ثم اختر ذلك الملف.</translation>
    </message>
    <message>
        <source>This file is not text: it looks like a program, an image or a database. Pick a CSV or vCard file.</source>
        <translation>هذا الملف ليس نصيًا: يبدو أنه برنامج أو صورة أو قاعدة بيانات. اختر ملف CSV أو vCard.</translation>
    </message>
    <message>
        <source>The text in this file is not in an encoding OmniCRM reads (UTF-8, UTF-16 or Windows-1256). Save it again as CSV UTF-8.</source>
        <translation>ترميز النص في هذا الملف لا يقرؤه OmniCRM (‏UTF-8 أو UTF-16 أو Windows-1256). احفظه مرة أخرى بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>الملف فارغ: لا يحتوي على صف عناوين.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 never ends. Check that line in a text editor.</source>
        <translation>خلية بين علامتي تنصيص تبدأ في السطر %1 ولا تنتهي. راجع ذلك السطر في محرر نصوص.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 never ends (END:VCARD is missing).</source>
        <translation>البطاقة التي تبدأ في السطر %1 لا تنتهي (ينقصها END:VCARD).</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no card in it.</source>
        <translation>هذا ليس ملف vCard: لا يحتوي على أي بطاقة.</translation>
    </message>
    <message>
        <source>No column is imported. Choose a field for at least one column.</source>
        <translation>لا يوجد عمود مستورد. اختر حقلًا لعمود واحد على الأقل.</translation>
    </message>
    <message>
        <source>The file is not in the format it claims to be.</source>
        <translation>الملف ليس بالصيغة التي يدّعيها.</translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it exists and that you may read it.</source>
        <translation>تعذر فتح الملف. تأكد من وجوده ومن أن لديك صلاحية قراءته.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>الاسم أطول من %1 حرفًا.</translation>
    </message>
    <message>
        <source>No company name.</source>
        <translation>لا يوجد اسم للشركة.</translation>
    </message>
    <message>
        <source>No name: a contact needs a full name, or a first or last name.</source>
        <translation>لا يوجد اسم: تحتاج جهة الاتصال إلى اسم كامل أو اسم أول أو اسم عائلة.</translation>
    </message>
    <message>
        <source>More than %1 phone numbers in one row.</source>
        <translation>أكثر من %1 رقم هاتف في صف واحد.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2.</source>
        <translation>في هذا الصف %1 خلايا بينما في صف العناوين %2.</translation>
    </message>
    <message>
        <source>This card has no name, organisation, phone or e-mail.</source>
        <translation>لا تحتوي هذه البطاقة على اسم أو جهة عمل أو هاتف أو بريد إلكتروني.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ImportWizard</name>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>لا توجد صفوف في الملف تحت صف العناوين.</translation>
    </message>
    <message>
        <source>No column is imported yet, so the rows cannot be checked.</source>
        <translation>لم يُحدَّد أي عمود للاستيراد بعد، لذا لا يمكن فحص الصفوف.</translation>
    </message>
    <message>
        <source>In the first %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.</source>
        <translation>في أول %1 صف: %2 جاهزة للاستيراد، و%3 ستُتخطّى (مكررة)، و%4 فيها مشكلات.</translation>
    </message>
    <message>
        <source>In all %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.</source>
        <translation>في جميع الصفوف (%1): %2 جاهزة للاستيراد، و%3 ستُتخطّى (مكررة)، و%4 فيها مشكلات.</translation>
    </message>
    <message>
        <source>Records in the file: %1</source>
        <translation>السجلات في الملف: %1</translation>
    </message>
    <message>
        <source>Records in the file: counting…</source>
        <translation>السجلات في الملف: جارٍ العد…</translation>
    </message>
    <message>
        <source>Import contacts from “%1”.</source>
        <translation>استيراد جهات الاتصال من «%1».</translation>
    </message>
    <message>
        <source>Import companies from “%1”.</source>
        <translation>استيراد الشركات من «%1».</translation>
    </message>
    <message>
        <source>You can cancel while the import runs: nothing is stored until the whole file has been read, so a cancelled import leaves no trace.</source>
        <translation>يمكنك الإلغاء أثناء الاستيراد: لا يُحفظ شيء حتى يُقرأ الملف كاملًا، فلا يترك الاستيراد الملغى أي أثر.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>%1 of %2 records read</source>
        <translation>قُرئ %1 من %2 سجل</translation>
    </message>
    <message>
        <source>%1 records read</source>
        <translation>قُرئ %1 سجل</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be stored.</source>
        <translation>جارٍ الإلغاء… لن يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was stored: the whole file was rolled back.</source>
        <translation>أُلغي الاستيراد. لم يُحفظ أي شيء: تم التراجع عن الملف بأكمله.</translation>
    </message>
    <message>
        <source>The import stopped. %1 Nothing was stored.</source>
        <translation>توقف الاستيراد. %1 لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Import contacts or companies</source>
        <translation>استيراد جهات الاتصال أو الشركات</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>ابدأ الاستيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>The whole file is imported as one unit: if the import is cancelled or fails, nothing is stored.</source>
        <translation>يُستورد الملف كاملًا دفعة واحدة: إذا أُلغي الاستيراد أو فشل فلن يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>&amp;Strict: if any row has a problem, import nothing</source>
        <translation>وضع &amp;صارم: إذا كان في أي صف مشكلة فلا تستورد شيئًا</translation>
    </message>
    <message>
        <source>Without strict mode, rows with problems are left out and listed in the summary, and the rest is imported.</source>
        <translation>دون الوضع الصارم تُستبعد الصفوف التي فيها مشكلات وتُدرج في الملخص، ويُستورد الباقي.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
</context>
<context>
    <name>OmniCrm::KindText</name>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>تم التحويل</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>OmniCrm::LeadCapturePage</name>
    <message>
        <source>Reply copied</source>
        <translation>نُسخ الرد</translation>
    </message>
    <message>
        <source>Minimum margin saved</source>
        <translation>حُفظ الحد الأدنى للهامش</translation>
    </message>
    <message>
        <source>Capture lead</source>
        <translation>التقاط عميل محتمل</translation>
    </message>
    <message>
        <source>Paste a message from the customer first, then read it.</source>
        <translation>الصق رسالة العميل أولًا، ثم اقرأها.</translation>
    </message>
    <message>
        <source>Loading the product catalog…</source>
        <translation>جارٍ تحميل كتالوج المنتجات…</translation>
    </message>
    <message>
        <source>Read a message first (Ctrl+Enter), then check the fields.</source>
        <translation>اقرأ رسالة أولًا (Ctrl+Enter)، ثم راجع الحقول.</translation>
    </message>
    <message>
        <source>A lead was already created from this message. Read it again to create another.</source>
        <translation>أُنشئ عميل محتمل من هذه الرسالة من قبل. اقرأها مجددًا لإنشاء عميل آخر.</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix %1: %2</source>
        <translation>لم يُحفظ شيء. صحّح حقل %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>لم يُحفظ شيء: %1</translation>
    </message>
    <message>
        <source>Lead and contact “%1” created</source>
        <translation>أُنشئ العميل المحتمل وجهة الاتصال «%1»</translation>
    </message>
    <message>
        <source>Lead created for the existing contact “%1”</source>
        <translation>أُنشئ عميل محتمل لجهة الاتصال الموجودة «%1»</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>أُنشئ العميل المحتمل</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>تعذّر التراجع: %1</translation>
    </message>
    <message>
        <source>Lead removed again</source>
        <translation>أُزيل العميل المحتمل</translation>
    </message>
    <message>
        <source>Capture a lead from a message</source>
        <translation>التقاط عميل محتمل من رسالة</translation>
    </message>
    <message>
        <source>Paste an e-mail, WhatsApp or chat message in Arabic or English. Read it, check the fields against the highlighted words, then create the lead and its contact.</source>
        <translation>الصق رسالة بريد إلكتروني أو واتساب أو محادثة بالعربية أو الإنجليزية. اقرأها، وطابق الحقول مع الكلمات المظللة، ثم أنشئ العميل المحتمل وجهة اتصاله.</translation>
    </message>
    <message>
        <source>Customer's mess&amp;age:</source>
        <translation>&amp;رسالة العميل:</translation>
    </message>
    <message>
        <source>Paste the message here…</source>
        <translation>الصق الرسالة هنا…</translation>
    </message>
    <message>
        <source>&amp;Read message</source>
        <translation>ا&amp;قرأ الرسالة</translation>
    </message>
    <message>
        <source>Read the fields out of the message (Ctrl+Enter)</source>
        <translation>استخرج الحقول من الرسالة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>العميل المحتمل</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Reads offline on this computer; nothing leaves it.</source>
        <translation>تُقرأ الرسالة محليًا على هذا الجهاز؛ لا يخرج منها شيء.</translation>
    </message>
    <message>
        <source>The message changed: read it again (Ctrl+Enter) to update the fields.</source>
        <translation>تغيّرت الرسالة: اقرأها مجددًا (Ctrl+Enter) لتحديث الحقول.</translation>
    </message>
    <message>
        <source>Read by: %1</source>
        <translation>قرأها: %1</translation>
    </message>
    <message>
        <source>%1 already has this phone or e-mail.</source>
        <translation>جهة الاتصال %1 لديها هذا الهاتف أو البريد الإلكتروني من قبل.</translation>
    </message>
    <message>
        <source>Attach the lead to this contact instead of creating a duplicate</source>
        <translation>اربط العميل المحتمل بجهة الاتصال هذه بدلًا من إنشاء نسخة مكررة</translation>
    </message>
    <message>
        <source>&amp;Create lead for this contact</source>
        <translation>أ&amp;نشئ عميلًا محتملًا لجهة الاتصال هذه</translation>
    </message>
    <message>
        <source>&amp;Create lead and contact</source>
        <translation>أ&amp;نشئ العميل المحتمل وجهة الاتصال</translation>
    </message>
</context>
<context>
    <name>OmniCrm::LeadConversionDialog</name>
    <message>
        <source>Convert lead</source>
        <translation>تحويل العميل المحتمل</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>العميل المحتمل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>المبلغ التقديري</translation>
    </message>
    <message>
        <source>Converting will</source>
        <translation>سيؤدي التحويل إلى</translation>
    </message>
    <message>
        <source>Open a deal</source>
        <translation>فتح صفقة</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>عنوان الصفقة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>The lead will be marked converted, and its activities will move to the contact.</source>
        <translation>سيُعلَّم العميل المحتمل بأنه محوَّل، وستنتقل أنشطته إلى جهة الاتصال.</translation>
    </message>
    <message>
        <source>No contact: the lead names no person, phone or e-mail.</source>
        <translation>لا جهة اتصال: لا يذكر العميل المحتمل شخصًا أو هاتفًا أو بريدًا إلكترونيًا.</translation>
    </message>
    <message>
        <source>Link to the existing contact %1, who has the same phone or e-mail.</source>
        <translation>ربطه بجهة الاتصال الحالية %1، التي لديها الهاتف أو البريد الإلكتروني نفسه.</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>فتح جهة الاتصال</translation>
    </message>
    <message>
        <source>Create the contact %1.</source>
        <translation>إنشاء جهة الاتصال %1.</translation>
    </message>
    <message>
        <source>No company: the lead names none.</source>
        <translation>لا شركة: لا يذكر العميل المحتمل أي شركة.</translation>
    </message>
    <message>
        <source>Use the existing company %1.</source>
        <translation>استخدام الشركة الحالية %1.</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>فتح الشركة</translation>
    </message>
    <message>
        <source>Create the company %1.</source>
        <translation>إنشاء الشركة %1.</translation>
    </message>
    <message>
        <source>This lead no longer exists; it may have been deleted.</source>
        <translation>لم يعد هذا العميل المحتمل موجودًا؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>This lead was converted already.</source>
        <translation>تم تحويل هذا العميل المحتمل من قبل.</translation>
    </message>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>أدخل عنوانًا للصفقة.</translation>
    </message>
    <message>
        <source>The default pipeline has no stages.</source>
        <translation>لا توجد مراحل في مسار المبيعات الافتراضي.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::LeadForm</name>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من هو</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Search, or type a new company</source>
        <translation>ابحث، أو اكتب اسم شركة جديدة</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>The opportunity</source>
        <translation>الفرصة</translation>
    </message>
    <message>
        <source>The name or the company when empty</source>
        <translation>الاسم أو الشركة إن تُرك فارغًا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Where the lead came from</source>
        <translation>من أين جاء العميل المحتمل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>المبلغ التقديري</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>عميل محتمل: %1</translation>
    </message>
    <message>
        <source>Enter the person's name or the company's name.</source>
        <translation>أدخل اسم الشخص أو اسم الشركة.</translation>
    </message>
    <message>
        <source>This lead was converted; it can no longer change.</source>
        <translation>تم تحويل هذا العميل المحتمل؛ لم يعد بالإمكان تعديله.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::PairReviewPanel</name>
    <message>
        <source>Choose a pair in the queue to compare its records.</source>
        <translation>اختر زوجًا من القائمة لمقارنة سجلَّيه.</translation>
    </message>
    <message>
        <source>%1 and %2: %3% likely the same</source>
        <extracomment>%1 and %2 are the two records' names, %3 the match probability in percent.</extracomment>
        <translation>%1 و%2: احتمال أن يكونا الشخص نفسه %3%</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>After merge</source>
        <translation>بعد الدمج</translation>
    </message>
    <message>
        <source>(other value kept as alternate)</source>
        <extracomment>After a merged field's value: the value that lost is kept as an alternate.</extracomment>
        <translation>(حُفظت القيمة الأخرى بديلةً)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stays; the other record is merged into it, its activities, deals and tags move over, and %n differing value(s) are kept as alternates.</source>
        <extracomment>%1 is the record that stays; %n how many values are kept as alternates.</extracomment>
        <translation>
            <numerusform>يبقى «%1»؛ ويُدمج السجل الآخر فيه، وتنتقل إليه أنشطته وصفقاته ووسومه، وتُحفظ %n قيمة مختلفة بديلةً.</numerusform>
            <numerusform>يبقى «%1»؛ ويُدمج السجل الآخر فيه، وتنتقل إليه أنشطته وصفقاته ووسومه، وتُحفظ %n قيمة مختلفة بديلةً.</numerusform>
            <numerusform>يبقى «%1»؛ ويُدمج السجل الآخر فيه، وتنتقل إليه أنشطته وصفقاته ووسومه، وتُحفظ %n قيمة مختلفة بديلةً.</numerusform>
            <numerusform>يبقى «%1»؛ ويُدمج السجل الآخر فيه، وتنتقل إليه أنشطته وصفقاته ووسومه، وتُحفظ %n قيمة مختلفة بديلةً.</numerusform>
            <numerusform>يبقى «%1»؛ ويُدمج السجل الآخر فيه، وتنتقل إليه أنشطته وصفقاته ووسومه، وتُحفظ %n قيمة مختلفة بديلةً.</numerusform>
            <numerusform>يبقى «%1»؛ ويُدمج السجل الآخر فيه، وتنتقل إليه أنشطته وصفقاته ووسومه، وتُحفظ %n قيمة مختلفة بديلةً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “Find duplicates” again to see the comparison behind this score.</source>
        <translation>شغّل «البحث عن المكررات» مرة أخرى لترى المقارنة التي بُنيت عليها هذه النتيجة.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>الإبقاء على:</translation>
    </message>
    <message>
        <source>Why the engine matched them</source>
        <translation>لماذا طابق المحرك بينهما</translation>
    </message>
</context>
<context>
    <name>OmniCrm::PipelinePage</name>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>سبب الفوز: %1</translation>
    </message>
    <message>
        <source>The deal was marked as won, but its reason could not be saved: %1</source>
        <translation>عُلِّمت الصفقة بأنها مكسوبة، لكن تعذّر حفظ سبب الفوز: %1</translation>
    </message>
    <message>
        <source>“%1” moved to %2</source>
        <translation>نُقلت «%1» إلى %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <source>Open deals: %1 — %2</source>
        <translation>الصفقات المفتوحة: %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;مسار المبيعات:</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>New deal (%1)</source>
        <translation>صفقة جديدة (%1)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>لوحة</translation>
    </message>
    <message>
        <source>Show the deals as a board of stages (Ctrl+B)</source>
        <translation>عرض الصفقات لوحةً بحسب المراحل (Ctrl+B)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Show the deals as a table (Ctrl+L)</source>
        <translation>عرض الصفقات في جدول (Ctrl+L)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Filter deals…</source>
        <translation>تصفية الصفقات…</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ProductForm</name>
    <message>
        <source>Edit product</source>
        <translation>تعديل المنتج</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز المنتج</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Edit product: %1</source>
        <translation>تعديل المنتج: %1</translation>
    </message>
    <message>
        <source>Enter the product's SKU, the code it is sold under.</source>
        <translation>أدخل رمز المنتج الذي يُباع به.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by %2.</source>
        <translation>رمز المنتج %1 مستخدم من قبل للمنتج %2.</translation>
    </message>
    <message>
        <source>Enter the product's name in Arabic or English.</source>
        <translation>أدخل اسم المنتج بالعربية أو بالإنجليزية.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordDetailPane</name>
    <message>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>جدولة اجتماع</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>تسجيل بريد إلكتروني</translation>
    </message>
    <message>
        <source>Log a WhatsApp message</source>
        <translation>تسجيل رسالة واتساب</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Select a contact to see its details, tags and activity here.</source>
        <translation>اختر جهة اتصال لعرض تفاصيلها ووسومها ونشاطها هنا.</translation>
    </message>
    <message>
        <source>Select a company to see its details, tags and activity here.</source>
        <translation>اختر شركة لعرض تفاصيلها ووسومها ونشاطها هنا.</translation>
    </message>
    <message>
        <source>Select a lead to see its details and activity here.</source>
        <translation>اختر عميلًا محتملًا لعرض تفاصيله ونشاطه هنا.</translation>
    </message>
    <message>
        <source>Select a product to see its details here.</source>
        <translation>اختر منتجًا لعرض تفاصيله هنا.</translation>
    </message>
    <message>
        <source>Select an activity to see its details here.</source>
        <translation>اختر نشاطًا لعرض تفاصيله هنا.</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>حُذفت جهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>This company was deleted.</source>
        <translation>حُذفت هذه الشركة.</translation>
    </message>
    <message>
        <source>This lead was deleted.</source>
        <translation>حُذف هذا العميل المحتمل.</translation>
    </message>
    <message>
        <source>This product was deleted.</source>
        <translation>حُذف هذا المنتج.</translation>
    </message>
    <message>
        <source>This activity was deleted.</source>
        <translation>حُذف هذا النشاط.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>تعديل (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete (Del); you can undo</source>
        <translation>حذف (Del)؛ يمكنك التراجع</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Convert this lead into a contact, a company and a deal</source>
        <translation>تحويل هذا العميل المحتمل إلى جهة اتصال وشركة وصفقة</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>تسجيل:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>الهاتف (%1)</translation>
    </message>
    <message>
        <source>E-mail (%1)</source>
        <translation>البريد الإلكتروني (%1)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Became contact</source>
        <translation>أصبح جهة اتصال</translation>
    </message>
    <message>
        <source>Became company</source>
        <translation>أصبح شركة</translation>
    </message>
    <message>
        <source>Became deal</source>
        <translation>أصبح صفقة</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>تاريخ التحويل</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز المنتج</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (عربي)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (إنجليزي)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد الاستحقاق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Activity (%1)</source>
        <translation>النشاط (%1)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Use the buttons above to log a call, a meeting or a note.</source>
        <translation>لم يُسجَّل شيء بعد. استخدم الأزرار أعلاه لتسجيل مكالمة أو اجتماع أو ملاحظة.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>أُنجز %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>يستحق %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordForm</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>سيُحفظ بالصيغة %1</translation>
    </message>
    <message>
        <source>This amount is in %1, but the currency chosen is %2.</source>
        <translation>هذا المبلغ بعملة %1، لكن العملة المختارة هي %2.</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>قُرئ على أنه %1</translation>
    </message>
    <message>
        <source>Discard the changes you typed?</source>
        <translation>هل تريد تجاهل التغييرات التي أدخلتها؟</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordForms</name>
    <message>
        <source>Cannot open the record</source>
        <translation>تعذّر فتح السجل</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordKindOps</name>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>عميل محتمل جديد</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Filter contacts by name, phone, e-mail, company… (Ctrl+F)</source>
        <translation>تصفية جهات الاتصال بالاسم أو الهاتف أو البريد أو الشركة… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter companies by name, phone, city… (Ctrl+F)</source>
        <translation>تصفية الشركات بالاسم أو الهاتف أو المدينة… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter leads by title, person, company, phone… (Ctrl+F)</source>
        <translation>تصفية العملاء المحتملين بالعنوان أو الشخص أو الشركة أو الهاتف… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter products by name, SKU, category… (Ctrl+F)</source>
        <translation>تصفية المنتجات بالاسم أو الرمز أو الفئة… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter activities by subject or notes… (Ctrl+F)</source>
        <translation>تصفية الأنشطة بالموضوع أو الملاحظات… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>كل جهات الاتصال</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>كل الشركات</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>كل العملاء المحتملين</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>كل المنتجات</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>كل الأنشطة</translation>
    </message>
    <message>
        <source>Contacts deleted: %1</source>
        <translation>جهات الاتصال المحذوفة: %1</translation>
    </message>
    <message>
        <source>Companies deleted: %1</source>
        <translation>الشركات المحذوفة: %1</translation>
    </message>
    <message>
        <source>Leads deleted: %1</source>
        <translation>العملاء المحتملون المحذوفون: %1</translation>
    </message>
    <message>
        <source>Products deleted: %1</source>
        <translation>المنتجات المحذوفة: %1</translation>
    </message>
    <message>
        <source>Activities deleted: %1</source>
        <translation>الأنشطة المحذوفة: %1</translation>
    </message>
    <message>
        <source>Contact %1 deleted.</source>
        <translation>حُذفت جهة الاتصال %1.</translation>
    </message>
    <message>
        <source>Company %1 deleted.</source>
        <translation>حُذفت الشركة %1.</translation>
    </message>
    <message>
        <source>Lead %1 deleted.</source>
        <translation>حُذف العميل المحتمل %1.</translation>
    </message>
    <message>
        <source>Product %1 deleted.</source>
        <translation>حُذف المنتج %1.</translation>
    </message>
    <message>
        <source>Activity %1 deleted.</source>
        <translation>حُذف النشاط %1.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordListPage</name>
    <message>
        <source>This column does not sort; sort by name or by date instead.</source>
        <translation>لا يمكن الترتيب حسب هذا العمود؛ رتّب حسب الاسم أو التاريخ.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>تمت الاستعادة.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more to narrow the list.</source>
        <translation>تُعرض أول %1 نتيجة مطابقة. اكتب المزيد لتضييق القائمة.</translation>
    </message>
    <message>
        <source>Nothing matches %1.</source>
        <translation>لا توجد نتائج مطابقة لـ %1.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>تحويل…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordListSource</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (عربي)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (إنجليزي)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز المنتج</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>الإنجاز</translation>
    </message>
</context>
<context>
    <name>OmniCrm::RecordText</name>
    <message>
        <source>Bulk order</source>
        <translation>طلب جملة</translation>
    </message>
    <message>
        <source>Quote request</source>
        <translation>طلب عرض سعر</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>دعم</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>شراكة</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
</context>
<context>
    <name>OmniCrm::ReplyPanel</name>
    <message>
        <source>Read a message to see what kind of buyer wrote it.</source>
        <translation>اقرأ رسالة لتعرف نوع المشتري الذي كتبها.</translation>
    </message>
    <message>
        <source>%1 buyer · %2% sure (next: %3, %4%)</source>
        <translation>مشترٍ %1 · بثقة %2% (يليه: %3، %4%)</translation>
    </message>
    <message>
        <source>Cues: none found; the reading rests on the message's shape.</source>
        <translation>المؤشرات: لم يُعثر على شيء؛ القراءة مبنية على شكل الرسالة.</translation>
    </message>
    <message>
        <source>Cues: %1</source>
        <translation>المؤشرات: %1</translation>
    </message>
    <message>
        <source>Approach: %1</source>
        <translation>الأسلوب المناسب: %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>ما يجب تجنبه: %1</translation>
    </message>
    <message>
        <source>Tick a catalog product in the fields to get a price suggestion.</source>
        <translation>حدّد منتجًا من الكتالوج في الحقول لتحصل على اقتراح سعر.</translation>
    </message>
    <message>
        <source>%1 has no list price in the catalog; set one on the product to get a price suggestion.</source>
        <translation>ليس للمنتج %1 سعر في الكتالوج؛ حدّد سعره في بطاقة المنتج لتحصل على اقتراح سعر.</translation>
    </message>
    <message>
        <source>No price suggestion: %1</source>
        <translation>لا يوجد اقتراح سعر: %1</translation>
    </message>
    <message>
        <source>List price %1 · never below %2 (cost plus %3% minimum margin)</source>
        <translation>سعر القائمة %1 · لا ينزل عن %2 (التكلفة مع هامش أدنى %3%)</translation>
    </message>
    <message>
        <source>Extras: %1</source>
        <translation>إضافات: %1</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <source>Suggested replies</source>
        <translation>الردود المقترحة</translation>
    </message>
    <message>
        <source>Price strategy</source>
        <translation>استراتيجية السعر</translation>
    </message>
    <message>
        <source>Minimum margin o&amp;ver cost:</source>
        <translation>الحد الأدنى لل&amp;هامش فوق التكلفة:</translation>
    </message>
    <message>
        <source>Set by the admin: no suggested price goes below cost plus this margin.</source>
        <translation>يحدده المسؤول: لا يقل أي سعر مقترح عن التكلفة مضافًا إليها هذا الهامش.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy reply %1 to the clipboard</source>
        <translation>انسخ الرد %1 إلى الحافظة</translation>
    </message>
    <message>
        <source>Suggested reply %1</source>
        <translation>الرد المقترح %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SavedViewBar</name>
    <message>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>Name this view; it keeps the filter and the order:</source>
        <translation>سمِّ هذا العرض؛ سيحفظ التصفية والترتيب:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>View %1 saved.</source>
        <translation>حُفظ العرض %1.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>العروض المحفوظة</translation>
    </message>
    <message>
        <source>Save the filter and order as a view</source>
        <translation>حفظ التصفية والترتيب كعرض</translation>
    </message>
    <message>
        <source>Delete this saved view</source>
        <translation>حذف هذا العرض المحفوظ</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Today is %1 · %2</source>
        <extracomment>A preview of the chosen formats: today's date and an amount of money.</extracomment>
        <translation>اليوم %1 · %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>العلامات التجارية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجري (أم القرى)</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>لاتينية (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>هندية (%1)</translation>
    </message>
    <message>
        <source>Applies to Arabic; English always uses %1.</source>
        <translation>يُطبَّق على الواجهة العربية؛ الإنجليزية تستخدم %1 دائمًا.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <extracomment>After the number of idle minutes in "Lock after [15] minutes idle".</extracomment>
        <translation> دقيقة من عدم النشاط</translation>
    </message>
</context>
<context>
    <name>OmniCrm::StageCardModel</name>
    <message>
        <source>Days in this stage: %1</source>
        <translation>عدد الأيام في هذه المرحلة: %1</translation>
    </message>
    <message>
        <source>Stale: in this stage longer than %1 days</source>
        <translation>متأخرة: في هذه المرحلة منذ أكثر من %1 يوم</translation>
    </message>
</context>
<context>
    <name>OmniCrm::StageReasonDialog</name>
    <message>
        <source>Mark deal as lost</source>
        <translation>تعليم الصفقة بأنها خاسرة</translation>
    </message>
    <message>
        <source>Mark deal as won</source>
        <translation>تعليم الصفقة بأنها مكسوبة</translation>
    </message>
    <message>
        <source>Why was “%1” lost? The reason is saved with the deal.</source>
        <translation>لماذا خُسرت «%1»؟ يُحفظ السبب مع الصفقة.</translation>
    </message>
    <message>
        <source>What won “%1”? Optional: it is saved as a note on the deal.</source>
        <translation>ما الذي حسم الفوز بـ«%1»؟ اختياري: يُحفظ ملاحظةً على الصفقة.</translation>
    </message>
    <message>
        <source>Price higher than a competitor</source>
        <translation>السعر أعلى من المنافس</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>اختار العميل منافسًا</translation>
    </message>
    <message>
        <source>Budget postponed or cancelled</source>
        <translation>تأجيل الميزانية أو إلغاؤها</translation>
    </message>
    <message>
        <source>No response from the customer</source>
        <translation>لا رد من العميل</translation>
    </message>
    <message>
        <source>Requirements changed</source>
        <translation>تغيّرت المتطلبات</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>Best price</source>
        <translation>أفضل سعر</translation>
    </message>
    <message>
        <source>Product fits the need</source>
        <translation>المنتج يلبي الاحتياج</translation>
    </message>
    <message>
        <source>Relationship and trust</source>
        <translation>العلاقة والثقة</translation>
    </message>
    <message>
        <source>Fast delivery</source>
        <translation>سرعة التوريد</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>السبب (اختياري)</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>تعليم كخاسرة</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>تعليم كمكسوبة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A lost deal needs a reason: pick one or type your own.</source>
        <translation>الصفقة الخاسرة تحتاج إلى سبب: اختر سببًا أو اكتب سببك.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::StoreOpener</name>
    <message>
        <source>Creating your encrypted store…</source>
        <translation>جارٍ إنشاء قاعدة بياناتك المشفّرة…</translation>
    </message>
    <message>
        <source>Adding demo customers, deals and activities…</source>
        <translation>جارٍ إضافة عملاء وصفقات وأنشطة تجريبية…</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SyncController</name>
    <message>
        <source>Enter the server's address, for example wss://sync.example.com:8443.</source>
        <translation>أدخل عنوان الخادم، مثل wss://sync.example.com:8443.</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss:// and name a server, for example wss://sync.example.com:8443.</source>
        <translation>يجب أن يبدأ العنوان بـ ws:// أو wss:// وأن يتضمن اسم خادم، مثل wss://sync.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your team's name on the server (the tenant).</source>
        <translation>أدخل اسم فريقك على الخادم (المستأجر).</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>أدخل البريد الإلكتروني الذي تسجّل الدخول به.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SyncPanel</name>
    <message>
        <source>Signed in as %1, team %2, on %3</source>
        <extracomment>"Signed in as rep@example.com, team Riyadh Sales, on wss://sync.example.com".</extracomment>
        <translation>مسجَّل الدخول باسم %1، الفريق %2، على %3</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>غير مُعدّة</translation>
    </message>
    <message>
        <source>Review conflicts (%1)…</source>
        <translation>مراجعة التعارضات (%1)…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Sign in to your team's OmniCRM server to share contacts, deals and activities. You keep working offline; changes are exchanged whenever the server can be reached.</source>
        <translation>سجّل الدخول إلى خادم OmniCRM الخاص بفريقك لمشاركة جهات الاتصال والصفقات والأنشطة. تواصل العمل دون اتصال، وتُتبادَل التغييرات كلما أمكن الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>رمز التحقق لمرة واحدة</translation>
    </message>
    <message>
        <source>The team name your administrator gave you</source>
        <translation>اسم الفريق الذي أعطاك إياه المسؤول</translation>
    </message>
    <message>
        <source>The six-digit code from your authenticator app.</source>
        <translation>الرمز المكوَّن من ستة أرقام من تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>OmniCrm::SyncStatusText</name>
    <message>
        <source>Sync: sign in to sync</source>
        <translation>المزامنة: سجّل الدخول للمزامنة</translation>
    </message>
    <message>
        <source>Sync: connecting…</source>
        <translation>المزامنة: جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Offline · last synced %1</source>
        <translation>غير متصل · آخر مزامنة %1</translation>
    </message>
    <message>
        <source>Offline · not synced yet</source>
        <translation>غير متصل · لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Syncing: first download, part %1 (records: %2)</source>
        <extracomment>The first download of the team's data, in parts ("chunks").</extracomment>
        <translation>جارٍ المزامنة: التنزيل الأول، الجزء %1 (السجلات: %2)</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 changes</source>
        <translation>جارٍ المزامنة: %1 من %2 تغييرًا</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Sync stopped: sign in again</source>
        <translation>توقفت المزامنة: سجّل الدخول من جديد</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>خطأ في المزامنة</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>التعارضات: %1</translation>
    </message>
    <message>
        <source>Sync is not set up. Open Settings → Sync to sign in to your team's server.</source>
        <translation>المزامنة غير مُعدّة. افتح الإعدادات ← المزامنة لتسجيل الدخول إلى خادم فريقك.</translation>
    </message>
    <message>
        <source>This device is not signed in. Open Settings → Sync and sign in.</source>
        <translation>هذا الجهاز غير مسجَّل الدخول. افتح الإعدادات ← المزامنة وسجّل الدخول.</translation>
    </message>
    <message>
        <source>Connecting to the sync server…</source>
        <translation>جارٍ الاتصال بخادم المزامنة…</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Your changes are kept on this computer and are sent when the connection is back.</source>
        <translation>تعذّر الوصول إلى خادم المزامنة. تُحفظ تغييراتك على هذا الحاسوب وتُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team's.</source>
        <translation>جارٍ إرسال تغييراتك واستلام تغييرات فريقك.</translation>
    </message>
    <message>
        <source>Everything is up to date (last synced %1).</source>
        <translation>كل شيء محدَّث (آخر مزامنة %1).</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>كل شيء محدَّث.</translation>
    </message>
    <message>
        <source>The server asks for the one-time code from your authenticator app.</source>
        <translation>يطلب الخادم رمز التحقق لمرة واحدة من تطبيق المصادقة لديك.</translation>
    </message>
    <message>
        <source>The server no longer accepts this device's sign-in (the password may have changed or the session expired). Sign in again in Settings → Sync.</source>
        <translation>لم يعد الخادم يقبل تسجيل دخول هذا الجهاز (ربما تغيّرت كلمة المرور أو انتهت الجلسة). سجّل الدخول من جديد من الإعدادات ← المزامنة.</translation>
    </message>
    <message>
        <source>This device was removed from the team by an administrator. Sign in again in Settings → Sync.</source>
        <translation>أزال أحد المسؤولين هذا الجهاز من الفريق. سجّل الدخول من جديد من الإعدادات ← المزامنة.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>محاولات تسجيل دخول كثيرة. انتظر بضع دقائق ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The server needs a newer version of OmniCRM. Update the app to keep syncing.</source>
        <translation>يتطلب الخادم إصدارًا أحدث من OmniCRM. حدّث التطبيق لمواصلة المزامنة.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى خادم المزامنة. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <source>The server refused one of your changes (%1). Sync stopped so nothing is lost; contact your administrator.</source>
        <translation>رفض الخادم أحد تغييراتك (%1). توقفت المزامنة حتى لا يضيع شيء؛ تواصل مع المسؤول.</translation>
    </message>
    <message>
        <source>This computer could not store the team's changes (%1). Sync stopped; nothing was lost.</source>
        <translation>تعذّر على هذا الحاسوب حفظ تغييرات الفريق (%1). توقفت المزامنة ولم يضع شيء.</translation>
    </message>
    <message>
        <source>The first download arrived damaged. Sync will start it again.</source>
        <translation>وصل التنزيل الأول تالفًا. ستبدؤه المزامنة من جديد.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>OmniCrm::TeamAdminPage</name>
    <message>
        <source>This computer is not signed in to a sync server. Set up sync and sign in first.</source>
        <translation>هذا الحاسوب غير مسجَّل الدخول إلى خادم مزامنة. اضبط المزامنة وسجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>Team admin</source>
        <translation>إدارة الفريق</translation>
    </message>
    <message>
        <source>This computer is not signed in to a sync server.</source>
        <translation>هذا الحاسوب غير مسجَّل الدخول إلى خادم مزامنة.</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>جارٍ تحميل بيانات الفريق…</translation>
    </message>
    <message>
        <source>You are signed in as %1. Only the team's admin can see and manage its members and devices; ask your admin if you need a change. You can still switch on two-factor sign-in for yourself.</source>
        <translation>أنت مسجَّل الدخول باسم %1. مدير الفريق وحده يستطيع عرض أعضائه وأجهزته وإدارتها؛ اطلب منه أي تغيير تحتاج إليه. ويمكنك مع ذلك تفعيل تسجيل الدخول بخطوتين لحسابك.</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin).</source>
        <translation>مسجَّل الدخول باسم %1 (مدير الفريق).</translation>
    </message>
    <message>
        <source>Signed in as %1 (manager): you can look at the team, but only an admin can change it.</source>
        <translation>مسجَّل الدخول باسم %1 (مشرف): يمكنك الاطلاع على الفريق، لكن تعديله لمدير الفريق وحده.</translation>
    </message>
    <message>
        <source>Added %1 to the team.</source>
        <translation>أُضيف %1 إلى الفريق.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>أُعيد تعيين كلمة مرور %1.</translation>
    </message>
    <message>
        <source>%1 is disabled and was signed out.</source>
        <translation>عُطِّل حساب %1 وسُجِّل خروجه.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>The device was revoked.</source>
        <translation>أُلغي تفويض الجهاز.</translation>
    </message>
    <message>
        <source>Only the team's admin can do this.</source>
        <translation>هذا الإجراء لمدير الفريق وحده.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server: %1</source>
        <translation>تعذّر الوصول إلى خادم المزامنة: %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer's sign-in (%1). Sign in to sync again.</source>
        <translation>لم يعد الخادم يقبل تسجيل دخول هذا الحاسوب (%1). سجّل الدخول إلى المزامنة من جديد.</translation>
    </message>
    <message>
        <source>A member with this email address already exists.</source>
        <translation>يوجد عضو بعنوان البريد الإلكتروني هذا بالفعل.</translation>
    </message>
    <message>
        <source>That member or device is no longer in the team; the lists were reloaded.</source>
        <translation>لم يعد هذا العضو أو الجهاز ضمن الفريق؛ أُعيد تحميل القوائم.</translation>
    </message>
    <message>
        <source>The sync server is too old for team administration; ask whoever runs it to update it.</source>
        <translation>إصدار خادم المزامنة أقدم من أن يدعم إدارة الفريق؛ اطلب من المسؤول عنه تحديثه.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>رفض الخادم الطلب: %1</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مدير الفريق</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>مندوب مبيعات</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم يحدث</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>أُلغي تفويضه %1</translation>
    </message>
    <message>
        <source>May sync</source>
        <translation>مسموح له بالمزامنة</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;تفعيل</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;تعطيل…</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>تعطيل حساب %1؟</translation>
    </message>
    <message>
        <source>%1 is signed out of every device at once and cannot sign in until you enable the account again. Their records stay in the team.</source>
        <translation>سيُسجَّل خروج %1 من كل أجهزته فورًا، ولن يتمكن من تسجيل الدخول حتى تعيد تفعيل الحساب. تبقى سجلاته ضمن الفريق.</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>إلغاء تفويض هذا الجهاز؟</translation>
    </message>
    <message>
        <source>The device “%1” of %2 stops syncing at once. This cannot be undone: to sync again, they sign in from a new store.</source>
        <translation>سيتوقف الجهاز «%1» الخاص بـ %2 عن المزامنة فورًا. لا يمكن التراجع عن ذلك: للمزامنة مجددًا يسجّل الدخول من مخزن بيانات جديد.</translation>
    </message>
    <message>
        <source>&amp;Two-factor sign-in…</source>
        <translation>تسجيل الدخول &amp;بخطوتين…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة &amp;التحميل</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;إضافة عضو…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation>&amp;إلغاء تفويض الجهاز…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>الخطوتان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تاريخ أول دخول</translation>
    </message>
</context>
<context>
    <name>OmniCrm::TranslationPanel</name>
    <message>
        <source>Paste a message to translate first.</source>
        <translation>الصق رسالة لترجمتها أولًا.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>جارٍ الترجمة…</translation>
    </message>
    <message>
        <source>The translation could not be saved: %1</source>
        <translation>تعذّر حفظ الترجمة: %1</translation>
    </message>
    <message>
        <source>Saved beside the message.</source>
        <translation>حُفظت بجانب الرسالة.</translation>
    </message>
    <message>
        <source>Translation needs an AI provider: the offline engine reads leads and suggests replies, but it cannot translate. Add a provider under Settings → AI.</source>
        <translation>الترجمة تحتاج إلى مزوّد ذكاء اصطناعي: المحرك المحلي يقرأ العملاء المحتملين ويقترح الردود، لكنه لا يترجم. أضف مزوّدًا من الإعدادات ← الذكاء الاصطناعي.</translation>
    </message>
    <message>
        <source>The translation was refused: it changed or dropped “%1” of the original (phones, numbers, e-mails and product codes must come back unchanged). Nothing was saved.</source>
        <translation>رُفضت الترجمة: غيّرت «%1» من النص الأصلي أو أسقطته (يجب أن تبقى الهواتف والأرقام وعناوين البريد ورموز المنتجات كما هي). لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The translation failed: %1</source>
        <translation>فشلت الترجمة: %1</translation>
    </message>
    <message>
        <source>Translated by %1; the message has no phones, numbers, e-mails or product codes to check.</source>
        <translation>ترجمها %1؛ لا تحتوي الرسالة على هواتف أو أرقام أو عناوين بريد أو رموز منتجات للتحقق منها.</translation>
    </message>
    <message>
        <source>Translated by %1. Checked unchanged: %2.</source>
        <translation>ترجمها %1. تحققنا من بقاء هذه كما هي: %2.</translation>
    </message>
    <message>
        <source>It will be saved beside the message when you create the lead.</source>
        <translation>ستُحفظ بجانب الرسالة عند إنشاء العميل المحتمل.</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>ترجم &amp;إلى:</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Tran&amp;slate</source>
        <translation>&amp;ترجم</translation>
    </message>
    <message>
        <source>Translate the message through the AI provider set in Settings</source>
        <translation>ترجم الرسالة عبر مزوّد الذكاء الاصطناعي المحدد في الإعدادات</translation>
    </message>
    <message>
        <source>Open AI settings</source>
        <translation>افتح إعدادات الذكاء الاصطناعي</translation>
    </message>
</context>
<context>
    <name>OmniCrm::TwoFactorDialog</name>
    <message>
        <source>Two-factor sign-in is on. From your next sign-in, enter the code your app shows after your password.</source>
        <translation>فُعِّل تسجيل الدخول بخطوتين. بدءًا من تسجيل دخولك القادم أدخل الرمز الذي يعرضه التطبيق بعد كلمة المرور.</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone's time is correct and type the newest code.</source>
        <translation>الرمز غير صحيح. تأكد من ضبط الوقت في الهاتف وأدخل أحدث رمز.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a few minutes and try again.</source>
        <translation>أُدخلت رموز خاطئة كثيرة. انتظر بضع دقائق ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The enrolment expired. Close this window and start again.</source>
        <translation>انتهت صلاحية التفعيل. أغلق هذه النافذة وابدأ من جديد.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server: %1</source>
        <translation>تعذّر الوصول إلى خادم المزامنة: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>رفض الخادم الطلب: %1</translation>
    </message>
    <message>
        <source>This computer is not signed in to a sync server.</source>
        <translation>هذا الحاسوب غير مسجَّل الدخول إلى خادم مزامنة.</translation>
    </message>
    <message>
        <source>Asking the server for a new secret…</source>
        <translation>جارٍ طلب مفتاح سري جديد من الخادم…</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>رمز QR لتطبيق المصادقة</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>تسجيل الدخول بخطوتين</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP). Then type the six-digit code it shows to switch two-factor sign-in on.</source>
        <translation>امسح هذا الرمز بتطبيق مصادقة على هاتفك (مثل Google Authenticator أو Microsoft Authenticator أو FreeOTP)، ثم أدخل الرمز المكوّن من ستة أرقام الذي يعرضه لتفعيل تسجيل الدخول بخطوتين.</translation>
    </message>
    <message>
        <source>Cannot scan? Type this key into the app instead:</source>
        <translation>تعذّر المسح؟ أدخل هذا المفتاح في التطبيق بدلًا من ذلك:</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;الرمز من التطبيق:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>OmniCrm::UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>استعادة (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>OmniCrm::UnlockDialog</name>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>OmniCRM is locked</source>
        <translation>OmniCRM مقفل</translation>
    </message>
    <message>
        <source>Unlock OmniCRM</source>
        <translation>فتح قفل OmniCRM</translation>
    </message>
    <message>
        <source>OmniCRM locked itself after a while without use. Unlock to continue where you were; the system keychain confirms it is you.</source>
        <translation>أُقفل OmniCRM تلقائيًا بعد فترة دون استخدام. افتح القفل لتكمل من حيث توقفت؛ تتحقق سلسلة مفاتيح النظام من هويتك.</translation>
    </message>
    <message>
        <source>OmniCRM locked itself after a while without use. Type your passphrase to continue where you were.</source>
        <translation>أُقفل OmniCRM تلقائيًا بعد فترة دون استخدام. اكتب عبارة المرور لتكمل من حيث توقفت.</translation>
    </message>
    <message>
        <source>Your data is encrypted. Type the passphrase you chose for this store.</source>
        <translation>بياناتك مشفّرة. اكتب عبارة المرور التي اخترتها لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Quit OmniCRM</source>
        <translation>إنهاء OmniCRM</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>OmniCrm::UserDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>إضافة عضو إلى الفريق</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>مندوب مبيعات</translation>
    </message>
    <message>
        <source>Manager (can look at the team)</source>
        <translation>مشرف (يطّلع على الفريق)</translation>
    </message>
    <message>
        <source>Admin (can change the team)</source>
        <translation>مدير الفريق (يعدّل الفريق)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>New password for %1. Tell it to them in person; they can sign in with it at once.</source>
        <translation>كلمة مرور جديدة لـ %1. أبلغه بها شخصيًا؛ يمكنه تسجيل الدخول بها فورًا.</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;كلمة المرور الأولى:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة التعيين</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن %1 أحرف.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>OmniCrm::WelcomeWizard</name>
    <message numerus="yes">
        <source>Use at least %n characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>استخدم %n أحرف على الأقل؛ الجملة القصيرة سهلة التذكّر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل؛ الجملة القصيرة سهلة التذكّر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل؛ الجملة القصيرة سهلة التذكّر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل؛ الجملة القصيرة سهلة التذكّر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل؛ الجملة القصيرة سهلة التذكّر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل؛ الجملة القصيرة سهلة التذكّر وصعبة التخمين.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Welcome to OmniCRM</source>
        <translation>مرحبًا بك في OmniCRM</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>OmniCRM keeps your customers, leads and deals on this computer, encrypted, and works without a connection. Choose the language to work in; you can change it later in Settings.</source>
        <translation>يحفظ OmniCRM عملاءك والعملاء المحتملين والصفقات على هذا الجهاز مشفّرة، ويعمل دون اتصال. اختر لغة العمل؛ يمكنك تغييرها لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Protect your data</source>
        <translation>احمِ بياناتك</translation>
    </message>
    <message>
        <source>Everything is encrypted with a random key. Choose where that key is kept.</source>
        <translation>كل شيء مشفّر بمفتاح عشوائي. اختر أين يُحفظ هذا المفتاح.</translation>
    </message>
    <message>
        <source>Keep the key in this computer's keychain (recommended)</source>
        <translation>احفظ المفتاح في سلسلة مفاتيح هذا الجهاز (موصى به)</translation>
    </message>
    <message>
        <source>OmniCRM opens without asking while you are signed in to this computer.</source>
        <translation>يفتح OmniCRM دون أن يسألك ما دمت مسجّل الدخول إلى هذا الجهاز.</translation>
    </message>
    <message>
        <source>No system keychain answered on this computer, so a passphrase is needed.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام على هذا الجهاز، لذا يلزم استخدام عبارة مرور.</translation>
    </message>
    <message>
        <source>Protect the key with a passphrase I type at every start</source>
        <translation>احمِ المفتاح بعبارة مرور أكتبها عند كل تشغيل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>منشأتك</translation>
    </message>
    <message>
        <source>Shown in the title bar and on reports; an admin can add brands later.</source>
        <translation>يظهر في شريط العنوان وفي التقارير؛ ويمكن للمسؤول إضافة علامات تجارية لاحقًا.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>اسم المنشأة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Start with demo customers, deals and activities to explore</source>
        <translation>ابدأ بعملاء وصفقات وأنشطة تجريبية للاستكشاف</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Create my store</source>
        <translation>أنشئ قاعدة بياناتي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>OmniCRM cannot open the store</source>
        <translation>لا يستطيع OmniCRM فتح قاعدة البيانات</translation>
    </message>
</context>
</TS>
