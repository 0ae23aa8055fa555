// SPDX-License-Identifier: GPL-3.0-or-later
// Reading one large input in pieces, one per core: where it can be split, and how the pieces' sets join.
#pragma once

#include "bytesource.h"
#include "reader.h"
#include "tieset.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace tb::pieces {

// Random access to one input: the split looks into it here and there, and each piece streams
// its own range of it.
class Input
{
public:
    virtual ~Input() = default;
    virtual qint64 size() const = 0;
    // Up to `length` bytes from `offset` on (fewer at the end); empty when they cannot be read.
    virtual QByteArray bytesAt(qint64 offset, qint64 length) const = 0;
    // The bytes of [begin, begin + length), in chunks.
    virtual std::unique_ptr<ByteSource> source(qint64 begin, qint64 length, qint64 chunkSize) const = 0;
};

class FileInput final : public Input
{
public:
    explicit FileInput(const QString &path);
    qint64 size() const override { return m_size; }
    QByteArray bytesAt(qint64 offset, qint64 length) const override;
    std::unique_ptr<ByteSource> source(qint64 begin, qint64 length, qint64 chunkSize) const override;

private:
    QString m_path;
    qint64 m_size = 0;
};

class MemoryInput final : public Input
{
public:
    explicit MemoryInput(const QByteArray &bytes)
        : m_bytes(bytes)
    { }
    qint64 size() const override { return m_bytes.size(); }
    QByteArray bytesAt(qint64 offset, qint64 length) const override { return m_bytes.mid(offset, length); }
    std::unique_ptr<ByteSource> source(qint64 begin, qint64 length, qint64 chunkSize) const override;

private:
    const QByteArray &m_bytes;
};

// Where pieces 2, 3, … of `input` start when it is cut into `count` pieces of about equal size:
// at the first place after each cut that `format` lets a piece start (ReaderFormat::pieceStart),
// ascending. Fewer (none) where there is no such place near a cut; a piece is never empty.
std::vector<qint64> startsOfPieces(const Input &input, const ReaderFormat &format, int count);

// Joins `piece` (a set of one file, read from a piece whose first line is line `lineBase` + 1 of
// the file) to the end of file `file` of `set`: its clubs re-interned in the order they first
// appear, its ties, places and diagnostics moved with their lines counted in the file and the
// messages that name a line completed. `piece` is left empty.
void join(TieSet &set, std::uint16_t file, TieSet &&piece, std::uint32_t lineBase);

} // namespace tb::pieces
