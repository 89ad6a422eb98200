#include "app/emulator/demo/DemoCode.h"

#include "app/emulator/demo/EdgeGatewayHistory.h"
#include "app/emulator/demo/GeoBundle.h"

#include <QFile>
#include <QList>

namespace {

// resources/CMakeLists.txt embeds resources/demo/ in the emulator library; a file missing here is a
// build that forgot to link its resources, and would serve wrong demo data.
QByteArray demoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo file %s is not embedded in this program", qPrintable(path));
    return file.readAll();
}

// Each read once, when first wanted: the app starts without touching them.
const EdgeGatewayHistory &edgeGateway()
{
    static const EdgeGatewayHistory history(demoFile(QStringLiteral(":/demo/edge-gateway/versions.js")),
                                            DemoCode::EdgeVersionCount);
    return history;
}

const QList<QString> &edgeVersionNotes()
{
    static const QList<QString> notes = [] {
        QList<QString> lines;
        for (const QByteArray &line : demoFile(QStringLiteral(":/demo/edge-gateway/version-notes.txt")).split('\n')) {
            if (!line.isEmpty())
                lines.append(QString::fromUtf8(line));
        }
        Q_ASSERT_X(lines.size() == DemoCode::EdgeVersionCount, "DemoCode", "one publish note per edge-gateway version");
        return lines;
    }();
    return notes;
}

const GeoBundle &geoBundle()
{
    static const GeoBundle bundle(demoFile(QStringLiteral(":/demo/search-index/bundle-head.js")),
                                  demoFile(QStringLiteral(":/demo/search-index/bundle-tail.js")));
    return bundle;
}

} // namespace

QByteArray DemoCode::edgeRoutineVersion(int n)
{
    Q_ASSERT(n >= 1 && n <= EdgeVersionCount);
    return edgeGateway().version(qBound(1, n, EdgeVersionCount));
}

QString DemoCode::edgeVersionDescription(int n)
{
    Q_ASSERT(n >= 1 && n <= EdgeVersionCount);
    return edgeVersionNotes().value(qBound(1, n, EdgeVersionCount) - 1);
}

QByteArray DemoCode::largeBundle(qsizetype targetBytes)
{
    return geoBundle().ofSize(targetBytes);
}

QByteArray DemoCode::jsonConfig()
{
    return demoFile(QStringLiteral(":/demo/config-service/config.json"));
}

QByteArray DemoCode::htmlPage()
{
    return demoFile(QStringLiteral(":/demo/maintenance-page/index.html"));
}

QByteArray DemoCode::wasmModule()
{
    return demoFile(QStringLiteral(":/demo/wasm-filter/filter.wasm"));
}

QByteArray DemoCode::noSuchKeyRoutineCode()
{
    return demoFile(QStringLiteral(":/demo/legacy-assets/nosuchkey.routinecode"));
}

QByteArray DemoCode::pagesBundle(const QString &routine, const QString &version)
{
    return demoFile(QStringLiteral(":/demo/%1/%2.zip").arg(routine, version));
}
