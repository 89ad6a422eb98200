// What a client asks the network layer to send: one API call, before authentication.
#pragma once

#include "app/async/ApiError.h"
#include "app/net/HttpRequestParts.h"
#include "app/net/RequestAuthorizer.h"

#include <QUrl>
#include <atomic>
#include <memory>

// One field of a multipart/form-data body (OSS PostObject), sent in list order.
struct FormField
{
    QByteArray name;
    QByteArray value;
    QString fileName;        // set for the file part
    QByteArray contentType;  // of the file part
};

// How much of a request's body has gone out: the network thread writes it as the body goes,
// its owner reads it whenever it likes (a progress bar polls it; no signal crosses the threads).
struct TransferProgress
{
    std::atomic<qint64> sent{0};
    std::atomic<qint64> total{-1}; // unknown until the body is being sent
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
    // When set, filled in as the body goes out (an upload's progress).
    std::shared_ptr<TransferProgress> uploadProgress;
    // A test call: an answer with any status is the result (status, headers and body), not an error.
    bool errorStatusIsAnswer = false;
    // Sent as the Host header instead of baseUrl's host (the demo cloud on this machine answering
    // an API group's domain); empty = baseUrl's.
    QByteArray hostHeader;

    // The bytes of the body (the form's values, or parts.body): the deadline grows with them too.
    qint64 bodyBytes() const
    {
        qint64 n = parts.body.size();
        for (const FormField &f : form)
            n += f.value.size();
        return n;
    }
};
