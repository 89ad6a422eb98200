#include "app/bundle/EsaProject.h"

#include "app/bundle/EsaConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

using Read = EsaProject::Read;
using Problem = EsaProject::Problem;
using File = CodeBundle::File;

namespace {

constexpr int ImportsNamed = 5; // how many imports a note lists

Read refused(Read read, Problem problem, const QString &error)
{
    read.problem = problem;
    read.error = error;
    read.bundle = CodeBundle();
    return read;
}

Read bundleRefused(Read read, const CodeBundle::Read &bundle)
{
    read.bundleProblem = bundle.problem;
    return refused(std::move(read), Problem::BundleRefused, bundle.error);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString linksNote(int skipped)
{
    return EsaProject::tr("%n link(s) or special file(s) in the folder were left out.", nullptr, skipped);
}

// Every file of `folder` under `prefix` ("assets/"), or the refusal.
CodeBundle::Read filesUnder(const QString &folder, const QString &prefix, const CodeBundle::Limits &limits,
                            QList<File> *files)
{
    CodeBundle::Read read = CodeBundle::fromFolder(folder, limits);
    if (!read.ok())
        return read;
    for (File file : read.bundle.files()) {
        file.path.prepend(prefix);
        files->append(std::move(file));
    }
    read.bundle = CodeBundle();
    return read;
}

// A folder without esa.jsonc or esa.toml: laid out already, or a site of assets.
Read readWithoutConfig(Read read, const QString &root, const CodeBundle::Limits &limits)
{
    const bool laidOut = QFileInfo(root + QStringLiteral("/routine/index.js")).isFile();
    read.layout = laidOut ? EsaProject::Layout::LaidOut : EsaProject::Layout::AssetsOnly;
    QList<File> files;
    const CodeBundle::Read folder = filesUnder(root, laidOut ? QString() : QStringLiteral("assets/"), limits, &files);
    if (!folder.ok())
        return bundleRefused(std::move(read), folder);
    if (folder.skipped > 0)
        read.notes << linksNote(folder.skipped);
    const CodeBundle::Read bundle = CodeBundle::fromFiles(std::move(files), limits);
    if (!bundle.ok())
        return bundleRefused(std::move(read), bundle);
    read.bundle = bundle.bundle;
    return read;
}

// The configuration's fields, type-checked. Returns the refusal, or empty.
QString takeFields(const QJsonObject &config, Read *read)
{
    const auto text = [&](const QJsonObject &object, const QString &key, QString *into) -> QString {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            return EsaProject::tr("“%1” must be a string.").arg(key);
        *into = value.toString();
        return {};
    };
    QString error = text(config, QStringLiteral("name"), &read->name);
    if (error.isEmpty())
        error = text(config, QStringLiteral("entry"), &read->entry);
    const QJsonValue assets = config.value(QStringLiteral("assets"));
    if (error.isEmpty() && assets.isObject()) {
        error = text(assets.toObject(), QStringLiteral("directory"), &read->assetsDirectory);
        if (error.isEmpty())
            error = text(assets.toObject(), QStringLiteral("notFoundStrategy"), &read->notFoundStrategy);
    } else if (error.isEmpty() && !assets.isUndefined() && !assets.isNull()) {
        error = EsaProject::tr("“assets” must be an object with a “directory”.");
    }
    if (read->notFoundStrategy.compare(QLatin1String("singlepageapplication"), Qt::CaseInsensitive) == 0)
        read->notFoundStrategy = QStringLiteral("SinglePageApplication"); // as esa-cli normalises it
    return error;
}

// What the note about an entry that esa-cli would have bundled says; empty when nothing.
QString entryNote(const QString &entry, const QByteArray &source)
{
    const QStringList imports = EsaProject::importsOf(source);
    const QString suffix = QFileInfo(entry).suffix().toLower();
    const bool compiled = suffix == u"ts" || suffix == u"tsx" || suffix == u"jsx" || suffix == u"mts";
    if (imports.isEmpty() && !compiled)
        return {};
    QString note = EsaProject::tr("The entry is sent as it is: esa-cli would bundle it with esbuild, and CloudCodes "
                                  "runs no bundler.");
    if (compiled)
        note += u' ' + EsaProject::tr("It is not plain JavaScript (.%1).").arg(suffix);
    if (!imports.isEmpty())
        note += u' ' + EsaProject::tr("It imports %1.").arg(imports.mid(0, ImportsNamed).join(QStringLiteral(", ")))
                + (imports.size() > ImportsNamed ? QStringLiteral(" …") : QString());
    return note;
}

// `entry` (relative to the project) as routine/index.js. Returns the refusal, or empty.
QString addEntry(const QString &root, Read *read, const CodeBundle::Limits &limits, QList<File> *files)
{
    const QString path = QDir(root).filePath(read->entry);
    const QFileInfo info(path);
    if (!info.isFile())
        return EsaProject::tr("The entry “%1” does not exist (looked for %2).").arg(read->entry, native(path));
    if (info.size() > limits.maxFileBytes)
        return EsaProject::tr("The entry “%1” is larger than %2 bytes.").arg(read->entry).arg(limits.maxFileBytes);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return EsaProject::tr("The entry “%1” could not be read: %2").arg(read->entry, in.errorString());
    File file;
    file.path = QStringLiteral("routine/index.js");
    file.bytes = in.readAll();
    if (const QString note = entryNote(read->entry, file.bytes); !note.isEmpty())
        read->notes << note;
    files->append(std::move(file));
    return {};
}

// The assets directory's files; `problem` says which refusal, if any.
QString addAssets(const QString &root, Read *read, const CodeBundle::Limits &limits, QList<File> *files,
                  Problem *problem)
{
    const QFileInfo info(QDir(root).filePath(read->assetsDirectory));
    if (!info.isDir()) {
        *problem = Problem::MissingAssets;
        return EsaProject::tr("The assets directory “%1” does not exist (looked for %2).")
                .arg(read->assetsDirectory, native(info.filePath()));
    }
    const QString canonical = info.canonicalFilePath();
    if (canonical != root && !canonical.startsWith(root + u'/')) {
        *problem = Problem::AssetsOutside;
        return EsaProject::tr("The assets directory “%1” is outside the project folder (it is %2).")
                .arg(read->assetsDirectory, native(canonical));
    }
    const CodeBundle::Read folder = filesUnder(canonical, QStringLiteral("assets/"), limits, files);
    if (!folder.ok()) {
        *problem = Problem::BundleRefused;
        read->bundleProblem = folder.problem;
        return folder.error;
    }
    if (folder.skipped > 0)
        read->notes << linksNote(folder.skipped);
    return {};
}

Read readWithConfig(Read read, const QString &root, const EsaConfigFile::Parsed &config,
                    const CodeBundle::Limits &limits)
{
    const QString configName = read.layout == EsaProject::Layout::EsaJsonc ? QStringLiteral("esa.jsonc")
                                                                           : QStringLiteral("esa.toml");
    if (!config.ok()) {
        read.line = config.line;
        read.column = config.column;
        return refused(std::move(read), Problem::BadConfig, EsaProject::tr("%1: %2").arg(configName, config.error));
    }
    read.notes << config.cliWarnings;
    if (const QString error = takeFields(config.object, &read); !error.isEmpty())
        return refused(std::move(read), Problem::BadConfig, EsaProject::tr("%1: %2").arg(configName, error));
    if (read.entry.isEmpty() && read.assetsDirectory.isEmpty())
        return refused(std::move(read), Problem::NothingToCommit,
                       EsaProject::tr("%1 names neither an “entry” nor an “assets” “directory”.").arg(configName));
    QList<File> files;
    if (!read.entry.isEmpty()) {
        if (const QString error = addEntry(root, &read, limits, &files); !error.isEmpty())
            return refused(std::move(read), Problem::MissingEntry, error);
    }
    if (!read.assetsDirectory.isEmpty()) {
        Problem problem = Problem::None;
        if (const QString error = addAssets(root, &read, limits, &files, &problem); !error.isEmpty())
            return refused(std::move(read), problem, error);
    }
    const CodeBundle::Read bundle = CodeBundle::fromFiles(std::move(files), limits);
    if (!bundle.ok())
        return bundleRefused(std::move(read), bundle);
    read.bundle = bundle.bundle;
    return read;
}

QByteArray readAll(const QString &path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace

EsaProject::Read EsaProject::read(const QString &folder, const CodeBundle::Limits &limits)
{
    Read read;
    const QFileInfo info(folder);
    const QString root = info.canonicalFilePath();
    if (!info.isDir() || root.isEmpty())
        return refused(std::move(read), Problem::NoFolder, tr("The folder “%1” does not exist.").arg(native(folder)));
    const QString jsonc = root + QStringLiteral("/esa.jsonc");
    const QString toml = root + QStringLiteral("/esa.toml");
    if (QFileInfo(jsonc).isFile()) {
        read.layout = Layout::EsaJsonc;
        return readWithConfig(std::move(read), root, EsaConfigFile::parseJsonc(readAll(jsonc)), limits);
    }
    if (QFileInfo(toml).isFile()) {
        read.layout = Layout::EsaToml;
        return readWithConfig(std::move(read), root, EsaConfigFile::parseToml(readAll(toml)), limits);
    }
    return readWithoutConfig(std::move(read), root, limits);
}

QStringList EsaProject::importsOf(const QByteArray &source)
{
    // import x from "m"; import {a, b} from 'm'; import "m"; export * from "m"; import("m"); require("m")
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"((?:^|[;}\s])(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*["']([^"'\n]+)["'])")),
        QRegularExpression(QStringLiteral(R"((?:^|[;}\s])import\s*["']([^"'\n]+)["'])")),
        QRegularExpression(QStringLiteral(R"(\b(?:import|require)\s*\(\s*["']([^"'\n]+)["']\s*\))")),
    };
    const QString text = QString::fromUtf8(source);
    QMap<qsizetype, QString> found;
    for (const QRegularExpression &pattern : patterns) {
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            found.insert(m.capturedStart(1), m.captured(1));
        }
    }
    QStringList imports;
    for (const QString &module : std::as_const(found)) {
        if (!imports.contains(module))
            imports << module;
    }
    return imports;
}
