#include "benchdata.h"

#include <QFile>
#include <QRandomGenerator>

#include <array>

namespace OmniCrm::Bench {

namespace {
const std::array<const char16_t *, 12> kFirst {
    u"محمد", u"أحمد",     u"عبدالله", u"خالد", u"نورة",  u"سارة",
    u"فهد",  u"Mohammed", u"Sara",    u"Omar", u"فاطمة", u"سلطان"
};
const std::array<const char16_t *, 12> kLast { u"العتيبي",  u"القحطاني", u"الغامدي", u"الحربي",
                                               u"Al-Harbi", u"الدوسري",  u"Khan",    u"الشمري",
                                               u"المطيري",  u"الزهراني", u"Al Saud", u"العنزي" };
const std::array<const char16_t *, 6> kCompanies { u"شركة الأفق",    u"مؤسسة النخبة", u"Gulf Star",
                                                   u"مجموعة الرواد", u"Najd Tech",    u"" };
const std::array<const char16_t *, 5> kCities { u"الرياض", u"جدة", u"الدمام", u"Dubai", u"الخبر" };
} // namespace

bool writeContactCsv(const QString &path, int rows, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng(seed);
    QByteArray out = QStringLiteral("الاسم,الجوال,البريد الإلكتروني,الشركة,المدينة\n").toUtf8();
    for (int i = 0; i < rows; ++i) {
        const QString name = QString::fromUtf16(kFirst[rng.bounded(int(kFirst.size()))]) + u' '
            + QString::fromUtf16(kLast[rng.bounded(int(kLast.size()))]);
        // Unique numbers: the row index fills the subscriber digits, the format varies.
        const QString national
            = QStringLiteral("5%1%2").arg(rng.bounded(5, 10)).arg(i, 7, 10, QLatin1Char('0'));
        QString phone;
        switch (i % 4) {
        case 0:
            phone = u'0' + national;
            break;
        case 1:
            phone = QStringLiteral("+966 ") + national.left(2) + u' ' + national.mid(2, 3) + u' '
                + national.mid(5);
            break;
        case 2:
            phone = QStringLiteral("966") + national;
            break;
        default:
            phone = u'0' + national;
            for (QChar &c : phone)
                c = QChar(0x0660 + c.digitValue());
        }
        const QString email = i % 3 == 0 ? QStringLiteral("user%1@example.sa").arg(i) : QString();
        out += (name + u',' + phone + u',' + email + u','
                + QString::fromUtf16(kCompanies[rng.bounded(int(kCompanies.size()))]) + u','
                + QString::fromUtf16(kCities[rng.bounded(int(kCities.size()))]) + u'\n')
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return file.write(out) == out.size();
}

} // namespace OmniCrm::Bench
