// A Huawei Cloud AK/SK pair, as SDK-HMAC-SHA256 signs with it.
#pragma once

#include <QString>

struct HuaweiCredentials
{
    QString accessKey;
    QString secretKey;
};
