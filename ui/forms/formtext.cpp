#include "formtext.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

namespace OmniCrm {

QList<std::pair<QString, QString>> FormText::phoneLabels()
{
    return {
        { QStringLiteral("mobile"), tr("Mobile") }, { QStringLiteral("work"), tr("Work") },
        { QStringLiteral("home"), tr("Home") },     { QStringLiteral("whatsapp"), tr("WhatsApp") },
        { QStringLiteral("fax"), tr("Fax") },       { QStringLiteral("other"), tr("Other") },
    };
}

namespace {
bool arabicUi()
{
    return QLocale().language() == QLocale::Arabic;
}
} // namespace

QString FormText::stageName(const Stage &stage)
{
    const QString preferred = arabicUi() ? stage.nameAr : stage.nameEn;
    return preferred.isEmpty() ? (arabicUi() ? stage.nameEn : stage.nameAr) : preferred;
}

QString FormText::pipelineName(const Pipeline &pipeline)
{
    const QString preferred = arabicUi() ? pipeline.nameAr : pipeline.nameEn;
    return preferred.isEmpty() ? (arabicUi() ? pipeline.nameEn : pipeline.nameAr) : preferred;
}

QString FormText::money(qint64 minor, const QString &currency)
{
    const QLocale locale;
    const int digits = std::max(0, Money::minorDigits(currency));
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString text = locale.toString(magnitude / scale);
    if (digits > 0) {
        const QString fraction = QString::number(magnitude % scale).rightJustified(digits, u'0');
        text += locale.decimalPoint();
        // The locale's own digits for the fraction too (Arabic-Indic where the locale uses them).
        const QString zero = locale.zeroDigit();
        for (const QChar c : fraction)
            text += zero.size() == 1 ? QChar(zero.at(0).unicode() + (c.unicode() - u'0')) : c;
    }
    if (minor < 0)
        text = locale.negativeSign() + text;
    // In Arabic the amount reads first and the code after it, however the label starts.
    return inReadingDirection(text + QChar(0x00A0) + currency);
}

QString FormText::plainAmount(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).toPlainString();
}

QString FormText::isolated(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069); // LRI … PDI
}

QString FormText::inReadingDirection(const QString &text)
{
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    return QChar(rtl ? 0x200F : 0x200E) + text;
}

QString FormText::isolatedName(const QString &name)
{
    return QChar(0x2068) + name.toHtmlEscaped() + QChar(0x2069); // FSI … PDI
}

QString FormText::recordLink(RecordKind kind, const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"record:") + recordKindName(kind) + u'/' + id + QStringLiteral("\">")
        + text.toHtmlEscaped() + QStringLiteral("</a>");
}

QStringList FormText::currencies(const QString &preferred)
{
    QStringList codes = Money::knownCurrencies();
    if (codes.removeAll(preferred) > 0)
        codes.prepend(preferred);
    return codes;
}

void FormText::makeLeftToRight(QLineEdit *edit)
{
    edit->setLayoutDirection(Qt::LeftToRight);
    // Absolute alignment on purpose: the text sits where the form's reading starts (right in
    // Arabic, left in English) while the digits themselves run left to right.
    const bool rtlForm = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    edit->setAlignment((rtlForm ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter);
}

QStringList FormText::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\u060C;\u061B]"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

} // namespace OmniCrm
