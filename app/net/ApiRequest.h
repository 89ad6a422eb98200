// What a client asks the network layer to send: one API call, before authentication.
#pragma once

#include "app/async/ApiError.h"
#include "app/net/HttpRequestParts.h"
#include "app/net/RequestAuthorizer.h"

#include <QUrl>
#include <memory>

// One field of a multipart/form-data body (OSS PostObject), sent in list order.
struct FormField
{
    QByteArray name;
    QByteArray value;
    QString fileName;        // set for the file part
    QByteArray contentType;  // of the file part
};

struct ApiRequest
{
    ApiError::Service service = ApiError::Service::Unknown;
    QUrl baseUrl;             // scheme://host[:port], e.g. https://esa.cn-hangzhou.aliyuncs.com
    HttpRequestParts parts;   // path, query, headers (host is filled in), body
    std::shared_ptr<RequestAuthorizer> authorizer; // null: sent as is
    QString label;            // for the log: "ESA GetRoutine"
    // A read may be retried and shared with identical reads in flight. A write (false) is sent
    // once: after a failure that may have reached the server it is never retried, only reported.
    bool idempotent = true;
    // When not empty, the body is this multipart/form-data form (QHttpMultiPart), not parts.body.
    QList<FormField> form;
};
