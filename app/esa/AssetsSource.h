// What New Version sends to a routine with assets, read from what the user chose: a project
// folder with esa.jsonc (or esa.toml), or that file itself, read by EsaProject (app/bundle) into
// the bundle esa-cli would commit; a folder laid out as a bundle (routine/index.js) as it is; any
// other folder as the assets of a static site. A single file is refused: such a routine's
// versions are bundles, and one file would replace all its assets. This adds what the dialog
// shows (entry + N assets, sizes, notes) and the zip that is posted.
// read() is pure and slow (it reads every file): it runs on the worker pool.
#pragma once

#include "app/bundle/CodeBundle.h"

#include <QCoreApplication>
#include <QString>

struct AssetsSource
{
    Q_DECLARE_TR_FUNCTIONS(AssetsSource)

public:
    enum class Kind { Project, BundleFolder, AssetsFolder };

    Kind kind = Kind::AssetsFolder;
    CodeBundle bundle;
    QByteArray zip;           // bundle.toZip(): what is posted
    QString entry;            // "routine/index.js", or empty (a static site)
    int assetCount = 0;       // files under assets/
    QString notFoundStrategy; // the project's assets.notFoundStrategy, as the service spells it
    QStringList notes;        // what the user should know (a project's note, skipped files)
    QString problem;          // non-empty: nothing can be sent

    bool ok() const { return problem.isEmpty(); }
    // "routine/index.js + 12 assets, 1.2 MB (zip 400 kB)"
    QString summary() const;

    // Whether `path` names a project's configuration file (esa.jsonc, esa.toml).
    static bool isProjectFile(const QString &path);
    static AssetsSource read(const QString &path);

private:
    static AssetsSource fromProject(const QString &folder);
    void finishFrom(const CodeBundle &read);
};
