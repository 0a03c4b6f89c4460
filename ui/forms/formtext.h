// FormText: the words and small conversions the forms share: names of phone labels, lead
// statuses and activity kinds; stage names in the user's language; money as the user reads it;
// and the bidi isolation that keeps a phone number or an e-mail readable inside Arabic text.
#pragma once

#include "entities.h"
#include "money.h"

#include <QCoreApplication>

class QLineEdit;

namespace OmniCrm {

struct FormText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::FormText)
public:
    /// Stored phone labels ("mobile", "work", …) with their names, in menu order.
    static QList<std::pair<QString, QString>> phoneLabels();
    /// The stage's name in the current language (Arabic unless the default locale is not).
    static QString stageName(const Stage &stage);
    static QString pipelineName(const Pipeline &pipeline);
    /// "1,500.50 SAR" in the current locale's digits and separators, without floating point.
    static QString money(qint64 minor, const QString &currency);
    /// The amount as a user would type it back ("1500.50"), for filling an edit form.
    static QString plainAmount(qint64 minor, const QString &currency);
    /// Wraps left-to-right content (a phone, an e-mail, a code) in a bidi isolate.
    static QString isolated(const QString &text);
    /// Starts `text` with the mark of the interface's reading direction (RLM in Arabic), so a
    /// label whose text opens with digits or Latin letters still reads and aligns that way.
    static QString inReadingDirection(const QString &text);
    /// A name of either script, HTML-escaped in a first-strong isolate, for rich-text sentences.
    static QString isolatedName(const QString &name);
    /// A link that RecordForm turns into recordRequested(kind, id).
    static QString recordLink(RecordKind kind, const QString &id, const QString &text);
    /// The currencies a money field offers, the default first.
    static QStringList currencies(const QString &preferred);
    /// Makes a line edit hold left-to-right content (phones, e-mails, web addresses, SKUs)
    /// inside a right-to-left form: typed and shown left to right, aligned with the form's start.
    static void makeLeftToRight(QLineEdit *edit);
    /// Splits "عميل مهم، VIP, جملة" into tags at commas (Latin and Arabic).
    static QStringList splitTags(const QString &text);
};

} // namespace OmniCrm
