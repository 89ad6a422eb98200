#include "app/history/LineMatcher.h"

#include "app/diff/LibGit2.h"

#include <git2.h>

#include <vector>

namespace {

struct ChangedLines
{
    std::vector<char> deleted; // indexed by 1-based line number
    std::vector<char> added;
};

int lineCallback(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *changed = static_cast<ChangedLines *>(payload);
    if (line->origin == GIT_DIFF_LINE_DELETION && line->old_lineno > 0 && size_t(line->old_lineno) < changed->deleted.size())
        changed->deleted[size_t(line->old_lineno)] = 1;
    else if (line->origin == GIT_DIFF_LINE_ADDITION && line->new_lineno > 0 && size_t(line->new_lineno) < changed->added.size())
        changed->added[size_t(line->new_lineno)] = 1;
    return 0;
}

} // namespace

int LineMatcher::lineCount(const QByteArray &text)
{
    if (text.isEmpty())
        return 0;
    return int(text.count('\n')) + (text.endsWith('\n') ? 0 : 1);
}

LineMatch LineMatcher::match(const QByteArray &oldText, const QByteArray &newText, const DiffOptions &options)
{
    LineMatch result;
    result.oldLineCount = lineCount(oldText);
    const int newCount = lineCount(newText);
    result.oldLineOf.resize(newCount, 0);
    if (oldText == newText) {
        for (int i = 0; i < newCount; ++i)
            result.oldLineOf[i] = i + 1;
        return result;
    }
    if (result.oldLineCount == 0 || newCount == 0)
        return result; // everything added (or nothing left)

    const LibGit2::Functions *git = LibGit2::functions();
    if (!git) {
        result.error = LibGit2::loadError();
        result.oldLineOf.clear();
        return result;
    }
    git_diff_options opts;
    git->diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    // As TextDiffer: text whatever the bytes, and git's default indent heuristic (git blame
    // takes it from the diff defaults too).
    opts.flags = GIT_DIFF_FORCE_TEXT | GIT_DIFF_INDENT_HEURISTIC;
    switch (options.algorithm) {
    case DiffOptions::Algorithm::Patience:
        opts.flags |= GIT_DIFF_PATIENCE;
        break;
    case DiffOptions::Algorithm::Minimal:
        opts.flags |= GIT_DIFF_MINIMAL;
        break;
    case DiffOptions::Algorithm::Myers:
        break;
    }
    if (options.ignoreWhitespace)
        opts.flags |= GIT_DIFF_IGNORE_WHITESPACE_CHANGE;
    opts.context_lines = 0; // the edit script does not depend on context; less to emit
    opts.interhunk_lines = 0;

    ChangedLines changed;
    changed.deleted.assign(size_t(result.oldLineCount) + 1, 0);
    changed.added.assign(size_t(newCount) + 1, 0);
    const int rc = git->diff_buffers(oldText.constData(), size_t(oldText.size()), "a/text",
                                         newText.constData(), size_t(newText.size()), "b/text",
                                         &opts, nullptr, nullptr, nullptr, lineCallback, &changed);
    if (rc < 0) {
        const git_error *e = git->error_last();
        result.error = e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("libgit2 error %1").arg(rc);
        result.oldLineOf.clear();
        return result;
    }

    // Lines neither side changed are the same lines, in the same order, on both sides.
    int oldLine = 1;
    for (int newLine = 1; newLine <= newCount; ++newLine) {
        if (changed.added[size_t(newLine)])
            continue;
        while (oldLine <= result.oldLineCount && changed.deleted[size_t(oldLine)])
            ++oldLine;
        if (oldLine > result.oldLineCount)
            break; // inconsistent engine output: leave the rest as added rather than invent a match
        result.oldLineOf[newLine - 1] = oldLine++;
    }
    return result;
}
