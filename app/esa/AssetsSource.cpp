#include "app/esa/AssetsSource.h"

#include "app/bundle/EsaProject.h"

#include <QFileInfo>
#include <QLocale>

namespace {
const QString AssetsFolder = QStringLiteral("assets");

AssetsSource::Kind kindOf(EsaProject::Layout layout)
{
    switch (layout) {
    case EsaProject::Layout::EsaJsonc:
    case EsaProject::Layout::EsaToml: return AssetsSource::Kind::Project;
    case EsaProject::Layout::LaidOut: return AssetsSource::Kind::BundleFolder;
    case EsaProject::Layout::AssetsOnly: break;
    }
    return AssetsSource::Kind::AssetsFolder;
}
} // namespace

bool AssetsSource::isProjectFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name == QLatin1String("esa.jsonc") || name == QLatin1String("esa.toml");
}

AssetsSource AssetsSource::read(const QString &path)
{
    const QFileInfo info(path);
    AssetsSource s;
    if (!info.exists()) {
        s.problem = tr("%1 does not exist.").arg(path);
        return s;
    }
    if (info.isFile() && !isProjectFile(path)) {
        s.problem = tr("A routine with assets takes a folder or a project's esa.jsonc, not a single file: "
                       "its versions are bundles, and one file would replace all of its assets.");
        return s;
    }
    // An esa.jsonc or esa.toml chosen stands for its project folder, which EsaProject reads as
    // esa-cli does (esa.jsonc first).
    return fromProject(info.isFile() ? info.absolutePath() : info.absoluteFilePath());
}

AssetsSource AssetsSource::fromProject(const QString &folder)
{
    AssetsSource s;
    const EsaProject::Read read = EsaProject::read(folder);
    s.kind = kindOf(read.layout);
    s.notes = read.notes;
    if (!read.ok()) {
        s.problem = read.error;
        return s;
    }
    s.notFoundStrategy = read.notFoundStrategy;
    if (s.kind == Kind::AssetsFolder)
        s.notes.prepend(tr("No esa.jsonc and no routine/index.js: the files are sent as the assets of a static site, with no function."));
    s.finishFrom(read.bundle);
    return s;
}

void AssetsSource::finishFrom(const CodeBundle &read)
{
    bundle = read;
    entry = bundle.entryPath();
    assetCount = 0;
    for (const CodeBundle::File &f : bundle.files()) {
        if (f.path.startsWith(AssetsFolder + QLatin1Char('/')))
            ++assetCount;
    }
    if (bundle.isEmpty()) {
        problem = tr("There is nothing to send: the folder has no files.");
        return;
    }
    if (entry.isEmpty() && assetCount == 0) {
        problem = tr("There is neither a routine/index.js nor any file under assets/.");
        return;
    }
    zip = bundle.toZip();
}

QString AssetsSource::summary() const
{
    const QString size = QLocale().formattedDataSize(bundle.totalBytes());
    const QString zipped = QLocale().formattedDataSize(zip.size());
    if (entry.isEmpty())
        return tr("%n asset(s), %1 (zip %2), no function", nullptr, assetCount).arg(size, zipped);
    return tr("%1 + %n asset(s), %2 (zip %3)", nullptr, assetCount).arg(entry, size, zipped);
}
