#include "storeopener.h"

#include "demoseeder.h"
#include "errortext.h"
#include "offthread.h"
#include "secretstore.h"

#include <QApplication>

#include <utility>

namespace OmniCrm {

StoreOpener::StoreOpener(QString dir, SecretStore &secrets, KdfParams kdf, QObject *parent)
    : QObject(parent)
    , m_dir(std::move(dir))
    , m_secrets(secrets)
    , m_kdf(kdf)
{
}

StoreOpener::~StoreOpener()
{
    delete m_wizard;
    delete m_unlock;
}

UnlockDialog::Check StoreOpener::unlockCheck() const
{
    return [dir = m_dir, secrets = &m_secrets, kdf = m_kdf](const QString &passphrase) {
        StoreKeys keys(*secrets, kdf);
        return keys.unlock(dir, [passphrase]() -> std::optional<QString> {
            if (passphrase.isEmpty())
                return std::nullopt;
            return passphrase;
        });
    };
}

void StoreOpener::start()
{
    auto manifest = StoreKeys::manifest(m_dir);
    if (!manifest && manifest.error().code == ErrorCode::StoreNotFound) {
        runOffThread<bool>(
            this, [secrets = &m_secrets]() { return secrets->available(); },
            [this](bool available) { showWizard(available); });
        return;
    }
    if (!manifest) {
        Q_EMIT failed(ErrorText::describe(manifest.error()));
        return;
    }
    m_keyMode = manifest->keyMode;
    if (m_keyMode == KeyMode::Passphrase) {
        askPassphrase();
        return;
    }
    runOffThread<Result<QByteArray>>(
        this, [check = unlockCheck()]() { return check({}); },
        [this](Result<QByteArray> key) {
            if (!key) {
                Q_EMIT failed(ErrorText::describe(key.error()));
                return;
            }
            finishOpen(*key);
        });
}

void StoreOpener::showWizard(bool keychainAvailable)
{
    m_wizard = new WelcomeWizard(keychainAvailable);
    connect(m_wizard, &WelcomeWizard::languageChosen, this, &StoreOpener::languageChosen);
    connect(m_wizard, &WelcomeWizard::finished, this, &StoreOpener::create);
    connect(m_wizard, &QDialog::rejected, this, &StoreOpener::cancelled);
    m_wizard->show();
    Q_EMIT wizardShown(m_wizard);
}

void StoreOpener::create(const WelcomeChoices &choices)
{
    m_wizard->setBusy(tr("Creating your encrypted store…"));
    const std::optional<QString> passphrase
        = choices.useKeychain ? std::nullopt : std::optional<QString>(choices.passphrase);
    runOffThread<Result<QByteArray>>(
        this,
        [dir = m_dir, secrets = &m_secrets, kdf = m_kdf, passphrase]() {
            StoreKeys keys(*secrets, kdf);
            return keys.createKey(dir, passphrase);
        },
        [this, choices](Result<QByteArray> key) {
            if (!key) {
                m_wizard->showFailure(ErrorText::describe(key.error()));
                return;
            }
            auto store = CrmStore::createWithKey(m_dir, *key);
            if (!store) {
                m_wizard->showFailure(ErrorText::describe(store.error()));
                return;
            }
            m_store = std::move(store).value();
            m_keyMode = choices.useKeychain ? KeyMode::Keychain : KeyMode::Passphrase;
            m_choices = choices;
            if (choices.demoData) {
                m_wizard->setBusy(tr("Adding demo customers, deals and activities…"));
                QApplication::setOverrideCursor(Qt::WaitCursor);
                auto seeded = DemoSeeder(*m_store).seed(SeedOptions {});
                QApplication::restoreOverrideCursor();
                if (!seeded)
                    Q_EMIT progress(ErrorText::describe(seeded.error())); // the store itself is fine
            }
            m_wizard->complete();
            Q_EMIT opened();
        });
}

void StoreOpener::askPassphrase()
{
    if (!m_preset.isEmpty()) {
        const QString preset = std::exchange(m_preset, QString());
        runOffThread<Result<QByteArray>>(
            this, [check = unlockCheck(), preset]() { return check(preset); },
            [this](Result<QByteArray> key) {
                if (key) {
                    finishOpen(*key);
                    return;
                }
                askPassphrase();
                m_unlock->showError(ErrorText::describe(key.error()));
            });
        return;
    }
    m_unlock = new UnlockDialog(unlockCheck(), false);
    connect(m_unlock, &QDialog::accepted, this, [this]() { finishOpen(m_unlock->key()); });
    connect(m_unlock, &QDialog::rejected, this, &StoreOpener::cancelled);
    m_unlock->show();
}

void StoreOpener::finishOpen(const QByteArray &key)
{
    auto store = CrmStore::openWithKey(m_dir, key);
    if (!store) {
        Q_EMIT failed(ErrorText::describe(store.error()));
        return;
    }
    m_store = std::move(store).value();
    Q_EMIT opened();
}

} // namespace OmniCrm
