// EdgeGatewayHistory — the versions of the demo's edge-gateway routine, assembled from one text of
// blocks (resources/demo/edge-gateway/versions.js): version n is every block whose version range
// holds n, in order, so consecutive versions differ by small, reviewable steps and diffs look real.
#pragma once

#include <QByteArray>
#include <QList>

class EdgeGatewayHistory
{
public:
    // `blocks`: lines before the first marker are a preamble; each marker line "//@ RANGE NOTE"
    // (RANGE: N, N-M, or N- up to `newestVersion`) starts a block that runs to the next marker.
    EdgeGatewayHistory(const QByteArray &blocks, int newestVersion);

    int newestVersion() const { return m_newestVersion; }
    QByteArray version(int n) const; // 1..newestVersion()

private:
    struct Block
    {
        int first = 0;
        int last = 0;
        QByteArray text;
    };
    static Block parseMarker(const QByteArray &line, int newestVersion);

    int m_newestVersion;
    QList<Block> m_blocks;
};
