// OpenSSL's state for a thread of ours, let go of before the thread counts as finished.
#pragma once

class QThread;

namespace OpenSslThreadState {

// Qt's TLS backend (OpenSSL) keeps state for every thread that touches it: the network thread,
// and the emulator's (QAbstractHttpServer makes a QSslConfiguration). OpenSSL frees it when the
// thread has ended, after QThread::wait() has already returned (Qt's threads are detached), so
// at the end of the process that could run beside OpenSSL's own clean-up at exit and free it
// twice (seen: "double free or corruption" after an export, about one run in 300). With this,
// `thread` frees it itself (OPENSSL_thread_stop) as its last act, before wait() returns.
void releaseWhenFinished(QThread *thread);

} // namespace OpenSslThreadState
