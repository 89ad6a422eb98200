#include "app/bundle/BundleExtract.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

using Result = BundleExtract::Result;

namespace {

Result failed(const QString &error)
{
    Result r;
    r.error = error;
    return r;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What stands at `absolute` on disk, without following a link there.
enum class OnDisk { Nothing, Folder, File, Link };

OnDisk onDisk(const QString &absolute)
{
    const QFileInfo info(absolute);
    if (info.isSymLink())
        return OnDisk::Link; // also a dangling one, which exists() calls absent
    if (!info.exists())
        return OnDisk::Nothing;
    return info.isDir() ? OnDisk::Folder : OnDisk::File;
}

// Whether `path` (a bundle path) can be written under `root` (canonical): every folder on the way
// is absent or a real folder, and the target itself is absent. Returns the refusal, or empty.
// `conflict` is set when the refusal is "exists already" (listed, not fatal on its own).
QString checkTarget(const QString &root, const QString &path, bool *conflict)
{
    *conflict = false;
    const QStringList segments = path.split(u'/');
    QString at = root;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        at += u'/' + segments[i];
        const bool last = i + 1 == segments.size();
        switch (onDisk(at)) {
        case OnDisk::Nothing:
            return {}; // nothing further down can exist either
        case OnDisk::Link:
            return BundleExtract::tr("“%1” is a symbolic link; nothing is written through a link.").arg(native(at));
        case OnDisk::Folder:
            if (!last)
                continue;
            *conflict = true;
            return {};
        case OnDisk::File:
            *conflict = true;
            return {};
        }
    }
    return {};
}

// The refusal before anything is written: a link on the way, or files that exist already.
Result checkAll(const CodeBundle &bundle, const QString &root)
{
    Result r;
    for (const CodeBundle::File &file : bundle.files()) {
        bool conflict = false;
        const QString refusal = checkTarget(root, file.path, &conflict);
        if (!refusal.isEmpty())
            return failed(refusal);
        if (conflict && r.conflicts.size() < BundleExtract::MaxConflictsListed)
            r.conflicts << file.path;
    }
    if (!r.conflicts.isEmpty())
        r.error = BundleExtract::tr("The folder already holds files of this bundle; nothing was written. "
                                    "First conflicts: %1").arg(r.conflicts.join(QStringLiteral(", ")));
    return r;
}

// What one extraction has put on disk so far, to take back after a failure.
struct Written
{
    QStringList files;
    QStringList folders; // in the order made

    void rollBack() const
    {
        for (auto it = files.crbegin(); it != files.crend(); ++it)
            QFile::remove(*it);
        for (auto it = folders.crbegin(); it != folders.crend(); ++it)
            QDir().rmdir(*it); // only when empty: never what someone else put there meanwhile
    }
};

// Makes the folders of `relative` under `root` one by one, so each made one is known (and none is
// a link: checked again here, just before writing into it).
QString makeFolders(const QString &root, const QString &relative, Written *written)
{
    if (relative.isEmpty())
        return {};
    QString at = root;
    for (const QString &segment : relative.split(u'/')) {
        at += u'/' + segment;
        const OnDisk there = onDisk(at);
        if (there == OnDisk::Folder)
            continue;
        if (there != OnDisk::Nothing)
            return BundleExtract::tr("“%1” appeared while writing and is not a folder.").arg(native(at));
        if (!QDir().mkdir(at))
            return BundleExtract::tr("The folder “%1” could not be made.").arg(native(at));
        written->folders << at;
    }
    const QString canonical = QFileInfo(at).canonicalFilePath();
    if (canonical != at)
        return BundleExtract::tr("“%1” does not resolve to a place inside the chosen folder.").arg(native(at));
    return {};
}

// Writes `bytes` to a fresh temporary file beside `target`, then renames it into place without
// replacing anything. Returns the error, or empty.
QString writeFile(const QString &target, const QByteArray &bytes)
{
    const QFileInfo info(target);
    const QString temp = info.path() + QStringLiteral("/.") + info.fileName().left(200) + QStringLiteral(".part-")
            + QString::number(QRandomGenerator::global()->generate64(), 36);
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return BundleExtract::tr("“%1” could not be written: %2").arg(native(target), out.errorString());
    const bool wrote = out.write(bytes) == bytes.size() && out.flush();
    const QString writeError = out.errorString();
    out.close();
    if (!wrote || out.error() != QFileDevice::NoError) {
        QFile::remove(temp);
        return BundleExtract::tr("“%1” could not be written: %2").arg(native(target), writeError);
    }
    // QFile::rename never replaces an existing file.
    QFile written(temp);
    if (!written.rename(target)) {
        QFile::remove(temp);
        return BundleExtract::tr("“%1” could not be put in place: %2").arg(native(target), written.errorString());
    }
    return {};
}

} // namespace

BundleExtract::Result BundleExtract::extract(const CodeBundle &bundle, const QString &folder)
{
    const QFileInfo chosen(folder);
    const QString root = chosen.canonicalFilePath();
    if (root.isEmpty() || !chosen.isDir())
        return failed(tr("The folder “%1” does not exist.").arg(native(folder)));
    Result r = checkAll(bundle, root);
    if (!r.ok())
        return r;
    Written written;
    for (const CodeBundle::File &file : bundle.files()) {
        const qsizetype slash = file.path.lastIndexOf(u'/');
        QString error = makeFolders(root, slash < 0 ? QString() : file.path.left(slash), &written);
        const QString target = root + u'/' + file.path;
        if (error.isEmpty())
            error = writeFile(target, file.bytes);
        if (!error.isEmpty()) {
            written.rollBack();
            return failed(error + u' ' + tr("Nothing of the bundle was left in the folder."));
        }
        written.files << target;
    }
    r.written = int(written.files.size());
    return r;
}
