// Compiled into every test but tst_startup: libgit2 is loaded on the main thread when the
// application object is made, before any test runs a diff on the pool (diff/LibGit2.h says why).
#include "app/diff/LibGit2.h"

#include <QCoreApplication>

namespace {
void loadLibGit2()
{
    LibGit2::functions();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(loadLibGit2)
