# Shared settings for every OmniCRM target: one place, applied by each folder's CMakeLists.
function(omnicrm_apply_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wno-missing-field-initializers)
    if(OMNICRM_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# omnicrm_add_library(name SOURCES … LINKS …): a static library with the shared settings.
function(omnicrm_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    omnicrm_apply_defaults(${name})
    target_include_directories(${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
endfunction()

# omnicrm_add_test(tst_name SOURCES … LINKS …): one Qt Test executable, registered with CTest.
function(omnicrm_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINKS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    omnicrm_apply_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    target_compile_definitions(${name} PRIVATE
        OMNICRM_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        OMNICRM_CLI_PATH="$<TARGET_FILE:omnicrm-cli>")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8")
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
