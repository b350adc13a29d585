# agencydesk_add_test(NAME SOURCES ... LIBRARIES ... [LABELS ...] [LAUNCHER script])
# One Catch2 executable, registered test by test with CTest. Tests run offscreen, in English, with
# the paths of fixtures and sibling executables from a configured header (never relative paths).
# LABELS sanitize: the test reads untrusted input (parsers, uploads); the asan preset builds and runs
# only these (target agencydesk_sanitize_tests), so the sanitizer pass stays a fraction of a full build.
# LAUNCHER: a script every run (and the discovery) goes through, e.g. one that starts a D-Bus session first.
include(Catch)

function(agencydesk_add_test name)
    cmake_parse_arguments(ARG "" "LAUNCHER" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if("sanitize" IN_LIST ARG_LABELS)
        set_property(GLOBAL APPEND PROPERTY AGENCYDESK_SANITIZE_TESTS ${name})
    endif()
    add_executable(${name} ${ARG_SOURCES} ${AGENCYDESK_TEST_SUPPORT_DIR}/TestMain.cpp)
    target_link_libraries(${name} PRIVATE agencydesk_test_support ${ARG_LIBRARIES})
    agencydesk_strict(${name})
    if(ARG_LAUNCHER)
        # catch_discover_tests runs the listing and every test through the target's emulator.
        set_target_properties(${name} PROPERTIES CROSSCOMPILING_EMULATOR ${ARG_LAUNCHER})
    endif()
    # Catch2 v2 writes PROPERTIES into set_tests_properties() word by word, so a list value (several
    # ENVIRONMENT entries) would pair up wrongly: only single values here; TestMain.cpp sets the locale and
    # logging rules itself, which also covers the discovery run and the CLI processes tests start.
    set(properties TIMEOUT 300 ENVIRONMENT QT_QPA_PLATFORM=offscreen)
    if(ARG_LABELS)
        list(APPEND properties LABELS "${ARG_LABELS}")
    endif()
    if(AGENCYDESK_SANITIZE AND NOT "sanitize" IN_LIST ARG_LABELS)
        return() # defined (others configure it) but neither built by the asan preset nor registered
    endif()
    # -w NoTests: a test whose name the spec cannot match (CMake splits names at ';') fails instead of
    # passing empty.
    catch_discover_tests(${name} EXTRA_ARGS -w NoTests PROPERTIES ${properties} DISCOVERY_MODE PRE_TEST)
endfunction()
