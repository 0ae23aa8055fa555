// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces of one input: files and bytes as random-access inputs, the cuts at tie boundaries, joining a piece's set.
#include "pieces.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace tb::pieces {

namespace {

// How far past a cut a piece's start is looked for; a tie is a few hundred bytes, so a cut
// without a first leg this near is input that is not a round table anyway.
constexpr qint64 SearchWindow = qint64(256) << 10;

// A slice of bytes held elsewhere, without a copy.
class SliceSource final : public ByteSource
{
public:
    SliceSource(const char *data, qint64 length, qint64 chunkSize)
        : m_slice(QByteArray::fromRawData(data, length))
        , m_source(m_slice, chunkSize)
    { }
    qint64 size() const override { return m_source.size(); }
    qint64 next(const char *&data) override { return m_source.next(data); }

private:
    const QByteArray m_slice;
    MemorySource m_source; // reads m_slice, declared before it
};

} // namespace

FileInput::FileInput(const QString &path)
    : m_path(path)
    , m_size(QFileInfo(path).size())
{ }

QByteArray FileInput::bytesAt(qint64 offset, qint64 length) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset))
        return {};
    return file.read(length);
}

std::unique_ptr<ByteSource> FileInput::source(qint64 begin, qint64 length, qint64 chunkSize) const
{
    return std::make_unique<FileSource>(m_path, chunkSize, begin, length);
}

std::unique_ptr<ByteSource> MemoryInput::source(qint64 begin, qint64 length, qint64 chunkSize) const
{
    begin = std::clamp<qint64>(begin, 0, m_bytes.size());
    length = std::clamp<qint64>(length, 0, m_bytes.size() - begin);
    return std::make_unique<SliceSource>(m_bytes.constData() + begin, length, chunkSize);
}

std::vector<qint64> startsOfPieces(const Input &input, const ReaderFormat &format, int count)
{
    std::vector<qint64> starts;
    if (!format.pieceStart)
        return starts;
    const qint64 size = input.size();
    qint64 last = 0;
    for (int k = 1; k < count; ++k) {
        const qint64 cut = std::max(size / count * k, last + 1);
        if (cut >= size)
            break;
        // From the byte before the cut, so that a line starting right at the cut counts.
        const QByteArray window = input.bytesAt(cut - 1, SearchWindow);
        const qsizetype lineBreak = window.indexOf('\n');
        if (lineBreak < 0)
            continue;
        const qsizetype at = format.pieceStart(QByteArrayView(window).sliced(lineBreak + 1));
        if (at < 0)
            continue;
        const qint64 start = cut + lineBreak + at;
        if (start <= last || start >= size)
            continue;
        starts.push_back(start);
        last = start;
    }
    return starts;
}

void join(TieSet &set, std::uint16_t file, TieSet &&piece, std::uint32_t lineBase)
{
    // In the order of their ids, which is the order they first appear in the piece: the order
    // reading the whole file at once would have interned them in.
    std::vector<ClubId> clubMap(piece.clubs.size());
    for (std::size_t id = 0; id < clubMap.size(); ++id)
        clubMap[id] = set.clubs.intern(QStringView(piece.clubs.name(ClubId(id))));
    const auto remap = [&clubMap](ClubId id) { return id < clubMap.size() ? clubMap[id] : NoClub; };

    const std::size_t firstTie = set.ties.size();
    reserveInHugePages(set.ties, piece.ties.size());
    // A block at a time: one copy at the speed of memory, then the ids and lines in place while
    // the block is in the nearest caches (a push_back() a tie is twice as slow; the whole piece
    // copied first, its ties came from memory again).
    constexpr std::size_t Block = 2048; // 144 KiB of ties
    for (std::size_t begin = 0; begin < piece.ties.size(); begin += Block) {
        const std::size_t end = std::min(piece.ties.size(), begin + Block);
        const std::size_t at = set.ties.size();
        set.ties.insert(set.ties.end(), piece.ties.begin() + std::ptrdiff_t(begin),
                        piece.ties.begin() + std::ptrdiff_t(end));
        for (auto tie = set.ties.begin() + std::ptrdiff_t(at); tie != set.ties.end(); ++tie) {
            tie->home = remap(tie->home);
            tie->away = remap(tie->away);
            tie->statedWinner = remap(tie->statedWinner);
            tie->file = file;
            tie->line += lineBase;
        }
    }
    for (auto [index, source] : piece.placeOverflow) {
        source.file = file;
        for (std::uint32_t *line : {&source.leg1Line, &source.leg2Line, &source.datesLine}) {
            if (*line > 0)
                *line += lineBase;
        }
        set.placeOverflow.emplace_back(std::uint32_t(firstTie + index), source);
    }
    for (auto [index, playoff] : piece.playoffs) {
        if (playoff.line > 0)
            playoff.line += lineBase;
        set.playoffs.emplace_back(std::uint32_t(firstTie + index), playoff);
    }
    set.diagnostics.reserve(set.diagnostics.size() + piece.diagnostics.size());
    for (Diagnostic &d : piece.diagnostics) {
        d.file = file;
        if (d.line > 0)
            d.line += lineBase;
        if (d.namedLine > 0) {
            d.message = d.message.arg(d.namedLine + lineBase);
            d.namedLine = 0;
        }
        set.diagnostics.push_back(std::move(d));
    }
    piece = TieSet();
}

} // namespace tb::pieces
