// libgit2's one git_libgit2_init() for the process.
#pragma once

namespace LibGit2 {

// Initialises libgit2 once, thread-safely; every user calls it before using libgit2. It is also
// called when the QCoreApplication is made, on the main thread, so that the first call never
// happens on a pool thread: libgit2's initialisation sets up libssh2 and with it OpenSSL, whose
// state for that pool thread was then still held when the process ended (LeakSanitizer saw it in
// tst_diffview now and then; the threads of our own are in net/OpenSslThreadState.h).
// libgit2 is never shut down: it lives as long as the process.
void ensureInitialized();

} // namespace LibGit2
