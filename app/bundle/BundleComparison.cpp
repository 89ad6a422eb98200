#include "app/bundle/BundleComparison.h"

#include "app/diff/LibGit2.h"
#include "app/diff/TextDiffer.h"

#include <git2.h>

#include <QFileInfo>

#include <algorithm>

using Change = BundleComparison::Change;
using Row = BundleComparison::Row;
using File = CodeBundle::File;

namespace {

int countLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *counts = static_cast<BundleComparison::LineCounts *>(payload);
    if (line->origin == GIT_DIFF_LINE_ADDITION)
        ++counts->added;
    else if (line->origin == GIT_DIFF_LINE_DELETION)
        ++counts->removed;
    return 0;
}

// A folder's row and what its files were, to decide its change at the end.
struct FolderTally
{
    int row = -1;
    int files = 0;
    int same = 0;
    int added = 0;
    int removed = 0;
};

void addSize(qint64 *total, qint64 size)
{
    if (size >= 0)
        *total = std::max<qint64>(*total, 0) + size;
}

// A file's row: what changed, and its line counts.
Row fileRow(const QString &path, const File *oldFile, const File *newFile, const DiffOptions &options,
            QString *error)
{
    Row row;
    row.path = path;
    row.depth = int(path.count(u'/'));
    row.oldSize = oldFile ? oldFile->bytes.size() : -1;
    row.newSize = newFile ? newFile->bytes.size() : -1;
    if (oldFile && newFile && oldFile->bytes == newFile->bytes)
        return row; // Same, not diffed
    row.change = !oldFile ? Change::Added : !newFile ? Change::Removed : Change::Changed;
    const BundleComparison::LineCounts lines = BundleComparison::countLines(
            oldFile ? oldFile->bytes : QByteArray(), newFile ? newFile->bytes : QByteArray(), options);
    row.binary = lines.binary;
    row.linesAdded = lines.added;
    row.linesRemoved = lines.removed;
    if (!lines.error.isEmpty() && error->isEmpty())
        *error = lines.error;
    return row;
}

void tallyFile(const Row &file, FolderTally *folder, Row *folderRow)
{
    ++folder->files;
    folder->same += file.change == Change::Same;
    folder->added += file.change == Change::Added;
    folder->removed += file.change == Change::Removed;
    folderRow->linesAdded += file.linesAdded;
    folderRow->linesRemoved += file.linesRemoved;
    addSize(&folderRow->oldSize, file.oldSize);
    addSize(&folderRow->newSize, file.newSize);
}

Change folderChange(const FolderTally &t)
{
    if (t.same == t.files)
        return Change::Same;
    if (t.added == t.files)
        return Change::Added;
    if (t.removed == t.files)
        return Change::Removed;
    return Change::Changed;
}

void countFile(const Row &row, BundleComparison::Counts *counts)
{
    switch (row.change) {
    case Change::Same: ++counts->same; break;
    case Change::Added: ++counts->added; break;
    case Change::Removed: ++counts->removed; break;
    case Change::Changed: ++counts->changed; break;
    }
    counts->binaryChanged += row.binary && row.change != Change::Same;
    counts->linesAdded += row.linesAdded;
    counts->linesRemoved += row.linesRemoved;
}

} // namespace

BundleComparison BundleComparison::compare(const CodeBundle &oldBundle, const CodeBundle &newBundle,
                                           const DiffOptions &options)
{
    QStringList paths;
    paths.reserve(oldBundle.count() + newBundle.count());
    for (const File &f : oldBundle.files())
        paths << f.path;
    for (const File &f : newBundle.files()) {
        if (!oldBundle.file(f.path))
            paths << f.path;
    }
    std::sort(paths.begin(), paths.end(), CodeBundle::inTreeOrder);

    BundleComparison c;
    c.m_rows.reserve(paths.size() * 5 / 4);
    QList<FolderTally> open; // the folders of the previous file, outermost first
    for (const QString &path : std::as_const(paths)) {
        const QStringList segments = path.split(u'/');
        const qsizetype folders = segments.size() - 1;
        // Close the folders this file is not in, open the ones it is.
        qsizetype keep = 0;
        while (keep < open.size() && keep < folders
               && c.m_rows.at(open.at(keep).row).name() == segments.at(keep))
            ++keep;
        for (qsizetype i = open.size(); i > keep; --i)
            c.m_rows[open.at(i - 1).row].change = folderChange(open.at(i - 1));
        open.resize(keep);
        for (qsizetype i = keep; i < folders; ++i) {
            Row folder;
            folder.path = QStringList(segments.mid(0, i + 1)).join(u'/');
            folder.depth = int(i);
            folder.isFolder = true;
            open.append(FolderTally{int(c.m_rows.size())});
            c.m_rows.append(folder);
        }
        const Row row = fileRow(path, oldBundle.file(path), newBundle.file(path), options, &c.m_error);
        for (FolderTally &folder : open)
            tallyFile(row, &folder, &c.m_rows[folder.row]);
        countFile(row, &c.m_counts);
        c.m_rows.append(row);
    }
    for (const FolderTally &folder : std::as_const(open))
        c.m_rows[folder.row].change = folderChange(folder);
    return c;
}

int BundleComparison::rowOf(const QString &path) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).path == path)
            return int(i);
    }
    return -1;
}

QList<int> BundleComparison::changedFileRows() const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).isFolder && m_rows.at(i).change != Change::Same)
            rows << int(i);
    }
    return rows;
}

BundleComparison::LineCounts BundleComparison::countLines(const QByteArray &oldText, const QByteArray &newText,
                                                          const DiffOptions &options)
{
    LineCounts counts;
    if (oldText.contains('\0') || newText.contains('\0')) {
        counts.binary = true;
        return counts;
    }
    const LibGit2::Functions *git = LibGit2::functions();
    if (!git) {
        counts.error = LibGit2::loadError();
        return counts;
    }
    git_diff_options opts;
    git->diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    opts.flags = TextDiffer::engineFlags(options) | GIT_DIFF_INDENT_HEURISTIC; // as the file diff runs it
    opts.context_lines = 0;
    opts.interhunk_lines = 0;
    const int rc = git->diff_buffers(oldText.constData(), size_t(oldText.size()), "a", newText.constData(),
                                     size_t(newText.size()), "b", &opts, nullptr, nullptr, nullptr, countLine, &counts);
    if (rc < 0) {
        const git_error *e = git->error_last();
        counts = LineCounts();
        counts.error = e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("libgit2 error %1").arg(rc);
    }
    return counts;
}
