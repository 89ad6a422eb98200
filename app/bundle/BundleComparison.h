// Two bundles compared as folders, the way Meld and Beyond Compare compare directories: one row
// per path in either (and one per folder), each Added, Removed, Changed or Same, with the lines
// added and removed for a text file. Pure data, computed away from any widget, thread-safe (it
// reads only its immutable inputs): run it on the pool. A file's side-by-side diff is then
// TextDiffer's work on the two files (app/versions/FolderComparison::fileInput).
//
// Decisions:
// - Same bytes are Same without diffing: sizes first, then the bytes (equal sizes are compared
//   with memcmp, which is cheaper than hashing both for a one-off comparison; shared bytes, as
//   two versions read from one cache have, compare by pointer).
// - Binary: either side contains a NUL byte (TextDiffer's rule), then no line counts.
// - Line counts are libgit2's, with TextDiffer's engine flags for the same DiffOptions, so they are
//   the counts the file's diff shows and what `git diff --no-index --numstat` prints for the same
//   algorithm (tests/unit/tst_bundlecomparison.cpp checks both).
// - Rows are ordered as a tree (CodeBundle's order: folders before files at each level, names
//   case-insensitively), a folder's row before its contents. A folder is Added or Removed when all
//   its files are, Same when all are Same, else Changed; its line counts are its files' sums.
//
// A bundle against a single-file version compares the entry (app/versions/Comparison::entryOf).
#pragma once

#include "app/bundle/CodeBundle.h"
#include "app/diff/TextDiff.h"

#include <QList>
#include <QString>

class BundleComparison
{
public:
    enum class Change { Same, Added, Removed, Changed };

    struct Row
    {
        QString path;      // "assets/css/site.css"; a folder's without a trailing '/'
        int depth = 0;     // segments before the last: 0 for top-level
        bool isFolder = false;
        Change change = Change::Same;
        bool binary = false;
        int linesAdded = 0;
        int linesRemoved = 0;
        qint64 oldSize = -1; // -1: absent on that side (a folder's: the sum of its files there)
        qint64 newSize = -1;
        QString name() const { return path.mid(path.lastIndexOf(u'/') + 1); }
    };

    struct Counts
    {
        int same = 0;
        int added = 0;
        int removed = 0;
        int changed = 0;
        int binaryChanged = 0; // of `changed` and added/removed, how many are binary
        int linesAdded = 0;
        int linesRemoved = 0;
        int files() const { return same + added + removed + changed; }
    };

    BundleComparison() = default;
    static BundleComparison compare(const CodeBundle &oldBundle, const CodeBundle &newBundle,
                                    const DiffOptions &options = DiffOptions());

    const QList<Row> &rows() const { return m_rows; }
    const Counts &counts() const { return m_counts; }
    // Non-empty when the diff engine failed (libgit2 missing): rows are there, line counts are 0.
    QString error() const { return m_error; }
    // The row of `path` (file or folder), or -1.
    int rowOf(const QString &path) const;
    // Rows whose file differs (not folders), in order: for next and previous change across files.
    QList<int> changedFileRows() const;

    // The lines added and removed between two texts, as the file's diff would count them; none
    // and `binary` when either has a NUL byte. Exposed for tests and the benchmark.
    struct LineCounts
    {
        int added = 0;
        int removed = 0;
        bool binary = false;
        QString error;
    };
    static LineCounts countLines(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options);

private:
    QList<Row> m_rows;
    Counts m_counts;
    QString m_error;
};
