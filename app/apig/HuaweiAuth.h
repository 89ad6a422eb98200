// How a Huawei account authenticates its calls: AK/SK signatures, an IAM token obtained with a
// password, or an IAM token pasted by the user.
#pragma once

#include "app/apig/HuaweiCredentials.h"

#include <QString>

struct HuaweiAuth
{
    enum class Mode { AkSk, Password, Token };
    Mode mode = Mode::AkSk;
    HuaweiCredentials akSk;
    QString domainName;  // Password
    QString userName;    // Password
    QString password;    // Password
    QString token;       // Token
};
