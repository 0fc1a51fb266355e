# Checks that models/ is built in floors that only look down (ctest:
# layers_enforced). Run by CTest as
#   cmake -DCXX=<compiler> -DFLOORS="docket_domain|docket_db|..." \
#         -D<floor>_INCLUDES="dir|dir|..." -D<floor>_HEADERS="db/sql.h|..." \
#         -DWORK_DIR=<scratch dir> -P tests/check_layers.cmake
# FLOORS lists the libraries from the bottom up; each floor's INCLUDES are the
# include directories its sources compile with, its HEADERS the headers it
# publishes (models/CMakeLists.txt, docket_floor()).
#
# 1. From every floor, every header of every floor above it is not found: an
#    upward #include fails to compile ("No such file or directory").
# 2. From every floor, one of its own headers and one of the floor below
#    compile (so the failures above are about the floors, not a broken setup).

cmake_minimum_required(VERSION 3.21)

foreach(var CXX FLOORS WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "check_layers.cmake: pass -D${var}=...")
  endif()
endforeach()
string(REPLACE "|" ";" floors "${FLOORS}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(errors "")
set(upward 0)

# Compiles `#include "<header>"` with `floor`'s include path; result in
# rc_var (0 = compiled) and the compiler's output in out_var.
function(probe floor header mode rc_var out_var)
  string(REPLACE "|" ";" dirs "${${floor}_INCLUDES}")
  set(flags "")
  foreach(d IN LISTS dirs)
    list(APPEND flags "-I${d}")
  endforeach()
  string(MAKE_C_IDENTIFIER "${floor}_${header}" name)
  file(WRITE "${WORK_DIR}/${name}.cpp" "#include \"${header}\"\n")
  execute_process(
    COMMAND "${CXX}" -std=c++20 -fPIC ${mode} ${flags} "${WORK_DIR}/${name}.cpp" -o /dev/null
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  set(${rc_var} "${rc}" PARENT_SCOPE)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

list(LENGTH floors count)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
  list(GET floors ${i} floor)
  string(REPLACE "|" ";" own "${${floor}_HEADERS}")
  if(NOT own)
    string(APPEND errors "  ${floor} publishes no headers\n")
    continue()
  endif()
  # 2: its own header, and one of the floor below, compile.
  list(GET own 0 header)
  set(controls "${header}")
  if(i GREATER 0)
    math(EXPR below "${i} - 1")
    list(GET floors ${below} lower)
    string(REPLACE "|" ";" lowerHeaders "${${lower}_HEADERS}")
    list(GET lowerHeaders 0 header)
    list(APPEND controls "${header}")
  endif()
  foreach(header IN LISTS controls)
    probe(${floor} "${header}" -fsyntax-only rc out)
    if(NOT rc EQUAL 0)
      string(APPEND errors "  ${floor} cannot compile its own or a lower header ${header}:\n${out}\n")
    endif()
  endforeach()
  # 1: nothing of the floors above is found.
  if(i LESS last)
    math(EXPR first "${i} + 1")
    foreach(j RANGE ${first} ${last})
      list(GET floors ${j} higher)
      string(REPLACE "|" ";" higherHeaders "${${higher}_HEADERS}")
      foreach(header IN LISTS higherHeaders)
        probe(${floor} "${header}" -E rc out)
        math(EXPR upward "${upward} + 1")
        if(rc EQUAL 0)
          string(APPEND errors "  ${floor} can include ${header} of ${higher}, a floor above it\n")
        elseif(NOT out MATCHES "No such file|file not found|Cannot open include file")
          string(APPEND errors "  ${floor} including ${header}: failed for another reason:\n${out}\n")
        endif()
      endforeach()
    endforeach()
  endif()
endforeach()

if(errors)
  message(FATAL_ERROR "The floors of models/ are not enforced:\n${errors}")
endif()
message(STATUS "Floors enforced: ${upward} upward includes refused, every floor compiles its own "
               "headers and those below")
