#include "arabictext.h"

namespace OmniCrm {

namespace {

// Marks that carry no meaning for matching: tatweel, harakat, superscript alef, Quranic annotation
// signs, and the invisible bidi/format controls that copy-paste from WhatsApp and Word brings along.
constexpr bool isStripped(char16_t c)
{
    return c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED)
        || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x061C || c == 0xFEFF || c == 0x00AD || c == 0x2060;
}

// QString::normalized() costs far more than the folding pass itself, and almost every CRM string is
// plain Arabic or ASCII, which NFKC leaves alone (the Arabic combining marks it would compose are
// stripped below, and the letters they compose into are unified to the same base). So normalize
// only when some character could change under NFKC.
bool needsNormalization(QStringView text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            continue;
        if (c >= 0x0600 && c <= 0x06FF) {
            if (c >= 0x0675 && c <= 0x0678) // high-hamza letters have compatibility decompositions
                return true;
            continue;
        }
        if (isStripped(c))
            continue;
        if (ch.isSurrogate() || (c >= 0x1100 && c <= 0x11FF)) // astral characters, Hangul jamo
            return true;
        if (ch.decompositionTag() != QChar::NoDecomposition || ch.combiningClass() != 0)
            return true;
    }
    return false;
}

constexpr bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= 0x09 && c <= 0x0D);
}

// The single pass after NFKC. Never writes more characters than it reads, so the output buffer
// can be sized once.
QString foldPass(QStringView src)
{
    QString out(src.size(), Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    const auto put = [&](char16_t c) {
        if (pendingSpace) {
            d[n++] = QChar(u' ');
            pendingSpace = false;
        }
        d[n++] = QChar(c);
    };
    const auto space = [&] {
        if (n > 0)
            pendingSpace = true;
    };

    const qsizetype size = src.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = src[i].unicode();
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                put(char16_t(c + 32));
            else if (isAsciiSpace(c) || c < 0x20 || c == 0x7F)
                space();
            else
                put(c);
            continue;
        }
        if (c >= 0x0600 && c <= 0x06FF) {
            if (c >= 0x0660 && c <= 0x0669) {
                put(char16_t(u'0' + (c - 0x0660)));
                continue;
            }
            if (c >= 0x06F0 && c <= 0x06F9) {
                put(char16_t(u'0' + (c - 0x06F0)));
                continue;
            }
            if (isStripped(c))
                continue;
            switch (c) {
            case 0x0622: // آ
            case 0x0623: // أ
            case 0x0625: // إ
            case 0x0671: // ٱ
            case 0x0672:
            case 0x0673:
                put(0x0627);
                break;
            case 0x0649: // ى
            case 0x0626: // ئ
            case 0x06CC: // Persian ی
                put(0x064A);
                break;
            case 0x0629: // ة
                put(0x0647);
                break;
            case 0x0624: // ؤ
                put(0x0648);
                break;
            case 0x06A9: // Persian ک
                put(0x0643);
                break;
            case 0x066B: // Arabic decimal separator
                put(u'.');
                break;
            case 0x066C: // Arabic thousands separator
            case 0x060C: // Arabic comma
                put(u',');
                break;
            case 0x061B:
                put(u';');
                break;
            case 0x061F:
                put(u'?');
                break;
            case 0x066A:
                put(u'%');
                break;
            // Letters that are a base plus hamza above: keep them equal to the decomposed form,
            // whose hamza is stripped.
            case 0x06C0:
                put(0x06D5);
                break;
            case 0x06C2:
                put(0x06C1);
                break;
            case 0x06D3:
                put(0x06D2);
                break;
            default:
                put(c);
                break;
            }
            continue;
        }
        if (isStripped(c))
            continue;
        if (QChar::isSpace(c)) {
            space();
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && src[i + 1].isLowSurrogate()) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, src[i + 1].unicode()));
            ++i;
            if (QChar::requiresSurrogates(folded)) {
                put(QChar::highSurrogate(folded));
                d[n++] = QChar(QChar::lowSurrogate(folded));
            } else {
                put(char16_t(folded));
            }
            continue;
        }
        put(char16_t(QChar::toCaseFolded(char32_t(c))));
    }
    out.truncate(n);
    return out;
}

} // namespace

QString ArabicText::fold(QStringView text)
{
    if (needsNormalization(text))
        return foldPass(text.toString().normalized(QString::NormalizationForm_KC));
    return foldPass(text);
}

QStringList ArabicText::searchTokens(QStringView text)
{
    const QString folded = fold(text);
    QStringList tokens;
    qsizetype start = -1;
    const qsizetype size = folded.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = folded[i].unicode();
        bool word;
        qsizetype width = 1;
        if (c < 0x80) {
            word = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && folded[i + 1].isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, folded[i + 1].unicode());
            word = QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs);
            width = 2;
        } else {
            word = QChar::isLetterOrNumber(c) || QChar::isMark(c);
        }
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            tokens.append(folded.mid(start, i - start));
            start = -1;
        }
        i += width - 1;
    }
    if (start >= 0)
        tokens.append(folded.mid(start));
    return tokens;
}

} // namespace OmniCrm
