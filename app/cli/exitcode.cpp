#include "exitcode.h"

namespace OmniCrm {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::KeyRejected:
    case ErrorCode::NoKeyAvailable:
        return ExitCode::KeyRefused;
    case ErrorCode::InvalidArgument:
    case ErrorCode::MissingField:
    case ErrorCode::InvalidPhone:
    case ErrorCode::InvalidEmail:
    case ErrorCode::InvalidMoney:
    case ErrorCode::InvalidDate:
    case ErrorCode::NotFound:
    case ErrorCode::Duplicate:
    case ErrorCode::Parse:
    case ErrorCode::Encoding:
        return ExitCode::BadInput;
    case ErrorCode::StoreNotFound:
    case ErrorCode::StoreExists:
    case ErrorCode::StoreCorrupt:
    case ErrorCode::Database:
    case ErrorCode::Io:
    case ErrorCode::Cancelled:
    case ErrorCode::Conflict:
    case ErrorCode::Unsupported:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace OmniCrm
