// Proves BrandTheme: the active brand's colour becomes the application palette and its name is
// announced for the window title; choosing another brand, editing the active one or removing it
// applies at once; without a brand the app keeps its own palette and the defaults are SAR,
// Arabic and the system zone; logos render from PNG and SVG bytes.
#include "brandtheme.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

BrandDraft brand(const QString &name, const QString &color)
{
    BrandDraft draft;
    draft.name = name;
    draft.primaryColor = color;
    return draft;
}

QByteArray pngOf(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class tst_BrandTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.close(); }
    void withoutBrandKeepsTheAppPalette();
    void activeBrandAppliesPaletteAndEmitsTitle();
    void followsEditsAndChoicesOfTheActiveBrand();
    void removingTheActiveBrandRestoresThePalette();
    void rendersPngAndSvgLogos();

private:
    Test::StoreFixture m_fixture;
    QPalette m_appPalette;
};

void tst_BrandTheme::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_appPalette = QApplication::palette();
}

void tst_BrandTheme::withoutBrandKeepsTheAppPalette()
{
    BrandTheme theme(m_fixture.store().brands());
    QSignalSpy named(&theme, &BrandTheme::brandNameChanged);
    OMNICRM_VERIFY_OK(theme.reload());
    QCOMPARE(named.count(), 1);
    QCOMPARE(named.at(0).at(0).toString(), QString());
    QVERIFY(!theme.hasBrand());
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), m_appPalette.color(QPalette::Highlight));
    QCOMPARE(theme.defaultCurrency(), u"SAR"_s);
    QCOMPARE(theme.defaultLanguage(), u"ar"_s);
    QCOMPARE(theme.timeZone(), QTimeZone::systemTimeZone());
    QVERIFY(theme.logo(QSize(64, 64)).isNull());
}

void tst_BrandTheme::activeBrandAppliesPaletteAndEmitsTitle()
{
    BrandDraft draft = brand(u"مؤسسة النخبة"_s, u"#006c35"_s);
    draft.currency = u"KWD"_s;
    draft.language = u"en"_s;
    draft.timeZone = u"Asia/Kuwait"_s;
    auto id = m_fixture.store().brands().create(draft); // the first brand becomes active
    QVERIFY2(id.ok(), why(id));

    BrandTheme theme(m_fixture.store().brands());
    QSignalSpy named(&theme, &BrandTheme::brandNameChanged);
    QSignalSpy zone(&theme, &BrandTheme::timeZoneChanged);
    OMNICRM_VERIFY_OK(theme.reload());
    QCOMPARE(named.count(), 1);
    QCOMPARE(named.at(0).at(0).toString(), u"مؤسسة النخبة"_s);
    QCOMPARE(zone.at(0).at(0).value<QTimeZone>(), QTimeZone("Asia/Kuwait"));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0x00, 0x6c, 0x35));
    QCOMPARE(QApplication::palette().color(QPalette::HighlightedText), QColor(Qt::white));
    QCOMPARE(theme.defaultCurrency(), u"KWD"_s);
    QCOMPARE(theme.defaultLanguage(), u"en"_s);

    // A live widget picks the palette up.
    QWidget widget;
    QCOMPARE(widget.palette().color(QPalette::Highlight), QColor(0x00, 0x6c, 0x35));
}

void tst_BrandTheme::followsEditsAndChoicesOfTheActiveBrand()
{
    BrandService &brands = m_fixture.store().brands();
    auto first = brands.create(brand(u"First"_s, u"#1b3a6b"_s));
    auto second = brands.create(brand(u"Second"_s, u"#f2c14e"_s));
    QVERIFY2(first.ok() && second.ok(), why(first));
    BrandTheme theme(brands);
    OMNICRM_VERIFY_OK(theme.reload());
    QSignalSpy named(&theme, &BrandTheme::brandNameChanged);

    OMNICRM_VERIFY_OK(brands.setActive(*second));
    QCOMPARE(named.count(), 1);
    QCOMPARE(named.last().at(0).toString(), u"Second"_s);
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0xf2, 0xc1, 0x4e));
    QCOMPARE(QApplication::palette().color(QPalette::HighlightedText), QColor(Qt::black));

    BrandDraft renamed = BrandDraft::from(*brands.find(*second));
    renamed.name = u"Second Trading"_s;
    renamed.primaryColor = u"#8a1538"_s;
    OMNICRM_VERIFY_OK(brands.update(*second, renamed));
    QCOMPARE(named.last().at(0).toString(), u"Second Trading"_s);
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0x8a, 0x15, 0x38));

    // Editing a brand that is not active changes nothing on screen.
    const int before = named.count();
    BrandDraft other = BrandDraft::from(*brands.find(*first));
    other.primaryColor = u"#000000"_s;
    OMNICRM_VERIFY_OK(brands.update(*first, other));
    QCOMPARE(named.count(), before);
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0x8a, 0x15, 0x38));
}

void tst_BrandTheme::removingTheActiveBrandRestoresThePalette()
{
    auto id = m_fixture.store().brands().create(brand(u"Only"_s, u"#8a1538"_s));
    QVERIFY2(id.ok(), why(id));
    {
        BrandTheme theme(m_fixture.store().brands());
        OMNICRM_VERIFY_OK(theme.reload());
        QSignalSpy named(&theme, &BrandTheme::brandNameChanged);
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0x8a, 0x15, 0x38));
        OMNICRM_VERIFY_OK(m_fixture.store().brands().remove(*id));
        QCOMPARE(named.count(), 1);
        QCOMPARE(named.at(0).at(0).toString(), QString());
        QVERIFY(!theme.hasBrand());
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), m_appPalette.color(QPalette::Highlight));
    }
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), m_appPalette.color(QPalette::Highlight));
}

void tst_BrandTheme::rendersPngAndSvgLogos()
{
    const QPixmap png = BrandTheme::renderLogo(pngOf(QSize(400, 100)), QSize(80, 80));
    QCOMPARE(png.size(), QSize(80, 20)); // fitted, aspect kept
    const QByteArray svg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">)"
                           R"(<rect width="20" height="10" fill="#006c35"/></svg>)";
    const QPixmap vector = BrandTheme::renderLogo(svg, QSize(80, 80), 2.0);
    QCOMPARE(vector.size(), QSize(160, 80)); // device pixels at 2x
    QCOMPARE(vector.deviceIndependentSize(), QSizeF(80, 40));
    QCOMPARE(vector.toImage().pixelColor(80, 40), QColor(0x00, 0x6c, 0x35));
    QVERIFY(BrandTheme::renderLogo("not an image", QSize(80, 80)).isNull());

    BrandDraft draft = brand(u"With logo"_s, u"#123456"_s);
    draft.logo = svg;
    QVERIFY(m_fixture.store().brands().create(draft).ok());
    BrandTheme theme(m_fixture.store().brands());
    OMNICRM_VERIFY_OK(theme.reload());
    QCOMPARE(theme.logo(QSize(40, 40)).size(), QSize(40, 20));
}

QTEST_MAIN(tst_BrandTheme)
#include "tst_brandtheme.moc"
