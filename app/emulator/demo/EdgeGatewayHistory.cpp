#include "app/emulator/demo/EdgeGatewayHistory.h"

namespace {

const QByteArray kMarker = QByteArrayLiteral("//@ ");

} // namespace

EdgeGatewayHistory::EdgeGatewayHistory(const QByteArray &blocks, int newestVersion)
    : m_newestVersion(newestVersion)
{
    qsizetype pos = 0;
    while (pos < blocks.size()) {
        const qsizetype newline = blocks.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? blocks.size() : newline + 1;
        const QByteArray line = blocks.mid(pos, end - pos);
        if (line.startsWith(kMarker))
            m_blocks.append(parseMarker(line, newestVersion));
        else if (!m_blocks.isEmpty())
            m_blocks.last().text.append(line);
        pos = end;
    }
}

EdgeGatewayHistory::Block EdgeGatewayHistory::parseMarker(const QByteArray &line, int newestVersion)
{
    // "N", "N-M" or "N-"; whatever follows the range is a note for the reader.
    const QByteArray range = line.mid(kMarker.size()).trimmed().split(' ').first();
    const qsizetype dash = range.indexOf('-');
    Block block;
    block.first = range.left(dash < 0 ? range.size() : dash).toInt();
    if (dash < 0)
        block.last = block.first;
    else if (dash == range.size() - 1)
        block.last = newestVersion;
    else
        block.last = range.mid(dash + 1).toInt();
    Q_ASSERT_X(block.first >= 1 && block.first <= block.last && block.last <= newestVersion,
               "EdgeGatewayHistory", line.constData());
    return block;
}

QByteArray EdgeGatewayHistory::version(int n) const
{
    Q_ASSERT(n >= 1 && n <= m_newestVersion);
    QByteArray out;
    out.reserve(12 * 1024);
    for (const Block &block : m_blocks) {
        if (n >= block.first && n <= block.last)
            out.append(block.text);
    }
    return out;
}
