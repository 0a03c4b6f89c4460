#include "gulfdirectorygenerator.h"

#include <QRandomGenerator64>
#include <QSet>

#include <cmath>

namespace OmniCrm::Test {

namespace {

struct Name
{
    const char16_t *arabic; // empty for names written only in Latin letters
    const char16_t *latin; // spellings separated by '|'
};

// Given names, roughly by how common they are in Gulf directories.
constexpr Name kGiven[] = {
    { u"محمد", u"Mohammed|Mohamed|Muhammad|Mohd|Mohammad" },
    { u"عبد الله", u"Abdullah|Abdulla|Abd Allah|Abdallah" },
    { u"عبد الرحمن", u"Abdulrahman|Abdul Rahman|Abdelrahman|Abd Al-Rahman" },
    { u"أحمد", u"Ahmed|Ahmad" },
    { u"علي", u"Ali" },
    { u"خالد", u"Khalid|Khaled" },
    { u"عبد العزيز", u"Abdulaziz|Abdul Aziz|Abdelaziz" },
    { u"سلمان", u"Salman" },
    { u"حمود", u"Hamoud|Hammoud" },
    { u"عيسى", u"Eisa|Issa|Isa" },
    { u"مصطفى", u"Mustafa|Mostafa" },
    { u"يحيى", u"Yahya|Yehia" },
    { u"مرتضى", u"Murtada|Mortada" },
    { u"حسين", u"Hussain|Hussein|Husain" },
    { u"جاسم", u"Jassim|Jasim" },
    { u"عبد الكريم", u"Abdulkarim|Abdul Karim" },
    { u"هاني", u"Hani|Hany" },
    { u"رياض", u"Riyadh|Riad" },
    { u"شادي", u"Shadi|Shady" },
    { u"أسامة", u"Osama|Usama" },
    { u"نوف", u"Nouf|Nuf" },
    { u"العنود", u"Alanoud|Al Anoud" },
    { u"غادة", u"Ghada" },
    { u"رنا", u"Rana" },
    { u"خلود", u"Kholoud|Khulood" },
    { u"بشاير", u"Bashayer" },
    { u"", u"Rajesh" },
    { u"", u"Anil" },
    { u"", u"John" },
    { u"", u"Maria" },
    { u"", u"Joseph" },
    { u"", u"Suresh" },
};

constexpr Name kFamily[] = {
    { u"آل سعود", u"Al Saud|Al-Saud" },
    { u"الحربي", u"Alharbi|Al-Harbi|Harbi" },
    { u"القرني", u"Alqarni|Al-Qarni|Garni" },
    { u"الأحمدي", u"Alahmadi|Al-Ahmadi" },
    { u"الجابر", u"Al Jaber|Aljaber" },
    { u"الصباح", u"Al-Sabah|Alsabah" },
    { u"المنصوري", u"Al Mansoori|Almansouri|Mansouri" },
    { u"الظاهري", u"Al Dhaheri|Aldhaheri" },
    { u"بن لادن", u"Binladin|Bin Laden" },
    { u"باعشن", u"Baeshen|Ba Ashan" },
    { u"الخطيب", u"Al-Khatib|Khatib|Alkhateeb" },
    { u"حداد", u"Haddad" },
    { u"النجار", u"Al Najjar|Najjar" },
    { u"العبدالله", u"Al Abdullah|Alabdulla" },
    { u"الرفاعي", u"Al-Rifai|Rifaie" },
    { u"", u"Kumar" },
    { u"", u"Nair" },
    { u"", u"Smith" },
    { u"", u"Santos" },
    { u"", u"Fernandes" },
};

constexpr Name kFirms[] = {
    { u"مجموعة الزامل", u"Zamil Group|Al Zamil Group" },
    { u"شركة المراعي", u"Almarai Company|Al Marai" },
    { u"أسواق العثيم", u"Othaim Markets|Al Othaim" },
    { u"مصنع الخليج للبلاستيك", u"Gulf Plastic Factory|Gulf Plastics" },
    { u"مؤسسة الوفاء للتجارة", u"Al Wafa Trading Est|Alwafa Trading" },
    { u"شركة النهدي الطبية", u"Nahdi Medical Co|Al Nahdi Medical" },
    { u"الشركة الوطنية للنقل", u"National Transport Company|National Transport Co" },
    { u"مكتب الأمين للاستشارات", u"Al Ameen Consulting|Alameen Consultants" },
};

constexpr const char16_t *kCities[]
    = { u"Riyadh|الرياض|Riyad", u"Jeddah|جده|Jiddah",      u"Abu Dhabi|أبوظبي", u"Dammam|الدمام",
        u"Sharjah|الشارقة",     u"Medina|المدينة المنورة", u"Al Khobar|الخبر" };

QStringList spellings(const char16_t *text)
{
    return QString::fromUtf16(text).split(u'|');
}

struct Person
{
    int given = 0;
    int father = 0;
    int family = 0;
    int firm = -1;
    int city = -1;
    QString mobile; // national significant number
    QString landline;
    QString uae; // for people with a UAE number
    QString personalMail;
    QString workMail;
};

class Directory
{
public:
    explicit Directory(quint64 seed)
        : m_random(seed ^ 0xd1ec7041ull)
    {
    }

    GeneratedContacts run(int records)
    {
        GeneratedContacts out;
        out.fields = { { QStringLiteral("full_name"), FieldKind::FullName },
                       { QStringLiteral("phone"), FieldKind::Phone },
                       { QStringLiteral("email"), FieldKind::Email },
                       { QStringLiteral("company"), FieldKind::Company },
                       { QStringLiteral("city"), FieldKind::City } };
        QList<Person> people;
        while (out.rows.size() < records) {
            people.append(makePerson(people));
            const int copies = chance(0.3) ? (chance(0.75) ? 2 : 3) : 1;
            for (int c = 0; c < copies && out.rows.size() < records; ++c) {
                out.rows.append(write(people.last(), c));
                out.entityOf.append(int(people.size() - 1));
            }
        }
        for (qsizetype i = out.rows.size() - 1; i > 0; --i) {
            const qsizetype j = qsizetype(m_random.bounded(quint64(i + 1)));
            out.rows.swapItemsAt(i, j);
            out.entityOf.swapItemsAt(i, j);
        }
        return out;
    }

private:
    bool chance(double p) { return m_random.generateDouble() < p; }
    int below(int n) { return int(m_random.bounded(quint64(n))); }
    // Geometric popularity: index 0 most common.
    int popular(int n, double keep)
    {
        int i = 0;
        while (i < n - 1 && !chance(keep))
            ++i;
        return i;
    }
    QString digits(int n)
    {
        QString out;
        for (int i = 0; i < n; ++i)
            out += QChar(u'0' + below(10));
        return out;
    }

    Person makePerson(const QList<Person> &earlier)
    {
        Person p;
        p.given = popular(int(std::size(kGiven)), 0.22);
        p.father = popular(26, 0.2); // Arab given names only
        p.family = popular(int(std::size(kFamily)), 0.15);
        p.city = chance(0.9) ? popular(int(std::size(kCities)), 0.35) : -1;
        p.firm = chance(0.55) ? below(int(std::size(kFirms))) : -1;
        if (!earlier.isEmpty() && chance(0.15)) { // a relative or a colleague
            const Person &other = earlier.at(below(int(earlier.size())));
            p.family = other.family;
            p.firm = other.firm;
            p.city = other.city;
        }
        // Mobile ranges in use: Saudi 50 53 54 55 56 58 59, UAE 50 52 54 55 56 58.
        static const char16_t saudi[] = u"0345689";
        static const char16_t emirati[] = u"024568";
        p.mobile = u'5' + QString(QChar(saudi[below(7)])) + digits(7);
        if (chance(0.3))
            p.landline = u'1' + QString(QChar(u"123467"[below(6)])) + digits(7); // 011 … 017
        if (chance(0.2))
            p.uae = u'5' + QString(QChar(emirati[below(6)])) + digits(7);
        const QString given = spellings(kGiven[p.given].latin).first().toLower().remove(u' ');
        const QString family = spellings(kFamily[p.family].latin).first().toLower().remove(u' ').remove(u'-');
        if (chance(0.7)) {
            QString mail = given + QString::number(below(100)) + u'@'
                + QStringList { QStringLiteral("gmail.com"), QStringLiteral("hotmail.com"),
                                QStringLiteral("yahoo.com") }
                      .at(below(3));
            for (int n = 2; m_mails.contains(mail); ++n)
                mail = given + QString::number(below(100)) + u'.' + QString::number(n)
                    + mail.mid(mail.indexOf(u'@'));
            m_mails.insert(mail);
            p.personalMail = mail;
        }
        if (p.firm >= 0 && chance(0.6)) {
            QString mail = given.left(1) + family + u'@'
                + spellings(kFirms[p.firm].latin).first().toLower().remove(u' ') + QStringLiteral(".com");
            for (int n = 2; m_mails.contains(mail); ++n)
                mail = given.left(1) + family + QString::number(n) + mail.mid(mail.indexOf(u'@'));
            m_mails.insert(mail);
            p.workMail = mail;
        }
        return p;
    }

    QString misspell(const QString &text)
    {
        if (text.size() < 4)
            return text;
        QString out = text;
        const qsizetype at = 1 + below(int(text.size() - 2));
        if (out.at(at).unicode() >= 0x0600) {
            static const QString from = QStringLiteral(u"حخهةيىسصتط");
            static const QString to = QStringLiteral(u"خحةهىيصسطت");
            const qsizetype k = from.indexOf(out.at(at));
            if (k >= 0)
                out[at] = to.at(k);
            else
                out.remove(at, 1);
            return out;
        }
        static const QString keys = QStringLiteral("qwertyuiopasdfghjklzxcvbnm");
        const qsizetype k = keys.indexOf(out.at(at).toLower());
        if (k > 0 && k + 1 < keys.size() && chance(0.5))
            out[at] = keys.at(chance(0.5) ? k - 1 : k + 1); // a neighbouring key
        else
            out.insert(at, out.at(at)); // a doubled letter
        return out;
    }

    QString nameOf(const Person &p, int copy)
    {
        const Name &given = kGiven[p.given];
        const Name &family = kFamily[p.family];
        const bool canArabic = given.arabic[0] != 0 && family.arabic[0] != 0;
        const bool arabic = canArabic && chance(0.5);
        QString g;
        QString f;
        QString father;
        if (arabic) {
            g = QString::fromUtf16(given.arabic);
            f = QString::fromUtf16(family.arabic);
            father = QString::fromUtf16(kGiven[p.father].arabic);
        } else {
            const QStringList gs = spellings(given.latin);
            const QStringList fs = spellings(family.latin);
            g = copy == 0 ? gs.first() : gs.at(below(int(gs.size())));
            f = copy == 0 ? fs.first() : fs.at(below(int(fs.size())));
            father = spellings(kGiven[p.father].latin).first();
        }
        if (copy > 0 && chance(0.3)) {
            if (chance(0.5))
                g = misspell(g);
            else
                f = misspell(f);
        }
        QString name = g;
        if (given.arabic[0] != 0 && chance(0.25))
            name += u' ' + father;
        if (chance(0.05))
            return f + QStringLiteral(", ") + name; // "Family, Given"
        name += u' ' + f;
        if (chance(0.12)) {
            static const char16_t *ar[] = { u"م. ", u"د. ", u"أ. ", u"المهندس " };
            static const char16_t *en[] = { u"Eng. ", u"Dr. ", u"Mr. ", u"Eng " };
            name = QString::fromUtf16(arabic ? ar[below(4)] : en[below(4)]) + name;
        }
        if (!arabic && chance(0.15))
            name = name.toUpper();
        return name;
    }

    QString phoneOf(const Person &p, int copy)
    {
        QString number = p.mobile;
        QString country = QStringLiteral("966");
        if (!p.uae.isEmpty() && chance(copy == 0 ? 0.2 : 0.4)) {
            number = p.uae;
            country = QStringLiteral("971");
        } else if (!p.landline.isEmpty() && chance(0.25)) {
            number = p.landline;
        }
        if (chance(copy == 0 ? 0.05 : 0.2))
            return {};
        if (country != u"966") { // a foreign number is written with its country code
            return chance(0.5) ? QString(u'+' + country + u' ' + number.left(2) + u' ' + number.mid(2))
                               : QString(QStringLiteral("00") + country + number);
        }
        switch (below(5)) {
        case 0:
            return u'0' + number.left(2) + u'-' + number.mid(2, 3) + u'-' + number.mid(5);
        case 1:
            return u'+' + country + u" (" + number.left(2) + u") " + number.mid(2);
        case 2:
            return QStringLiteral("00") + country + u'-' + number;
        case 3:
            return u'0' + number;
        default:
            return u'+' + country + number;
        }
    }

    QStringList write(const Person &p, int copy)
    {
        QString mail;
        const double m = m_random.generateDouble();
        if (!p.workMail.isEmpty() && m < 0.45)
            mail = p.workMail;
        else if (!p.personalMail.isEmpty() && m < 0.85)
            mail = p.personalMail;
        if (!mail.isEmpty() && chance(0.2))
            mail = mail.toUpper();
        QString firm;
        if (p.firm >= 0 && chance(0.75)) {
            const QStringList latin = spellings(kFirms[p.firm].latin);
            firm = chance(0.5) ? QString::fromUtf16(kFirms[p.firm].arabic)
                               : latin.at(below(int(latin.size())));
        }
        QString city;
        if (p.city >= 0 && chance(0.7)) {
            const QStringList forms = spellings(kCities[p.city]);
            city = forms.at(below(int(forms.size())));
        }
        return { nameOf(p, copy), phoneOf(p, copy), mail, firm, city };
    }

    QRandomGenerator64 m_random;
    QSet<QString> m_mails;
};

} // namespace

GeneratedContacts GulfDirectoryGenerator::generate(int records, quint64 seed)
{
    return Directory(seed).run(records);
}

} // namespace OmniCrm::Test
