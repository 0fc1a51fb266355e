#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reading the CSV files people import (products, counted stock): UTF-8 (a
// byte order mark is skipped), comma-separated, fields in double quotes where
// they hold commas, quotes or line breaks (RFC 4180). Strict: a file that is
// not UTF-8, a quote left open or a row with the wrong number of fields is
// refused with the line it is on, and nothing is guessed.
namespace docket::csv {

struct Row
{
    int line = 0; // where the row starts in the file, from 1
    QStringList fields;
};

struct Table
{
    QList<Row> rows;
    QString error; // empty: read; else why not (translated, names the line)
    bool ok() const { return error.isEmpty(); }
};

// Every row of `data`, blank lines left out.
Table read(const QByteArray& data);

// A file people import, refused whole before any row is looked at: what
// read() cannot read, an empty file, or a first line that is not `header`
// (its fields compared trimmed and in lower case) throws
// DocketError(Invalid) naming the field "file" or "header". Returns the
// rows, the header first.
Table readWithHeader(const QByteArray& data, const QString& header);

// One field as written to a file: quoted when it needs to be. A field that
// starts with =, +, - or @ gets a leading apostrophe, so that a spreadsheet
// does not run it as a formula.
QString field(const QString& value);
QString line(const QStringList& fields);

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace docket::csv
