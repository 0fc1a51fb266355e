#include "partialfile.h"

#include "domain/errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <filesystem>

namespace docket::partialfile {

QString pathFor(const QString& target)
{
    const QFileInfo fi(target);
    return fi.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part")
            .arg(fi.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

void moveInto(const QString& from, const QString& to, const QString& failure)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec)
        throw DocketError(
            DocketError::Code::Database,
            failure.arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(ec.message())));
}

void writeAll(const QString& target, const QByteArray& data, const QString& failure)
{
    const QString partial = pathFor(target);
    QFile f(partial);
    bool written = f.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
                   f.write(data) == data.size() && f.flush();
    QString reason = f.errorString();
    if (written) {
        f.close(); // the last bytes reach the disk here, or fail to
        written = f.error() == QFileDevice::NoError;
        reason = f.errorString();
    }
    if (!written) {
        f.close();
        QFile::remove(partial);
        throw DocketError(DocketError::Code::Database,
                          failure.arg(QDir::toNativeSeparators(target), reason));
    }
    try {
        moveInto(partial, target, failure);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
}

} // namespace docket::partialfile
