#include "CEditLine.h"

int baogao_el_set_prompt(EditLine *el, char *(*fn)(EditLine *)) {
  return el_set(el, EL_PROMPT, fn);
}
