// GeoBundle — the search-index routine's big versions: an esbuild-style bundle of the edge gateway's
// geo build whose IP prefix table is generated (deterministically) so the module is exactly as many
// bytes as asked. The code around the table is fixed text (resources/demo/search-index/).
#pragma once

#include <QByteArray>

class GeoBundle
{
public:
    static constexpr qsizetype MinimumSize = 4096;

    // `head` ends where the table's entries start, `tail` closes the table and holds the code.
    GeoBundle(const QByteArray &head, const QByteArray &tail);

    QByteArray ofSize(qsizetype targetBytes) const; // targetBytes >= MinimumSize

private:
    QByteArray m_head;
    QByteArray m_tail;
};
