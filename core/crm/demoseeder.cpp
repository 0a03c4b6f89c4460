#include "demoseeder.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace OmniCrm {

namespace {

constexpr int kChunk = 5000;

const std::array<const char16_t *, 30> kArabicMale {
    u"محمد", u"أحمد", u"عبدالله", u"خالد",  u"فهد",     u"سعود", u"فيصل", u"عبدالعزيز", u"سلطان", u"تركي",
    u"ناصر", u"سعد",  u"عمر",     u"يوسف",  u"إبراهيم", u"ماجد", u"بندر", u"نايف",      u"مشعل",  u"راشد",
    u"حمد",  u"علي",  u"حسن",     u"منصور", u"وليد",    u"طلال", u"زياد", u"هشام",      u"عادل",  u"مصطفى"
};
const std::array<const char16_t *, 20> kArabicFemale { u"نورة",  u"سارة",  u"فاطمة", u"مريم",  u"العنود",
                                                       u"هيفاء", u"ريم",   u"لطيفة", u"منيرة", u"أمل",
                                                       u"هند",   u"جواهر", u"دانة",  u"شهد",   u"لمى",
                                                       u"رهف",   u"عبير",  u"وعد",   u"غادة",  u"أسماء" };
const std::array<const char16_t *, 30> kArabicFamily {
    u"العتيبي", u"القحطاني", u"الغامدي", u"الزهراني", u"الشمري",  u"الدوسري", u"الحربي", u"المطيري",
    u"العنزي",  u"السبيعي",  u"الشهري",  u"المالكي",  u"الأحمدي", u"آل سعود", u"الرشيد", u"البلوي",
    u"السديري", u"الجهني",   u"العمري",  u"الفيفي",   u"الخالدي", u"النعيمي", u"الكعبي", u"المري",
    u"الهاجري", u"العجمي",   u"الكندري", u"البلوشي",  u"الحارثي", u"اليامي"
};
const std::array<const char16_t *, 20> kLatinFirst {
    u"Mohammed", u"Ahmed",  u"Abdullah", u"Khalid", u"Fahad",  u"Saud",   u"Faisal",
    u"Omar",     u"Yousef", u"Noura",    u"Sara",   u"Fatima", u"Maryam", u"Reem",
    u"John",     u"Priya",  u"Rahul",    u"Maria",  u"Ali",    u"Hassan"
};
const std::array<const char16_t *, 16> kLatinFamily {
    u"Al-Otaibi",  u"Al-Qahtani", u"Al-Ghamdi", u"Al-Harbi", u"Al-Mutairi", u"Al-Shammari",
    u"Al Saud",    u"Al-Dosari",  u"Smith",     u"Sharma",   u"Khan",       u"Fernandes",
    u"Al-Zahrani", u"Al-Kaabi",   u"Al-Marri",  u"Nair"
};
const std::array<const char16_t *, 20> kCompanyStems {
    u"الأفق",   u"النخبة", u"الرواد",    u"المستقبل",    u"الخليج",  u"الجزيرة",  u"الصفوة",
    u"الوطنية", u"البيان", u"الإتقان",   u"الريادة",     u"المدار",  u"السلام",   u"الواحة",
    u"النماء",  u"الراية", u"Gulf Star", u"Desert Rose", u"Red Sea", u"Najd Tech"
};
const std::array<const char16_t *, 10> kCompanyKinds {
    u"شركة %1 للتجارة", u"مؤسسة %1 التجارية", u"%1 للمقاولات",   u"مجموعة %1", u"%1 للتقنية",
    u"%1 Trading Co.",  u"%1 Group",          u"%1 Contracting", u"مصنع %1",   u"%1 للخدمات اللوجستية"
};
const std::array<const char16_t *, 10> kIndustries { u"تجزئة",      u"مقاولات",      u"تقنية", u"أغذية",
                                                     u"رعاية صحية", u"لوجستيات",     u"عقار",  u"تعليم",
                                                     u"Retail",     u"Manufacturing" };
const std::array<const char16_t *, 12> kCities { u"الرياض",          u"جدة",    u"الدمام", u"مكة المكرمة",
                                                 u"المدينة المنورة", u"الخبر",  u"أبها",   u"Riyadh",
                                                 u"Dubai",           u"الكويت", u"الدوحة", u"مسقط" };
const std::array<const char16_t *, 8> kSources { u"واتساب",    u"الموقع",     u"معرض",  u"إحالة",
                                                 u"Instagram", u"Google Ads", u"اتصال", u"LinkedIn" };
const std::array<const char16_t *, 8> kDealThings { u"توريد أجهزة",    u"عقد صيانة",   u"طلب تسعير",
                                                    u"Bulk order",     u"اشتراك سنوي", u"تجهيز مكاتب",
                                                    u"Fleet tracking", u"توريد أثاث" };
const std::array<const char16_t *, 8> kActivitySubjects { u"اتصال متابعة",         u"إرسال عرض السعر",
                                                          u"اجتماع في مقر العميل", u"Follow-up call",
                                                          u"تذكير بالدفعة",        u"رسالة واتساب بالكتالوج",
                                                          u"Demo meeting",         u"مراجعة العقد" };

struct DemoProduct
{
    const char16_t *sku;
    const char16_t *ar;
    const char16_t *en;
    const char16_t *category;
    qint64 price;
    qint64 cost;
};
const std::array<DemoProduct, 12> kProducts { {
    { u"LP-200", u"طابعة ليزر", u"Laser printer", u"أجهزة", 185000, 140000 },
    { u"PA4-5", u"ورق A4 (كرتون)", u"A4 paper (carton)", u"قرطاسية", 9500, 7000 },
    { u"TN-12", u"حبر طابعة", u"Toner cartridge", u"مستهلكات", 32000, 21000 },
    { u"CH-OFF", u"كرسي مكتب", u"Office chair", u"أثاث", 89000, 52000 },
    { u"DSK-160", u"مكتب 160 سم", u"Desk 160 cm", u"أثاث", 145000, 90000 },
    { u"LT-14", u"حاسب محمول 14 بوصة", u"Laptop 14\"", u"أجهزة", 420000, 350000 },
    { u"MN-27", u"شاشة 27 بوصة", u"Monitor 27\"", u"أجهزة", 115000, 85000 },
    { u"RT-AX", u"راوتر لاسلكي", u"Wi-Fi router", u"شبكات", 48000, 30000 },
    { u"CAM-4K", u"كاميرا مراقبة", u"Security camera", u"أمن", 65000, 41000 },
    { u"GPS-T1", u"جهاز تتبع مركبات", u"Vehicle GPS tracker", u"تتبع", 39000, 22000 },
    { u"SUB-CRM", u"اشتراك سنوي", u"Annual subscription", u"خدمات", 600000, 150000 },
    { u"INST", u"تركيب وتشغيل", u"Installation", u"خدمات", 50000, 20000 },
} };

template <typename Array> QString pick(QRandomGenerator &rng, const Array &values)
{
    return QString::fromUtf16(values[rng.bounded(int(values.size()))]);
}

QString digits(QRandomGenerator &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + rng.bounded(10));
    return out;
}

QString arabicIndic(const QString &ascii)
{
    QString out = ascii;
    for (QChar &c : out) {
        if (c.isDigit())
            c = QChar(0x0660 + c.digitValue());
    }
    return out;
}

// Saudi and Gulf numbers in the shapes people type them (may be invalid; see validPhone).
QString candidatePhone(QRandomGenerator &rng)
{
    static const std::array<const char16_t *, 7> saPrefixes {
        u"50", u"53", u"54", u"55", u"56", u"58", u"59"
    };
    const int country = rng.bounded(100);
    if (country < 80) {
        const QString national = pick(rng, saPrefixes) + digits(rng, 7);
        switch (rng.bounded(6)) {
        case 0:
            return u'0' + national;
        case 1:
            return QStringLiteral("+966 %1 %2 %3").arg(national.left(2), national.mid(2, 3), national.mid(5));
        case 2:
            return QStringLiteral("966") + national;
        case 3:
            return arabicIndic(u'0' + national);
        case 4:
            return QStringLiteral("0%1-%2-%3").arg(national.left(2), national.mid(2, 3), national.mid(5));
        default:
            return QStringLiteral("00966") + national;
        }
    }
    if (country < 88)
        return QStringLiteral("+971 5%1 %2 %3")
            .arg(QString::number(rng.bounded(2) ? 0 : 5), digits(rng, 3), digits(rng, 4));
    if (country < 93)
        return QStringLiteral("+965 5%1%2").arg(QString::number(rng.bounded(2) ? 0 : 5), digits(rng, 6));
    if (country < 96)
        return QStringLiteral("+974 %1%2").arg(QString::number(rng.bounded(2) ? 5 : 3), digits(rng, 7));
    if (country < 98)
        return QStringLiteral("+973 3%1%2").arg(QString::number(rng.bounded(2) ? 3 : 6), digits(rng, 6));
    return QStringLiteral("+968 9%1%2").arg(QString::number(rng.bounded(2) ? 2 : 9), digits(rng, 6));
}

// libphonenumber's plans are stricter than any short list of prefixes: draw until one is valid.
QString demoPhone(QRandomGenerator &rng, const PhoneNormalizer &phones)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString phone = candidatePhone(rng);
        if (phones.normalize(phone))
            return phone;
    }
    return QStringLiteral("0555") + digits(rng, 6);
}

QString latinMailbox(const QString &first, const QString &last, int n)
{
    QString box = (first + u'.' + last).toLower();
    box.remove(u' ');
    box.remove(u'-');
    return box + QString::number(n);
}

} // namespace

DemoSeeder::DemoSeeder(CrmStore &store)
    : m_store(store)
{
}

Result<SeedSummary> DemoSeeder::seed(const SeedOptions &options)
{
    QRandomGenerator rng(options.seed);
    SeedSummary summary;
    const qint64 planned = qint64(options.companies) + options.contacts + options.deals + options.leads
        + options.products + options.activities;
    qint64 written = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;

    // Runs `count` steps in units of kChunk, each unit one transaction.
    const auto inChunks = [&](int count, const std::function<Status(int, UnitOfWork &)> &step) -> Status {
        for (int start = 0; start < count; start += kChunk) {
            UnitOfWork work(m_store.changeLog());
            OMNICRM_TRY(work.began());
            const int end = std::min(count, start + kChunk);
            for (int i = start; i < end; ++i)
                OMNICRM_TRY(step(i, work));
            OMNICRM_TRY(work.commit());
            written += end - start;
            if (options.progress)
                options.progress(written, planned);
        }
        return {};
    };

    for (const DemoProduct &p : kProducts) {
        if (summary.products >= options.products)
            break;
        auto id = m_store.products().create(
            ProductDraft { QString::fromUtf16(p.sku), QString::fromUtf16(p.ar), QString::fromUtf16(p.en),
                           QString::fromUtf16(p.category), p.price, p.cost, QStringLiteral("SAR") });
        if (!id && id.error().code != ErrorCode::Duplicate)
            return id.error();
        ++summary.products;
    }

    QStringList companyIds;
    OMNICRM_TRY(inChunks(options.companies, [&](int i, UnitOfWork &work) -> Status {
        CompanyDraft draft;
        draft.name = QString::fromUtf16(kCompanyKinds[rng.bounded(int(kCompanyKinds.size()))])
                         .arg(pick(rng, kCompanyStems));
        if (i >= int(kCompanyStems.size() * kCompanyKinds.size()))
            draft.name += QStringLiteral(" %1").arg(i); // folded names stay unique past the combinations
        draft.industry = pick(rng, kIndustries);
        draft.city = pick(rng, kCities);
        draft.phone = demoPhone(rng, m_store.phones());
        draft.website = QStringLiteral("https://example-%1.sa").arg(i);
        auto company = m_store.companies().validate(draft);
        if (!company)
            return company.error();
        auto duplicate = m_store.companies().duplicateOf(*company);
        if (!duplicate)
            return duplicate.error();
        if (!duplicate->isEmpty()) {
            companyIds.append(*duplicate);
            return {};
        }
        auto rowId = m_store.companies().insert(*company, {}, work);
        if (!rowId)
            return rowId.error();
        companyIds.append(company->meta.id);
        ++summary.companies;
        return {};
    }));

    QStringList contactIds;
    contactIds.reserve(std::min(options.contacts, 100000));
    OMNICRM_TRY(inChunks(options.contacts, [&](int i, UnitOfWork &work) -> Status {
        ContactDraft draft;
        const bool arabic = rng.bounded(100) < 70;
        QString first;
        QString last;
        if (arabic) {
            first = rng.bounded(100) < 65 ? pick(rng, kArabicMale) : pick(rng, kArabicFemale);
            last = pick(rng, kArabicFamily);
        } else {
            first = pick(rng, kLatinFirst);
            last = pick(rng, kLatinFamily);
        }
        draft.fullName = first + u' ' + last;
        draft.firstName = first;
        draft.lastName = last;
        draft.phones.append(PhoneDraft { demoPhone(rng, m_store.phones()), QStringLiteral("mobile") });
        if (rng.bounded(100) < 15)
            draft.phones.append(PhoneDraft { demoPhone(rng, m_store.phones()), QStringLiteral("work") });
        if (rng.bounded(100) < 60) {
            const QString box = arabic ? QStringLiteral("client%1").arg(i) : latinMailbox(first, last, i);
            draft.emails.append(
                box + (rng.bounded(2) ? QStringLiteral("@example.sa") : QStringLiteral("@example.com")));
        }
        draft.city = pick(rng, kCities);
        draft.source = pick(rng, kSources);
        auto contact = m_store.contacts().validate(draft);
        if (!contact)
            return contact.error();
        if (!companyIds.isEmpty() && rng.bounded(100) < 80)
            contact->companyId = companyIds.at(rng.bounded(int(companyIds.size())));
        auto rowId = m_store.contacts().insert(*contact, {}, {}, work);
        if (!rowId)
            return rowId.error();
        if (contactIds.size() < 100000)
            contactIds.append(contact->meta.id);
        ++summary.contacts;
        return {};
    }));

    auto pipeline = m_store.pipelines().defaultPipeline();
    if (!pipeline)
        return pipeline.error();
    QStringList dealIds;
    OMNICRM_TRY(inChunks(options.deals, [&](int, UnitOfWork &work) -> Status {
        // More deals early in the funnel than late, as in life.
        static const std::array<int, 6> weights { 30, 22, 18, 12, 10, 8 };
        int roll = rng.bounded(100);
        int stageIndex = 0;
        while (stageIndex < 5 && roll >= weights[stageIndex]) {
            roll -= weights[stageIndex];
            ++stageIndex;
        }
        const Stage &stage = pipeline->stages.at(std::min(stageIndex, int(pipeline->stages.size()) - 1));
        DealDraft draft;
        draft.title
            = pick(rng, kDealThings) + QStringLiteral(" - ") + QString::number(rng.bounded(1000, 9999));
        draft.stageId = stage.meta.id;
        draft.amountMinor = qint64(rng.bounded(5, 500)) * 100000;
        if (!contactIds.isEmpty())
            draft.contactId = contactIds.at(rng.bounded(int(contactIds.size())));
        if (!companyIds.isEmpty())
            draft.companyId = companyIds.at(rng.bounded(int(companyIds.size())));
        draft.expectedClose = QDateTime::fromMSecsSinceEpoch(now + rng.bounded(90) * day, Qt::UTC)
                                  .date()
                                  .toString(Qt::ISODate);
        auto deal = m_store.deals().validate(draft);
        if (!deal)
            return deal.error();
        deal->stageChangedAt = now - rng.bounded(60) * day;
        if (stage.type == StageType::Lost)
            deal->lostReason = rng.bounded(2) ? QStringLiteral("السعر أعلى من المنافس")
                                              : QStringLiteral("Budget postponed");
        auto rowId = m_store.deals().insert(*deal, work);
        if (!rowId)
            return rowId.error();
        dealIds.append(deal->meta.id);
        ++summary.deals;
        return {};
    }));

    for (int i = 0; i < options.leads; ++i) {
        LeadDraft draft;
        draft.personName = pick(rng, kArabicMale) + u' ' + pick(rng, kArabicFamily);
        draft.companyName
            = rng.bounded(2) ? QString::fromUtf16(kCompanyKinds[0]).arg(pick(rng, kCompanyStems)) : QString();
        draft.phone = demoPhone(rng, m_store.phones());
        draft.city = pick(rng, kCities);
        draft.source = pick(rng, kSources);
        draft.leadType = rng.bounded(2) ? QStringLiteral("quote_request") : QStringLiteral("bulk_order");
        draft.priority = rng.bounded(3) ? QStringLiteral("normal") : QStringLiteral("high");
        draft.valueMinor = qint64(rng.bounded(10, 300)) * 100000;
        auto id = m_store.leads().create(draft);
        if (!id)
            return id.error();
        ++summary.leads;
    }
    written += options.leads;

    OMNICRM_TRY(inChunks(options.activities, [&](int, UnitOfWork &work) -> Status {
        ActivityDraft draft;
        draft.kind = ActivityKind(rng.bounded(6));
        draft.subject = pick(rng, kActivitySubjects);
        const bool onDeal = !dealIds.isEmpty() && (contactIds.isEmpty() || rng.bounded(2));
        if (onDeal) {
            draft.targetType = QStringLiteral("deal");
            draft.targetId = dealIds.at(rng.bounded(int(dealIds.size())));
        } else if (!contactIds.isEmpty()) {
            draft.targetType = QStringLiteral("contact");
            draft.targetId = contactIds.at(rng.bounded(int(contactIds.size())));
        } else {
            return {};
        }
        if (draft.kind == ActivityKind::Task || draft.kind == ActivityKind::Call
            || draft.kind == ActivityKind::Meeting)
            draft.dueAt = now + (qint64(rng.bounded(20)) - 7) * day;
        auto id = m_store.activities().logIn(draft, work);
        if (!id)
            return id.error();
        ++summary.activities;
        return {};
    }));
    return summary;
}

} // namespace OmniCrm
