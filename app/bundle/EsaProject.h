// A local esa-cli project turned into the bundle `esa-cli commit` would upload, for New Version on
// a routine with assets. What esa-cli 1.0.3 reads (dist/utils/compress.js, checkAssetsExist.js,
// fileUtils/index.js, commands/common/utils.js):
// - the folder's esa.jsonc, else its esa.toml (EsaConfigFile);
// - `entry`: the routine's source, put in the zip as `routine/index.js`;
// - `assets.directory`: every file under it, as `assets/<path relative to it>`;
// - `assets.notFoundStrategy`: sent with the version (ConfOptions.NotFoundStrategy), with
//   "singlepageapplication" in any case written as "SinglePageApplication", as the CLI does;
// - `name`: the routine's name.
// Where we differ, on purpose:
// - esa-cli bundles the entry with esbuild (imports inlined, TypeScript compiled). We do not run a
//   bundler: the entry goes in as it is, and Read::notes says so when it imports other modules or
//   is not plain JavaScript.
// - esa-cli silently leaves out an entry or assets directory that does not exist; we refuse, since
//   a version without the code the user configured is never what they meant. An assets directory
//   outside the project folder is refused too.
// - Links under the assets directory are left out (the CLI follows them), counted in a note.
// A folder without esa.jsonc or esa.toml is taken as already laid out when it has
// `routine/index.js` (every file as it is), else as an assets-only site (every file under `assets/`).
#pragma once

#include "app/bundle/CodeBundle.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class EsaProject
{
    Q_DECLARE_TR_FUNCTIONS(EsaProject)

public:
    enum class Layout { EsaJsonc, EsaToml, LaidOut, AssetsOnly };
    enum class Problem {
        None,
        NoFolder,       // the folder does not exist
        BadConfig,      // esa.jsonc / esa.toml does not parse, or a field has the wrong type
        MissingEntry,   // `entry` names no file
        MissingAssets,  // `assets.directory` names no folder
        AssetsOutside,  // `assets.directory` leads outside the project folder
        NothingToCommit,// neither an entry nor an assets directory
        BundleRefused,  // the files make no valid bundle (limits, names): see bundleProblem
    };

    struct Read
    {
        CodeBundle bundle;
        Layout layout = Layout::AssetsOnly;
        Problem problem = Problem::None;
        CodeBundle::Problem bundleProblem = CodeBundle::Problem::None;
        QString error;            // translated; empty when ok
        int line = 0;             // BadConfig: 1-based position in the configuration file
        int column = 0;
        QString name;             // `name`, when configured
        QString entry;            // `entry` as configured
        QString assetsDirectory;  // `assets.directory` as configured
        QString notFoundStrategy; // as the CLI sends it, empty when not configured
        QStringList notes;        // translated: where the bundle differs from what esa-cli would make
        bool ok() const { return problem == Problem::None; }
    };

    static Read read(const QString &folder, const CodeBundle::Limits &limits = CodeBundle::Limits());

    // The modules a JavaScript/TypeScript source imports or requires by a literal specifier
    // ("./lib/util.js", "hono"), in order of appearance, each once. A quick lexical scan, not a
    // parser (an import written in a string or a comment counts too): enough to tell the user that
    // the entry is not self-contained.
    static QStringList importsOf(const QByteArray &source);
};
