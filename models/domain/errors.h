#pragma once

#include <QString>
#include <exception>

namespace docket {

// The one error type every store raises. The UI, docketctl and the gateway map
// `code` to their own presentation; `message` is already translated and names
// the problem; `field` names the offending input where there is one.
class DocketError : public std::exception
{
public:
    enum class Code {
        NotFound,  // no such order/user, or one outside the session's scope
        Invalid,   // bad input: field names which, nothing was written
        Forbidden, // the session lacks the permission
        Conflict,  // someone else changed the row first / state forbids it
        Database,  // the database refused or is unreachable
        Cancelled, // the user cancelled a long operation; nothing was written
    };

    DocketError(Code code, QString message, QString field = {}, QString detail = {})
        : m_code(code), m_message(std::move(message)), m_field(std::move(field)),
          m_detail(std::move(detail)), m_utf8(m_message.toUtf8())
    {
    }

    Code code() const noexcept { return m_code; }
    const QString& message() const noexcept { return m_message; }
    const QString& field() const noexcept { return m_field; }
    // The technical side of a failure (the driver's text, its error code, the
    // statement), for the log and `docketctl --verbose`; never shown in
    // place of message(). Empty when there is nothing more to say.
    const QString& detail() const noexcept { return m_detail; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Code m_code;
    QString m_message;
    QString m_field;
    QString m_detail;
    QByteArray m_utf8;
};

} // namespace docket
