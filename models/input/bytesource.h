// SPDX-License-Identifier: GPL-3.0-or-later
// Where the bytes of one input come from: a file read a chunk at a time, bytes in memory, or a pipe (standard input).
#pragma once

#include "tie.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace tb {

// Asks for 2 MiB pages in the whole huge pages inside [p, p + n), before anything is written
// there. On a virtual machine a page fault per 4 KiB of ties costs more than reading them.
void adviseHugePages(void *p, std::size_t n);

// Has the kernel provide the whole pages inside [p, p + n) now, zeroed and writable, as the
// first write to each would one by one: memory that is about to be filled can be made ready while
// a thread waits. Nothing in the range is written; without the kernel's support, nothing happens.
void populateForWriting(void *p, std::size_t n);

// Makes room for at least `count` more elements without reallocating, in huge pages; the room
// not yet used costs address space only, since the kernel provides pages when first written.
template<typename T>
void reserveInHugePages(std::vector<T> &v, std::size_t count)
{
    if (v.capacity() - v.size() >= count)
        return;
    v.reserve(v.size() + count);
    adviseHugePages(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(T));
}

// A source of bytes handed out in chunks. A pasted text would be one more implementation; the
// loader only pulls chunks.
class ByteSource
{
public:
    virtual ~ByteSource() = default;

    // The size of the whole input when known (for progress and for reserving ties), else 0.
    virtual qint64 size() const = 0;
    // The next chunk: its size, 0 at the end, -1 on a read error (see errorString()). `data`
    // stays valid until the next call.
    virtual qint64 next(const char *&data) = 0;
    virtual QString errorString() const { return {}; }
};

// Bytes already in memory, handed out in chunks of `chunkSize` without copying.
class MemorySource final : public ByteSource
{
public:
    MemorySource(const QByteArray &bytes, qint64 chunkSize);
    qint64 size() const override { return m_bytes.size(); }
    qint64 next(const char *&data) override;

private:
    const QByteArray &m_bytes;
    const qint64 m_chunk;
    qint64 m_done = 0;
};

// A file, never held whole: read a chunk at a time into one buffer, on the reading thread. A
// thread of its own reading a chunk ahead was not faster (docs/ARCHITECTURE.md, "Bytes"): the
// pieces already keep every core busy, and that thread only took turns with them.
class FileSource final : public ByteSource
{
public:
    enum class OpenError {
        None,
        IsDirectory,
        CannotOpen
    };

    FileSource(const QString &path, qint64 chunkSize);
    // Only `length` bytes from `begin` on: one piece of a file read in parallel.
    FileSource(const QString &path, qint64 chunkSize, qint64 begin, qint64 length);
    ~FileSource() override;

    OpenError openError() const { return m_openError; }
    qint64 size() const override;
    qint64 next(const char *&data) override;
    QString errorString() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    OpenError m_openError = OpenError::None;
};

// An open file descriptor read to its end, one read() per chunk: standard input, which may be a
// pipe or a terminal and has then no size. The descriptor is not closed (it is not ours); it
// is read where it stands, and once: what was read is not there again.
class DescriptorSource final : public ByteSource
{
public:
    DescriptorSource(int descriptor, qint64 chunkSize);
    ~DescriptorSource() override;

    // What is left of a regular file (`< round.txt`); 0 for a pipe or a terminal.
    qint64 size() const override { return m_size; }
    qint64 next(const char *&data) override;
    QString errorString() const override { return m_error; }

private:
    struct Buffer;
    const int m_descriptor;
    const qint64 m_chunk;
    qint64 m_size = 0;
    std::unique_ptr<Buffer> m_buffer; // allocated at the first read
    QString m_error;
};

} // namespace tb
