// libgit2, loaded when it is first wanted rather than by the loader at start: the window's first
// frame does not diff or export, and libgit2 with the libraries it needs (libssh2, OpenSSL's
// libcrypto, Kerberos, mbed TLS, PCRE2, …) cost about 3 ms before main() and its initialisation
// (mbed TLS reading the system's certificates) another 4 ms. The executable does not link it; the
// functions CloudCodes calls are resolved from it by name (dlopen, dlsym) into a table, the way
// Qt loads OpenSSL.
// Its headers give every type and signature, so a call through the table is checked as a direct
// one would be, and a libgit2 function called directly does not link: the table is the only way.
#pragma once

#include <git2.h>

#include <QString>

#include <memory>

class QThread;

namespace LibGit2 {

#define CLOUDCODES_LIBGIT2_FUNCTIONS(X)                                                          \
    X(libgit2_init) X(libgit2_version) X(error_last)                                             \
    X(diff_options_init) X(diff_buffers)                                                         \
    X(buf_dispose) X(strarray_dispose) X(oid_equal) X(oid_tostr)                                 \
    X(repository_init_options_init) X(repository_init_ext) X(repository_open_ext)                \
    X(repository_is_bare) X(repository_config) X(repository_free)                                \
    X(config_open_level) X(config_get_string_buf) X(config_set_string) X(config_free)            \
    X(blob_create_from_buffer) X(treebuilder_new) X(treebuilder_insert) X(treebuilder_write)     \
    X(treebuilder_free) X(tree_lookup) X(tree_id) X(tree_entrycount) X(tree_entry_byindex)       \
    X(tree_entry_name) X(tree_free)                                                              \
    X(commit_create) X(commit_lookup) X(commit_id) X(commit_author) X(commit_message)            \
    X(commit_summary) X(commit_parent) X(commit_parentcount) X(commit_tree) X(commit_free)       \
    X(object_lookup) X(object_free) X(message_trailers) X(message_trailer_array_free)            \
    X(checkout_options_init) X(checkout_tree)                                                    \
    X(status_options_init) X(status_list_new) X(status_list_entrycount) X(status_byindex)        \
    X(status_list_free)                                                                          \
    X(reference_lookup) X(reference_name_to_id) X(reference_create) X(reference_create_matching) \
    X(reference_symbolic_target) X(reference_type) X(reference_free) X(reference_iterator_new)   \
    X(reference_next_name) X(reference_iterator_free)                                            \
    X(tag_list) X(tag_create_lightweight) X(tag_delete)

// One member per function, typed as libgit2 declares it and named without the git_ prefix:
// git->diff_buffers(…) calls git_diff_buffers.
struct Functions
{
#define CLOUDCODES_LIBGIT2_MEMBER(name) decltype(&::git_##name) name = nullptr;
    CLOUDCODES_LIBGIT2_FUNCTIONS(CLOUDCODES_LIBGIT2_MEMBER)
#undef CLOUDCODES_LIBGIT2_MEMBER
};

// Loads libgit2 (the version the build's headers are, libgit2.so.LIBGIT2_SOVERSION), resolves the
// table and calls git_libgit2_init(), once and thread-safely; null when the library or one of its
// functions is missing (loadError() says which). A caller that comes while another thread is
// loading waits for it. libgit2 is never unloaded nor shut down.
//
// The first call must not be on a pool thread: libgit2's initialisation sets up libssh2 and with
// it OpenSSL, whose state for that pool thread was then still held when the process ended
// (LeakSanitizer saw it in tst_diffview now and then). The app loads it with BackgroundLoad once
// its window is up, the command line and every test process on their main thread at start.
const Functions *functions();
// Translated: why functions() is null, for the diff, annotation or export that needed libgit2.
QString loadError();

// What functions() does, from lib<name>.so.<version>, each call anew; null,
// with *error set (translated), when the library, one of the functions or git_libgit2_init()
// fails. For tests of those errors; everything else calls functions().
std::unique_ptr<Functions> load(const QString &name, const QString &version, QString *error);

// functions() on a thread of its own, so that neither the first frame nor the event loop waits
// for libgit2: start() starts it, the destructor waits for it. The thread lets go of OpenSSL's
// state for it as it ends (net/OpenSslThreadState.h).
class BackgroundLoad
{
public:
    BackgroundLoad();
    ~BackgroundLoad();
    Q_DISABLE_COPY_MOVE(BackgroundLoad)
    void start();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace LibGit2
