#include "desktopsession.h"

#include "aiproviderspanel.h"
#include "aisession.h"
#include "backgroundstore.h"
#include "brandtheme.h"
#include "commandpalette.h"
#include "dashboardpage.h"
#include "duplicatespage.h"
#include "errortext.h"
#include "idlelock.h"
#include "importwizard.h"
#include "leadcapturepage.h"
#include "mainwindow.h"
#include "pipelinepage.h"
#include "recordforms.h"
#include "recordlistpage.h"
#include "screenshottour.h"
#include "settingspage.h"
#include "syncui.h"
#include "teamadminpage.h"
#include "uiicons.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

namespace OmniCrm {

DesktopSession::DesktopSession(SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.language.isEmpty())
        m_localizer.setLanguage(m_options.language);
}

DesktopSession::~DesktopSession() = default;

void DesktopSession::setLanguage(const QString &language)
{
    m_localizer.setLanguage(language);
}

void DesktopSession::watchOnboarding(StoreOpener &opener)
{
    if (m_options.screenshotDir.isEmpty())
        return;
    // The wizard appears after the keychain check; picture each of its pages, then quit.
    connect(&opener, &StoreOpener::wizardShown, this, [this](WelcomeWizard *wizard) {
        const QString prefix = m_localizer.language() + QStringLiteral("-00-welcome-");
        for (int page = 0; page < 3; ++page) {
            QApplication::processEvents();
            wizard->grab().save(m_options.screenshotDir + u'/' + prefix + QString::number(page + 1)
                                + QStringLiteral(".png"));
            wizard->next();
        }
        QApplication::exit(0);
    });
}

bool DesktopSession::open(std::unique_ptr<CrmStore> store, const std::optional<WelcomeChoices> &firstRun,
                          UnlockDialog::Check unlockCheck, KeyMode keyMode)
{
    m_store = std::move(store);
    m_unlockCheck = std::move(unlockCheck);
    m_keyMode = keyMode;
    auto sibling = m_store->openSibling();
    if (!sibling) {
        QMessageBox::critical(nullptr, tr("OmniCRM cannot open the store"),
                              ErrorText::describe(sibling.error()));
        return false;
    }
    m_reader = std::make_unique<BackgroundStore>(std::move(sibling).value());
    if (firstRun)
        applyFirstRun(*firstRun);
    if (m_options.language.isEmpty()) {
        if (auto followed = m_localizer.follow(m_store->preferences()); !followed)
            qWarning("omnicrm: preferences: %s", qPrintable(followed.error().detail));
    }

    m_forms = std::make_unique<RecordForms>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_reader);
    buildPages();
    m_theme = std::make_unique<BrandTheme>(m_store->brands());
    connect(m_theme.get(), &BrandTheme::brandNameChanged, m_window.get(), &MainWindow::setBrandName);
    connect(m_theme.get(), &BrandTheme::timeZoneChanged, &m_localizer, &Localizer::setTimeZone);
    connect(m_theme.get(), &BrandTheme::brandApplied, this, [this]() {
        m_forms->setDefaultCurrency(m_theme->defaultCurrency());
        m_dashboard->setCurrency(m_theme->defaultCurrency());
    });
    connect(m_forms.get(), &RecordForms::recordRequested, m_window.get(),
            [this](RecordKind kind, const QString &id) { m_window->showRecord(kind, id); });
    if (auto applied = m_theme->reload(); !applied)
        qWarning("omnicrm: brand: %s", qPrintable(applied.error().detail));

    m_idle = std::make_unique<IdleLock>();
    connect(m_idle.get(), &IdleLock::idle, this, &DesktopSession::lock);
    if (auto preferences = m_store->preferences().load())
        m_idle->setTimeoutMinutes(preferences->idleLockMinutes);
    connect(
        &m_store->preferences(), &PreferenceService::preferencesChanged, this,
        [this](const Preferences &preferences) { m_idle->setTimeoutMinutes(preferences.idleLockMinutes); });

    if (m_options.screenshotDir.isEmpty())
        m_window->show();
    else
        m_window->showMaximized(); // the whole virtual screen, for review
    if (m_options.screenshotDir.isEmpty())
        m_sync->start();
    QTimer::singleShot(0, this, &DesktopSession::afterFirstPaint);
    return true;
}

void DesktopSession::applyFirstRun(const WelcomeChoices &choices)
{
    auto preferences = m_store->preferences().load();
    if (preferences) {
        preferences->language = choices.language;
        (void)m_store->preferences().save(*preferences);
    }
    BrandDraft brand;
    brand.name = choices.businessName;
    brand.currency = choices.currency;
    brand.language = choices.language;
    if (auto created = m_store->brands().create(brand); !created) // the first brand becomes the active one
        qWarning("omnicrm: first brand: %s", qPrintable(created.error().detail));
}

void DesktopSession::buildPages()
{
    CrmStore &store = *m_store;
    BackgroundStore &reader = *m_reader;
    auto add = [this](ShellPage *page, const char *name) {
        page->setObjectName(QLatin1String(name));
        m_window->addPage(page);
    };
    m_dashboard = new DashboardPage(store, reader);
    add(m_dashboard, "dashboard");
    // Records pages show dates and money the way Settings says (calendar, digits, currency).
    const DisplayFormat &display = m_localizer.format();
    ValueFormat values;
    values.dateTime = [&display](const QDateTime &moment) {
        return display.dateTime(moment);
    };
    values.money = [&display](qint64 minor, const QString &currency) {
        return display.money(minor, currency);
    };
    const auto records = [&](RecordListPage *page, const char *name) {
        page->setFormat(values);
        connect(&display, &DisplayFormat::changed, page, [page, values]() { page->setFormat(values); });
        add(page, name);
    };
    records(new RecordListPage(RecordKind::Lead, store, reader, *m_forms), "leads");
    records(new RecordListPage(RecordKind::Contact, store, reader, *m_forms), "contacts");
    records(new RecordListPage(RecordKind::Company, store, reader, *m_forms), "companies");
    add(new PipelinePage(store, reader, m_forms.get()), "deals");
    records(new RecordListPage(RecordKind::Activity, store, reader, *m_forms), "activities");
    records(new RecordListPage(RecordKind::Product, store, reader, *m_forms), "products");
    m_ai = std::make_unique<AiSession>(store);
    auto *capture = new LeadCapturePage(store, reader, &m_ai->services());
    add(capture, "capture");
    capture->wireInto(*m_window);
    add(m_duplicates = new DuplicatesPage(store), "duplicates");
    auto *settings = new SettingsPage(store.preferences(), store.brands(), m_localizer.format());
    m_aiProviders = new AiProvidersPanel(store);
    settings->addPanel(m_aiProviders, uiIcon(QStringLiteral("network-server")));
    // The capture page's provider chain follows what Settings saved.
    connect(m_aiProviders, &AiProvidersPanel::saved, this, [this](bool ok) {
        if (!ok)
            return;
        if (const Status reloaded = m_ai->reload(); !reloaded)
            qWarning("omnicrm: AI providers: %s", qPrintable(reloaded.error().detail));
    });
    add(settings, "settings");
    m_sync = std::make_unique<SyncUi>(store, reader, *m_window, *settings);
    add(new TeamAdminPage(storeAdminConnector(store, m_adminClock)), "teamadmin");

    auto *import = new QAction(uiIcon(QStringLiteral("document-import")), QString(), m_window.get());
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    const auto retranslate = [import]() {
        import->setText(tr("Import contacts or companies…"));
    };
    retranslate();
    connect(&m_localizer, &Localizer::languageChanged, import, retranslate);
    connect(import, &QAction::triggered, this, &DesktopSession::openImportWizard);
    m_window->addGlobalAction(import);
}

void DesktopSession::openImportWizard()
{
    const bool companies = m_window->currentPage() && m_window->currentPage()->objectName() == u"companies";
    auto *wizard = new ImportWizard(
        *m_store, [this]() { return m_store->openSibling(); },
        companies ? ImportKind::Companies : ImportKind::Contacts, m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The import ran on the wizard's own connection; tell the GUI store's listeners it happened.
    connect(wizard, &ImportWizard::imported, this,
            [this](const QString &batch) { Q_EMIT m_store->imports().batchImported(batch); });
    wizard->open();
}

void DesktopSession::lock()
{
    m_window->hide();
    auto *dialog = new UnlockDialog(m_unlockCheck, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPassphraseNeeded(m_keyMode == KeyMode::Passphrase);
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_window->show();
        m_idle->rearm();
    });
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit);
    dialog->show();
}

void DesktopSession::afterFirstPaint()
{
    if (m_options.exitWhenReady) {
        // Jobs run in order: when this one answers, the first page's reads have landed.
        m_reader->run<bool>(
            this, [](CrmStore &) { return true; },
            [](bool) { QTimer::singleShot(0, qApp, []() { QApplication::exit(0); }); });
        return;
    }
    if (m_options.screenshotDir.isEmpty())
        return;
    auto *tour
        = new ScreenshotTour(*m_window, *m_reader, m_options.screenshotDir, m_localizer.language(), this);
    for (auto &[name, prepare] : m_sync->tourSteps())
        tour->addStep(name, prepare);
    tour->addStep(QStringLiteral("duplicates-review"), [this]() {
        m_window->showPage(m_duplicates);
        m_duplicates->prepareScreenshot();
    });
    tour->addStep(QStringLiteral("settings-ai-providers"),
                  [this]() { m_window->showPage(m_aiProviders->prepareScreenshot()); });
    tour->addStep(QStringLiteral("search"), [this]() {
        m_window->openCommandPalette();
        m_window->commandPalette()->input()->setText(m_localizer.language() == u"ar" ? QStringLiteral("محمد")
                                                                                     : QStringLiteral("al"));
    });
    tour->addStep(QStringLiteral("new-contact"), [this]() {
        m_window->commandPalette()->hide();
        m_window->showPage(2); // Contacts, where a new contact starts
        m_forms->create(RecordKind::Contact, m_window.get());
    });
    tour->addStep(QStringLiteral("capture-lead"), [this]() {
        for (QDialog *dialog : m_window->findChildren<QDialog *>())
            dialog->reject(); // the new-contact form of the step before
        auto *capture = m_window->findChild<LeadCapturePage *>();
        m_window->showPage(capture);
        capture->setMessage(LeadCapturePage::sampleMessage());
        capture->readMessage();
    });
    tour->addStep(QStringLiteral("capture-replies"),
                  [this]() { m_window->findChild<LeadCapturePage *>()->tabs()->setCurrentIndex(1); });
    connect(tour, &ScreenshotTour::finished, qApp,
            [](int failures) { QApplication::exit(failures == 0 ? 0 : 1); });
    tour->start();
}

} // namespace OmniCrm
