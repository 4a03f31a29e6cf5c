#ifndef CEDITLINE_H
#define CEDITLINE_H
#include <stdio.h>
#include <histedit.h>

/// Non-variadic wrappers around libedit's variadic el_set/history calls, which Swift cannot call.
/// Filled in by the line-editing work (BaogaoShell/LineEditing).
int baogao_el_set_prompt(EditLine *el, char *(*fn)(EditLine *));
#endif
