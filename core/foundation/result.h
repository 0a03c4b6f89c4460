// Result<T>: a value or an Error. Failures a caller must handle are values, never exceptions.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace OmniCrm {

enum class ErrorCode {
    InvalidArgument, // a caller passed something malformed (usage)
    MissingField, // a required field is empty
    InvalidPhone,
    InvalidEmail,
    InvalidMoney,
    InvalidDate,
    NotFound,
    Duplicate,
    KeyRejected, // wrong passphrase or key: the store was not touched
    NoKeyAvailable, // neither keychain nor passphrase could provide a key
    StoreNotFound,
    StoreExists,
    StoreCorrupt,
    Database, // an SQLite/SQLCipher error that is none of the above
    Io,
    Parse, // a file could not be read as the format it claims
    Encoding,
    Cancelled,
    Conflict,
    Unsupported,
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail; // technical detail for logs and the CLI, English
    QString field; // the field the error is about, if any

    static Error make(ErrorCode code, QString detail, QString field = {})
    {
        return Error { code, std::move(detail), std::move(field) };
    }
};

/// A stable machine name for an error code ("invalid_phone"), used in JSON output.
QString errorCodeName(ErrorCode code);

template <typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(value)
    {
    }
    Result(T &&value)
        : m_data(std::move(value))
    {
    }
    Result(const Error &error)
        : m_data(error)
    {
    }
    Result(Error &&error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {
    }
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace OmniCrm

/// Returns the error of a failed Result from the enclosing function.
#define OMNICRM_TRY(expr)                                                                                    \
    do {                                                                                                     \
        auto &&omnicrm_try_result_ = (expr);                                                                 \
        if (!omnicrm_try_result_.ok())                                                                       \
            return omnicrm_try_result_.error();                                                              \
    } while (false)
