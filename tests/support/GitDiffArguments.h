// git diff's options for each of TextDiffer's algorithms, for the tests that compare with git.
#pragma once

#include "app/diff/TextDiff.h"

#include <QStringList>

inline QStringList gitAlgorithmArguments(DiffOptions::Algorithm algorithm)
{
    switch (algorithm) {
    case DiffOptions::Algorithm::Patience:
        return {QStringLiteral("--patience")};
    case DiffOptions::Algorithm::Minimal:
        return {QStringLiteral("--diff-algorithm=myers"), QStringLiteral("--minimal")};
    case DiffOptions::Algorithm::Myers:
        return {QStringLiteral("--diff-algorithm=myers")};
    }
    return {};
}
