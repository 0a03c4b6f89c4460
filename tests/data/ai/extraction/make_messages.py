# Writes messages.jsonl: the labelled lead-extraction set (issue 5 §2). Written BEFORE the rules.
#
# Each message is composed from hand-written fragments (greetings, introductions, requests,
# signatures, noise) in Arabic MSA, Gulf dialects (Saudi, Emirati, Kuwaiti), English and mixed
# text; the labels come from what was put in. About one third goes to split "test", and each
# fragment list keeps its last quarter of variants for test messages only, so the test split also
# measures wordings the rules were never developed on. Labelling guidelines (shared with the
# evaluation, see core/ai/extraction/README.md):
#   customer_name / company: as written, without honorifics (م. د. أ. Mr Eng.); company with its
#     legal form (شركة، Co., LLC) which the evaluation strips on both sides.
#   phones E.164; emails lower-cased; products catalog ids; quantity the count of the main
#     product; amount the budget or target price in major units with its currency.
#   city: canonical English name. lead_type from the request. priority: high for urgency words,
#     deadlines within days, complaints, or quantities of 1000 and more; low when the sender says
#     there is no hurry or only asks a general question; medium otherwise.
#   language: ar when the text is Arabic (a Latin product name or code inside does not change
#     that), en when English, mixed when both carry sentences.
import json
import random

R = random.Random(20261124)
SPLIT = "dev"

A2I = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def pick(options):
    """Dev messages draw from the first three quarters of a fragment list; test from all of it."""
    if SPLIT == "dev" and len(options) >= 4:
        options = options[: max(1, (len(options) * 3) // 4)]
    return R.choice(options)


catalog = json.load(open("catalog.json"))["products"]
PROD = {p["id"]: p for p in catalog}


def is_ar(s):
    return any("\u0600" <= c <= "\u06ff" for c in s)


def prod_surface(pid, lang):
    p = PROD[pid]
    if lang == "en":
        forms = [p["name_en"]] + [a for a in p["aliases"] if not is_ar(a)]
        f = pick(forms)
        return f
    forms = [p["name_ar"]] + [a for a in p["aliases"] if is_ar(a)]
    f = pick(forms)
    if R.random() < 0.15 and not f.startswith("ال"):
        f = "ال" + f  # definite article
    return f


AR_NAMES = [("محمد", "العتيبي"), ("عبدالله", "القحطاني"), ("فهد", "الدوسري"), ("نورة", "الشمري"),
            ("سارة", "المطيري"), ("خالد", "الزهراني"), ("سلطان", "الحربي"), ("ريم", "الغامدي"),
            ("تركي", "السبيعي"), ("ماجد", "الشهري"), ("هند", "العنزي"), ("عبدالرحمن", "المالكي"),
            ("أحمد", "الكعبي"), ("مريم", "المنصوري"), ("سعيد", "الظاهري"), ("يوسف", "العجمي"),
            ("بدر", "الرشيدي"), ("عائشة", "الهاجري"), ("ناصر", "البلوشي"), ("حمد", "المري"),
            ("فيصل", "الخالدي"), ("منيرة", "السهلي"), ("إبراهيم", "الفيفي"), ("عمر", "باوزير")]
EN_NAMES = [("Ahmed", "Khan"), ("John", "Miller"), ("Priya", "Nair"), ("Omar", "Haddad"),
            ("Sarah", "Collins"), ("Rashid", "Al Mansoori"), ("Faisal", "Al Qahtani"), ("Maria", "Santos"),
            ("David", "Chen"), ("Khalid", "Al Harbi"), ("Fatima", "Al Zaabi"), ("Rahul", "Menon"),
            ("Mohammed", "Al Otaibi"), ("Lina", "Haddad"), ("James", "Walker"), ("Noura", "Al Sabah")]
AR_CO = [("شركة", "النخبة للتجارة"), ("مؤسسة", "الريادة للمقاولات"), ("مجموعة", "الفيصل القابضة"),
         ("مصنع", "الخليج للبلاستيك"), ("شركة", "أبعاد التقنية"), ("مؤسسة", "نجمة الصحراء التجارية"),
         ("شركة", "البناء الحديث"), ("مجموعة", "السيف التجارية"), ("شركة", "واحة الضيافة"),
         ("مؤسسة", "ركن المكتب"), ("شركة", "الأفق للخدمات اللوجستية"), ("مصنع", "تمور الوادي"),
         ("شركة", "مدار للاتصالات"), ("مؤسسة", "الأمانة للتوريدات"), ("شركة", "رواد الخليج"),
         ("مجموعة", "العوضي"), ("شركة", "سما الكويت للتجارة العامة"), ("مؤسسة", "درة المدينة")]
EN_CO = ["Al Noor Trading Co.", "Gulf Star LLC", "Desert Rose Est.", "Bin Saleh Trading",
         "Falcon Contracting LLC", "Blue Wave Logistics Ltd", "Sahara Hospitality Group",
         "Oasis Facilities Management", "Emirates Steel Works LLC", "Arabian Shield Security Co.",
         "Red Sea Foods Ltd", "Nakheel Medical Supplies", "Kuwait Pearl General Trading",
         "Najd Builders Co.", "Horizon IT Solutions", "Al Waha Catering Est."]
TITLES_AR = ["مدير المشتريات", "مسؤول المشتريات", "مدير العمليات", "المدير العام", "مشرف المستودع", "مدير المكتب"]
TITLES_EN = ["Procurement Manager", "Purchasing Officer", "Operations Manager", "General Manager",
             "Office Administrator", "Facilities Supervisor"]
HON_AR = ["م. ", "د. ", "أ. ", ""]
HON_EN = ["Eng. ", "Mr. ", "Dr. ", ""]

CITIES = [("Riyadh", ["الرياض"], ["Riyadh"]), ("Jeddah", ["جدة", "جده"], ["Jeddah", "Jiddah"]),
          ("Dammam", ["الدمام"], ["Dammam"]), ("Khobar", ["الخبر"], ["Khobar", "Al Khobar"]),
          ("Makkah", ["مكة", "مكة المكرمة"], ["Makkah", "Mecca"]), ("Madinah", ["المدينة المنورة"], ["Madinah", "Medina"]),
          ("Taif", ["الطائف"], ["Taif"]), ("Tabuk", ["تبوك"], ["Tabuk"]), ("Abha", ["أبها"], ["Abha"]),
          ("Buraidah", ["بريدة"], ["Buraidah", "Buraydah"]), ("Jubail", ["الجبيل"], ["Jubail"]),
          ("Yanbu", ["ينبع"], ["Yanbu"]), ("Hail", ["حائل"], ["Hail"]), ("Jazan", ["جازان", "جيزان"], ["Jazan", "Jizan"]),
          ("Al Ahsa", ["الأحساء", "الاحساء"], ["Al Ahsa", "Hofuf"]), ("Khamis Mushait", ["خميس مشيط"], ["Khamis Mushait"]),
          ("Dubai", ["دبي"], ["Dubai"]), ("Abu Dhabi", ["أبوظبي", "ابو ظبي"], ["Abu Dhabi"]),
          ("Sharjah", ["الشارقة"], ["Sharjah"]), ("Ajman", ["عجمان"], ["Ajman"]), ("Al Ain", ["العين"], ["Al Ain"]),
          ("Kuwait City", ["الكويت", "مدينة الكويت"], ["Kuwait City", "Kuwait"]), ("Doha", ["الدوحة"], ["Doha"]),
          ("Manama", ["المنامة"], ["Manama"]), ("Muscat", ["مسقط"], ["Muscat"]), ("Salalah", ["صلالة"], ["Salalah"]),
          ("Najran", ["نجران"], ["Najran"]), ("Hafar Al Batin", ["حفر الباطن"], ["Hafar Al Batin"])]


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def phone():
    """(E.164, how it is written)."""
    kind = pick(["sa"] * 6 + ["ae", "kw", "qa", "bh", "om", "sa_land"])
    if kind == "sa":
        p = R.choice(["50", "53", "54", "55", "56", "58", "59"])
        rest = rdig(7)
        e = "+966" + p + rest
        nat = "0" + p + rest
        f = pick(["plain", "sp", "intl", "00", "dash", "indic", "brk", "intl_sp", "966"])
        if f == "plain":
            w = nat
        elif f == "sp":
            w = f"{nat[:3]} {nat[3:6]} {nat[6:]}"
        elif f == "intl":
            w = e
        elif f == "00":
            w = "00966" + p + rest
        elif f == "dash":
            w = f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"
        elif f == "indic":
            w = nat.translate(A2I)
        elif f == "brk":
            w = f"({nat[:3]}) {nat[3:6]}-{nat[6:]}"
        elif f == "intl_sp":
            w = f"+966 {p} {rest[:3]} {rest[3:]}"
        else:
            w = "966" + p + rest
        return e, w
    if kind == "sa_land":
        area = R.choice(["11", "12", "13"])
        rest = R.choice({"11": "2345678", "12": "245678", "13": "35678"}[area]) + rdig(6)
        return "+966" + area + rest, R.choice([f"0{area} {rest[:3]} {rest[3:]}", f"+966 {area} {rest}"])
    if kind == "ae":
        p = R.choice(["50", "52", "54", "55", "56", "58"])
        rest = rdig(7)
        return "+971" + p + rest, R.choice([f"+971 {p} {rest[:3]} {rest[3:]}", f"00971{p}{rest}", f"+971-{p}-{rest}"])
    if kind == "kw":
        p = R.choice(["50", "55", "66", "94", "96", "97", "99"]) + rdig(6)
        return "+965" + p, R.choice([f"+965 {p[:4]} {p[4:]}", f"00965{p}", f"+965{p}"])
    if kind == "qa":
        p = R.choice(["33", "55", "66", "70"]) + rdig(6)
        return "+974" + p, R.choice([f"+974 {p[:4]} {p[4:]}", f"+974{p}"])
    if kind == "bh":
        p = R.choice(["33", "36", "39"]) + rdig(6)
        return "+973" + p, R.choice([f"+973 {p[:4]} {p[4:]}", f"00973{p}"])
    p = R.choice(["91", "92", "95", "99"]) + rdig(6)
    return "+968" + p, R.choice([f"+968 {p[:4]} {p[4:]}", f"+968{p}"])


AR_NUM = {2: ["اثنين", "ثنتين"], 3: ["ثلاث", "ثلاثة"], 4: ["أربع", "اربعة"], 5: ["خمس", "خمسة"], 6: ["ست", "ستة"],
          7: ["سبع"], 8: ["ثمان", "ثمانية"], 10: ["عشر", "عشرة"], 12: ["درزن", "دزينة"], 15: ["خمسطعش", "خمسة عشر"],
          20: ["عشرين"], 24: ["أربعة وعشرين"], 25: ["خمسة وعشرين", "خمس وعشرين"], 30: ["ثلاثين"], 40: ["أربعين"],
          50: ["خمسين"], 60: ["ستين"], 100: ["مية", "مائة", "مئة"], 120: ["مية وعشرين"], 150: ["مية وخمسين", "مائة وخمسين"],
          200: ["ميتين", "مائتين", "مئتين"], 250: ["ميتين وخمسين"], 300: ["ثلاثمية", "ثلاث مية", "ثلاثمائة"],
          400: ["أربعمية", "اربعمائة"], 500: ["خمسمية", "خمسمائة"], 600: ["ستمية"], 1000: ["ألف", "الف"],
          1200: ["ألف ومتين", "ألف ومائتين"], 1500: ["ألف وخمسمية", "الف وخمسمائة"], 2000: ["ألفين", "الفين"],
          3000: ["ثلاثة آلاف", "ثلاث آلاف"], 5000: ["خمسة آلاف", "خمس تالاف"], 10000: ["عشرة آلاف"]}
EN_NUM = {2: ["two"], 3: ["three"], 5: ["five"], 10: ["ten"], 12: ["a dozen", "one dozen"], 15: ["fifteen"], 20: ["twenty"],
          25: ["twenty-five", "twenty five"], 40: ["forty"], 50: ["fifty"], 100: ["one hundred", "a hundred"],
          150: ["one hundred and fifty"], 200: ["two hundred"], 500: ["five hundred"], 1000: ["one thousand", "a thousand"],
          2000: ["two thousand"], 3000: ["three thousand"]}
UNITS_AR = ["حبة", "كرتون", "قطعة", "جهاز", "علبة", "كيس", "رول", "باكت", "حبه", "كراتين", "أجهزة", "قطع"]
UNITS_EN = ["pcs", "pieces", "boxes", "units", "cartons", "bags", "rolls", "nos"]


def quantity(lang):
    n = pick([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 48, 50, 60, 75, 100, 120, 150, 200, 250, 300, 400, 500,
              600, 750, 1000, 1200, 1500, 2000, 2500, 3000, 5000, 10000, 7, 35, 80, 360, 1800, 4000])
    if lang == "en":
        form = pick(["digit", "digit", "word", "digit_comma", "k"])
        if form == "word" and n in EN_NUM:
            w = pick(EN_NUM[n])
        elif form == "digit_comma" and n >= 1000:
            w = f"{n:,}"
        elif form == "k" and n >= 1000 and n % 1000 == 0:
            w = f"{n // 1000}k"
        else:
            w = str(n)
        return n, w, pick(UNITS_EN)
    form = pick(["digit", "digit", "word", "word", "indic"])
    if form == "word" and n in AR_NUM:
        w = pick(AR_NUM[n])
    elif form == "indic":
        w = str(n).translate(A2I)
    else:
        w = str(n)
    return n, w, pick(UNITS_AR)


CUR = [("SAR", 2), ("AED", 2), ("KWD", 3), ("BHD", 3), ("QAR", 2), ("OMR", 3), ("USD", 2)]


def amount(lang, city):
    # Currency follows the city's country most of the time.
    gulf = {"Dubai": "AED", "Abu Dhabi": "AED", "Sharjah": "AED", "Ajman": "AED", "Al Ain": "AED",
            "Kuwait City": "KWD", "Doha": "QAR", "Manama": "BHD", "Muscat": "OMR", "Salalah": "OMR"}
    cur = gulf.get(city, "SAR") if R.random() < 0.85 else pick(["SAR", "AED", "USD", "KWD", "QAR"])
    n = pick([500, 1200, 2500, 3000, 4500, 8000, 12000, 15000, 20000, 25000, 40000, 50000, 75000, 100000, 150000,
              250000, 35, 45, 18.5, 1.25, 7.5, 300000, 9800, 6000])
    k = n >= 1000 and n % 1000 == 0 and R.random() < 0.5
    if lang == "en":
        num = f"{int(n // 1000)}k" if k else (f"{n:,}" if isinstance(n, int) and n >= 1000 and R.random() < 0.5 else str(n))
        sym = {"SAR": ["SAR", "SR"], "AED": ["AED"], "KWD": ["KWD"], "BHD": ["BHD"], "QAR": ["QAR"], "OMR": ["OMR"],
               "USD": ["USD", "$"]}[cur]
        s = pick(sym)
        w = (f"{s}{num}" if s == "$" else R.choice([f"{s} {num}", f"{num} {s}"]))
        return n, cur, w
    if k:
        t = n // 1000
        num = R.choice([f"{t} ألف", f"{t} الف", f"{str(t).translate(A2I)} ألف"]) if t != 2 else "ألفين"
        if t == 1:
            num = "ألف"
    else:
        num = str(n) if R.random() < 0.75 else str(n).translate(A2I)
    sym = {"SAR": ["ريال", "ر.س", "ريال سعودي", "SAR"], "AED": ["درهم", "د.إ", "AED"], "KWD": ["دينار", "د.ك", "دينار كويتي"],
           "BHD": ["دينار بحريني", "د.ب"], "QAR": ["ريال قطري", "ر.ق"], "OMR": ["ريال عماني", "ر.ع"], "USD": ["دولار", "$"]}[cur]
    return n, cur, f"{num} {pick(sym)}"


# --- sentences -------------------------------------------------------------------------------------

def ar_intro(dialect, name, co, city_w):
    parts = []
    if name and co:
        parts += [f"معك {name} من {co}", f"أنا {name} من {co}", f"اسمي {name} من {co}", f"معاك {name} من {co}",
                  f"أخوك {name}، {co}", f"معكم {name} - {co}", f"هذا {name} من {co}", f"أنا {name}، أعمل في {co}"]
    elif name:
        parts += [f"معك {name}", f"أنا {name}", f"اسمي {name}", f"معاك {name}", f"أخوك {name}", f"هذا {name}"]
    elif co:
        parts += [f"نحن {co}", f"نتواصل معكم من {co}", f"معكم {co}", f"نحن في {co}"]
    if city_w and R.random() < 0.4 and parts:
        return pick(parts) + f" في {city_w}"
    return pick(parts) if parts else ""


GREET_AR = {"msa": ["السلام عليكم ورحمة الله وبركاته", "السلام عليكم", "مرحباً", "تحية طيبة وبعد،", "السادة المحترمين،"],
            "sa": ["السلام عليكم", "هلا والله", "مساء الخير", "صباح الخير", "هلا"],
            "ae": ["السلام عليكم", "هلا", "مرحبا", "شحالك", "صباح الخير"],
            "kw": ["السلام عليكم", "هلا والله", "مرحبا", "شلونكم", "مساء الخير"]}
WANT = {"msa": ["نرغب في طلب", "نود طلب", "نحتاج إلى", "نرغب بشراء", "نريد توريد"],
        "sa": ["نبي", "ابي", "نبغى", "محتاجين", "ودي اطلب", "أبغى"],
        "ae": ["نبا", "بغينا", "نبغي", "نحتاج", "أبا"],
        "kw": ["أبي", "نبي", "ودنا ناخذ", "نحتاج", "نبي ناخذ"]}


def ar_request(dialect, ltype, prod_w, q, unit, city_w):
    qty = f"{q} {unit} " if q else ""
    deliver = ""
    if city_w:
        deliver = pick([f"، التوصيل إلى {city_w}", f" والتسليم في {city_w}", f" لفرعنا في {city_w}",
                        f"، موقعنا {city_w}", f" توصيل {city_w}"])
    if ltype == "bulk_order":
        if prod_w:
            return f"{pick(WANT[dialect])} {qty}{prod_w}{deliver}"
        return f"{pick(WANT[dialect])} طلبية كبيرة{deliver}"
    if ltype == "quote_request":
        tgt = f"{qty}{prod_w}" if prod_w else "منتجاتكم"
        return pick([f"ممكن عرض سعر لـ {tgt}{deliver}", f"نرجو تزويدنا بعرض سعر على {tgt}{deliver}",
                     f"كم سعر {tgt}؟{deliver}", f"ابي تسعيرة {tgt}{deliver}", f"بكم {tgt}؟ أرسلوا لنا عرض{deliver}",
                     f"نطلب عرض أسعار لتوريد {tgt}{deliver}", f"وش أفضل سعر عندكم على {tgt}{deliver}",
                     f"نحتاج كوتيشن على {tgt}{deliver}"])
    if ltype == "support":
        tgt = prod_w or "الجهاز"
        return pick([f"عندنا مشكلة في {tgt} اللي اشتريناه منكم، ما يشتغل{deliver}",
                     f"{tgt} فيه عطل ونحتاج فني للصيانة{deliver}", f"نحتاج دعم فني بخصوص {tgt}، يطلع خطأ{deliver}",
                     f"كيف أشغل {tgt}؟ ما عرفت أركبه{deliver}", f"الضمان يشمل {tgt}؟ خربان من أسبوع{deliver}",
                     f"{tgt} توقف عن العمل ونرجو إرسال فني{deliver}", f"ابي أحد يصلح {tgt}{deliver}",
                     f"عندي استفسار فني عن تركيب {tgt}{deliver}"])
    if ltype == "complaint":
        tgt = prod_w or "الطلبية"
        return pick([f"للأسف {tgt} وصلت متأخرة وناقصة، وهذا غير مقبول{deliver}",
                     f"أبي أقدم شكوى، {tgt} وصلت مكسورة{deliver}", f"خدمتكم سيئة جداً، {tgt} ما وصلت للحين{deliver}",
                     f"نرجو حل المشكلة فوراً، استلمنا {tgt} تالفة{deliver}", f"تأخرتوا علينا وايد في {tgt} وما أحد يرد{deliver}",
                     f"زعلانين منكم، {tgt} مو نفس المواصفات{deliver}", f"أطلب استرجاع المبلغ، {tgt} فيها عيب مصنعي{deliver}",
                     f"هذي ثالث مرة تتأخرون في توصيل {tgt}، نبي حل{deliver}"])
    if ltype == "partnership":
        return pick([f"نرغب في أن نكون موزعاً معتمداً لمنتجاتكم{deliver}", f"نبحث عن شراكة استراتيجية معكم{deliver}",
                     f"ودنا نتعاون معكم كوكلاء{deliver}", f"نقترح اتفاقية توزيع حصرية{deliver}",
                     f"عندنا فرصة تعاون ونبي نكون شركاء{deliver}", f"نرغب بالتعاون معكم كمورد معتمد{deliver}",
                     f"مهتمين بوكالة منتجاتكم{deliver}", f"نبي نفتح باب شراكة وتوزيع{deliver}"])
    return pick([f"ابي أستفسر عن أوقات الدوام{deliver}", f"وين موقع معرضكم؟{deliver}",
                 f"هل عندكم فرع{deliver}؟", f"أبي أعرف أكثر عن شركتكم{deliver}", f"ممكن كتالوج المنتجات؟{deliver}",
                 f"عندكم خدمة توصيل{deliver}؟", f"شنو طرق الدفع المتاحة؟{deliver}", f"ممكن تعطوني معلومات عنكم{deliver}"])


def en_request(ltype, prod_w, q, unit, city_w):
    qty = (f"{q} {unit} of " if unit else f"{q} ") if q else ""
    deliver = ""
    if city_w:
        deliver = pick([f", delivery to {city_w}", f" for our {city_w} branch", f", site location {city_w}",
                        f" delivered in {city_w}", f" (we are in {city_w})"])
    if ltype == "bulk_order":
        if prod_w:
            return pick([f"We need {qty}{prod_w}{deliver}.", f"We would like to order {qty}{prod_w}{deliver}.",
                         f"Please supply {qty}{prod_w}{deliver}.", f"Kindly arrange {qty}{prod_w}{deliver}.",
                         f"We want to place an order for {qty}{prod_w}{deliver}.", f"Need {qty}{prod_w}{deliver}"])
        return f"We want to place a large order{deliver}."
    if ltype == "quote_request":
        tgt = f"{qty}{prod_w}" if prod_w else "your products"
        return pick([f"Please send a quotation for {tgt}{deliver}.", f"Can you quote for {tgt}{deliver}?",
                     f"Requesting your best price for {tgt}{deliver}.", f"What is the price of {tgt}{deliver}?",
                     f"Kindly share a quote for {tgt}{deliver}.", f"How much for {tgt}{deliver}?",
                     f"Could you send us a price offer for {tgt}{deliver}?", f"RFQ: {tgt}{deliver}."])
    if ltype == "support":
        tgt = prod_w or "the unit"
        return pick([f"The {tgt} we bought stopped working, we need a technician{deliver}.",
                     f"We have an issue with {tgt}, it shows an error{deliver}.", f"Need technical support for {tgt}{deliver}.",
                     f"How do I reset the {tgt}? It is not turning on{deliver}.", f"Is the {tgt} covered by warranty? It broke{deliver}.",
                     f"Our {tgt} is faulty and needs repair{deliver}.", f"Can someone help with installing the {tgt}{deliver}?",
                     f"Troubleshooting help needed for {tgt}{deliver}."])
    if ltype == "complaint":
        tgt = prod_w or "our order"
        return pick([f"I am very disappointed, {tgt} arrived late and damaged{deliver}.",
                     f"This is a formal complaint: {tgt} was never delivered{deliver}.",
                     f"Unacceptable service, {tgt} came broken{deliver}.", f"We received the wrong {tgt} and nobody answers{deliver}.",
                     f"Third time {tgt} is delayed, very poor service{deliver}.", f"I want a refund, {tgt} is defective{deliver}.",
                     f"We are unhappy with {tgt}, quality is terrible{deliver}.", f"Complaint regarding {tgt}: missing items{deliver}."])
    if ltype == "partnership":
        return pick([f"We would like to explore a partnership with your company{deliver}.",
                     f"We are interested in becoming your authorized distributor{deliver}.",
                     f"Looking for a reseller agreement{deliver}.", f"We propose a strategic collaboration{deliver}.",
                     f"Can we discuss an exclusive distribution deal{deliver}?", f"We'd like to partner with you as a vendor{deliver}.",
                     f"Interested in a joint venture{deliver}.", f"We want to be your agent{deliver}."])
    return pick([f"What are your working hours{deliver}?", f"Where is your showroom{deliver}?",
                 f"Do you have a branch{deliver}?", f"Could you send me your company profile{deliver}?",
                 f"Do you deliver{deliver}?", f"Just wanted some information about your company{deliver}.",
                 f"What payment methods do you accept{deliver}?", f"Can I get your catalogue{deliver}?"])


URG_AR = ["ضروري اليوم", "عاجل", "بأسرع وقت", "نحتاجها قبل الخميس", "مستعجلين", "ضروري جداً", "خلال يومين", "اليوم لو سمحت",
          "نحتاجها بكرة", "الله يخليك بسرعة"]
URG_EN = ["URGENT", "ASAP please", "needed by Thursday", "urgent requirement", "within 2 days", "today if possible",
          "by tomorrow", "this is time sensitive"]
LOW_AR = ["مو مستعجلين", "ما في عجلة", "على راحتكم", "للشهر الجاي إن شاء الله", "مو ضروري الحين", "مستقبلاً"]
LOW_EN = ["no rush", "not urgent", "sometime next quarter", "whenever convenient", "for future planning",
          "no hurry at all"]

NOISE_AR = [lambda: f"رقم الطلب {rdig(6)}", lambda: f"بتاريخ {R.randint(1, 28)}/{R.randint(1, 12)}/2025",
            lambda: f"الرقم الضريبي 3{rdig(13)}3", lambda: f"ص.ب {rdig(5)}", lambda: f"رقم الفاتورة INV-{rdig(5)}",
            lambda: f"الموعد الساعة {R.randint(1, 11)}:30", lambda: f"سجل تجاري 10{rdig(8)}",
            lambda: f"{str(R.randint(1, 28)).translate(A2I)}/{str(R.randint(1, 12)).translate(A2I)}/٢٠٢٥",
            lambda: f"مرجع PO-2025-{rdig(4)}", lambda: f"الرمز البريدي {rdig(5)}"]
NOISE_EN = [lambda: f"Order #{rdig(6)}", lambda: f"Date: {R.randint(1, 28)}/{R.randint(1, 12)}/2025",
            lambda: f"VAT No. 3{rdig(13)}3", lambda: f"PO Box {rdig(5)}", lambda: f"Ref: INV-{rdig(5)}",
            lambda: f"Meeting at {R.randint(1, 11)}:30 pm", lambda: f"CR 10{rdig(8)}", lambda: f"PO-2025-{rdig(4)}",
            lambda: f"Tender no. T{rdig(4)}/2025", lambda: f"Zip {rdig(5)}"]
EMOJI = ["🙏", "👍", "😊", "🌹", "✅", "🔥", "🙂", ""]


def email_for(first, last, co_word):
    dom = pick(["gmail.com", "outlook.com", "hotmail.com", "yahoo.com"])
    base = co_word.lower().replace(" ", "") if co_word else None
    if base and all(ord(c) < 128 for c in base) and R.random() < 0.7:
        dom = base[:12].strip(".") + pick([".com.sa", ".com", ".ae", ".net"])
    user = pick([f"{first}.{last}", f"{first[0]}{last}", "sales", "procurement", f"{first}{rdig(2)}", "info"])
    user = "".join(c for c in user.lower() if c.isalnum() or c in "._")
    written = user + "@" + dom
    if R.random() < 0.2:
        written = written[0].upper() + written[1:]
    return (user + "@" + dom).lower(), written


def latin(s):
    return "".join(c for c in s.lower() if c.isalpha() and ord(c) < 128)


ROMAN = {"محمد": "mohammed", "عبدالله": "abdullah", "فهد": "fahad", "نورة": "noura", "سارة": "sara", "خالد": "khalid",
         "سلطان": "sultan", "ريم": "reem", "تركي": "turki", "ماجد": "majed", "هند": "hind", "عبدالرحمن": "abdulrahman",
         "أحمد": "ahmed", "مريم": "maryam", "سعيد": "saeed", "يوسف": "yousef", "بدر": "bader", "عائشة": "aisha",
         "ناصر": "nasser", "حمد": "hamad", "فيصل": "faisal", "منيرة": "munira", "إبراهيم": "ibrahim", "عمر": "omar"}


def make(idx):
    lang = pick(["ar_sa", "ar_sa", "ar_msa", "ar_ae", "ar_kw", "en", "en", "mixed"])
    dialect = {"ar_sa": "sa", "ar_msa": "msa", "ar_ae": "ae", "ar_kw": "kw"}.get(lang, "sa")
    style = pick(["whatsapp", "whatsapp", "email", "chat", "export", "whatsapp_short", "email_header", "forwarded"])
    ltype = pick(["bulk_order", "bulk_order", "quote_request", "quote_request", "support", "complaint", "partnership",
                  "general"])
    ar_side = lang != "en"
    exp = {"customer_name": "", "company": "", "phones": [], "emails": [], "products": [], "quantity": None,
           "amount": None, "currency": "", "city": "", "lead_type": ltype, "priority": "medium",
           "language": "en" if lang == "en" else ("mixed" if lang == "mixed" else "ar")}

    # who
    use_ar_name = ar_side and lang != "mixed" or (lang == "mixed" and R.random() < 0.5)
    has_name = R.random() < 0.75
    has_co = R.random() < 0.6
    if use_ar_name:
        first, last = pick(AR_NAMES)
        name = f"{first} {last}" if R.random() < 0.8 else first
        rf, rl = ROMAN.get(first, "user"), latin(last.replace("ال", "al", 1)) or "x"
    else:
        first, last = pick(EN_NAMES)
        name = f"{first} {last}" if R.random() < 0.8 else first
        rf, rl = latin(first), latin(last)
    if ar_side and lang != "mixed":
        cw, cn = pick(AR_CO)
        co = f"{cw} {cn}"
        co_latin = None
    else:
        co = pick(EN_CO) if R.random() < 0.7 or lang == "en" else " ".join(pick(AR_CO))
        co_latin = co.split()[0] + co.split()[1] if not is_ar(co) else None
    if not has_name:
        name = ""
    if not has_co:
        co = ""
    exp["customer_name"] = name
    exp["company"] = co

    city = R.random() < 0.6
    cname, city_w = "", ""
    if city:
        cname, ars, ens = pick(CITIES)
        city_w = pick(ars) if (ar_side and lang != "mixed") or (lang == "mixed" and R.random() < 0.5) else pick(ens)
        exp["city"] = cname
    words_ar = ar_side and not (lang == "mixed" and R.random() < 0.5)

    pids = []
    prod_w, qw, unit, qn = "", "", "", None
    wants_product = ltype in ("bulk_order", "quote_request") and R.random() < 0.9 or \
        ltype in ("support", "complaint") and R.random() < 0.6
    if wants_product:
        pid = pick([p["id"] for p in catalog])
        pids.append(pid)
        plang = "ar" if words_ar and (lang != "mixed" or R.random() < 0.6) else "en"
        if words_ar and R.random() < 0.12:
            plang = "en"  # Arabic text naming the product in English
        prod_w = prod_surface(pid, plang)
        if ltype in ("bulk_order", "quote_request") and R.random() < 0.85:
            qn, qw, unit = quantity("ar" if words_ar else "en")
            if R.random() < 0.15:
                unit = ""
    exp["products"] = pids
    exp["quantity"] = qn

    # sentences
    sents = []
    if words_ar:
        greet = pick(GREET_AR[dialect])
        intro = ar_intro(dialect, name if style not in ("email",) else name, co, "")
        req = ar_request(dialect, ltype, prod_w, qw, unit, city_w)
    else:
        greet = pick(["Hi", "Hello", "Dear Sales Team,", "Good morning", "Dear Sir/Madam,", "Hey team", "Greetings,"])
        intro = ""
        if name and co:
            intro = pick([f"This is {name} from {co}.", f"My name is {name} from {co}.", f"I am {name}, {co}.",
                          f"{name} here from {co}.", f"I'm {name} with {co}.", f"This is {name} ({co})."])
        elif name:
            intro = pick([f"This is {name}.", f"My name is {name}.", f"I am {name}.", f"{name} here."])
        elif co:
            intro = pick([f"We are {co}.", f"Writing on behalf of {co}.", f"We at {co} are interested."])
        req = en_request(ltype, prod_w, qw, unit, city_w)

    # a second product sometimes
    if wants_product and R.random() < 0.15 and ltype in ("bulk_order", "quote_request"):
        pid2 = pick([p["id"] for p in catalog if p["id"] != pids[0]])
        pids.append(pid2)
        w2 = prod_surface(pid2, "ar" if words_ar else "en")
        req += (f" وكمان {w2}" if words_ar else f" and also some {w2}")

    # money
    if ltype in ("bulk_order", "quote_request", "partnership") and R.random() < 0.4:
        n, cur, aw = amount("ar" if words_ar else "en", cname)
        if words_ar:
            msent = pick([f"الميزانية {aw}", f"ميزانيتنا بحدود {aw}", f"السعر المستهدف {aw}", f"نقدر ندفع {aw}",
                          f"المبلغ المرصود {aw} تقريباً", f"حدنا {aw}"])
        else:
            msent = pick([f"Our budget is {aw}.", f"Budget around {aw}.", f"Target price {aw}.", f"We can pay up to {aw}.",
                          f"Budget: {aw}", f"Max budget {aw}."])
        exp["amount"] = n
        exp["currency"] = cur
        sents_money = msent
    else:
        sents_money = ""

    # priority
    urg = R.random()
    pri_sent = ""
    if ltype == "complaint":
        exp["priority"] = "high"
        if urg < 0.4:
            pri_sent = pick(URG_AR if words_ar else URG_EN)
    elif urg < 0.3:
        exp["priority"] = "high"
        pri_sent = pick(URG_AR if words_ar else URG_EN)
    elif urg < 0.45 and ltype != "support":
        exp["priority"] = "low"
        pri_sent = pick(LOW_AR if words_ar else LOW_EN)
    elif ltype == "general":
        exp["priority"] = "low"
    if qn and qn >= 1000 and exp["priority"] != "low":
        exp["priority"] = "high"

    # contacts
    nph = pick([1, 1, 1, 0, 2, 1, 0, 3])
    phones = [phone() for _ in range(nph)]
    exp["phones"] = list(dict.fromkeys(p[0] for p in phones))
    nem = pick([0, 0, 1, 1, 0, 2])
    ems = [email_for(rf, rl, co_latin) for _ in range(nem)]
    exp["emails"] = list(dict.fromkeys(e[0] for e in ems))

    contact_lines = []
    for i, (_, w) in enumerate(phones):
        if words_ar:
            contact_lines.append(pick([f"جوالي {w}", f"رقمي {w}", f"تواصل على {w}", f"جوال: {w}", f"واتساب {w}",
                                       f"هاتف المكتب {w}" if i else f"اتصل على {w}", f"الرقم {w}", f"{w}"]))
        else:
            contact_lines.append(pick([f"Mob: {w}", f"Call me on {w}", f"WhatsApp {w}", f"Tel: {w}", f"Phone {w}",
                                       f"Office: {w}" if i else f"Mobile: {w}", f"{w}", f"reach me at {w}"]))
    for _, w in ems:
        contact_lines.append(pick([f"الإيميل {w}", f"البريد: {w}", f"{w}"]) if words_ar else
                             pick([f"Email: {w}", f"email me at {w}", f"{w}"]))

    noise = []
    if R.random() < 0.45:
        noise.append(pick(NOISE_AR if words_ar else NOISE_EN)())
    if lang == "mixed":
        # the other language carries a sentence of its own
        if words_ar:
            noise.append(pick(["Please confirm availability.", "Thanks in advance.", "Let me know the lead time.",
                               "Please reply soon.", "Kindly advise."]))
        else:
            noise.append(pick(["الله يعطيكم العافية", "جزاكم الله خير", "ننتظر ردكم", "شكراً لكم", "بانتظار ردكم الكريم"]))

    em = pick(EMOJI)
    bodies = [s for s in [intro, req, sents_money, pri_sent] + noise if s]

    # Layout by style
    if style in ("whatsapp", "chat", "whatsapp_short"):
        sep = pick([" ", "\n", "، " if words_ar else ". "])
        if style == "whatsapp_short":
            sep = " "
        text = (greet + sep if R.random() < 0.7 else "") + sep.join(bodies) + " " + em
        if contact_lines:
            text += "\n" + "\n".join(contact_lines)
    elif style == "export":
        d = f"{R.randint(1, 28)}/{R.randint(1, 12)}/25"
        who = name if name else f"+{R.randint(900, 999)} {rdig(2)} {rdig(3)} {rdig(4)}"
        if not name:
            # an unnamed export shows the sender's number, which is their phone
            e = "+966" + R.choice(["50", "55", "56"]) + rdig(7)
            who = f"+966 {e[4:6]} {e[6:9]} {e[9:]}"
            exp["phones"] = [e] + [p for p in exp["phones"] if p != e]
        lines = [f"[{d}, {R.randint(1, 12)}:{R.randint(10, 59)} {pick(['AM', 'PM', 'ص', 'م'])}] {who}: {greet}"]
        for b in bodies + contact_lines:
            lines.append(f"[{d}, {R.randint(1, 12)}:{R.randint(10, 59)} {pick(['AM', 'PM', 'ص', 'م'])}] {who}: {b}")
        text = "\n".join(lines)
    else:
        # e-mail: greeting, body, then a signature carrying name / title / company / contacts
        body_no_intro = [b for b in bodies if b != intro]
        if words_ar:
            sig = [pick(["مع التحية،", "وتقبلوا تحياتي،", "شاكرين لكم،", "تحياتي", "مع خالص التقدير"])]
            if name:
                sig.append(pick(HON_AR) + name)
            if R.random() < 0.6:
                sig.append(pick(TITLES_AR))
            if co:
                sig.append(co)
        else:
            sig = [pick(["Regards,", "Best regards,", "Thanks,", "Kind regards,", "Best,", "Sincerely,"])]
            if name:
                sig.append(pick(HON_EN) + name)
            if R.random() < 0.6:
                sig.append(pick(TITLES_EN))
            if co:
                sig.append(co)
        head = ""
        if style == "email_header" or style == "forwarded":
            frm = name or (co if co else "Sales")
            addr = ems[0][1] if ems else f"{rf}.{rl}@{pick(['gmail.com', 'outlook.com'])}"
            if not ems:
                exp["emails"] = [addr.lower()]
            head = f"From: {frm} <{addr}>\nSubject: {pick(['RFQ', 'Inquiry', 'طلب عرض سعر', 'Order', 'استفسار', 'Complaint'])}\n\n"
            if style == "forwarded":
                head = "---------- Forwarded message ---------\n" + head
        text = head + greet + "\n\n" + " ".join(body_no_intro) + "\n\n" + "\n".join(sig + contact_lines)
        if not name and not co and intro:
            pass
    return text, exp


out = []
for line in open("handwritten.jsonl"):
    if line.strip():
        out.append(json.loads(line))
for i in range(336 - len(out)):
    SPLIT = "test" if i % 3 == 2 else "dev"
    text, exp = make(i)
    out.append({"id": f"g{i + 1:03d}", "split": SPLIT, "text": text, "expected": exp})

with open("messages.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), sum(o["split"] == "test" for o in out))
