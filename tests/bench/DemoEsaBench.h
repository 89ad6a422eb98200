// Bench-only: the demo cloud on a thread of its own, an ESA client for its AccessKey account, and
// a code version cache in a temporary folder, as bench_open_version and bench_annotate use them.
#pragma once

#include "app/versions/CodeVersionRepository.h"
#include "app/emulator/demo/DemoData.h"
#include "app/emulator/EmulatorThread.h"
#include "app/esa/EsaClient.h"
#include "app/net/HttpTransport.h"

#include <QTemporaryDir>

#include <memory>

struct DemoEsaBench
{
    EmulatorThread emulator;
    HttpTransport transport;
    std::shared_ptr<EsaClient> client;
    QTemporaryDir dir;
    CodeVersionCache cache{dir.path()};
    CodeVersionRepository repo{cache};

    // False when the demo cloud cannot listen.
    bool start()
    {
        if (!emulator.startAndListen())
            return false;
        client = std::make_shared<EsaClient>(transport, QUrl(emulator.baseUrl()),
                                             AlibabaCredentials{QLatin1String(DemoData::AlibabaAccessKeyId),
                                                                QLatin1String(DemoData::AlibabaAccessKeySecret), {}});
        return true;
    }

    // CLOUDCODES_BENCH_RUNS, else 5.
    static int runs()
    {
        const int set = qEnvironmentVariableIntValue("CLOUDCODES_BENCH_RUNS");
        return set > 0 ? set : 5;
    }
};
