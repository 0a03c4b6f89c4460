#include "result.h"

namespace OmniCrm {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::MissingField:
        return QStringLiteral("missing_field");
    case ErrorCode::InvalidPhone:
        return QStringLiteral("invalid_phone");
    case ErrorCode::InvalidEmail:
        return QStringLiteral("invalid_email");
    case ErrorCode::InvalidMoney:
        return QStringLiteral("invalid_money");
    case ErrorCode::InvalidDate:
        return QStringLiteral("invalid_date");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::KeyRejected:
        return QStringLiteral("key_rejected");
    case ErrorCode::NoKeyAvailable:
        return QStringLiteral("no_key_available");
    case ErrorCode::StoreNotFound:
        return QStringLiteral("store_not_found");
    case ErrorCode::StoreExists:
        return QStringLiteral("store_exists");
    case ErrorCode::StoreCorrupt:
        return QStringLiteral("store_corrupt");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Parse:
        return QStringLiteral("parse");
    case ErrorCode::Encoding:
        return QStringLiteral("encoding");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

} // namespace OmniCrm
