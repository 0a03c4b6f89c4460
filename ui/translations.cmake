# Every user-visible string goes through tr(). `cmake --build <dir> --target update_translations`
# refreshes translations/omnicrm_{ar,en}.ts from the sources (lupdate); the build compiles them
# (lrelease) into :/i18n/omnicrm_<lang>.qm inside omnicrm_ui.
set(omnicrm_ts_files
    "${PROJECT_SOURCE_DIR}/translations/omnicrm_ar.ts"
    "${PROJECT_SOURCE_DIR}/translations/omnicrm_en.ts")
# lupdate reads the UI library and the desktop app's wiring (its few strings live there).
get_target_property(omnicrm_tr_sources omnicrm_ui SOURCES)
set(omnicrm_tr_inputs)
foreach(source IN LISTS omnicrm_tr_sources)
    if(source MATCHES "\\.(cpp|h)$")
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND omnicrm_tr_inputs "${source}")
    endif()
endforeach()
file(GLOB omnicrm_app_sources "${PROJECT_SOURCE_DIR}/app/desktop/*.cpp")
qt_add_lupdate(omnicrm_ui TS_FILES ${omnicrm_ts_files} SOURCES ${omnicrm_tr_inputs} ${omnicrm_app_sources}
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(omnicrm_ui TS_FILES ${omnicrm_ts_files} QM_FILES_OUTPUT_VARIABLE omnicrm_qm_files)
qt_add_resources(omnicrm_ui "omnicrm_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${omnicrm_qm_files})
