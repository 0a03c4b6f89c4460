// CompanyForm: a company's card. A company with the same name (folded: "شركة الأفق" is
// "شركة الافق"), phone or e-mail shows a warning with a link to it; saving is still allowed.
#pragma once

#include "recordform.h"

#include <QVariantMap>

class QLineEdit;
class QPlainTextEdit;

namespace OmniCrm {

struct CompanyDraft;

class CompanyForm : public RecordForm
{
    Q_OBJECT
public:
    /// `companyId` empty: a new company. `prefill` may name "name".
    CompanyForm(CrmStore &store, const QString &companyId, const QVariantMap &prefill = {},
                QWidget *parent = nullptr);

    RecordKind kind() const override { return RecordKind::Company; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }

protected:
    void check() override;
    Result<QString> store() override;

private:
    void load(const QString &id);
    CompanyDraft draft() const;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace OmniCrm
