/*
 * mi1_local.c - builds common/mi1.c into ifsvc with libxml2's include path.
 *
 * Why: gfcommon is not (yet) compiled with pkg-config libxml-2.0, so its
 * mi1.o is empty (see the __has_include guard in mi1.c).  ifsvc links
 * PkgConfig::LIBXML2 itself, so it compiles the codec here.  Once gfcommon
 * links LIBXML2 this file is redundant but harmless: the linker takes these
 * definitions and never pulls mi1.o from the archive.
 */
#include "../common/mi1.c"
