// SPDX-License-Identifier: GPL-3.0-or-later
// Folds text for forgiving search: case, accents and script ("Þór" -> "thor", "ЦСКА" -> "cska").
#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace tb {

// The text as ICU's transliterators write it in lower-case ASCII Latin: any script to Latin,
// accents and Hebrew points dropped, Latin letters without a decomposition spelled in ASCII
// (þ -> th, ø -> o, ß -> ss), apostrophes and the transliteration's marks for soft signs and
// aspirates left out, runs of spaces and other punctuation kept as they are. Chinese characters
// stay as they are.
//
// Text in Cyrillic, Greek, Armenian or Georgian has two common Latin spellings: the one of the
// English-language press (BGN/PCGN, UN: "Химки" -> "khimki") and the scientific one that ICU
// gives by default (ISO 9: "ЦСКА" -> "cska"). Such text folds to both, one per line, the first
// line the press's; other text folds to one line. Folded text holds no other line break.
//
// Callable from any thread at once: each thread has its own transliterators (ICU's are not
// thread-safe). The first call in a process loads ICU's transliteration data (about 0.1 s).
//
// Text is folded a word at a time (the words between spaces), so a word folds the same wherever
// it stands.
QString foldForSearch(QStringView text);
// foldForSearch() of each text, faster for many texts that share words (a set's club names).
std::vector<QString> foldAllForSearch(const std::vector<QString> &texts);

// Whether folded text `haystack` contains folded text `needle`: some line of the needle is in
// some line of the haystack. An empty needle is in everything.
bool foldedContains(QStringView haystack, QStringView needle);

// Whether everything that contains folded `needle` also contains folded `wider` (each line of
// `needle` holds a line of `wider`): typing one more letter only narrows what matches.
bool foldedNarrows(QStringView needle, QStringView wider);

} // namespace tb
