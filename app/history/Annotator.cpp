#include "app/history/Annotator.h"

#include "app/history/LineMatcher.h"

Annotation Annotator::annotate(const QList<HistoryVersion> &versions, int target, const DiffOptions &options,
                               const CancelToken &cancel)
{
    Annotation result;
    if (target < 0)
        target = int(versions.size()) - 1;
    if (target < 0 || target >= versions.size()) {
        result.status = Annotation::Status::Failed;
        result.error = tr("There is no such version to annotate.");
        return result;
    }
    result.target = target;

    // Summaries, and where each version's introducing diff starts from.
    int previousWithContent = -1;
    int lastBreak = -1; // the newest version up to the target that has no lines (and is no storage error)
    for (int i = 0; i <= target; ++i) {
        const HistoryVersion &v = versions.at(i);
        AnnotatedVersion s;
        s.codeVersion = v.codeVersion;
        s.shortId = v.shortId();
        s.createTime = v.createTime;
        s.description = v.description;
        s.summary = v.description.section(QLatin1Char('\n'), 0, 0).trimmed();
        s.previous = previousWithContent;
        s.hue = Annotation::hueFor(i);
        result.versions.append(s);
        if (!v.isStorageError()) {
            previousWithContent = i;
            if (!v.hasLines())
                lastBreak = i;
        }
    }

    if (!versions.at(target).hasLines()) {
        result.status = Annotation::Status::NoLines;
        return result;
    }

    // Only the versions after the last break matter: nothing before it survives.
    QList<LineAnnotation> origins;
    int holder = -1; // the version whose text `origins` describes
    for (int i = lastBreak + 1; i <= target; ++i) {
        if (cancel.isCancelled()) {
            result.status = Annotation::Status::Cancelled;
            return result;
        }
        const HistoryVersion &v = versions.at(i);
        if (v.isStorageError())
            continue;
        const int count = LineMatcher::lineCount(v.bytes);
        QList<LineAnnotation> next(count);
        if (holder < 0) {
            for (int n = 0; n < count; ++n)
                next[n] = LineAnnotation{i, n + 1};
        } else {
            const LineMatch match = LineMatcher::match(versions.at(holder).bytes, v.bytes, options);
            if (!match.error.isEmpty()) {
                result.status = Annotation::Status::Failed;
                result.error = tr("The diff of version %1 with version %2 failed: %3")
                                       .arg(versions.at(holder).shortId(), v.shortId(), match.error);
                return result;
            }
            for (int n = 0; n < count; ++n) {
                const int old = match.oldLineOf.at(n);
                next[n] = old > 0 ? origins.at(old - 1) : LineAnnotation{i, n + 1};
            }
        }
        origins = std::move(next);
        holder = i;
    }

    for (const LineAnnotation &l : std::as_const(origins))
        ++result.versions[l.version].introducedLines;
    result.lines = std::move(origins);
    result.status = Annotation::Status::Annotated;
    return result;
}
