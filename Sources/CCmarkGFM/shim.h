// The one place Guichet sees cmark-gfm's C API: the parser, its node tree and the GFM extensions.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
