#ifndef CEDITLINE_H
#define CEDITLINE_H
#include <stdio.h>
#include <histedit.h>

/// Non-variadic wrappers around libedit's variadic el_set/el_get/history calls, which Swift cannot
/// call, plus the pieces that must be C: the prompt callback, a read function that notices Ctrl-C,
/// and the SIGINT/SIGWINCH handlers.

/// Sets LC_CTYPE from the environment and falls back to C.UTF-8 when the codeset is not UTF-8
/// (libedit drops non-ASCII input otherwise). Returns 1 when the resulting codeset is UTF-8.
int baogao_locale_setup(void);

/// Called on Tab with the editor's context; returns a libedit CC_* code.
typedef unsigned char (*baogao_complete_fn)(void *context, EditLine *el);

/// Opens an editor on stdin and stdout (stderr when stdout is not a terminal) in emacs mode,
/// with Tab bound to `complete` and a read function that returns an error when Ctrl-C is
/// pressed. Returns NULL when libedit fails.
EditLine *baogao_el_open(const char *program, void *context, baogao_complete_fn complete);
void baogao_el_close(EditLine *el);

/// Sets the prompt text (copied).
void baogao_el_set_prompt(EditLine *el, const char *prompt);

/// Reads one line. Returns 0 for a line (in *line, without the trailing newline, owned by
/// libedit until the next call), 1 for Ctrl-C, 2 for end of input.
int baogao_el_read(EditLine *el, const char **line, int *length);

/// Writes text to the editor's output stream and flushes it.
void baogao_el_write(EditLine *el, const char *text);

/// Terminal columns as libedit knows them (0 when unknown).
int baogao_el_columns(EditLine *el);

/// History with `size` entries, duplicates of the previous entry dropped.
History *baogao_history_open(int size);
void baogao_history_close(History *h);
void baogao_el_use_history(EditLine *el, History *h);
/// Loads a libedit history file; returns the number of entries or -1.
int baogao_history_load(History *h, const char *path);
/// Saves to `path` through a temporary file renamed over it, so a crash never leaves half a file.
int baogao_history_save(History *h, const char *path);
int baogao_history_enter(History *h, const char *line);
/// Appends `line` to the history file at `path` as it is on disk now (keeping the newest `size`
/// entries), so entries another shell saved meanwhile are kept. Returns -1 on failure.
int baogao_history_append_file(const char *path, const char *line, int size);
/// Number of entries currently held.
int baogao_history_count(History *h);

/// The entry at `index`, 0 being the oldest; NULL past the end. Owned by the history.
const char *baogao_history_entry(History *h, int index);

/// Installs the SIGINT handler (no SA_RESTART) that sets a flag; idempotent.
void baogao_interrupt_install(void);
int baogao_interrupt_requested(void);
void baogao_interrupt_clear(void);
#endif
