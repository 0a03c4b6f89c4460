// Proves BrandPalette: whatever colour a brand picks, selected text and links stay readable
// (WCAG AA 4.5:1) on light and dark pages, and the colour itself still marks the selection.
#include "brandpalette.h"

#include <QTest>

using namespace OmniCrm;

class tst_BrandPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastMatchesWcag();
    void selectionUsesTheColourWithReadableText_data();
    void selectionUsesTheColourWithReadableText();
    void linksStayReadableOnDarkPages();
};

void tst_BrandPalette::contrastMatchesWcag()
{
    QCOMPARE(qRound(BrandPalette::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(BrandPalette::contrast(Qt::white, Qt::white), 1.0);
    // #767676 is the lightest grey that passes AA on white (4.54:1).
    QVERIFY(BrandPalette::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(BrandPalette::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void tst_BrandPalette::selectionUsesTheColourWithReadableText_data()
{
    QTest::addColumn<QColor>("primary");
    QTest::addColumn<QColor>("text");
    QTest::newRow("navy") << QColor(0x1b, 0x3a, 0x6b) << QColor(Qt::white);
    QTest::newRow("saudi-green") << QColor(0x00, 0x6c, 0x35) << QColor(Qt::white);
    QTest::newRow("gold") << QColor(0xf2, 0xc1, 0x4e) << QColor(Qt::black);
    QTest::newRow("pale-mint") << QColor(0xc8, 0xf7, 0xdc) << QColor(Qt::black);
    QTest::newRow("mid-grey") << QColor(0x80, 0x80, 0x80) << QColor(Qt::black);
}

void tst_BrandPalette::selectionUsesTheColourWithReadableText()
{
    QFETCH(QColor, primary);
    QFETCH(QColor, text);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::ButtonText, Qt::black);
    const QPalette palette = BrandPalette::derive(primary, light);
    QCOMPARE(palette.color(QPalette::Active, QPalette::Highlight), primary);
    QCOMPARE(palette.color(QPalette::Active, QPalette::HighlightedText), text);
    QVERIFY(
        BrandPalette::contrast(palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText))
        >= 4.5);
    const double link = BrandPalette::contrast(palette.color(QPalette::Link), Qt::white);
    QVERIFY2(link >= 4.5, qPrintable(QString::number(link)));
    QVERIFY(BrandPalette::contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button))
            >= 4.5);
    QVERIFY(palette.color(QPalette::Button) != light.color(QPalette::Button)); // tinted by the brand
}

void tst_BrandPalette::linksStayReadableOnDarkPages()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    const QPalette palette = BrandPalette::derive(QColor(0x1b, 0x3a, 0x6b), dark);
    const QColor link = palette.color(QPalette::Link);
    QVERIFY2(BrandPalette::contrast(link, dark.color(QPalette::Base)) >= 4.5, qPrintable(link.name()));
    QVERIFY(link.lightness() > QColor(0x1b, 0x3a, 0x6b).lightness()); // lightened, not swapped
}

QTEST_MAIN(tst_BrandPalette)
#include "tst_brandpalette.moc"
