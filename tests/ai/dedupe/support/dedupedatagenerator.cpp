#include "dedupedatagenerator.h"

#include <QHash>
#include <QRandomGenerator64>
#include <QSet>

#include <cmath>

namespace OmniCrm::Test {

namespace {

// The generator's own notion of one mailbox (Gmail ignores dots), so that no two people share one.
struct FieldNormalizerFree
{
    static QString canonical(const QString &email)
    {
        QString out = email.toLower();
        if (out.endsWith(u"@gmail.com")) {
            const qsizetype at = out.indexOf(u'@');
            out = out.left(at).remove(u'.') + out.mid(at);
        }
        return out;
    }
};

struct Spelling
{
    const char16_t *arabic;
    const char16_t *latin; // variants separated by spaces
};

constexpr Spelling kMaleNames[] = {
    { u"محمد", u"Mohammed Muhammad Mohamed Mohammad" },
    { u"عبدالله", u"Abdullah Abdallah Abdulla" },
    { u"أحمد", u"Ahmed Ahmad" },
    { u"عبدالرحمن", u"Abdulrahman Abdurrahman Abdelrahman" },
    { u"خالد", u"Khalid Khaled" },
    { u"فهد", u"Fahad Fahd" },
    { u"عبدالعزيز", u"Abdulaziz Abdelaziz" },
    { u"سعود", u"Saud" },
    { u"فيصل", u"Faisal Faysal" },
    { u"سلطان", u"Sultan" },
    { u"نايف", u"Nayef Naif" },
    { u"نواف", u"Nawaf Nawwaf" },
    { u"تركي", u"Turki Turky" },
    { u"بندر", u"Bandar" },
    { u"ماجد", u"Majed Majid" },
    { u"ياسر", u"Yasser Yasir" },
    { u"عمر", u"Omar Umar" },
    { u"علي", u"Ali" },
    { u"حسن", u"Hassan Hasan" },
    { u"إبراهيم", u"Ibrahim Ebrahim" },
    { u"يوسف", u"Yousef Yusuf" },
    { u"سعد", u"Saad" },
    { u"سعيد", u"Saeed" },
    { u"صالح", u"Saleh Salih" },
    { u"مشعل", u"Meshal Mishal" },
    { u"بدر", u"Badr Bader" },
    { u"وليد", u"Waleed Walid" },
    { u"طلال", u"Talal" },
    { u"هشام", u"Hisham Hesham" },
    { u"مازن", u"Mazen Mazin" },
    { u"راشد", u"Rashed Rashid" },
    { u"حمد", u"Hamad" },
    { u"منصور", u"Mansour Mansoor" },
    { u"زياد", u"Ziad Ziyad" },
    { u"عادل", u"Adel Adil" },
    { u"ناصر", u"Nasser Naser" },
    { u"ثامر", u"Thamer Thamir" },
    { u"رائد", u"Raed" },
    { u"مشاري", u"Mishari Meshari" },
    { u"عبدالمجيد", u"Abdulmajeed Abdulmajid" },
    { u"إسماعيل", u"Ismail" },
};

constexpr Spelling kFemaleNames[] = {
    { u"فاطمة", u"Fatima Fatimah" },
    { u"نورة", u"Noura Nora Nourah" },
    { u"سارة", u"Sara Sarah" },
    { u"مريم", u"Maryam Mariam" },
    { u"هند", u"Hind" },
    { u"ريم", u"Reem Rim" },
    { u"لطيفة", u"Latifa Latifah" },
    { u"منيرة", u"Munira Muneera" },
    { u"عبير", u"Abeer Abir" },
    { u"أمل", u"Amal" },
    { u"هيفاء", u"Haifa" },
    { u"جواهر", u"Jawaher" },
    { u"شهد", u"Shahad" },
    { u"دانة", u"Dana" },
    { u"لولوة", u"Lulwa" },
};

constexpr Spelling kFamilies[] = {
    { u"العتيبي", u"Otaibi" },
    { u"القحطاني", u"Qahtani Kahtani" },
    { u"الغامدي", u"Ghamdi" },
    { u"الزهراني", u"Zahrani" },
    { u"الدوسري", u"Dosari Dossary" },
    { u"الشهري", u"Shehri Shahri" },
    { u"العنزي", u"Enezi Anazi" },
    { u"المطيري", u"Mutairi Mutairy" },
    { u"الشمري", u"Shammari Shamari" },
    { u"الحربي", u"Harbi" },
    { u"السبيعي", u"Subaie Subaei" },
    { u"الرشيد", u"Rashid Rasheed" },
    { u"السديري", u"Sudairi" },
    { u"العمري", u"Omari Amri" },
    { u"الجهني", u"Juhani" },
    { u"البلوي", u"Balawi" },
    { u"الخالدي", u"Khalidi Khaldi" },
    { u"المالكي", u"Malki Maliki" },
    { u"التميمي", u"Tamimi" },
    { u"الشهراني", u"Shahrani" },
    { u"العسيري", u"Asiri Aseeri" },
    { u"الحارثي", u"Harthi" },
    { u"السلمي", u"Sulami Solami" },
    { u"الزهراني", u"Al-Zahrani" },
    { u"الفيفي", u"Fifi" },
    { u"اليامي", u"Yami" },
    { u"الرويلي", u"Ruwaili Ruwaily" },
    { u"الشريف", u"Sharif Shareef" },
    { u"الأنصاري", u"Ansari" },
    { u"البقمي", u"Bugami Buqami" },
    { u"الثبيتي", u"Thubaiti" },
    { u"العجمي", u"Ajmi" },
    { u"المري", u"Marri" },
    { u"الكعبي", u"Kaabi" },
    { u"الهاجري", u"Hajri" },
    { u"النعيمي", u"Nuaimi" },
    { u"الفلاسي", u"Falasi" },
    { u"السويدي", u"Suwaidi" },
    { u"الكندري", u"Kandari" },
    { u"البلوشي", u"Balushi" },
};

constexpr Spelling kCompanyCores[] = {
    { u"النخبة", u"Nokhba" },  { u"الرواد", u"Rowad" },  { u"الأفق", u"Ofoq" },
    { u"الصفوة", u"Safwa" },   { u"البيان", u"Bayan" },  { u"الإتقان", u"Itqan" },
    { u"الريادة", u"Riyada" }, { u"الأمانة", u"Amana" }, { u"الجزيرة", u"Jazeera" },
    { u"الخليج", u"Khaleej" }, { u"الفجر", u"Fajr" },    { u"المستقبل", u"Mustaqbal" },
    { u"المدار", u"Madar" },   { u"الدرة", u"Durra" },   { u"الهلال", u"Hilal" },
    { u"النجم", u"Najm" },
};

constexpr Spelling kCities[] = {
    { u"الرياض", u"Riyadh" }, { u"جدة", u"Jeddah" },     { u"مكة", u"Makkah" },  { u"المدينة", u"Madinah" },
    { u"الدمام", u"Dammam" }, { u"الخبر", u"Khobar" },   { u"الطائف", u"Taif" }, { u"تبوك", u"Tabuk" },
    { u"أبها", u"Abha" },     { u"بريدة", u"Buraidah" }, { u"حائل", u"Hail" },   { u"نجران", u"Najran" },
    { u"جازان", u"Jazan" },   { u"ينبع", u"Yanbu" },     { u"دبي", u"Dubai" },   { u"الدوحة", u"Doha" },
};

constexpr const char16_t *kDomains[]
    = { u"gmail.com", u"hotmail.com", u"outlook.com", u"yahoo.com", u"icloud.com" };

struct Company
{
    QString arabicCore; // "النخبة" or "خالد الشمري"
    QString latinCore; // "Nokhba" or "Khalid Al-Shammari"
    int activity = 0; // 0 none, 1 trading, 2 contracting
    QString domain;
};

struct Entity
{
    bool female = false;
    int given = 0;
    int father = 0;
    int family = 0;
    int latinGiven = 0; // the person's preferred Latin spelling
    int latinFamily = 0;
    QString phone; // 9 national digits after 0: "5XXXXXXXX"
    QString secondPhone;
    QString email; // canonical
    int company = -1;
    int city = -1;
};

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options)
        : m_options(options)
        , m_random(options.seed)
    {
    }

    GeneratedContacts run()
    {
        GeneratedContacts out;
        out.fields = { { QStringLiteral("first_name"), FieldKind::FirstName },
                       { QStringLiteral("last_name"), FieldKind::LastName },
                       { QStringLiteral("phone"), FieldKind::Phone },
                       { QStringLiteral("email"), FieldKind::Email },
                       { QStringLiteral("company"), FieldKind::Company },
                       { QStringLiteral("city"), FieldKind::City } };
        QList<Entity> entities;
        while (out.rows.size() < m_options.records) {
            const Entity entity = makeEntity(entities);
            entities.append(entity);
            const int id = int(entities.size() - 1);
            int copies = 1;
            if (chance(m_options.duplicateShare)) {
                const double r = unit();
                copies = r < 0.7 ? 2 : r < 0.92 ? 3 : 4;
            }
            for (int c = 0; c < copies && out.rows.size() < m_options.records; ++c) {
                out.rows.append(render(entity, c > 0));
                out.entityOf.append(id);
            }
        }
        // Shuffle so that copies of one entity are not neighbours.
        for (qsizetype i = out.rows.size() - 1; i > 0; --i) {
            const qsizetype j = qsizetype(m_random.bounded(quint64(i + 1)));
            out.rows.swapItemsAt(i, j);
            out.entityOf.swapItemsAt(i, j);
        }
        return out;
    }

private:
    double unit() { return m_random.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    int below(int n) { return int(m_random.bounded(quint64(n))); }
    // Zipf-like pick: a few names are very common (محمد, العتيبي), most are rare.
    int zipf(int n, double s = 1.0)
    {
        double total = 0;
        for (int i = 1; i <= n; ++i)
            total += 1.0 / std::pow(i, s);
        double r = unit() * total;
        for (int i = 1; i <= n; ++i) {
            r -= 1.0 / std::pow(i, s);
            if (r <= 0)
                return i - 1;
        }
        return n - 1;
    }
    static QStringList variants(const Spelling &spelling)
    {
        return QString::fromUtf16(spelling.latin).split(u' ');
    }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out.append(QChar(u'0' + below(10)));
        return out;
    }
    QString mobile()
    {
        static const char16_t operators[] = { u'0', u'3', u'4', u'5', u'6', u'9' };
        return u'5' + QString(QChar(operators[below(6)])) + digits(7);
    }

    Entity makeEntity(const QList<Entity> &earlier)
    {
        Entity e;
        const bool relative = !earlier.isEmpty() && chance(m_options.relativeShare);
        e.female = chance(0.25);
        e.given = e.female ? zipf(int(std::size(kFemaleNames))) : zipf(int(std::size(kMaleNames)));
        e.father = zipf(int(std::size(kMaleNames)));
        e.family = zipf(int(std::size(kFamilies)), 0.8);
        e.phone = mobile();
        if (chance(0.3))
            e.secondPhone = mobile();
        e.city = chance(0.85) ? zipf(int(std::size(kCities))) : -1;
        if (chance(0.6))
            e.company = makeCompany();
        if (relative) {
            // A brother, a cousin, a colleague in the family firm: same family, company and city.
            const Entity &other = earlier.at(below(int(earlier.size())));
            e.family = other.family;
            e.company = other.company;
            e.city = other.city;
            e.father = chance(0.5) ? other.father : e.father;
        }
        const QStringList givenLatin = variants(e.female ? kFemaleNames[e.given] : kMaleNames[e.given]);
        e.latinGiven = below(int(givenLatin.size()));
        e.latinFamily = below(int(variants(kFamilies[e.family]).size()));
        if (chance(0.8)) {
            const QString g = givenLatin.at(e.latinGiven).toLower();
            const QString f = variants(kFamilies[e.family]).at(e.latinFamily).toLower().remove(u'-');
            const QString separator
                = QStringList { QStringLiteral("."), QStringLiteral("_"), QString() }.at(below(3));
            QString local = chance(0.5) ? g + separator + f : g.left(1) + separator + f;
            if (chance(0.5))
                local += QString::number(below(999));
            const QString domain = (e.company >= 0 && chance(0.3)) ? m_companies.at(e.company).domain
                                                                   : QString::fromUtf16(kDomains[zipf(5)]);
            // A mailbox belongs to one person: a taken address gets digits, as providers demand.
            QString email = local + u'@' + domain;
            while (m_emails.contains(FieldNormalizerFree::canonical(email)))
                email = local + QString::number(below(9999)) + u'@' + domain;
            m_emails.insert(FieldNormalizerFree::canonical(email));
            e.email = email;
        }
        return e;
    }

    int makeCompany()
    {
        // Reuse an existing firm often: colleagues share one.
        if (!m_companies.isEmpty() && chance(0.5))
            return below(int(m_companies.size()));
        Company c;
        if (chance(0.3)) {
            const Spelling &core = kCompanyCores[below(int(std::size(kCompanyCores)))];
            c.arabicCore = QString::fromUtf16(core.arabic);
            c.latinCore = u"Al " + variants(core).first();
        } else {
            const int given = zipf(int(std::size(kMaleNames)));
            const int family = zipf(int(std::size(kFamilies)), 0.8);
            c.arabicCore = QString::fromUtf16(kMaleNames[given].arabic) + u' '
                + QString::fromUtf16(kFamilies[family].arabic);
            c.latinCore = variants(kMaleNames[given]).first() + u" Al-" + variants(kFamilies[family]).first();
        }
        c.activity = below(3);
        c.domain
            = c.latinCore.toLower().remove(u' ').remove(u'-') + QString::number(m_companies.size()) + u".sa";
        m_companies.append(c);
        return int(m_companies.size() - 1);
    }

    QString typo(const QString &text)
    {
        if (text.size() < 4)
            return text;
        const bool arabic = text.front().unicode() >= 0x0600;
        const qsizetype at = 1 + qsizetype(below(int(text.size() - 1)));
        QString out = text;
        switch (below(4)) {
        case 0: // deletion
            out.remove(at, 1);
            break;
        case 1: // transposition
            if (at + 1 < out.size()) {
                const QChar c = out[at];
                out[at] = out[at + 1];
                out[at + 1] = c;
            }
            break;
        case 2: // doubled letter
            out.insert(at, out[at]);
            break;
        default: // a neighbouring vowel
            if (arabic)
                out.insert(at, QChar(0x064A)); // ي
            else
                out[at] = QChar(u"aeiou"[below(5)]);
            break;
        }
        return out;
    }

    QString formatPhone(const QString &national)
    {
        QString out;
        switch (below(7)) {
        case 0:
            out = u'0' + national;
            break;
        case 1:
            out = u"+966" + national;
            break;
        case 2:
            out = u"966" + national;
            break;
        case 3:
            out = u"+966 " + national.left(2) + u' ' + national.mid(2, 3) + u' ' + national.mid(5);
            break;
        case 4:
            out = u"05" + national.mid(1, 1) + u' ' + national.mid(2, 3) + u' ' + national.mid(5);
            break;
        case 5:
            out = u"00966" + national;
            break;
        default: {
            const QString latin = u'0' + national;
            for (const QChar c : latin)
                out.append(QChar(0x0660 + (c.unicode() - u'0'))); // Arabic-Indic digits
            break;
        }
        }
        return out;
    }

    QString renderEmail(const QString &email)
    {
        QString out = email;
        const qsizetype at = out.indexOf(u'@');
        if (out.endsWith(u"@gmail.com") && chance(0.3))
            out.insert(qMax<qsizetype>(1, at / 2), u'.');
        if (chance(0.3))
            out = out.left(1).toUpper() + out.mid(1);
        if (chance(0.1))
            out = out.toUpper();
        return out;
    }

    QString renderCompany(const Company &company, bool arabic)
    {
        static const char16_t *arabicPrefix[] = { u"شركة ", u"مؤسسة ", u"" };
        static const char16_t *arabicActivity[] = { u"", u" للتجارة", u" للمقاولات" };
        static const char16_t *latinActivity[] = { u"", u" Trading", u" Contracting" };
        static const char16_t *latinSuffix[] = { u"", u" Co.", u" LLC", u" Ltd", u" Est." };
        if (arabic)
            return QString::fromUtf16(arabicPrefix[below(3)]) + company.arabicCore
                + QString::fromUtf16(arabicActivity[chance(0.7) ? company.activity : 0]);
        return company.latinCore + QString::fromUtf16(latinActivity[chance(0.7) ? company.activity : 0])
            + QString::fromUtf16(latinSuffix[below(5)]);
    }

    QStringList render(const Entity &e, bool copy)
    {
        const Spelling &given = e.female ? kFemaleNames[e.given] : kMaleNames[e.given];
        const Spelling &family = kFamilies[e.family];
        const bool arabic = chance(0.5);
        QString first;
        QString last;
        if (arabic) {
            first = QString::fromUtf16(given.arabic);
            last = QString::fromUtf16(family.arabic);
        } else {
            const QStringList gv = variants(given);
            const QStringList fv = variants(family);
            first = copy && chance(0.4) ? gv.at(below(int(gv.size()))) : gv.at(e.latinGiven);
            const QString familyLatin
                = copy && chance(0.4) ? fv.at(below(int(fv.size()))) : fv.at(e.latinFamily);
            static const char16_t *articles[] = { u"Al-", u"Al ", u"Al", u"", u"El-" };
            last = familyLatin.startsWith(u"Al-") ? familyLatin
                                                  : QString::fromUtf16(articles[below(5)]) + familyLatin;
            if (chance(0.1))
                first = first.toUpper();
        }
        if (copy && chance(0.25)) {
            if (chance(0.5))
                first = typo(first);
            else
                last = typo(last);
        }
        if (chance(0.1)) { // the father's name in the middle
            const QString father = arabic ? QString::fromUtf16(kMaleNames[e.father].arabic)
                                          : variants(kMaleNames[e.father]).first();
            first = first + (arabic ? (e.female ? u" بنت " : u" بن ") : (e.female ? u" bint " : u" bin "))
                + father;
        }
        if (copy && chance(0.06))
            std::swap(first, last);
        else if (chance(0.08)) { // the whole name in one column
            first = first + u' ' + last;
            last.clear();
        }

        QString phone;
        const double p = unit();
        if (!copy) {
            if (p < 0.9)
                phone = formatPhone(e.phone);
            if (!e.secondPhone.isEmpty() && chance(0.3))
                phone = phone.isEmpty() ? formatPhone(e.secondPhone)
                                        : phone + u" / " + formatPhone(e.secondPhone);
        } else if (p < 0.72) {
            phone = formatPhone(e.phone);
        } else if (p < 0.82 && !e.secondPhone.isEmpty()) {
            phone = formatPhone(e.secondPhone);
        } else if (p < 0.85) {
            QString mistyped = e.phone;
            const qsizetype at = 2 + qsizetype(below(7));
            mistyped[at] = QChar(u'0' + (mistyped[at].unicode() - u'0' + 1) % 10);
            phone = formatPhone(mistyped);
        }

        QString email;
        if (!e.email.isEmpty() && chance(copy ? 0.75 : 0.85))
            email = renderEmail(e.email);

        QString company;
        if (e.company >= 0 && chance(0.8))
            company = renderCompany(m_companies.at(e.company), chance(0.5));
        QString city;
        if (e.city >= 0 && chance(0.8))
            city = chance(0.5) ? QString::fromUtf16(kCities[e.city].arabic)
                               : QString::fromUtf16(kCities[e.city].latin);
        return { first, last, phone, email, company, city };
    }

    GeneratorOptions m_options;
    QRandomGenerator64 m_random;
    QList<Company> m_companies;
    QSet<QString> m_emails;
};

QString csvCell(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

qint64 GeneratedContacts::truePairs() const
{
    QHash<int, qint64> sizes;
    for (const int entity : entityOf)
        ++sizes[entity];
    qint64 pairs = 0;
    for (const qint64 size : std::as_const(sizes))
        pairs += size * (size - 1) / 2;
    return pairs;
}

QByteArray GeneratedContacts::toCsv() const
{
    QString out = QStringLiteral("id");
    for (const FieldSpec &field : fields)
        out += u',' + field.name;
    out += QStringLiteral(",truth\n");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out += u'r' + QString::number(i + 1);
        for (const QString &value : rows.at(i))
            out += u',' + csvCell(value);
        out += u",e" + QString::number(entityOf.at(i)) + u'\n';
    }
    return out.toUtf8();
}

GeneratedContacts DedupeDataGenerator::generate(const GeneratorOptions &options)
{
    return Generator(options).run();
}

PairwiseScore scoreClusters(const QList<int> &clusterOf, const QList<int> &entityOf)
{
    PairwiseScore score;
    QHash<int, qint64> bySize;
    QHash<int, qint64> entitySize;
    QHash<quint64, qint64> both;
    for (qsizetype i = 0; i < clusterOf.size(); ++i) {
        ++bySize[clusterOf[i]];
        ++entitySize[entityOf[i]];
        ++both[(quint64(quint32(clusterOf[i])) << 32) | quint32(entityOf[i])];
    }
    const auto pairsOf = [](qint64 n) {
        return n * (n - 1) / 2;
    };
    for (const qint64 n : std::as_const(bySize))
        score.predictedPairs += pairsOf(n);
    for (const qint64 n : std::as_const(entitySize))
        score.truePairs += pairsOf(n);
    for (const qint64 n : std::as_const(both))
        score.correctPairs += pairsOf(n);
    return score;
}

} // namespace OmniCrm::Test
