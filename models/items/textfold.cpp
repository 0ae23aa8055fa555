// SPDX-License-Identifier: GPL-3.0-or-later
// Folds text for forgiving club search: lower case, no accents, Latin transliteration.
#include "textfold.h"

#include <QChar>
#include <QList>

namespace tb {
namespace {

// Letters that Unicode does not decompose into a Latin base letter, and Cyrillic/Greek, written
// the way club names usually appear in Latin script. Looked up on the lower-case, still composed
// letter, so that e.g. "й" becomes "y" rather than "и" plus a breve.
const char *transliteration(char32_t c)
{
    switch (c) {
    // Latin letters without a decomposition
    case U'þ': return "th";
    case U'ð': return "d";
    case U'ø': return "o";
    case U'æ': return "ae";
    case U'ß': return "ss";
    case U'ł': return "l";
    case U'đ': return "d";
    case U'ı': return "i";
    case U'œ': return "oe";
    case U'ħ': return "h";
    case U'ŧ': return "t";
    case U'ŋ': return "n";
    case U'ə': return "e"; // Azerbaijani: Qəbələ
    case U'ǝ': return "e";
    case U'ƒ': return "f";
    case U'ĸ': return "k";
    // Typographic punctuation a keyboard does not type
    case U'\u2018':
    case U'\u2019':
    case U'\u02BC':
    case U'\u00B4': return "'";
    case U'\u201C':
    case U'\u201D':
    case U'\u201E': return "\"";
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
    case U'\u2212': return "-";
    // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian)
    case U'а': return "a";
    case U'б': return "b";
    case U'в': return "v";
    case U'г': return "g";
    case U'ґ': return "g";
    case U'д': return "d";
    case U'ђ': return "d";
    case U'ѓ': return "g";
    case U'е': return "e";
    case U'ё': return "e";
    case U'є': return "ye";
    case U'ж': return "zh";
    case U'з': return "z";
    case U'ѕ': return "dz";
    case U'и': return "i";
    case U'і': return "i";
    case U'ї': return "yi";
    case U'й': return "y";
    case U'ј': return "j";
    case U'к': return "k";
    case U'ќ': return "k";
    case U'л': return "l";
    case U'љ': return "lj";
    case U'м': return "m";
    case U'н': return "n";
    case U'њ': return "nj";
    case U'о': return "o";
    case U'п': return "p";
    case U'р': return "r";
    case U'с': return "s";
    case U'т': return "t";
    case U'ћ': return "c";
    case U'у': return "u";
    case U'ў': return "u";
    case U'ф': return "f";
    case U'х': return "kh";
    case U'ц': return "c"; // "ЦСКА" is searched as "cska"
    case U'ч': return "ch";
    case U'џ': return "dz";
    case U'ш': return "sh";
    case U'щ': return "shch";
    case U'ъ': return "";
    case U'ы': return "y";
    case U'ь': return "";
    case U'э': return "e";
    case U'ю': return "yu";
    case U'я': return "ya";
    // Greek (ELOT 743): "Ολυμπιακός" -> "olympiakos"
    case U'α': return "a";
    case U'β': return "v";
    case U'γ': return "g";
    case U'δ': return "d";
    case U'ε': return "e";
    case U'ζ': return "z";
    case U'η': return "i";
    case U'θ': return "th";
    case U'ι': return "i";
    case U'κ': return "k";
    case U'λ': return "l";
    case U'μ': return "m";
    case U'ν': return "n";
    case U'ξ': return "x";
    case U'ο': return "o";
    case U'π': return "p";
    case U'ρ': return "r";
    case U'σ': return "s";
    case U'ς': return "s";
    case U'τ': return "t";
    case U'υ': return "y";
    case U'φ': return "f";
    case U'χ': return "ch";
    case U'ψ': return "ps";
    case U'ω': return "o";
    default: return nullptr;
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(static_cast<char16_t>(c)));
    }
}

// Depth is bounded by Unicode's decompositions (a few levels); no input can make it deeper.
void foldCodePoint(QString &out, char32_t c)
{
    if (c < 0x80) {
        out.append(QChar(static_cast<char16_t>(c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c)));
        return;
    }
    const char32_t lower = QChar::toLower(c);
    if (const char *latin = transliteration(lower)) {
        out.append(QLatin1StringView(latin));
        return;
    }
    const QString decomposed = QChar::decomposition(lower);
    if (!decomposed.isEmpty()) {
        for (const char32_t part : decomposed.toUcs4())
            foldCodePoint(out, part);
        return;
    }
    switch (QChar::category(lower)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing: return; // the accent of a decomposed letter
    default: appendCodePoint(out, lower);
    }
}

} // namespace

QString foldForSearch(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        foldCodePoint(out, c);
    }
    return out;
}

} // namespace tb
