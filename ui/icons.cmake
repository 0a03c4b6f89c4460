# Icons come from Debian's breeze-icon-theme at build time and are embedded through a generated
# .qrc as :/icons/<name>.svg. icons.txt lists the names the UI uses, one per line.
set(OMNICRM_BREEZE_DIR "/usr/share/icons/breeze" CACHE PATH "Breeze icon theme folder")
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/icons.txt" omnicrm_icon_names REGEX "^[a-z0-9-]+$")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/icons.txt")
set(omnicrm_icon_files)
foreach(name IN LISTS omnicrm_icon_names)
    file(GLOB found "${OMNICRM_BREEZE_DIR}/*/22/${name}.svg")
    if(NOT found)
        message(FATAL_ERROR "icon ${name} is not in ${OMNICRM_BREEZE_DIR} (apt-get install breeze-icon-theme)")
    endif()
    list(GET found 0 source)
    set(copy "${CMAKE_CURRENT_BINARY_DIR}/icons/${name}.svg")
    configure_file("${source}" "${copy}" COPYONLY)
    list(APPEND omnicrm_icon_files "${copy}")
endforeach()
qt_add_resources(omnicrm_ui "omnicrm_icons" PREFIX "/" BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${omnicrm_icon_files})
