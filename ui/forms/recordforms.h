// RecordForms: the RecordEditor the pages use. It opens the right form for a kind of record
// (contact, company, lead, deal, activity, product) or the lead conversion dialog, window-modal
// over the page that asked, and reports what was saved. Saves run on the GUI thread's CrmStore:
// each is one small transaction.
#pragma once

#include "result.h"

#include <QPointer>
#include <QVariantMap> // before recordeditor.h, whose create() names QVariantMap without including it

#include "recordeditor.h"

class QDialog;

namespace OmniCrm {

class CrmStore;
class RecordForm;

class RecordForms : public RecordEditor
{
    Q_OBJECT
public:
    explicit RecordForms(CrmStore &store, QObject *parent = nullptr);

    void create(RecordKind kind, QWidget *parent, const QVariantMap &prefill = {}) override;
    void edit(RecordKind kind, const QString &id, QWidget *parent) override;
    void convertLead(const QString &leadId, QWidget *parent) override;

    /// The currency new amounts start in (the active brand's); SAR until set.
    void setDefaultCurrency(const QString &code) { m_currency = code; }
    QString defaultCurrency() const { return m_currency; }
    /// The form or dialog open now, or null (the shell raises it; tests drive it).
    QDialog *currentDialog() const { return m_current; }

Q_SIGNALS:
    /// A form's link asked to show another record (the contact that has the same phone).
    void recordRequested(OmniCrm::RecordKind kind, const QString &id);

private:
    void open(RecordForm *form);
    void refuse(const Error &error, QWidget *parent);

    CrmStore &m_store;
    QString m_currency = QStringLiteral("SAR");
    QPointer<QDialog> m_current;
};

} // namespace OmniCrm
