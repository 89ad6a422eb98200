// A typed answer or the ApiError that stands in its place: what every client call delivers.
#pragma once

#include "app/async/ApiError.h"

#include <optional>

template <typename T>
class ApiResult
{
public:
    using ValueType = T;

    ApiResult() : m_error(ApiError::Service::Unknown, ApiError::Kind::Cancelled, QString()) {}
    ApiResult(T value) : m_value(std::move(value)) {}
    ApiResult(ApiError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};
