#include "app/esa/CodeVersion.h"

#include <QJsonDocument>
#include <QJsonObject>

BuildState CodeVersion::buildStateOf(const QString &status)
{
    const QString s = status.trimmed().toLower();
    // Versions of routines without assets come with "Available" or, from older answers, nothing.
    if (s.isEmpty() || s == QLatin1String("available"))
        return BuildState::Ready;
    // esa-cli waits while it is "init"; the other words are what a build on its way may say.
    if (s == QLatin1String("init") || s == QLatin1String("building") || s == QLatin1String("uploading")
        || s == QLatin1String("pending") || s == QLatin1String("creating"))
        return BuildState::Building;
    return BuildState::Failed;
}

QString CodeVersion::sourceOf(const QString &extraInfo)
{
    if (extraInfo.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(extraInfo.toUtf8());
    const QJsonValue source = doc.object().value(QStringLiteral("Source"));
    return source.isString() ? source.toString().trimmed() : QString();
}

QString CodeVersion::sourceName(const QString &source)
{
    const QString s = source.toLower();
    if (s == QLatin1String("cli"))
        return tr("esa-cli");
    if (s == QLatin1String("console"))
        return tr("Console");
    if (s == QLatin1String("cloudcodes"))
        return QStringLiteral("CloudCodes");
    if (s == QLatin1String("build") || s == QLatin1String("git") || s == QLatin1String("github"))
        return tr("Build (%1)").arg(source);
    return source;
}

QString CodeVersion::buildStateText(const QString &status)
{
    switch (buildStateOf(status)) {
    case BuildState::Ready:
        return {};
    case BuildState::Building:
        return tr("Building (%1)").arg(status.trimmed());
    case BuildState::Failed:
        return tr("Build failed (%1)").arg(status.trimmed());
    }
    return {};
}
