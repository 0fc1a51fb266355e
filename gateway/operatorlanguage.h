#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace docket::gateway {

// The language of the operator who runs docket-gateway: its messages on
// standard error (bad options, the database, the TLS files, listening,
// stopping) follow the process's locale (LC_ALL, LC_MESSAGES, LANG:
// docket::messagesLanguage()). Nothing a client receives does: the API's
// messages stay English and /track follows each request's language
// (Gateway::translate).
class OperatorLanguage
{
public:
    OperatorLanguage(); // loads the messages' language (en, zh_CN, zh_TW)
    ~OperatorLanguage();
    OperatorLanguage(const OperatorLanguage&) = delete;
    OperatorLanguage& operator=(const OperatorLanguage&) = delete;

    QString code() const { return m_code; }
    // `source` of `context` in the operator's language (%n filled in when n >= 0).
    QString text(const char* context, const char* source, int n = -1) const;

    // Start-up only: while installed, every tr() of the process answers in
    // the operator's language, the messages of models/ included (a database
    // that refuses, a schema too old). Removed before the first request is
    // served, so that no answer to a client is translated by it.
    void install();
    void remove();

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_translator;
    bool m_installed = false;
};

} // namespace docket::gateway
