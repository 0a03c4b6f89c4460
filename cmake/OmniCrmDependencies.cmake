# Third-party libraries from Debian 12 packages (see ../shared/TOOLCHAIN.md).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(ARGON2 REQUIRED IMPORTED_TARGET libargon2)
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(Qt6Keychain REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
add_library(omnicrm_phonenumber INTERFACE)
target_link_libraries(omnicrm_phonenumber INTERFACE ${PHONENUMBER_LIBRARY})
target_include_directories(omnicrm_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})

# jemalloc serves every allocation of the processes that use the store. Debian's SQLCipher is
# built without lookaside memory, so SQLite calls malloc several times for each row it writes;
# glibc's malloc and its page faults were a fifth of a 100,000-contact import's storing thread.
# Linked, not preloaded: it replaces malloc for the whole process. Optional where the platform
# has no jemalloc package (the code does not call it), required by default on Debian.
option(OMNICRM_USE_JEMALLOC "Link jemalloc as the process allocator" ON)
add_library(omnicrm_allocator INTERFACE)
if(OMNICRM_USE_JEMALLOC)
    pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
    target_link_libraries(omnicrm_allocator INTERFACE PkgConfig::JEMALLOC)
endif()
