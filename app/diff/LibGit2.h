// libgit2's one git_libgit2_init() for the process.
#pragma once

namespace LibGit2 {

// Initialises libgit2 once, thread-safely; every user calls it before using libgit2. The app
// (main.cpp, once its window is up) and every test process call it on the main thread too, so that
// the first call does not happen on a pool thread: libgit2's initialisation sets up libssh2 and
// with it OpenSSL, whose state for that pool thread was then still held when the process ended
// (LeakSanitizer saw it in tst_diffview now and then; our own threads: net/OpenSslThreadState.h).
// It takes about 2–4 ms, which is why it is not done before the first frame.
// libgit2 is never shut down: it lives as long as the process.
void ensureInitialized();

} // namespace LibGit2
