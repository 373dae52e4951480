# Applies KEFU_SANITIZE globally: "address;undefined" (dev/test build) or "thread".
if(KEFU_SANITIZE)
  if("thread" IN_LIST KEFU_SANITIZE AND ("address" IN_LIST KEFU_SANITIZE OR "undefined" IN_LIST KEFU_SANITIZE))
    message(FATAL_ERROR "KEFU_SANITIZE: thread cannot be combined with address/undefined")
  endif()
  list(JOIN KEFU_SANITIZE "," _kefu_san)
  add_compile_options(-fsanitize=${_kefu_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${_kefu_san})
  # libstdc++'s checked operator* and operator[]: an empty optional or an index out of range
  # aborts the test instead of reading garbage. It stands in for clang-tidy's
  # bugprone-unchecked-optional-access, which is off (.clang-tidy says why).
  add_compile_definitions(_GLIBCXX_ASSERTIONS)
endif()
