// ESA's build of an assets version, as far as the emulator plays it: the uploaded zip must be a
// bundle CodeBundle reads (the checks CloudCodes itself makes: zip bombs, unsafe paths, links,
// encryption, bad CRCs, duplicates, truncation) and hold what esa-cli packs: routine/index.js (a
// function), files under assets/ (a static site, esa-cli's assets-only projects), or both.
#include "app/emulator/alibaba/RoutineStore.h"

#include "app/bundle/CodeBundle.h"

QString RoutineStore::bundleProblem(const QByteArray &zip)
{
    if (!CodeBundle::looksLikeZip(zip))
        return QStringLiteral("The uploaded file is not a zip archive.");
    const CodeBundle::Read read = CodeBundle::fromZip(zip);
    if (!read.ok())
        return QStringLiteral("The uploaded zip is not a valid bundle: %1").arg(read.error);
    if (read.bundle.file(QStringLiteral("routine/index.js")))
        return {};
    for (const CodeBundle::File &f : read.bundle.files()) {
        if (f.path.startsWith(QLatin1String("assets/")))
            return {};
    }
    return QStringLiteral("The bundle has neither routine/index.js (the function's entry) nor files under assets/.");
}
