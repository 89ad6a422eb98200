#include "app/history/Annotation.h"

#include <cmath>

const LineAnnotation *Annotation::line(int lineNumber) const
{
    return lineNumber >= 1 && lineNumber <= lines.size() ? &lines.at(lineNumber - 1) : nullptr;
}

const AnnotatedVersion *Annotation::versionOfLine(int lineNumber) const
{
    const LineAnnotation *l = line(lineNumber);
    return l && l->version >= 0 && l->version < versions.size() ? &versions.at(l->version) : nullptr;
}

QList<int> Annotation::introducingVersions() const
{
    QList<int> out;
    for (int i = 0; i < versions.size(); ++i) {
        if (versions.at(i).introducedLines > 0)
            out.append(i);
    }
    return out;
}

bool Annotation::startsRun(int lineNumber) const
{
    const LineAnnotation *l = line(lineNumber);
    if (!l)
        return false;
    const LineAnnotation *before = line(lineNumber - 1);
    return !before || before->version != l->version;
}

int Annotation::hueFor(int versionIndex)
{
    // Successive multiples of the golden angle never repeat and keep neighbours apart.
    return int(std::fmod(double(qMax(0, versionIndex)) * 137.50776405, 360.0));
}
