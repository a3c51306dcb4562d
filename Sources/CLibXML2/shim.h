#ifndef GLEANER_CLIBXML2_SHIM_H
#define GLEANER_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with the ICU copy that
// Foundation carries. Gleaner never touches the ICU parts of libxml2's
// structures (it only passes pointers to them), so the ICU headers are left
// out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// Frees memory that libxml2 allocated. Swift 6 refuses the global
/// `xmlFree` function pointer variable, so it is called through this shim.
static inline void gleaner_xml_free(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's generic error printer for this thread.
static inline void gleaner_xml_silence(void) {
  xmlSetGenericErrorFunc(NULL, NULL);
}

#endif
