// The git tags that say which versions a routine's environments run, as the history export writes
// and moves them: `production` / `staging` for a version that has the environment to itself; for a
// canary (two or more versions sharing the traffic) `<env>-stable-<percent>` on the version with
// the largest share and `<env>-canary-<percent>` on each other one, and no plain `<env>` tag,
// because no single version is "production" then. Names are ref-safe: environments whose name is
// not lower-case letters, digits and '-' get no tag; when two canaries share a percentage the
// first one listed gets the tag.
#pragma once

#include "app/esa/Routine.h"

#include <QList>
#include <QString>
#include <QStringList>

struct DeploymentTag
{
    QString name;        // "production", "production-canary-10", ...
    QString codeVersion;
    bool operator==(const DeploymentTag &o) const { return name == o.name && codeVersion == o.codeVersion; }
};

class DeploymentTags
{
public:
    static QList<DeploymentTag> fromEnvironments(const QList<RoutineEnvironment> &environments);
    // Whether a tag is one the export owns (and so may move or delete): a deployment tag of
    // "production", "staging" or one of `environments`' names.
    static bool isDeploymentTag(const QString &tagName, const QList<RoutineEnvironment> &environments = {});
};
