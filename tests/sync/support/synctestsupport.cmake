# The in-memory replica and the in-process server fixture, shared by the sync test folders.
find_package(Qt6 6.4 REQUIRED COMPONENTS WebSockets)
if(NOT TARGET omnicrm_synctestsupport)
    add_library(omnicrm_synctestsupport STATIC
        ${CMAKE_CURRENT_LIST_DIR}/memoryreplica.h ${CMAKE_CURRENT_LIST_DIR}/memoryreplica.cpp
        ${CMAKE_CURRENT_LIST_DIR}/serverfixture.h ${CMAKE_CURRENT_LIST_DIR}/serverfixture.cpp)
    omnicrm_apply_defaults(omnicrm_synctestsupport)
    target_include_directories(omnicrm_synctestsupport PUBLIC ${CMAKE_CURRENT_LIST_DIR}
        "${PROJECT_SOURCE_DIR}/tests/support")
    target_link_libraries(omnicrm_synctestsupport PUBLIC omnicrm_server omnicrm_sync Qt6::Test Qt6::WebSockets)
endif()
