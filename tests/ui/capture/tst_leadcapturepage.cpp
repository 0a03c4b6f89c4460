// Proves LeadCapturePage on a real encrypted store: an Arabic message is read into the right
// fields (with the words each came from highlighted in the message); edited fields are what the
// lead and its contact are stored with, in one step, with the message kept on the lead; a bad
// phone or a missing name is refused naming the field and nothing is stored; an existing contact
// with the same phone is offered and attached to instead of duplicated; undo removes the capture;
// the replies come three at a time in the message's language with a price never below cost plus
// the admin's margin; translation without a provider says one is needed, and with one (a fake
// OpenAI-compatible server on 127.0.0.1) is shown, checked and saved beside the stored message.
#include "airepository.h"
#include "aiservices.h"
#include "capturefields.h"
#include "fakellmserver.h"
#include "formfield.h"
#include "inmemorysecretstore.h"
#include "leadcapturepage.h"
#include "mainwindow.h"
#include "pricingsettings.h"
#include "replypanel.h"
#include "uitestsupport.h"
#include "undobar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {

const QString kArabic
    = QStringLiteral("السلام عليكم، معك خالد العتيبي من شركة الأفق للتجارة في الرياض.\n"
                     "نحتاج ٢٠ كرسي مكتب بأسرع وقت، وميزانيتنا تقريبًا ١٥ ألف ريال. ممكن ترسلون عرض سعر؟\n"
                     "جوالي 0551234567 والإيميل khalid@alofuq.sa");

const QString kEnglish = QStringLiteral(
    "Hello, this is Sarah Collins from Gulf Horizon Trading in Dubai. Could you send a quotation for 15 "
    "office chairs? You can reach me at +971 50 123 4567 or sarah@gulfhorizon.ae. Thanks.");

bool hasArabicLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x0621 && c.unicode() <= 0x064A; });
}

bool hasLatinLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); });
}

} // namespace

class tst_LeadCapturePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readsArabicMessageIntoFields();
    void highlightsWhereAFieldCameFrom();
    void createsLeadAndContactWithEditedValues();
    void badPhoneNamesTheFieldAndStoresNothing();
    void missingNameNamesTheFieldAndStoresNothing();
    void attachesToExistingContactInsteadOfDuplicating();
    void undoRemovesTheCapture();
    void repliesComeInTheMessageLanguage();
    void priceNeverGoesBelowCostPlusMargin();
    void translateOfflineSaysAProviderIsNeeded();
    void translationIsCheckedAndSavedBesideTheMessage();
    void laysOutRightToLeft();

private:
    void read(const QString &text);
    QLineEdit *edit(const char *name)
    {
        return m_page->fields()->findChild<QLineEdit *>(QLatin1String(name));
    }
    QString comboKey(const char *name)
    {
        return m_page->fields()->findChild<QComboBox *>(QLatin1String(name))->currentData().toString();
    }
    qint64 count(qint64 StoreStats::*member)
    {
        auto stats = m_fixture.store().stats();
        return stats ? (*stats).*member : -1;
    }
    void makePage();

    Test::UiStoreFixture m_fixture;
    InMemorySecretStore m_secrets;
    SystemClock m_clock;
    std::unique_ptr<AiServices> m_ai;
    std::unique_ptr<MainWindow> m_window;
    LeadCapturePage *m_page = nullptr;
    QString m_chairId;
};

void tst_LeadCapturePage::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    ProductDraft chair;
    chair.sku = QStringLiteral("CH-OFF");
    chair.nameAr = QStringLiteral("كرسي مكتب");
    chair.nameEn = QStringLiteral("Office chair");
    chair.priceMinor = 89000;
    chair.costMinor = 52000;
    auto created = m_fixture.store().products().create(chair);
    QVERIFY2(created.ok(), why(created));
    m_chairId = *created;
    makePage();
}

void tst_LeadCapturePage::makePage()
{
    m_window.reset();
    m_ai = std::make_unique<AiServices>(m_fixture.store().database(), m_fixture.store().settings(),
                                        m_fixture.store().phones(), m_secrets, m_clock);
    OMNICRM_VERIFY_OK(m_ai->reloadChain());
    m_window = std::make_unique<MainWindow>(m_fixture.reader());
    m_page = new LeadCapturePage(m_fixture.store(), m_fixture.reader(), m_ai.get());
    m_page->setObjectName(QStringLiteral("capture"));
    m_window->addPage(m_page);
    m_page->wireInto(*m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_LeadCapturePage::cleanup()
{
    m_window.reset();
    m_ai.reset();
    m_fixture.reset();
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_LeadCapturePage::read(const QString &text)
{
    QSignalSpy read(m_page, &LeadCapturePage::messageRead);
    m_page->setMessage(text);
    QTest::keyClick(m_page->messageBox(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(read.count() == 1 || read.wait());
}

void tst_LeadCapturePage::readsArabicMessageIntoFields()
{
    read(kArabic);
    QCOMPARE(edit("customerName")->text(), QStringLiteral("خالد العتيبي"));
    QVERIFY2(edit("company")->text().contains(QStringLiteral("الأفق")), qPrintable(edit("company")->text()));
    QCOMPARE(edit("phones")->text(), QStringLiteral("+966551234567"));
    QCOMPARE(edit("emails")->text(), QStringLiteral("khalid@alofuq.sa"));
    const auto *products = m_page->fields()->findChild<QListWidget *>(QStringLiteral("products"));
    QCOMPARE(products->count(), 1);
    QCOMPARE(products->item(0)->data(Qt::UserRole).toString(), m_chairId);
    QCOMPARE(products->item(0)->checkState(), Qt::Checked);
    QCOMPARE(edit("quantity")->text(), QStringLiteral("20"));
    QCOMPARE(edit("amount")->text(), QStringLiteral("15000.00"));
    QCOMPARE(comboKey("currency"), QStringLiteral("SAR"));
    QCOMPARE(edit("city")->text(), QStringLiteral("الرياض")); // as the Arabic message writes it
    QCOMPARE(comboKey("priority"), QStringLiteral("high")); // بأسرع وقت
    QCOMPARE(comboKey("leadType"), QStringLiteral("quote_request"));
    QCOMPARE(comboKey("language"), QStringLiteral("ar"));
    // Each value says where it came from.
    QCOMPARE(m_page->fields()->evidenceOf(QStringLiteral("customer_name")), QStringLiteral("خالد العتيبي"));
    QVERIFY(m_page->fields()->evidenceOf(QStringLiteral("phones")).contains(QStringLiteral("0551234567")));
    const auto *evidence = m_page->fields()->findChild<QLabel *>(QStringLiteral("evidence_customer_name"));
    QVERIFY2(evidence->text().contains(QStringLiteral("خالد العتيبي")), qPrintable(evidence->text()));
    QVERIFY2(evidence->text().contains(QStringLiteral("Offline engine")), qPrintable(evidence->text()));
}

void tst_LeadCapturePage::highlightsWhereAFieldCameFrom()
{
    read(kArabic);
    edit("phones")->setFocus();
    QTRY_COMPARE(m_page->messageBox()->extraSelections().size(), 1);
    QCOMPARE(m_page->messageBox()->extraSelections().first().cursor.selectedText(),
             m_page->fields()->evidenceOf(QStringLiteral("phones")));
    edit("customerName")->setFocus();
    QTRY_COMPARE(m_page->messageBox()->extraSelections().value(0).cursor.selectedText(),
                 QStringLiteral("خالد العتيبي"));
}

void tst_LeadCapturePage::createsLeadAndContactWithEditedValues()
{
    read(kArabic);
    QSignalSpy opened(m_page, &ShellPage::recordRequested);
    edit("customerName")->clear();
    Test::typeText(edit("customerName"), QStringLiteral("خالد بن سعد العتيبي"));
    edit("quantity")->setText(QStringLiteral("25"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("createLead")), Qt::LeftButton);
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    const CapturedLead captured = m_page->lastCapture();
    QVERIFY(!captured.leadId.isEmpty());
    QVERIFY(captured.contactCreated);

    auto lead = m_fixture.store().leads().find(captured.leadId);
    QVERIFY2(lead.ok(), why(lead));
    QCOMPARE(lead->personName, QStringLiteral("خالد بن سعد العتيبي"));
    QVERIFY(lead->companyName.contains(QStringLiteral("الأفق")));
    QCOMPARE(lead->phoneE164, QStringLiteral("+966551234567"));
    QCOMPARE(lead->email, QStringLiteral("khalid@alofuq.sa"));
    QCOMPARE(lead->city, QStringLiteral("الرياض"));
    QCOMPARE(lead->valueMinor, std::optional<qint64>(1500000));
    QCOMPARE(lead->currency, QStringLiteral("SAR"));
    QCOMPARE(lead->leadType, QStringLiteral("quote_request"));
    QCOMPARE(lead->priority, QStringLiteral("high"));
    QVERIFY2(lead->notes.contains(QStringLiteral("25")), qPrintable(lead->notes));

    auto contact = m_fixture.store().contacts().find(captured.contactId);
    QVERIFY2(contact.ok(), why(contact));
    QCOMPARE(contact->fullName, QStringLiteral("خالد بن سعد العتيبي"));
    QCOMPARE(contact->phones.size(), 1);
    QCOMPARE(contact->phones.first().e164, QStringLiteral("+966551234567"));
    QCOMPARE(contact->emails.size(), 1);
    QCOMPARE(contact->emails.first().email, QStringLiteral("khalid@alofuq.sa"));
    QVERIFY(!contact->companyId.isEmpty());

    // The message is kept on the lead.
    auto timeline = m_fixture.store().activities().timeline(QStringLiteral("lead"), captured.leadId);
    QVERIFY2(timeline.ok(), why(timeline));
    QCOMPARE(timeline->size(), 1);
    QCOMPARE(timeline->first().body, kArabic);

    // The new lead is opened.
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).value<RecordKind>(), RecordKind::Lead);
    QCOMPARE(opened.first().at(1).toString(), captured.leadId);
    // A second click does not store the lead twice.
    QVERIFY(!m_page->createLead());
    QCOMPARE(count(&StoreStats::leads), 1);
}

void tst_LeadCapturePage::badPhoneNamesTheFieldAndStoresNothing()
{
    read(kArabic);
    edit("phones")->setText(QStringLiteral("0551"));
    QVERIFY(!m_page->createLead());
    QVERIFY2(!m_page->fields()->errorOf(QStringLiteral("phones")).isEmpty(), "no error under Phones");
    QVERIFY2(m_page->errorText().contains(QStringLiteral("Phones")), qPrintable(m_page->errorText()));
    QVERIFY(m_page->fields()->field(QStringLiteral("phones"))->target()->hasFocus());
    QCOMPARE(count(&StoreStats::leads), 0);
    QCOMPARE(count(&StoreStats::contacts), 0);
    QCOMPARE(count(&StoreStats::activities), 0);

    // A bad e-mail the same way.
    edit("phones")->setText(QStringLiteral("0551234567"));
    edit("emails")->setText(QStringLiteral("khalid@"));
    QVERIFY(!m_page->createLead());
    QVERIFY2(m_page->errorText().contains(QStringLiteral("E-mails")), qPrintable(m_page->errorText()));
    QCOMPARE(count(&StoreStats::contacts), 0);
}

void tst_LeadCapturePage::missingNameNamesTheFieldAndStoresNothing()
{
    read(kArabic);
    edit("customerName")->clear();
    edit("company")->clear();
    QVERIFY(!m_page->createLead()); // the services refuse it: a lead and a contact need a name
    QVERIFY2(m_page->errorText().contains(QStringLiteral("Customer name")), qPrintable(m_page->errorText()));
    QVERIFY(!m_page->fields()->errorOf(QStringLiteral("customer_name")).isEmpty());
    QCOMPARE(count(&StoreStats::leads), 0);
    QCOMPARE(count(&StoreStats::contacts), 0);
    QCOMPARE(count(&StoreStats::companies), 0);
}

void tst_LeadCapturePage::attachesToExistingContactInsteadOfDuplicating()
{
    ContactDraft existing;
    existing.fullName = QStringLiteral("Khalid Alotaibi");
    existing.phones.append(PhoneDraft { QStringLiteral("+966 55 123 4567") });
    auto existingId = m_fixture.store().contacts().create(existing);
    QVERIFY2(existingId.ok(), why(existingId));

    read(kArabic);
    QCOMPARE(m_page->existingContactId(), *existingId);
    const auto *attach = m_page->findChild<QCheckBox *>(QStringLiteral("attachToExisting"));
    QVERIFY(attach->isVisible());
    QVERIFY(attach->isChecked());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("existingContact"))
                ->text()
                .contains(QStringLiteral("Khalid Alotaibi")));
    QVERIFY(m_page->createLead());
    QVERIFY(!m_page->lastCapture().contactCreated);
    QCOMPARE(m_page->lastCapture().contactId, *existingId);
    QCOMPARE(count(&StoreStats::contacts), 1);
    QCOMPARE(count(&StoreStats::leads), 1);
}

void tst_LeadCapturePage::undoRemovesTheCapture()
{
    read(kArabic);
    QVERIFY(m_page->createLead());
    const CapturedLead captured = m_page->lastCapture();
    auto *undoBar = m_page->findChild<UndoBar *>();
    QCOMPARE(undoBar->pending(), QStringList { captured.leadId });
    QVERIFY(undoBar->undo());
    QCOMPARE(count(&StoreStats::leads), 0);
    QCOMPARE(count(&StoreStats::contacts), 0);
    QVERIFY(m_page->lastCapture().leadId.isEmpty());
    // The fields are still there: the rep can create it again.
    QVERIFY(m_page->createLead());
    QCOMPARE(count(&StoreStats::leads), 1);
}

void tst_LeadCapturePage::repliesComeInTheMessageLanguage()
{
    read(kArabic);
    ReplyPanel *replies = m_page->replies();
    QCOMPARE(replies->replies().size(), 3);
    QCOMPARE(replies->replyLanguage(), ReplyLanguage::Arabic);
    for (int i = 0; i < 3; ++i) {
        const QString shown = replies->replyBox(i)->toPlainText();
        QVERIFY2(hasArabicLetters(shown), qPrintable(shown));
        QVERIFY(replies->copyButton(i)->isEnabled());
    }
    QVERIFY(!replies->findChild<QLabel *>(QStringLiteral("buyerType"))->text().isEmpty());

    read(kEnglish);
    QCOMPARE(edit("city")->text(), QStringLiteral("Dubai")); // an English message keeps English
    QCOMPARE(replies->replies().size(), 3);
    QCOMPARE(replies->replyLanguage(), ReplyLanguage::English);
    for (int i = 0; i < 3; ++i) {
        const QString shown = replies->replyBox(i)->toPlainText();
        QVERIFY2(hasLatinLetters(shown) && !hasArabicLetters(shown), qPrintable(shown));
    }
    // Copy puts the reply on the clipboard.
    QSignalSpy copied(replies, &ReplyPanel::copied);
    QTest::mouseClick(replies->copyButton(1), Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().at(0).toString(), replies->replies().at(1));
}

void tst_LeadCapturePage::priceNeverGoesBelowCostPlusMargin()
{
    PricingSettings pricing(m_fixture.store().settings());
    OMNICRM_VERIFY_OK(pricing.setMinMarginPercent(50)); // floor 520 × 1.5 = 780 SAR
    read(kArabic);
    const auto &strategy = m_page->replies()->strategy();
    QVERIFY(strategy.has_value());
    QCOMPARE(strategy->floor.minor, 78000);
    QVERIFY(!strategy->offers.isEmpty());
    for (const PriceOffer &offer : strategy->offers)
        QVERIFY2(offer.unitPrice.minor >= 78000, qPrintable(offer.unitPrice.toPlainString()));

    // The margin edited on the page is stored for everyone and applied at once.
    QDoubleSpinBox *margin = m_page->replies()->marginBox();
    QCOMPARE(margin->value(), 50.0);
    margin->setValue(60);
    Q_EMIT margin->editingFinished();
    QCOMPARE(*pricing.minMarginPercent(), 60.0);
    QCOMPARE(m_page->replies()->strategy()->floor.minor, 83200);
}

void tst_LeadCapturePage::translateOfflineSaysAProviderIsNeeded()
{
    read(kArabic);
    QSignalSpy finished(m_page, &LeadCapturePage::translationFinished);
    QSignalSpy settings(m_page, &LeadCapturePage::settingsRequested);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("translate")), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(m_page->translationStatus().contains(QStringLiteral("needs an AI provider")),
             qPrintable(m_page->translationStatus()));
    QVERIFY(m_page->translationText().isEmpty());
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openAiSettings"));
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(settings.count(), 1);
}

void tst_LeadCapturePage::translationIsCheckedAndSavedBesideTheMessage()
{
    Test::FakeLlmServer server;
    QVERIFY(server.listen());
    ProviderConfig config;
    config.id = QStringLiteral("local");
    config.baseUrl = server.openAiBaseUrl();
    config.model = QStringLiteral("fake-1");
    config.timeoutMs = 5000;
    OMNICRM_VERIFY_OK(m_ai->settings().addProvider(config, QByteArrayLiteral("sk-test")));
    OMNICRM_VERIFY_OK(m_ai->reloadChain());
    const QString english = QStringLiteral(
        "Peace be upon you, this is Khalid Alotaibi from Al-Ofuq Trading in Riyadh. We need 20 office chairs "
        "as soon as possible; our budget is about 15 thousand riyals. Can you send a quotation? My mobile is "
        "0551234567 and my e-mail khalid@alofuq.sa");
    server.enqueue(Test::FakeReply::answer(QJsonObject { { QStringLiteral("translation"), english } }));

    read(kArabic);
    QSignalSpy finished(m_page, &LeadCapturePage::translationFinished);
    m_page->translateMessage();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(m_page->translationText(), english);
    QVERIFY2(m_page->translationStatus().contains(QStringLiteral("0551234567")),
             qPrintable(m_page->translationStatus()));
    QVERIFY2(m_page->translationStatus().contains(QStringLiteral("local")),
             qPrintable(m_page->translationStatus()));

    // Not stored yet: it is saved beside the message once the lead is created.
    QVERIFY(m_page->createLead());
    AiRepository translations(m_fixture.store().database());
    auto saved = translations.translationsOf(QStringLiteral("activity"), m_page->lastCapture().activityId);
    QVERIFY2(saved.ok(), why(saved));
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->first().text, english);
    QCOMPARE(saved->first().language, QStringLiteral("en"));
    QCOMPARE(saved->first().provider, QStringLiteral("local"));

    // A translation that drops the phone is refused and says which token.
    server.enqueue(Test::FakeReply::answer(
        QJsonObject { { QStringLiteral("translation"),
                        QStringLiteral("We need 20 office chairs, budget 15 thousand.") } }));
    finished.clear();
    m_page->translateMessage();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(m_page->translationStatus().contains(QStringLiteral("refused")),
             qPrintable(m_page->translationStatus()));
    saved = translations.translationsOf(QStringLiteral("activity"), m_page->lastCapture().activityId);
    QCOMPARE(saved->size(), 1);
}

void tst_LeadCapturePage::laysOutRightToLeft()
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    makePage();
    read(kArabic);
    QWidget *label = m_page->fields()->findChild<QLabel *>(QStringLiteral("evidence_customer_name"));
    QWidget *input = edit("customerName");
    // In right-to-left the field's label side is on the right, its evidence on the left.
    const int evidenceX = label->mapTo(m_window.get(), QPoint(0, 0)).x();
    const int inputX = input->mapTo(m_window.get(), QPoint(0, 0)).x();
    QVERIFY2(evidenceX < inputX, qPrintable(QStringLiteral("%1 %2").arg(evidenceX).arg(inputX)));
    // Ctrl+Shift+L reaches the page from anywhere.
    m_page->tabs()->setCurrentIndex(1);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("captureLeadAction")));
}

QTEST_MAIN(tst_LeadCapturePage)
#include "tst_leadcapturepage.moc"
