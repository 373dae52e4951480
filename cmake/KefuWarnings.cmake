# kefu_warnings: the warning set every kefu target compiles with (not third-party code).
add_library(kefu_warnings INTERFACE)
target_compile_options(kefu_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wimplicit-fallthrough -Wformat=2 -Wlogical-op -Wnon-virtual-dtor)
if(KEFU_WERROR)
  target_compile_options(kefu_warnings INTERFACE -Werror)
endif()
