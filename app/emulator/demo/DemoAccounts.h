// The accounts `cloudcodes --demo` preconfigures: every auth kind the demo cloud accepts,
// pointed at the emulator's loopback URL. Session-only; their secrets never reach the keychain.
#pragma once

#include "app/accounts/AccountStore.h"

#include <QUrl>

struct DemoAccount
{
    Account account;
    AccountStore::Secrets secrets;
};

namespace DemoAccounts {
QList<DemoAccount> make(const QUrl &emulatorUrl);
}
