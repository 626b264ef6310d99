#pragma once

#include <QHash>
#include <QList>
#include <QVariant>
#include <QVector>

#include <functional>

// A bounded cache of table rows fetched in chunks, so that a view over a million rows only ever
// holds the pages it shows. The least recently used chunk is dropped first.
class RowCache final
{
public:
    using Row = QVector<QVariant>;
    using Fetch = std::function<QList<Row>(int offset, int limit)>;

    explicit RowCache(Fetch fetch, int chunkSize = 256, int maxChunks = 32);

    // The row at `index`, fetching its chunk when needed; nullptr past the fetched data.
    const Row* row(int index);
    void clear();

    int chunkSize() const { return m_chunkSize; }
    int cachedChunks() const { return static_cast<int>(m_chunks.size()); }
    int fetches() const { return m_fetches; }

private:
    Fetch m_fetch;
    int m_chunkSize;
    int m_maxChunks;
    QHash<int, QList<Row>> m_chunks;
    QList<int> m_recent; // most recent last
    int m_fetches = 0;
};
