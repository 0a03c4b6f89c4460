// Proves SettingsPage: choosing English in the page stores it, the Localizer following the store
// flips the live window to left-to-right and retranslates the page while it stays open on the same
// tab with unsaved edits intact, and a fresh start on the same store reads English back; brand
// fields are checked as the user types with the error under the field in the user's language;
// a valid brand is saved and becomes active; removing asks first; a large logo is scaled down.
#include "brandtheme.h"
#include "localizer.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCompleter>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_SettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void changesLanguageLiveInPlaceAndPersistsIt();
    void validatesBrandAsTheUserTypes();
    void savedBrandBecomesActiveAndAppliesItsColour();
    void removingABrandAsksFirst();
    void scalesALargeLogoAndRefusesNonImages();

private:
    template <typename T> T *child(const char *name)
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    void select(const QString &brandName);

    Test::UiStoreFixture m_fixture;
    std::unique_ptr<Localizer> m_localizer;
    std::unique_ptr<MainWindow> m_window;
    SettingsPage *m_page = nullptr;
};

void tst_SettingsPage::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_localizer = std::make_unique<Localizer>();
    OMNICRM_VERIFY_OK(m_localizer->follow(m_fixture.store().preferences()));
    m_window = std::make_unique<MainWindow>(m_fixture.reader());
    m_page = new SettingsPage(m_fixture.store().preferences(), m_fixture.store().brands(),
                              m_localizer->format());
    m_window->addPage(m_page);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SettingsPage::cleanup()
{
    m_window.reset();
    m_localizer.reset();
    m_fixture.reset();
}

void tst_SettingsPage::select(const QString &brandName)
{
    auto *list = child<QListWidget>("brandList");
    const auto items = list->findItems(brandName, Qt::MatchContains);
    QVERIFY(!items.isEmpty());
    list->setCurrentItem(items.first());
}

void tst_SettingsPage::changesLanguageLiveInPlaceAndPersistsIt()
{
    auto *tabs = child<QTabWidget>("settingsTabs");
    auto *name = child<QLineEdit>("brandName");
    QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(tabs->tabText(0), u"عام"_s);
    QCOMPARE(m_page->title(), u"الإعدادات"_s);

    // An unsaved edit on the Brands tab, then back to General to switch the language.
    tabs->setCurrentIndex(1);
    name->setText(u"Draft brand"_s);
    tabs->setCurrentIndex(0);
    auto *language = child<QComboBox>("language");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // العربية → English
    QCOMPARE(language->currentData().toString(), u"en"_s);

    // Stored, applied, and the very same page retranslated in place.
    QCOMPARE(m_fixture.store().preferences().load()->language, u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_COMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    QTRY_COMPARE(m_page->layoutDirection(), Qt::LeftToRight);
    QTRY_COMPARE(tabs->tabText(0), u"General"_s);
    QCOMPARE(tabs->tabText(1), u"Brands"_s);
    QCOMPARE(m_page->title(), u"Settings"_s);
    QCOMPARE(m_window->currentPage(), m_page);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(language->currentIndex(), 1);
    QCOMPARE(name->text(), u"Draft brand"_s);

    // A fresh start on the same store (another connection, a new Localizer) reads English back.
    auto sibling = m_fixture.store().openSibling();
    QVERIFY2(sibling.ok(), why(sibling));
    m_localizer.reset();
    Localizer restarted;
    QCOMPARE(restarted.language(), u"ar"_s);
    OMNICRM_VERIFY_OK(restarted.follow((*sibling)->preferences()));
    QCOMPARE(restarted.language(), u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void tst_SettingsPage::validatesBrandAsTheUserTypes()
{
    child<QTabWidget>("settingsTabs")->setCurrentIndex(1);
    auto *name = child<QLineEdit>("brandName");
    auto *color = child<QLineEdit>("brandColor");
    auto *zone = child<QComboBox>("brandTimeZone");
    auto *save = child<QPushButton>("saveBrand");
    auto *colorError = child<QLabel>("colorError");
    auto *zoneError = child<QLabel>("timeZoneError");
    auto *nameError = child<QLabel>("brandNameError");
    QVERIFY(m_page->editedBrandId().isEmpty()); // no brands yet: the form is a new one
    QVERIFY(!save->isEnabled());
    QVERIFY(nameError->isHidden()); // an untouched empty name is not an error yet

    Test::typeText(name, u"مؤسسة النخبة"_s);
    QVERIFY(save->isEnabled());

    color->selectAll();
    Test::typeText(color, u"#12"_s);
    QVERIFY(colorError->isVisibleTo(m_page));
    QVERIFY2(colorError->text().contains(u"#1B6EC2"_s) && colorError->text().contains(u"أدخل اللون"_s),
             qPrintable(colorError->text()));
    QVERIFY(!save->isEnabled());
    Test::typeText(color, u"3"_s); // "#123" is a colour
    QVERIFY(colorError->isHidden());
    QVERIFY(save->isEnabled());

    zone->lineEdit()->selectAll();
    Test::typeText(zone->lineEdit(), u"Asia/Jedda"_s);
    QVERIFY(zoneError->isVisibleTo(m_page));
    QVERIFY2(zoneError->text().contains(u"منطقة زمنية"_s), qPrintable(zoneError->text()));
    QVERIFY(!save->isEnabled());
    zone->setCurrentText(u"Asia/Riyadh"_s);
    QVERIFY(zoneError->isHidden());
    // The zone list is searched by any part of the name, in any case.
    zone->completer()->setCompletionPrefix(u"kuwait"_s);
    QCOMPARE(zone->completer()->currentCompletion(), u"Asia/Kuwait"_s);

    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace); // emptied by the user: now it is an error
    QVERIFY(nameError->isVisibleTo(m_page));
    QCOMPARE(nameError->text(), u"أدخل اسمًا للعلامة التجارية."_s);
    QVERIFY(!save->isEnabled());

    // The errors follow the language.
    OMNICRM_VERIFY_OK(m_fixture.store().preferences().setLanguage(u"en"_s));
    QTRY_COMPARE(nameError->text(), u"Give the brand a name."_s);
    QCOMPARE(m_fixture.store().brands().all()->size(), 0); // nothing was stored on the way
}

void tst_SettingsPage::savedBrandBecomesActiveAndAppliesItsColour()
{
    BrandTheme theme(m_fixture.store().brands());
    OMNICRM_VERIFY_OK(theme.reload());
    QSignalSpy title(&theme, &BrandTheme::brandNameChanged);
    child<QTabWidget>("settingsTabs")->setCurrentIndex(1);
    Test::typeText(child<QLineEdit>("brandName"), u"Elite Trading"_s);
    auto *color = child<QLineEdit>("brandColor");
    color->setText(u"#8A1538"_s);
    auto *currency = child<QComboBox>("brandCurrency");
    currency->setCurrentIndex(currency->findData(u"KWD"_s));
    QTest::mouseClick(child<QPushButton>("saveBrand"), Qt::LeftButton);

    auto brands = m_fixture.store().brands().all();
    QVERIFY2(brands.ok(), why(brands));
    QCOMPARE(brands->size(), 1);
    QCOMPARE(brands->first().name, u"Elite Trading"_s);
    QCOMPARE(brands->first().currency, u"KWD"_s);
    QCOMPARE(brands->first().primaryColor, u"#8a1538"_s);
    QCOMPARE(m_page->editedBrandId(), brands->first().meta.id);
    QCOMPARE(*m_fixture.store().brands().activeId(), brands->first().meta.id);
    QCOMPARE(title.last().at(0).toString(), u"Elite Trading"_s);
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0x8a, 0x15, 0x38));
    auto *list = child<QListWidget>("brandList");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"Elite Trading"_s));
    QVERIFY(list->item(0)->font().bold()); // the active one
    QVERIFY(!child<QPushButton>("saveBrand")->isEnabled()); // saved: nothing left to save

    // A second brand, then "Use this brand".
    QTest::mouseClick(child<QPushButton>("addBrand"), Qt::LeftButton);
    Test::typeText(child<QLineEdit>("brandName"), u"Second"_s);
    QTest::mouseClick(child<QPushButton>("saveBrand"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QVERIFY(child<QPushButton>("makeActive")->isEnabled());
    QTest::mouseClick(child<QPushButton>("makeActive"), Qt::LeftButton);
    QCOMPARE(*m_fixture.store().brands().activeId(), m_page->editedBrandId());
    QCOMPARE(title.last().at(0).toString(), u"Second"_s);
    QVERIFY(!child<QPushButton>("makeActive")->isEnabled());

    // A duplicate name is refused under the name field.
    QTest::mouseClick(child<QPushButton>("addBrand"), Qt::LeftButton);
    Test::typeText(child<QLineEdit>("brandName"), u"elite trading"_s);
    QTest::mouseClick(child<QPushButton>("saveBrand"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("brandNameError")->text(), u"توجد علامة تجارية أخرى بالاسم نفسه."_s);
    QCOMPARE(m_fixture.store().brands().all()->size(), 2);
}

void tst_SettingsPage::removingABrandAsksFirst()
{
    BrandDraft draft;
    draft.name = u"To remove"_s;
    auto id = m_fixture.store().brands().create(draft);
    QVERIFY2(id.ok(), why(id));
    child<QTabWidget>("settingsTabs")->setCurrentIndex(1);
    select(u"To remove"_s);
    QCOMPARE(m_page->editedBrandId(), *id);

    QTest::mouseClick(child<QPushButton>("removeBrand"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(u"confirmRemoveBrand"_s)) && box->isVisible());
    QVERIFY(box->text().contains(u"To remove"_s));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"confirmRemoveBrand"_s));
    QCOMPARE(m_fixture.store().brands().all()->size(), 1);

    QTest::mouseClick(child<QPushButton>("removeBrand"), Qt::LeftButton);
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(u"confirmRemoveBrand"_s)) && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(m_fixture.store().brands().all()->size(), 0);
    QCOMPARE(child<QListWidget>("brandList")->count(), 0);
    QVERIFY(m_page->editedBrandId().isEmpty()); // back to a new, empty form
    QCOMPARE(*m_fixture.store().brands().activeId(), QString());
}

void tst_SettingsPage::scalesALargeLogoAndRefusesNonImages()
{
    child<QTabWidget>("settingsTabs")->setCurrentIndex(1);
    QTemporaryDir dir;
    QImage photo(2000, 1000, QImage::Format_RGB32);
    photo.fill(QColor(0x00, 0x6c, 0x35));
    const QString jpeg = dir.filePath(u"logo.jpg"_s);
    QVERIFY(photo.save(jpeg, "JPEG"));
    QVERIFY(m_page->setLogoFromFile(jpeg));
    const QByteArray logo = m_page->draft().logo;
    QCOMPARE(BrandService::logoTypeOf(logo), u"image/png"_s);
    QCOMPARE(QImage::fromData(logo).size(),
             QSize(SettingsPage::kLogoMaxPixels, SettingsPage::kLogoMaxPixels / 2));
    QVERIFY(child<QLabel>("logoError")->isHidden());
    QVERIFY(!child<QLabel>("logoPreview")->pixmap().isNull());

    const QString text = dir.filePath(u"notes.txt"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    QVERIFY(!m_page->setLogoFromFile(text));
    QVERIFY(child<QLabel>("logoError")->isVisibleTo(m_page));
    QCOMPARE(m_page->draft().logo, logo); // the previous logo stays
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
