# Every user-visible string goes through tr(). `cmake --build <dir> --target update_translations`
# refreshes translations/omnicrm_{ar,en}.ts from the sources (lupdate); the build compiles them
# (lrelease) into :/i18n/omnicrm_<lang>.qm inside omnicrm_ui.
set(omnicrm_ts_files
    "${PROJECT_SOURCE_DIR}/translations/omnicrm_ar.ts"
    "${PROJECT_SOURCE_DIR}/translations/omnicrm_en.ts")
qt_add_lupdate(omnicrm_ui TS_FILES ${omnicrm_ts_files} OPTIONS -no-obsolete -locations none)
qt_add_lrelease(omnicrm_ui TS_FILES ${omnicrm_ts_files} QM_FILES_OUTPUT_VARIABLE omnicrm_qm_files)
qt_add_resources(omnicrm_ui "omnicrm_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${omnicrm_qm_files})
