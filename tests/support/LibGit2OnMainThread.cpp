// Compiled into every test: libgit2 is initialised on the main thread when the application object
// is made, as the app does once its window is up (diff/LibGit2.h says why).
#include "diff/LibGit2.h"

#include <QCoreApplication>

namespace {
void initializeLibGit2()
{
    LibGit2::ensureInitialized();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(initializeLibGit2)
