#include "operatorlanguage.h"

#include "i18n.h"

#include <QCoreApplication>

namespace docket::gateway {

OperatorLanguage::OperatorLanguage() : m_code(messagesLanguage())
{
    // Docket's English file too: its plural forms ("1 request", "2 requests").
    auto t = std::make_unique<QTranslator>();
    if (t->load(QStringLiteral(":/i18n/docket_") + m_code + QStringLiteral(".qm")))
        m_translator = std::move(t);
}

OperatorLanguage::~OperatorLanguage()
{
    remove();
}

QString OperatorLanguage::text(const char* context, const char* source, int n) const
{
    QString s = m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (s.isEmpty())
        s = QString::fromUtf8(source);
    if (n >= 0)
        s.replace(QLatin1String("%n"), QString::number(n));
    return s;
}

void OperatorLanguage::install()
{
    if (m_translator && !m_installed && QCoreApplication::instance())
        m_installed = QCoreApplication::installTranslator(m_translator.get());
}

void OperatorLanguage::remove()
{
    if (m_installed && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
    m_installed = false;
}

} // namespace docket::gateway
