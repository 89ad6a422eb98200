// An Alibaba Cloud AccessKey pair, with a security token when it is an STS credential.
#pragma once

#include <QString>

struct AlibabaCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless STS

    bool isSts() const { return !securityToken.isEmpty(); }
};
