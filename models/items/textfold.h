// SPDX-License-Identifier: GPL-3.0-or-later
// Folds text for forgiving search: case, diacritics and transliteration ("Þór" -> "thor").
#pragma once

#include <QString>
#include <QStringView>

namespace tb {

// Lower case, accents removed (NFKD, marks dropped), letters without a decomposition
// transliterated (þ->th, ð->d, ø->o, æ->ae, ß->ss, ł->l, đ->d, ı->i, œ->oe, Cyrillic and Greek
// to Latin), runs of spaces/punctuation kept as is. `suduva` is a substring of fold("FK Sūduva").
QString foldForSearch(QStringView text);

} // namespace tb
