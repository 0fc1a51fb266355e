#include "partialfile.h"

#include "domain/errors.h"

#include <QDir>
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

} // namespace docket::partialfile
