// SPDX-License-Identifier: GPL-3.0-or-later
// The byte sources: memory in slices, a file read a chunk at a time into one buffer, a descriptor read as it comes.
#include "bytesource.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace tb {

namespace {

constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;

// The read buffer, in huge pages when it is large: it is written once per chunk.
struct ChunkBuffer
{
    explicit ChunkBuffer(qint64 size)
    {
        if (size >= qint64(HugePage)) {
            const std::size_t rounded = (std::size_t(size) + HugePage - 1) & ~(HugePage - 1);
            data.reset(static_cast<char *>(std::aligned_alloc(HugePage, rounded)));
            if (data)
                adviseHugePages(data.get(), rounded);
        }
        if (!data)
            data.reset(static_cast<char *>(std::malloc(std::size_t(size))));
        if (!data)
            throw std::bad_alloc();
    }
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    std::unique_ptr<char, Free> data;
};

// Advises the kernel of the whole pages of `pageSize` inside [p, p + n), if there are any. They are
// found as offsets from p: the pointer itself is only ever moved along, never made from an integer.
[[maybe_unused]] void adviseWholePages(void *p, std::size_t n, std::uintptr_t pageSize, int advice)
{
    const auto address = reinterpret_cast<std::uintptr_t>(p);
    const std::uintptr_t begin = (address + pageSize - 1) & ~(pageSize - 1);
    const std::uintptr_t end = (address + n) & ~(pageSize - 1);
    if (end > begin)
        madvise(static_cast<char *>(p) + (begin - address), end - begin, advice);
}

} // namespace

void adviseHugePages(void *p, std::size_t n)
{
#ifdef MADV_HUGEPAGE
    adviseWholePages(p, n, HugePage, MADV_HUGEPAGE);
#else
    Q_UNUSED(p);
    Q_UNUSED(n);
#endif
}

void populateForWriting(void *p, std::size_t n)
{
#ifdef MADV_POPULATE_WRITE
    // Linux 5.14 and later; an older kernel says EINVAL, and the pages come as they are written.
    adviseWholePages(p, n, std::uintptr_t(sysconf(_SC_PAGESIZE)), MADV_POPULATE_WRITE);
#else
    Q_UNUSED(p);
    Q_UNUSED(n);
#endif
}

MemorySource::MemorySource(const QByteArray &bytes, qint64 chunkSize)
    : m_bytes(bytes)
    , m_chunk(std::max<qint64>(1, chunkSize))
{ }

qint64 MemorySource::next(const char *&data)
{
    const qint64 n = std::min(m_chunk, m_bytes.size() - m_done);
    data = m_bytes.constData() + m_done;
    m_done += n;
    return n;
}

struct FileSource::Private
{
    QFile file;
    qint64 chunk = 0;
    qint64 size = 0; // of the range read
    qint64 left = -1; // of a range, the bytes not yet read; -1 for a whole file
    std::unique_ptr<ChunkBuffer> buffer;
};

FileSource::FileSource(const QString &path, qint64 chunkSize)
    : FileSource(path, chunkSize, 0, -1)
{ }

FileSource::FileSource(const QString &path, qint64 chunkSize, qint64 begin, qint64 length)
    : d(std::make_unique<Private>())
{
    d->chunk = std::max<qint64>(1, chunkSize);
    if (QFileInfo(path).isDir()) {
        m_openError = OpenError::IsDirectory;
        return;
    }
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_openError = OpenError::CannotOpen;
        return;
    }
    const qint64 fileSize = d->file.size();
    begin = std::clamp<qint64>(begin, 0, fileSize);
    d->size = length < 0 ? fileSize - begin : std::min(length, fileSize - begin);
    if (begin > 0 && !d->file.seek(begin)) {
        m_openError = OpenError::CannotOpen;
        return;
    }
    // The whole file is read to its end, whatever its size said (a device, a file still growing).
    d->left = length < 0 ? -1 : d->size;
    // The kernel reads ahead of us on its own (twice as far for a file said to be read in order),
    // so a file on disk still comes while the ties are read; no thread of ours waits for it.
    posix_fadvise(d->file.handle(), off_t(begin), length < 0 ? 0 : off_t(d->size), POSIX_FADV_SEQUENTIAL);
    d->buffer = std::make_unique<ChunkBuffer>(length < 0 ? d->chunk : std::max<qint64>(1, std::min(d->chunk, d->size)));
}

FileSource::~FileSource() = default;

qint64 FileSource::size() const
{
    return d->size;
}

qint64 FileSource::next(const char *&data)
{
    if (m_openError != OpenError::None)
        return -1;
    const qint64 want = d->left < 0 ? d->chunk : std::min(d->chunk, d->left);
    const qint64 n = want > 0 ? d->file.read(d->buffer->data.get(), want) : 0;
    if (n > 0 && d->left > 0)
        d->left -= n;
    data = d->buffer->data.get();
    return n;
}

QString FileSource::errorString() const
{
    return d->file.errorString();
}

struct DescriptorSource::Buffer : ChunkBuffer
{
    using ChunkBuffer::ChunkBuffer;
};

DescriptorSource::DescriptorSource(int descriptor, qint64 chunkSize)
    : m_descriptor(descriptor)
    , m_chunk(std::max<qint64>(1, chunkSize))
{
    // Only a regular file has a size worth reserving ties for; the rest of it counts, since the
    // shell may hand us a descriptor that a previous command has read from already.
    struct stat status;
    if (::fstat(m_descriptor, &status) == 0 && S_ISREG(status.st_mode)) {
        const off_t at = ::lseek(m_descriptor, 0, SEEK_CUR);
        if (at >= 0 && at < status.st_size)
            m_size = qint64(status.st_size - at);
    }
}

DescriptorSource::~DescriptorSource() = default;

qint64 DescriptorSource::next(const char *&data)
{
    if (!m_error.isEmpty())
        return -1;
    // A pipe's size is unknown: the buffer is one chunk, whatever arrives, never the whole input.
    if (!m_buffer)
        m_buffer = std::make_unique<Buffer>(m_chunk);
    data = m_buffer->data.get();
    while (true) {
        const ssize_t n = ::read(m_descriptor, m_buffer->data.get(), std::size_t(m_chunk));
        if (n >= 0)
            return qint64(n); // a short read (a pipe hands out what it holds) is a chunk too
        if (errno == EINTR)
            continue; // a signal arrived before any byte did
        m_error = qt_error_string(errno);
        return -1;
    }
}

} // namespace tb
