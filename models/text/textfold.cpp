// SPDX-License-Identifier: GPL-3.0-or-later
// Folds text for forgiving club search with ICU's transliterators, one pair per thread.
#include "textfold.h"

#include <QHash>
#include <QtGlobal>
#include <memory>

#include <unicode/translit.h>
#include <unicode/uscript.h>

namespace tb {
namespace {

// The chain both spellings share, after the script-specific steps (%1). ICU's own steps but for
// three rules: the marks transliteration writes for soft and hard signs, aspirates, alef and
// ayin (ʹ ʺ ʻ ʼ ʾ ʿ) and apostrophes are left out, so that "kuban" finds "Кубань" ("kubanʹ")
// and "st patricks" finds "St Patrick's"; ə, which Latin-ASCII keeps, is e, as Azerbaijani
// clubs are searched ("qebele" finds "Qəbələ"); control characters are spaces, so that folded
// text holds no line break but those between its spellings. Chinese characters are kept: their
// pinyin comes one syllable at a time ("bei jing") and would cost half a second to load. The
// Greek steps leave ';' alone: they take it for the Greek question mark, wherever it stands.
constexpr char16_t ChainRules[] = uR"(
[[:Hebrew:]&[:Mn:]] > ;
%1
:: [^[:Han:]\u003B] Any-Latin ;
[\u02B9-\u02BC\u02BE\u02BF\u00B4] > ;
:: NFKD ;
:: [:Mn:] Remove ;
:: Latin-ASCII ;
:: Lower ;
[\u0000-\u001F] > \u0020 ;
[\u0027\u0060] > ;
[\u0259\u01DD] > e ;
)";

// The press's spelling: BGN/PCGN for Russian (Химки -> khimki, Жальгирис -> zhalgiris), Armenian
// (Երևան -> yerevan) and Georgian, the UN's (ELOT 743) for Greek (Παναθηναϊκός -> panathinaikos).
// Without these, Any-Latin spells each script by ICU's default (ISO 9 for Cyrillic).
constexpr char16_t PressSteps[] = uR"(
:: Russian-Latin/BGN ;
:: [[:Greek:][:Mn:]] Greek-Latin/UNGEGN ;
:: Armenian-Latin/BGN ;
:: Georgian-Latin/BGN ;
)";

// The scripts PressSteps spells differently from ICU's default: only text with one of them has
// a second spelling.
bool hasTwoSpellings(UScriptCode script)
{
    return script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK || script == USCRIPT_ARMENIAN
        || script == USCRIPT_GEORGIAN;
}

// Null when ICU cannot build it (its data missing): the fold then only lowers the case.
std::unique_ptr<icu::Transliterator> makeChain(const char16_t *id, QStringView steps)
{
    const QString rules = QString::fromUtf16(ChainRules).arg(steps);
    const QStringView view(rules);
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> chain(icu::Transliterator::createFromRules(
        icu::UnicodeString(id), icu::UnicodeString(view.utf16(), int32_t(view.size())), UTRANS_FORWARD, where, status));
    if (U_FAILURE(status) || !chain) {
        qWarning("Club search cannot use ICU's transliterator (%s, rule line %d); names are matched by case only.",
                 u_errorName(status), int(where.line));
        chain.reset();
    }
    return chain;
}

// A thread's pair of transliterators, built on its first fold of non-ASCII text.
struct Chains
{
    std::unique_ptr<icu::Transliterator> press = makeChain(u"TieBrowser-Fold-Press", PressSteps);
    std::unique_ptr<icu::Transliterator> standard = makeChain(u"TieBrowser-Fold", {});
};

Chains &threadChains()
{
    thread_local Chains chains;
    return chains;
}

QString transliterate(const icu::Transliterator *chain, QStringView text)
{
    if (!chain)
        return text.toString().toLower();
    icu::UnicodeString buffer(text.utf16(), int32_t(text.size()));
    chain->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// What the chain makes of ASCII, without ICU: lower case, control characters as spaces, no
// apostrophes. (tst_textfold checks that the two agree on every ASCII character.)
QString foldAscii(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\'' || u == u'`')
            continue;
        if (u < 0x20)
            out.append(u' ');
        else
            out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u));
    }
    return out;
}

bool needsSecondSpelling(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x370) // Latin, and the marks and letters every script shares
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        UErrorCode status = U_ZERO_ERROR;
        if (hasTwoSpellings(uscript_getScript(UChar32(c), &status)) && U_SUCCESS(status))
            return true;
    }
    return false;
}

// A word's two spellings; `standard` is null when it is the same as `press`.
struct Spellings
{
    QString press;
    QString standard;
};

Spellings foldWord(QStringView word)
{
    Chains &chains = threadChains();
    Spellings spellings{transliterate(chains.press.get(), word), {}};
    if (needsSecondSpelling(word)) {
        QString standard = transliterate(chains.standard.get(), word);
        if (standard != spellings.press)
            spellings.standard = std::move(standard);
    }
    return spellings;
}

// Folds text a word (what stands between spaces) at a time. ICU takes some 15 µs for a name,
// and club names share their words ("FK", towns, "Sportul"): a Folder that folds a set's names
// asks ICU once for each distinct word that is not ASCII, and ASCII words never.
class Folder
{
public:
    QString fold(QStringView text)
    {
        if (isAscii(text))
            return foldAscii(text);
        QString press;
        QString standard;
        bool twoSpellings = false;
        bool first = true;
        for (const QStringView word : text.tokenize(u' ')) {
            if (!first) {
                press += u' ';
                standard += u' ';
            }
            first = false;
            if (isAscii(word)) {
                const QString folded = foldAscii(word);
                press += folded;
                standard += folded;
                continue;
            }
            const Spellings &spellings = wordSpellings(word);
            press += spellings.press;
            standard += spellings.standard.isNull() ? spellings.press : spellings.standard;
            twoSpellings = twoSpellings || !spellings.standard.isNull();
        }
        return twoSpellings ? press + u'\n' + standard : press;
    }

private:
    const Spellings &wordSpellings(QStringView word)
    {
        const QString key = word.toString();
        auto it = m_words.find(key);
        if (it == m_words.end())
            it = m_words.insert(key, foldWord(word));
        return *it;
    }

    QHash<QString, Spellings> m_words;
};

} // namespace

QString foldForSearch(QStringView text)
{
    return Folder().fold(text);
}

std::vector<QString> foldAllForSearch(const std::vector<QString> &texts)
{
    Folder folder;
    std::vector<QString> folded;
    folded.reserve(texts.size());
    for (const QString &text : texts)
        folded.push_back(folder.fold(text));
    return folded;
}

bool foldedContains(QStringView haystack, QStringView needle)
{
    // A one-line needle cannot match across the haystack's line breaks: it has none.
    if (!needle.contains(u'\n'))
        return haystack.contains(needle);
    for (const QStringView line : needle.tokenize(u'\n', Qt::SkipEmptyParts)) {
        if (haystack.contains(line))
            return true;
    }
    return false;
}

bool foldedNarrows(QStringView needle, QStringView wider)
{
    bool empty = true;
    for (const QStringView line : needle.tokenize(u'\n', Qt::SkipEmptyParts)) {
        empty = false;
        if (!foldedContains(line, wider))
            return false;
    }
    return !empty || wider.isEmpty(); // an empty needle is in everything: it narrows nothing
}

} // namespace tb
