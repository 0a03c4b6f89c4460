// ArabicText's name rules: cross-script consonant skeletons and the alias table of Gulf names.
// Folding itself lives in arabictext.cpp; this file only builds on ArabicText::fold().
#include "arabictext.h"

#include <QHash>

#include <algorithm>

namespace OmniCrm {

namespace {

constexpr bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'`' || c == 0x00B4 || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x02BE
        || c == 0x02BF;
}

// Name parts of folded text: letters and digits; apostrophes vanish (Sa'ad = Saad), Latin letters
// lose their diacritics (ḥ, ā, é), everything else separates.
QStringList nameTokens(QStringView folded)
{
    QStringList tokens;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    };
    for (const QChar ch : folded) {
        const char16_t c = ch.unicode();
        if (isApostrophe(c))
            continue;
        if (!ch.isLetterOrNumber()) {
            flush();
            continue;
        }
        if ((c >= 0xC0 && c < 0x0250) || (c >= 0x1E00 && c <= 0x1EFF)) {
            if (ch.decompositionTag() == QChar::Canonical) {
                current.append(ch.decomposition().at(0));
                continue;
            }
        }
        current.append(ch);
    }
    flush();
    return tokens;
}

// Common Gulf given names in both scripts. Where the plain skeleton already matches every spelling
// the key is that skeleton, so unlisted spellings still meet the listed ones; where two different
// names share a skeleton (Hassan/Hussein, Saud/Saad/Saeed, Mahmoud/Muhammad, Omar/Amr) the keys
// keep them apart. Variants are written naturally and folded when the table is built.
struct AliasGroup
{
    const char16_t *key;
    const char16_t *variants;
};

constexpr AliasGroup aliasGroups[] = {
    { u"mhmd",
      u"محمد mohammed muhammad mohamed mohammad mohamad muhammed muhamad mouhamed mohamud mohd mhd" },
    { u"ahmd", u"أحمد ahmed ahmad ahmet" },
    { u"mhmwd", u"محمود mahmoud mahmud mahmood" },
    { u"hsn", u"حسن hassan hasan hassen hasen" },
    { u"hsyn", u"حسين hussein hussain husain hussien hossein husein husayn hussin" },
    { u"amr", u"عمر omar umar omer" },
    { u"amrw", u"عمرو amr amro amru" },
    { u"aly", u"علي ali aly alee" },
    { u"alya", u"عليا علياء alia aliya aliyah alya alyaa" },
    { u"ala", u"آلاء الاء alaa alaa" },
    { u"nwrh", u"نورة noura nora norah nourah nura noora noorah" },
    { u"nwr", u"نور nour noor nur" },
    { u"swd", u"سعود saud saoud suood soud" },
    { u"sad", u"سعد saad saad saed" },
    { u"syd", u"سعيد saeed said saied saeid sayeed" },
    { u"slh", u"صالح saleh salih" },
    { u"slah", u"صلاح salah salaah" },
    { u"nwf", u"نواف nawaf nawwaf nawaaf" },
    { u"nyf", u"نايف nayef naif nayif naef" },
    { u"hmd", u"حمد hamad" },
    { u"hamd", u"حامد hamed hamid haamid" },
    { u"atmn", u"عثمان othman uthman osman usman" },
    { u"abrhm", u"إبراهيم ibrahim ebrahim ibraheem brahim" },
    { u"asml", u"إسماعيل ismail ismael esmail ismaeel" },
    { u"ashk", u"إسحاق ishaq ishak" },
    { u"adhm", u"أدهم adham" },
    { u"alhm", u"إلهام الهام elham ilham" },
    { u"fsl", u"فيصل faisal faysal feisal faisel" },
    { u"xld", u"خالد khalid khaled khaaled" },
    { u"xlf", u"خليفة khalifa khalifah khalefa" },
    { u"fhd", u"فهد fahad fahd fahed" },
    { u"ftm", u"فاطمة fatima fatimah fatma fatmah fatemah fatemeh" },
    { u"ysf", u"يوسف yousef yusuf youssef yousif yosef yousuf yossef" },
    { u"mstf", u"مصطفى mustafa mostafa moustafa mustapha" },
    { u"sltn", u"سلطان sultan sultaan" },
    { u"zyd", u"زيد zaid zeid zayd" },
    { u"zayd", u"زايد zayed zayid" },
    { u"zyad", u"زياد ziad ziyad zeyad ziyaad" },
    { u"bn", u"بن ابن bin ibn ben" },
    { u"bnt", u"بنت bint" },
};

QHash<QString, QString> buildAliases()
{
    QHash<QString, QString> table;
    for (const AliasGroup &group : aliasGroups) {
        const QString key = QString::fromUtf16(group.key);
        const QString variants = QString::fromUtf16(group.variants);
        for (const QStringView variant : QStringView(variants).split(u' ', Qt::SkipEmptyParts)) {
            const QString folded = ArabicText::fold(variant);
            Q_ASSERT(!table.contains(folded) || table.value(folded) == key);
            table.insert(folded, key);
        }
    }
    return table;
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = buildAliases(); // immutable once built
    return table;
}

const QString kArabicArticle = QStringLiteral(u"ال");
const QString kArabicAbd = QStringLiteral(u"عبد");

bool isLatinVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

bool isBareArticle(QStringView token)
{
    return token == u"al" || token == u"el" || token == kArabicArticle;
}

// "Ash-Shehri", "Ad-Dosari", "Ar-Rashid": a sun-letter article written as its own part.
bool isAssimilatedArticle(QStringView token, QStringView next)
{
    static const QString forms[] = { QStringLiteral("ad"),  QStringLiteral("ar"),  QStringLiteral("as"),
                                     QStringLiteral("at"),  QStringLiteral("az"),  QStringLiteral("an"),
                                     QStringLiteral("ash"), QStringLiteral("ath"), QStringLiteral("adh") };
    for (const QString &form : forms) {
        if (token == form)
            return next.startsWith(token.mid(1));
    }
    return false;
}

bool isAbdPrefix(QStringView token)
{
    return token == kArabicAbd || token == u"abd" || token == u"abdul" || token == u"abdel"
        || token == u"abdal" || token == u"abdol" || token == u"abdil" || token == u"abdu";
}

// Drops articles and joins "عبد الله" / "Abdel Aziz" / "Abd al-Aziz" into one part.
QStringList joinNameParts(const QStringList &tokens)
{
    QStringList parts;
    const qsizetype count = tokens.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QString &token = tokens.at(i);
        const bool hasNext = i + 1 < count;
        if (hasNext && (isBareArticle(token) || isAssimilatedArticle(token, tokens.at(i + 1))))
            continue;
        if (hasNext && isAbdPrefix(token)) {
            QString joined = token;
            qsizetype j = i + 1;
            if (isBareArticle(tokens.at(j)) && j + 1 < count)
                joined += tokens.at(j++);
            joined += tokens.at(j);
            parts.append(joined);
            i = j;
            continue;
        }
        parts.append(token);
    }
    return parts;
}

// Consonant classes shared by both scripts: vowels (and ا ء ع, and و ي w y after the first letter)
// vanish, an initial vowel becomes 'a', doubled classes collapse, and a final h goes (ة / -ah / -a).
// x = kh/خ, c = sh/ش, g = gh/غ, k = k/q/g/ق/ك.
QString consonantSkeleton(QStringView token)
{
    QString out;
    out.reserve(token.size());
    const auto put = [&out](char16_t c) {
        if (out.isEmpty() || out.back() != QChar(c))
            out.append(QChar(c));
    };
    const qsizetype size = token.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = token[i].unicode();
        const bool initial = i == 0;
        if (c < 0x80) {
            const char16_t next = i + 1 < size ? token[i + 1].unicode() : 0;
            if (next == u'h') {
                char16_t digraph = 0;
                switch (c) {
                case u'k':
                    digraph = u'x';
                    break;
                case u'g':
                    digraph = u'g';
                    break;
                case u's':
                case u'c':
                    digraph = u'c';
                    break;
                case u't':
                    digraph = u't';
                    break;
                case u'd':
                    digraph = u'd';
                    break;
                case u'p':
                    digraph = u'f';
                    break;
                default:
                    break;
                }
                if (digraph) {
                    put(digraph);
                    ++i;
                    continue;
                }
            }
            switch (c) {
            case u'a':
            case u'e':
            case u'i':
            case u'o':
            case u'u':
                if (initial)
                    put(u'a');
                break;
            case u'w':
            case u'y':
                if (initial)
                    put(c);
                break;
            case u'p':
                put(u'b');
                break;
            case u'q':
            case u'c':
            case u'g':
                put(u'k');
                break;
            case u'v':
                put(u'f');
                break;
            case u'x':
                put(u'k');
                put(u's');
                break;
            default:
                put(c);
                break;
            }
            continue;
        }
        switch (c) {
        case 0x0621: // ء
        case 0x0627: // ا
        case 0x0639: // ع
            if (initial)
                put(u'a');
            break;
        case 0x0648: // و
            if (initial)
                put(u'w');
            break;
        case 0x064A: // ي
            if (initial)
                put(u'y');
            break;
        case 0x0628: // ب
        case 0x067E: // پ
            put(u'b');
            break;
        case 0x062A: // ت
        case 0x062B: // ث
        case 0x0637: // ط
            put(u't');
            break;
        case 0x062C: // ج
        case 0x0686: // چ
            put(u'j');
            break;
        case 0x062D: // ح
        case 0x0647: // ه
        case 0x06D5:
            put(u'h');
            break;
        case 0x062E: // خ
            put(u'x');
            break;
        case 0x062F: // د
        case 0x0630: // ذ
        case 0x0636: // ض
        case 0x0638: // ظ
            put(u'd');
            break;
        case 0x0631:
            put(u'r');
            break;
        case 0x0632: // ز
        case 0x0698: // ژ
            put(u'z');
            break;
        case 0x0633: // س
        case 0x0635: // ص
            put(u's');
            break;
        case 0x0634: // ش
            put(u'c');
            break;
        case 0x063A: // غ
            put(u'g');
            break;
        case 0x0641: // ف
        case 0x06A4: // ڤ
            put(u'f');
            break;
        case 0x0642: // ق
        case 0x0643: // ك
        case 0x06AF: // گ
            put(u'k');
            break;
        case 0x0644:
            put(u'l');
            break;
        case 0x0645:
            put(u'm');
            break;
        case 0x0646:
            put(u'n');
            break;
        default:
            put(c); // other scripts pass through
            break;
        }
    }
    if (out.size() >= 2 && out.back() == u'h')
        out.chop(1);
    return out;
}

QString partSkeleton(const QString &part)
{
    const auto &table = aliases();
    if (const auto it = table.constFind(part); it != table.constEnd())
        return it.value();

    // عبدالعزيز / Abdulaziz / Abdurrahman: "abd" plus the skeleton of what follows the article.
    const bool arabicAbd = part.startsWith(kArabicAbd);
    if (part.size() > 3 && (arabicAbd || part.startsWith(u"abd"))) {
        QStringView rest = QStringView(part).mid(3);
        if (arabicAbd) {
            if (rest.startsWith(kArabicArticle) && rest.size() > 2)
                rest = rest.mid(2);
        } else if (rest.size() > 3
                   && (rest.startsWith(u"ul") || rest.startsWith(u"el") || rest.startsWith(u"al")
                       || rest.startsWith(u"ol") || rest.startsWith(u"il"))) {
            rest = rest.mid(2);
        } else if (rest.size() >= 3 && isLatinVowel(rest[0]) && rest[1] == rest[2]) {
            rest = rest.mid(1); // sun letter: Abdurrahman, Abdussalam
        }
        return QStringLiteral("abd") + consonantSkeleton(rest);
    }

    // Alsaud / السعود: the article glued to the name.
    QStringView rest = part;
    if (part.startsWith(kArabicArticle) && part.size() >= 4)
        rest = rest.mid(2);
    else if ((part.startsWith(u"al") || part.startsWith(u"el")) && part.size() >= 5)
        rest = rest.mid(2);
    if (rest.size() != part.size()) {
        if (const auto it = table.constFind(rest.toString()); it != table.constEnd())
            return it.value();
    }
    return consonantSkeleton(rest);
}

QStringList skeletonParts(QStringView name)
{
    const QStringList parts = joinNameParts(nameTokens(ArabicText::fold(name)));
    QStringList skeletons;
    skeletons.reserve(parts.size());
    for (const QString &part : parts)
        skeletons.append(partSkeleton(part));
    return skeletons;
}

} // namespace

QString ArabicText::nameSkeleton(QStringView name)
{
    return skeletonParts(name).join(u' ');
}

QString ArabicText::nameKey(QStringView name)
{
    QStringList parts = skeletonParts(name);
    std::sort(parts.begin(), parts.end());
    return parts.join(u' ');
}

} // namespace OmniCrm
