#pragma once

#include <QDate>
#include <QStringList>
#include <optional>

namespace docket::ctl {

// A tiny argument reader: options may come anywhere after the command words.
// Each read takes what it found out of the list; a bad value throws UsageError.
class Args
{
public:
    explicit Args(QStringList a) : m_args(std::move(a)) {}

    // --name given?
    bool flag(const QString& name);
    // --name VALUE or --name=VALUE.
    std::optional<QString> value(const QString& name);
    // A whole number from min to max, digits only (parse::wholeNumber), else
    // fallback.
    qint64 integer(const QString& name, qint64 fallback, qint64 min, qint64 max);
    // A YYYY-MM-DD date (parse::date), else an invalid QDate.
    QDate date(const QString& name);
    // A comma-separated list (parse::commaList); empty when not given.
    QStringList list(const QString& name, const QString& what);
    // The first word that is not an option, or an empty string.
    QString takeWord();
    // Everything left.
    QStringList rest();
    // Refuses anything left over.
    void expectEmpty();

private:
    QStringList m_args;
};

} // namespace docket::ctl
