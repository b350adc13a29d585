#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace agencydesk {

/// Why a core call failed. The UI maps each code to a dialog, the CLI to an exit code.
enum class ErrorCode
{
    Validation, ///< the input is wrong; nothing was saved
    Permission, ///< the acting user's role may not do this
    Conflict,   ///< someone else saved the record first, or a uniqueness rule
    NotFound,   ///< the record does not exist
    Auth,       ///< wrong user name or password
    Locked,     ///< too many failed logins
    Database,   ///< the file is damaged, read-only, full or busy
};

struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message;
};

/// A value or an error; errors are values in core, never exceptions across the event loop.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error validationError(const QString& message)
{
    return {ErrorCode::Validation, message};
}

QString errorCodeName(ErrorCode code);

} // namespace agencydesk
