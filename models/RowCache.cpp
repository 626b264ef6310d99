#include "RowCache.h"

RowCache::RowCache(Fetch fetch, int chunkSize, int maxChunks)
    : m_fetch(std::move(fetch))
    , m_chunkSize(chunkSize)
    , m_maxChunks(maxChunks)
{}

const RowCache::Row* RowCache::row(int index)
{
    if (index < 0)
        return nullptr;
    const int chunk = index / m_chunkSize;
    auto it = m_chunks.find(chunk);
    if (it == m_chunks.end()) {
        ++m_fetches;
        it = m_chunks.insert(chunk, m_fetch(chunk * m_chunkSize, m_chunkSize));
        m_recent.append(chunk);
        while (m_recent.size() > m_maxChunks)
            m_chunks.remove(m_recent.takeFirst());
        it = m_chunks.find(chunk);
    } else if (m_recent.last() != chunk) {
        m_recent.removeOne(chunk);
        m_recent.append(chunk);
    }
    const int offset = index % m_chunkSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void RowCache::clear()
{
    m_chunks.clear();
    m_recent.clear();
}
