#include "app/history/GitHistoryExport.h"

#include "app/diff/LibGit2.h"
#include "app/history/DeploymentTags.h"
#include "app/bundle/CodeBundle.h"

#include <git2.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>

namespace {

// A bundle's files as nested folders, the shape of the git trees it becomes (each folder's tree
// is written before the folder that holds it).
struct BundleFolder
{
    std::map<QByteArray, QByteArray> files; // name → bytes
    std::map<QByteArray, BundleFolder> folders;

    static BundleFolder of(const CodeBundle &bundle)
    {
        BundleFolder root;
        for (const CodeBundle::File &f : bundle.files()) {
            const QList<QByteArray> segments = f.path.toUtf8().split('/');
            BundleFolder *at = &root;
            for (qsizetype i = 0; i + 1 < segments.size(); ++i)
                at = &at->folders[segments.at(i)];
            at->files[segments.constLast()] = f.bytes;
        }
        return root;
    }
};

// The files a bundle version writes (for the check that nothing untracked is overwritten); none
// when it is not a bundle or cannot be read (then it is one file, code.zip).
QStringList bundlePaths(const HistoryVersion &v)
{
    QStringList paths;
    if (v.kind != DecodedCode::Kind::Bundle)
        return paths;
    const CodeBundle::Read read = CodeBundle::fromZip(v.bytes);
    for (const CodeBundle::File &f : read.bundle.files())
        paths.append(f.path);
    return paths;
}

// libgit2's functions (diff/LibGit2.h): run() and codeVersionOf() stop first when it could not be
// loaded. Its options are left as they are: without GIT_OPT_ENABLE_FSYNC_GITDIR, as git itself
// leaves loose objects, since an fsync of every object, ref and index costs ten times the export on
// a busy disk (2.6 s instead of 0.25 s for 40 versions), and the repository is a copy that can be
// exported again from the cloud.
const LibGit2::Functions &git()
{
    return *LibGit2::functions();
}

// libgit2 handles, freed by their own functions.
template <typename T> struct GitFree;
#define CLOUDCODES_GIT_FREE(type, function) \
    template <> struct GitFree<type> { void operator()(type *p) const { git().function(p); } };
CLOUDCODES_GIT_FREE(git_repository, repository_free)
CLOUDCODES_GIT_FREE(git_config, config_free)
CLOUDCODES_GIT_FREE(git_reference, reference_free)
CLOUDCODES_GIT_FREE(git_commit, commit_free)
CLOUDCODES_GIT_FREE(git_tree, tree_free)
CLOUDCODES_GIT_FREE(git_treebuilder, treebuilder_free)
CLOUDCODES_GIT_FREE(git_status_list, status_list_free)
CLOUDCODES_GIT_FREE(git_object, object_free)
#undef CLOUDCODES_GIT_FREE
template <typename T> using Git = std::unique_ptr<T, GitFree<T>>;

constexpr const char RoutineKey[] = "cloudcodes.routine";
constexpr const char AccountKey[] = "cloudcodes.account";
constexpr const char AccountNameKey[] = "cloudcodes.accountName";
constexpr const char NewBranch[] = "main";

QString lastGitError()
{
    const git_error *e = git().error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : QStringLiteral("libgit2 error");
}

QString oidHex(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git().oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

// A setting of the repository's own config (.git/config), not the user's or the system's.
QString localSetting(git_config *local, const char *key, bool *found)
{
    git_buf buf = GIT_BUF_INIT;
    const int rc = git().config_get_string_buf(&buf, local, key);
    *found = rc == 0;
    const QString value = rc == 0 ? QString::fromUtf8(buf.ptr, qsizetype(buf.size)) : QString();
    git().buf_dispose(&buf);
    return value;
}

bool hasAnyReference(git_repository *repo)
{
    git_reference_iterator *it = nullptr;
    if (git().reference_iterator_new(&it, repo) < 0)
        return false;
    const char *name = nullptr;
    const bool any = git().reference_next_name(&name, it) == 0;
    git().reference_iterator_free(it);
    return any;
}

struct ExportedVersion
{
    QString codeVersion;
    git_oid commit;
    qint64 time = 0; // author time, seconds since the epoch
};

QString withoutLineBreaks(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.trimmed();
}

} // namespace

QString GitHistoryExport::fileName(DecodedCode::Kind kind)
{
    switch (kind) {
    case DecodedCode::Kind::StorageError:
    case DecodedCode::Kind::Empty:
        return QString(); // they keep the previous file
    case DecodedCode::Kind::WebAssembly:
        return QStringLiteral("module") + DecodedCode::fileSuffix(kind);
    case DecodedCode::Kind::Bundle:
    case DecodedCode::Kind::Binary:
    case DecodedCode::Kind::Text:
        return QStringLiteral("code") + DecodedCode::fileSuffix(kind);
    default:
        return QStringLiteral("index") + DecodedCode::fileSuffix(kind);
    }
}

QString GitHistoryExport::authorName(const QString &accountName)
{
    QString name = accountName;
    name.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QChar(0));
    name = withoutLineBreaks(name);
    return name.isEmpty() ? QStringLiteral("ESA") : QStringLiteral("ESA ") + name;
}

QByteArray GitHistoryExport::commitMessage(const HistoryVersion &version)
{
    QString text = version.description;
    text.remove(QChar(0)); // a C string for libgit2
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // As git's own clean-up: no blank lines before the subject, no whitespace at the end.
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    text = lines.join(QLatin1Char('\n'));
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (text.trimmed().isEmpty())
        text = QStringLiteral("Code version %1").arg(version.codeVersion);
    if (version.isStorageError()) {
        QString what = withoutLineBreaks(version.storageErrorCode);
        if (!version.storageErrorMessage.isEmpty())
            what += (what.isEmpty() ? QString() : QStringLiteral(": ")) + withoutLineBreaks(version.storageErrorMessage);
        text += QStringLiteral("\n\nThe stored code of this version could not be read (storage error%1), so this commit changes no file.")
                        .arg(what.isEmpty() ? QString() : QStringLiteral(" ") + what);
    }
    text += QStringLiteral("\n\nCode-Version: ") + withoutLineBreaks(version.codeVersion);
    const QString requestId = withoutLineBreaks(version.requestId);
    if (!requestId.isEmpty())
        text += QStringLiteral("\nRequest-Id: ") + requestId;
    text += QLatin1Char('\n');
    return text.toUtf8();
}

QString GitHistoryExport::codeVersionOf(const QByteArray &commitMessage)
{
    if (!LibGit2::functions())
        return QString();
    git_message_trailer_array trailers = {};
    if (git().message_trailers(&trailers, commitMessage.constData()) < 0)
        return QString();
    QString value;
    for (size_t i = 0; i < trailers.count; ++i) {
        if (qstrcmp(trailers.trailers[i].key, "Code-Version") == 0)
            value = QString::fromUtf8(trailers.trailers[i].value).trimmed();
    }
    git().message_trailer_array_free(&trailers);
    return value;
}

namespace {

// One export: the request, the repository it writes and the result so far. run() takes the steps
// in order; each returns whether to go on, and one that stops has put its reason in the result,
// which is returned as it stands then (what was written stays, and the result says so).
class ExportRun
{
    Q_DECLARE_TR_FUNCTIONS(GitHistoryExport) // its messages are GitHistoryExport's

public:
    ExportRun(const GitHistoryExport::Request &request, const GitHistoryExport::Progress &progress, const CancelToken &cancel)
        : m_request(request)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    GitHistoryExport::Result run();

private:
    bool checkRequest();
    bool openRepository();
    bool readBranch();
    bool checkIdentity();
    bool readExported();
    void chooseVersions();
    bool checkWorkingTree();
    bool writeIdentity();
    bool writeCommits();
    bool writeCommit(const HistoryVersion &v);
    bool writeTree(const HistoryVersion &v, git_oid *treeId);
    bool writeFolder(const BundleFolder &folder, git_oid *treeId);
    bool moveBranch(const HistoryVersion &v, git_commit *commit, const git_oid &commitId);
    bool setTags();
    bool removeStaleTags(const QHash<QString, QString> &wanted);
    bool moveTags(const QHash<QString, QString> &wanted);

    bool fail(const QString &message)
    {
        m_result.error = message;
        return false;
    }
    bool failVersion(const HistoryVersion &v)
    {
        return fail(tr("Code version %1 could not be written to %2: %3").arg(v.codeVersion, m_shownFolder, lastGitError()));
    }
    bool failBranchRead()
    {
        return fail(tr("The branch %1 in %2 could not be read: %3").arg(m_branchName, m_shownFolder, lastGitError()));
    }

    const GitHistoryExport::Request &m_request;
    const GitHistoryExport::Progress &m_progress;
    const CancelToken &m_cancel;
    GitHistoryExport::Result m_result;

    QString m_shownFolder;
    // The repository first: every other handle is freed before it.
    Git<git_repository> m_repo;
    QByteArray m_branch; // the branch HEAD names, "refs/heads/…"
    QString m_branchName;
    git_oid m_tip = {};
    bool m_born = false; // the branch has a commit (m_tip)
    Git<git_config> m_config;
    Git<git_config> m_local; // the repository's own settings
    bool m_hasRoutine = false;
    bool m_hasAccountName = false;
    QString m_storedAccountName;
    QList<ExportedVersion> m_chain; // newest first, along first parents
    QHash<QString, git_oid> m_exported;
    QList<int> m_toWrite; // indexes in the request
    Git<git_commit> m_parent; // the branch's commit while writing
};

GitHistoryExport::Result ExportRun::run()
{
    if (checkRequest() && openRepository() && readBranch() && checkIdentity() && readExported()) {
        chooseVersions();
        if (checkWorkingTree() && writeIdentity() && writeCommits())
            setTags();
    }
    return m_result;
}

// ---- the request -------------------------------------------------------------------
bool ExportRun::checkRequest()
{
    if (m_request.routine.isEmpty())
        return fail(tr("No routine to export."));
    if (m_request.folder.isEmpty())
        return fail(tr("No folder to export into."));
    QSet<QString> listed;
    for (int i = 0; i < m_request.versions.size(); ++i) {
        const HistoryVersion &v = m_request.versions.at(i);
        if (v.codeVersion.isEmpty())
            return fail(tr("A code version without an id cannot be exported."));
        if (listed.contains(v.codeVersion))
            return fail(tr("Code version %1 is listed twice.").arg(v.codeVersion));
        listed.insert(v.codeVersion);
        if (!v.createTime.isValid())
            return fail(tr("Code version %1 has no creation time.").arg(v.codeVersion));
        // Commits are never rewritten, so a list in the wrong order would stay wrong for good.
        if (i > 0 && v.createTime < m_request.versions.at(i - 1).createTime)
            return fail(tr("The code versions are not listed oldest first."));
    }
    return true;
}

// ---- the folder and its repository ---------------------------------------------------
bool ExportRun::openRepository()
{
    const QString folder = QDir::cleanPath(QFileInfo(m_request.folder).absoluteFilePath());
    m_shownFolder = QDir::toNativeSeparators(folder);
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return fail(tr("%1 is a file, not a folder.").arg(m_shownFolder));
    const QByteArray folderPath = QFile::encodeName(folder);

    git_repository *rawRepo = nullptr;
    int rc = git().repository_open_ext(&rawRepo, folderPath.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc == GIT_ENOTFOUND) {
        if (info.exists() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(tr("The folder %1 is not empty and is not a git repository. Choose an empty folder, or one an earlier export wrote.").arg(m_shownFolder));
        git_repository_init_options init;
        git().repository_init_options_init(&init, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
        init.flags = GIT_REPOSITORY_INIT_MKPATH;
        init.initial_head = NewBranch;
        rc = git().repository_init_ext(&rawRepo, folderPath.constData(), &init);
        if (rc < 0)
            return fail(tr("A git repository could not be created in %1: %2").arg(m_shownFolder, lastGitError()));
    } else if (rc < 0) {
        return fail(tr("The git repository in %1 could not be opened: %2").arg(m_shownFolder, lastGitError()));
    }
    m_repo.reset(rawRepo);
    if (git().repository_is_bare(m_repo.get()))
        return fail(tr("%1 is a bare git repository; the export needs one with a working tree.").arg(m_shownFolder));
    return true;
}

bool ExportRun::readBranch()
{
    git_reference *rawHead = nullptr;
    if (git().reference_lookup(&rawHead, m_repo.get(), "HEAD") < 0)
        return fail(tr("The git repository in %1 has no HEAD: %2").arg(m_shownFolder, lastGitError()));
    const Git<git_reference> head(rawHead);
    if (git().reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC
        || qstrncmp(git().reference_symbolic_target(head.get()), "refs/heads/", 11) != 0)
        return fail(tr("The git repository in %1 is not on a branch (its HEAD is detached). Check out the branch an earlier export wrote, then export again.").arg(m_shownFolder));
    m_branch = git().reference_symbolic_target(head.get());
    m_branchName = QString::fromUtf8(m_branch.mid(11));
    m_born = git().reference_name_to_id(&m_tip, m_repo.get(), m_branch.constData()) == 0;
    return true;
}

// ---- whose history is it ---------------------------------------------------------------
bool ExportRun::checkIdentity()
{
    git_config *rawConfig = nullptr;
    git_config *rawLocal = nullptr;
    if (git().repository_config(&rawConfig, m_repo.get()) < 0)
        return fail(tr("The settings of the git repository in %1 could not be read: %2").arg(m_shownFolder, lastGitError()));
    m_config.reset(rawConfig);
    if (git().config_open_level(&rawLocal, m_config.get(), GIT_CONFIG_LEVEL_LOCAL) < 0)
        return fail(tr("The settings of the git repository in %1 could not be read: %2").arg(m_shownFolder, lastGitError()));
    m_local.reset(rawLocal);
    bool hasAccount = false;
    const QString storedRoutine = localSetting(m_local.get(), RoutineKey, &m_hasRoutine);
    const QString storedAccount = localSetting(m_local.get(), AccountKey, &hasAccount);
    m_storedAccountName = localSetting(m_local.get(), AccountNameKey, &m_hasAccountName);
    if (!m_hasRoutine && (m_born || hasAnyReference(m_repo.get())))
        return fail(tr("The git repository in %1 was not written by the history export (it has no %2 setting), so it is not the history of “%3”.")
                            .arg(m_shownFolder, QLatin1String(RoutineKey), m_request.routine));
    if (m_hasRoutine && (storedRoutine != m_request.routine || storedAccount != m_request.accountId))
        return fail(tr("The git repository in %1 holds the history of routine “%2” of the account “%3”, not of “%4” of “%5”.")
                            .arg(m_shownFolder, storedRoutine, m_hasAccountName ? m_storedAccountName : storedAccount,
                                 m_request.routine, m_request.accountName));
    return true;
}

// ---- what is exported already ----------------------------------------------------------
bool ExportRun::readExported()
{
    if (!m_born)
        return true;
    git_commit *raw = nullptr;
    if (git().commit_lookup(&raw, m_repo.get(), &m_tip) < 0)
        return failBranchRead();
    Git<git_commit> commit(raw);
    while (commit) {
        const git_oid id = *git().commit_id(commit.get());
        const QByteArray message = git().commit_message(commit.get());
        const QString codeVersion = GitHistoryExport::codeVersionOf(message);
        if (codeVersion.isEmpty())
            return fail(tr("The branch %1 in %2 has a commit the export did not write (%3 “%4”). The export never rewrites history, so it cannot add to this branch.")
                                .arg(m_branchName, m_shownFolder, oidHex(id).left(12),
                                     QString::fromUtf8(git().commit_summary(commit.get()))));
        m_chain.append(ExportedVersion{codeVersion, id, qint64(git().commit_author(commit.get())->when.time)});
        m_exported.insert(codeVersion, id);
        if (git().commit_parentcount(commit.get()) == 0)
            break;
        git_commit *parent = nullptr;
        if (git().commit_parent(&parent, commit.get(), 0) < 0)
            return failBranchRead();
        commit.reset(parent);
    }
    return true;
}

// ---- what to add -----------------------------------------------------------------------
void ExportRun::chooseVersions()
{
    const QList<HistoryVersion> &versions = m_request.versions;
    int newestListed = -1; // index in the request of the newest exported version
    if (!m_chain.isEmpty()) {
        for (int i = 0; i < versions.size(); ++i) {
            if (versions.at(i).codeVersion == m_chain.constFirst().codeVersion)
                newestListed = i;
        }
    }
    for (int i = 0; i < versions.size(); ++i) {
        const HistoryVersion &v = versions.at(i);
        if (m_exported.contains(v.codeVersion)) {
            ++m_result.alreadyExported;
            continue;
        }
        // After the newest exported version in the list; if the cloud no longer lists that one,
        // created no earlier than its commit.
        const bool after = m_chain.isEmpty()
                || (newestListed >= 0 ? i > newestListed : v.createTime.toSecsSinceEpoch() >= m_chain.constFirst().time);
        if (after)
            m_toWrite.append(i);
        else
            m_result.notPlaced.append(v.codeVersion);
    }
}

// ---- the working tree must hold nothing the export would overwrite ------------------------
bool ExportRun::checkWorkingTree()
{
    QSet<QString> writesNames;
    for (const int i : std::as_const(m_toWrite)) {
        writesNames.insert(GitHistoryExport::fileName(m_request.versions.at(i).kind));
        for (const QString &path : bundlePaths(m_request.versions.at(i)))
            writesNames.insert(path);
    }
    writesNames.insert(QStringLiteral("code.txt"));
    git_status_options so;
    git().status_options_init(&so, GIT_STATUS_OPTIONS_VERSION);
    so.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    // Untracked folders file by file: a bundle writes into folders.
    so.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *rawStatus = nullptr;
    if (git().status_list_new(&rawStatus, m_repo.get(), &so) < 0)
        return fail(tr("The working tree in %1 could not be read: %2").arg(m_shownFolder, lastGitError()));
    const Git<git_status_list> status(rawStatus);
    const size_t count = git().status_list_entrycount(status.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *e = git().status_byindex(status.get(), i);
        const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
        const QString path = delta ? QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path) : QString();
        if (e->status == GIT_STATUS_WT_NEW) {
            if (writesNames.contains(path))
                return fail(tr("The folder %1 has a file %2 that git does not track and the export would overwrite. Move it away, then export again.")
                                    .arg(m_shownFolder, path));
        } else if (e->status != GIT_STATUS_CURRENT && e->status != GIT_STATUS_IGNORED) {
            return fail(tr("The working tree in %1 has changes (%2). Commit or discard them, then export again.").arg(m_shownFolder, path));
        }
    }
    return true;
}

// The identity goes in before the first commit, so an interrupted first export is still ours.
bool ExportRun::writeIdentity()
{
    if (!m_hasRoutine || !m_hasAccountName || m_storedAccountName != m_request.accountName) {
        if (git().config_set_string(m_local.get(), RoutineKey, m_request.routine.toUtf8().constData()) < 0
            || git().config_set_string(m_local.get(), AccountKey, m_request.accountId.toUtf8().constData()) < 0
            || git().config_set_string(m_local.get(), AccountNameKey, m_request.accountName.toUtf8().constData()) < 0)
            return fail(tr("The settings of the git repository in %1 could not be written: %2").arg(m_shownFolder, lastGitError()));
    }
    return true;
}

// ---- one commit per version --------------------------------------------------------------
bool ExportRun::writeCommits()
{
    if (m_born) {
        git_commit *raw = nullptr;
        if (git().commit_lookup(&raw, m_repo.get(), &m_tip) < 0)
            return failBranchRead();
        m_parent.reset(raw);
    }
    const int total = int(m_toWrite.size());
    if (m_progress)
        m_progress(0, total);
    for (const int index : std::as_const(m_toWrite)) {
        if (m_cancel.isCancelled()) {
            m_result.cancelled = true;
            break;
        }
        if (!writeCommit(m_request.versions.at(index)))
            return false;
        if (m_progress)
            m_progress(m_result.written, total);
    }
    if (m_parent)
        m_result.head = oidHex(*git().commit_id(m_parent.get()));
    return true;
}

bool ExportRun::writeCommit(const HistoryVersion &v)
{
    git_oid treeId;
    if (!writeTree(v, &treeId))
        return false;
    git_tree *rawTree = nullptr;
    if (git().tree_lookup(&rawTree, m_repo.get(), &treeId) < 0)
        return failVersion(v);
    const Git<git_tree> tree(rawTree);

    const QByteArray author = GitHistoryExport::authorName(m_request.accountName).toUtf8();
    char noEmail[] = "";
    git_signature signature;
    signature.name = const_cast<char *>(author.constData());
    signature.email = noEmail;
    signature.when.time = git_time_t(v.createTime.toSecsSinceEpoch());
    signature.when.offset = 0;
    signature.when.sign = '+';
    const QByteArray message = GitHistoryExport::commitMessage(v);
    const git_commit *parents[] = {m_parent.get()};
    git_oid commitId;
    if (git().commit_create(&commitId, m_repo.get(), nullptr, &signature, &signature, nullptr, message.constData(),
                            tree.get(), m_parent ? 1 : 0, parents) < 0)
        return failVersion(v);
    git_commit *rawCommit = nullptr;
    if (git().commit_lookup(&rawCommit, m_repo.get(), &commitId) < 0)
        return failVersion(v);
    Git<git_commit> commit(rawCommit);
    if (!moveBranch(v, commit.get(), commitId))
        return false;

    m_exported.insert(v.codeVersion, commitId);
    m_parent = std::move(commit);
    ++m_result.written;
    return true;
}

// The version's tree: its one file, the parent's tree for a storage error.
bool ExportRun::writeTree(const HistoryVersion &v, git_oid *treeId)
{
    Git<git_tree> parentTree;
    if (m_parent) {
        git_tree *raw = nullptr;
        if (git().commit_tree(&raw, m_parent.get()) < 0)
            return failVersion(v);
        parentTree.reset(raw);
    }
    if (v.isStorageError() && parentTree) {
        *treeId = *git().tree_id(parentTree.get());
        return true;
    }
    // A bundle is its tree of files (one that cannot be read stays one file, code.zip).
    if (v.kind == DecodedCode::Kind::Bundle) {
        const CodeBundle::Read read = CodeBundle::fromZip(v.bytes);
        if (read.ok())
            return writeFolder(BundleFolder::of(read.bundle), treeId) || failVersion(v);
    }
    git_treebuilder *rawBuilder = nullptr;
    if (git().treebuilder_new(&rawBuilder, m_repo.get(), nullptr) < 0)
        return failVersion(v);
    const Git<git_treebuilder> builder(rawBuilder);
    if (!v.isStorageError()) {
        QString name = GitHistoryExport::fileName(v.kind);
        if (name.isEmpty()) // Empty: the previous file, emptied
            name = parentTree && git().tree_entrycount(parentTree.get()) == 1
                    ? QString::fromUtf8(git().tree_entry_name(git().tree_entry_byindex(parentTree.get(), 0)))
                    : QStringLiteral("code.txt");
        git_oid blob;
        if (git().blob_create_from_buffer(&blob, m_repo.get(), v.bytes.constData(), size_t(v.bytes.size())) < 0
            || git().treebuilder_insert(nullptr, builder.get(), name.toUtf8().constData(), &blob, GIT_FILEMODE_BLOB) < 0)
            return failVersion(v);
    }
    if (git().treebuilder_write(treeId, builder.get()) < 0)
        return failVersion(v);
    return true;
}

bool ExportRun::writeFolder(const BundleFolder &folder, git_oid *treeId)
{
    git_treebuilder *rawBuilder = nullptr;
    if (git().treebuilder_new(&rawBuilder, m_repo.get(), nullptr) < 0)
        return false;
    const Git<git_treebuilder> builder(rawBuilder);
    for (const auto &[name, bytes] : folder.files) {
        git_oid blob;
        if (git().blob_create_from_buffer(&blob, m_repo.get(), bytes.constData(), size_t(bytes.size())) < 0
            || git().treebuilder_insert(nullptr, builder.get(), name.constData(), &blob, GIT_FILEMODE_BLOB) < 0)
            return false;
    }
    for (const auto &[name, sub] : folder.folders) {
        git_oid subTree;
        if (!writeFolder(sub, &subTree) || git().treebuilder_insert(nullptr, builder.get(), name.constData(), &subTree, GIT_FILEMODE_TREE) < 0)
            return false;
    }
    return git().treebuilder_write(treeId, builder.get()) >= 0;
}

// Working tree and index first (against HEAD, which still names the parent), then the
// branch, moved only if nobody else moved it meanwhile.
bool ExportRun::moveBranch(const HistoryVersion &v, git_commit *commit, const git_oid &commitId)
{
    git_checkout_options checkout;
    git().checkout_options_init(&checkout, GIT_CHECKOUT_OPTIONS_VERSION);
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
    checkout.disable_filters = 1; // the files are the code's exact bytes
    if (git().checkout_tree(m_repo.get(), reinterpret_cast<const git_object *>(commit), &checkout) < 0)
        return failVersion(v);
    const QByteArray log = "export: code version " + v.codeVersion.toUtf8();
    git_reference *rawRef = nullptr;
    const int rc = m_parent ? git().reference_create_matching(&rawRef, m_repo.get(), m_branch.constData(), &commitId, 1,
                                                              git().commit_id(m_parent.get()), log.constData())
                            : git().reference_create(&rawRef, m_repo.get(), m_branch.constData(), &commitId, 0, log.constData());
    if (rc < 0)
        return failVersion(v);
    git().reference_free(rawRef);
    return true;
}

// ---- tags: where the environments are now, as far as the repository has those versions ----
bool ExportRun::setTags()
{
    QHash<QString, QString> wanted; // tag → code version
    for (const DeploymentTag &t : DeploymentTags::fromEnvironments(m_request.environments)) {
        if (m_exported.contains(t.codeVersion))
            wanted.insert(t.name, t.codeVersion);
    }
    return removeStaleTags(wanted) && moveTags(wanted);
}

bool ExportRun::removeStaleTags(const QHash<QString, QString> &wanted)
{
    git_strarray names = {};
    if (git().tag_list(&names, m_repo.get()) < 0)
        return fail(tr("The tags of the git repository in %1 could not be read: %2").arg(m_shownFolder, lastGitError()));
    QStringList stale;
    for (size_t i = 0; i < names.count; ++i) {
        const QString name = QString::fromUtf8(names.strings[i]);
        if (DeploymentTags::isDeploymentTag(name, m_request.environments) && !wanted.contains(name))
            stale.append(name);
    }
    git().strarray_dispose(&names);
    for (const QString &name : std::as_const(stale)) {
        if (git().tag_delete(m_repo.get(), name.toUtf8().constData()) < 0)
            return fail(tr("The tag %1 could not be moved: %2").arg(name, lastGitError()));
        m_result.tagsRemoved.append(name);
    }
    std::sort(m_result.tagsRemoved.begin(), m_result.tagsRemoved.end());
    return true;
}

bool ExportRun::moveTags(const QHash<QString, QString> &wanted)
{
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const git_oid id = m_exported.value(it.value());
        git_oid before;
        const QByteArray refName = "refs/tags/" + it.key().toUtf8();
        if (git().reference_name_to_id(&before, m_repo.get(), refName.constData()) < 0 || !git().oid_equal(&before, &id))
            m_result.tagsMoved.append(it.key());
        git_object *target = nullptr;
        git_oid tagId;
        if (git().object_lookup(&target, m_repo.get(), &id, GIT_OBJECT_COMMIT) < 0)
            return fail(tr("The tag %1 could not be moved: %2").arg(it.key(), lastGitError()));
        const Git<git_object> targetObject(target);
        if (git().tag_create_lightweight(&tagId, m_repo.get(), it.key().toUtf8().constData(), targetObject.get(), 1) < 0)
            return fail(tr("The tag %1 could not be moved: %2").arg(it.key(), lastGitError()));
        m_result.tags.insert(it.key(), it.value());
    }
    std::sort(m_result.tagsMoved.begin(), m_result.tagsMoved.end());
    return true;
}

} // namespace

GitHistoryExport::Result GitHistoryExport::run(const Request &request, const Progress &progress, const CancelToken &cancel)
{
    if (!LibGit2::functions()) {
        Result result;
        result.error = LibGit2::loadError();
        return result;
    }
    return ExportRun(request, progress, cancel).run();
}
